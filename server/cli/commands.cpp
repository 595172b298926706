#include "server/cli/commands.h"

#include "server/cli/args.h"

#include <exception>
#include <iostream>
#include <string_view>

namespace kxcti::server {
namespace {

struct Command {
    std::string_view name;
    int (*fn)(const Words&);
    std::string_view summary;
};

constexpr Command kCommands[] = {
    {"run", cmd_run, "run the daemon: read the PBX links into the database"},
    {"import", cmd_import, "import FILE...: load historical SMDR logs (idempotent)"},
    {"reprocess", cmd_reprocess, "re-parse every journaled line with this version's parser"},
    {"smdr-parse", cmd_smdr_parse, "smdr-parse [FILE|-]: print one JSON object per input line"},
    {"erlang", cmd_erlang, "erlang b|c|a: trunks and operators needed (Erlang B, C, A)"},
    {"config", cmd_config, "config get|set|import: operators, groups, DID channels, thresholds"},
    {"report", cmd_report, "report NAME --from --to: the supervisor's figures from the database"},
    {"user", cmd_user, "user add|passwd|del|list: accounts for the Supervisor and Caller ID"},
    {"csta-probe", cmd_csta_probe, "csta-probe HOST: connect to the PBX's CTI link, list devices"},
};

void usage(std::ostream& os) {
    os << "usage: kxcti-server COMMAND [options]\n\ncommands:\n";
    for (const auto& c : kCommands) os << "  " << c.name << std::string(13 - c.name.size(), ' ') << c.summary << '\n';
    os << "\ncommon options: --config FILE (default " << "/etc/kxcti/kxcti.conf"
       << " if present, else built-in defaults), --db PATH, --data-dir DIR\n"
          "kxcti-server COMMAND --help shows a command's options.\n";
}

} // namespace

int run_cli(int argc, char** argv) {
    if (argc < 2) {
        usage(std::cerr);
        return kExitUsage;
    }
    std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        usage(std::cout);
        return kExitOk;
    }
    if (name == "--version") {
        std::cout << "kxcti-server " << KXCTI_VERSION << '\n';
        return kExitOk;
    }
    Words words(argv + 2, argv + argc);
    for (const auto& c : kCommands) {
        if (c.name != name) continue;
        try {
            return c.fn(words);
        } catch (const UsageError& e) {
            std::cerr << "kxcti-server " << name << ": " << e.what() << " (see kxcti-server " << name << " --help)\n";
            return kExitUsage;
        } catch (const std::exception& e) {
            std::cerr << "kxcti-server " << name << ": " << e.what() << '\n';
            return kExitFailure;
        }
    }
    std::cerr << "kxcti-server: unknown command '" << name << "'\n";
    usage(std::cerr);
    return kExitUsage;
}

} // namespace kxcti::server
