// kxcti-server run: the daemon in the foreground (systemd runs it as is; Ctrl-C stops it).
#include "server/cli/commands.h"

#include "server/cli/common_options.h"
#include "server/daemon/daemon.h"

#include <cstdlib>
#include <iostream>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-server run [--config FILE] [--db PATH] [--data-dir DIR] [--demo-rate LINES_PER_S]\n"
    "                        [--status-every SECONDS]\n"
    "Reads every PBX link of the config into the database until SIGINT or SIGTERM. With no\n"
    "[link] configured (and [server] demo_simulator on, the built-in default) it starts the\n"
    "kxcti-pbxsim demo PBX on a loopback port and reads that instead.\n";

double positive_number(const Args& args, const std::string& name, double fallback) {
    const auto v = args.get(name);
    if (!v) return fallback;
    char* end = nullptr;
    const double d = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0' || !(d > 0) || d > 1e6)
        throw UsageError("--" + name + " wants a positive number, not '" + *v + "'");
    return d;
}

} // namespace

int cmd_run(const Words& words) {
    Args args(words, {"help"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    auto known = kCommonOptions;
    known.insert({"demo-rate", "status-every"});
    args.allow_only(known);
    if (!args.positional().empty()) throw UsageError("run takes no arguments, got '" + args.positional()[0] + "'");

    ServerConfig config = resolve_config(args);
    DaemonOptions options;
    options.demo_rate = positive_number(args, "demo-rate", options.demo_rate);
    options.status_every = std::chrono::seconds(
        static_cast<long>(positive_number(args, "status-every", static_cast<double>(options.status_every.count()))));
    RealClock clock;
    Daemon daemon(std::move(config), clock, options);
    return daemon.run();
}

} // namespace kxcti::server
