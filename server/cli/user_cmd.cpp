// kxcti-server user add|passwd|set|del|list: the accounts the Supervisor, Caller ID and
// kxcti-cli clients log in with (server/accounts). Passwords are read from standard input or
// asked at the terminal without echo; never from the command line, where `ps` and the shell
// history would keep them.
#include "server/cli/commands.h"

#include "common/storage/schema.h"
#include "server/accounts/account_store.h"
#include "server/cli/common_options.h"

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace kxcti::server {
namespace {

using accounts::AccountStore;

constexpr const char* kUsage =
    "usage: kxcti-server user add NAME --role admin|supervisor|operator [--group N]... [--ext N]...\n"
    "       kxcti-server user passwd NAME\n"
    "       kxcti-server user set NAME --role ROLE [--group N]... [--ext N]...\n"
    "       kxcti-server user del NAME\n"
    "       kxcti-server user list\n"
    "       [--config FILE] [--db PATH] [--data-dir DIR]\n"
    "An admin sees every group and configures; a supervisor sees the ICD groups given with --group;\n"
    "an operator's Caller ID shows the calls of the extensions given with --ext (and of --group,\n"
    "if any). --group and --ext take one number each, or several separated by commas.\n"
    "The password (8 characters at least) is asked twice at a terminal, or read from the first\n"
    "line of standard input: echo \"$PW\" | kxcti-server user passwd anna. Changes apply at the\n"
    "user's next login.\n";

std::vector<std::string> numbers(const Args& args, const std::string& option) {
    std::vector<std::string> out;
    for (const auto& value : args.all(option)) {
        std::size_t at = 0;
        while (at <= value.size()) {
            const auto comma = value.find(',', at);
            std::string n = value.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
            if (!n.empty()) out.push_back(n);
            if (comma == std::string::npos) break;
            at = comma + 1;
        }
    }
    return out;
}

protocol::Role role_of(const Args& args) {
    const auto word = args.get("role");
    if (!word) throw UsageError("give --role admin, supervisor or operator");
    auto role = accounts::parse_role(*word);
    if (!role) throw UsageError("--role '" + *word + "' is not admin, supervisor or operator");
    return *role;
}

std::string read_line_without_echo(const std::string& prompt) {
    std::cerr << prompt << std::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
    return line;
}

std::string read_password(const std::string& user) {
    if (::isatty(STDIN_FILENO)) {
        const auto first = read_line_without_echo("password for " + user + ": ");
        const auto again = read_line_without_echo("again: ");
        if (first != again) throw accounts::AccountError("the two passwords differ; nothing changed");
        return first;
    }
    std::string line;
    if (!std::getline(std::cin, line)) throw accounts::AccountError("no password on standard input; nothing changed");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out.empty() ? "-" : out;
}

std::string describe(const accounts::Account& a) {
    std::string out = std::string(accounts::role_name(a.role));
    if (!a.groups.empty()) out += "; groups " + joined(a.groups);
    if (!a.extensions.empty()) out += "; extensions " + joined(a.extensions);
    return out;
}

int list(AccountStore& store) {
    const auto all = store.list();
    if (all.empty()) {
        std::cout << "no users yet: kxcti-server user add NAME --role admin\n";
        return kExitOk;
    }
    std::cout << "name                 role        groups          extensions\n";
    for (const auto& a : all) {
        auto pad = [](std::string s, std::size_t w) { return s.size() < w ? s + std::string(w - s.size(), ' ') : s + ' '; };
        std::cout << pad(a.name, 21) << pad(std::string(accounts::role_name(a.role)), 12) << pad(joined(a.groups), 16)
                  << joined(a.extensions) << '\n';
    }
    return kExitOk;
}

} // namespace

int cmd_user(const Words& words) {
    Args args(words, {"help"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    auto known = kCommonOptions;
    known.insert({"role", "group", "ext"});
    args.allow_only(known);
    const auto& pos = args.positional();
    if (pos.empty()) throw UsageError("give add, passwd, set, del or list");
    const std::string action = pos[0];
    const bool needs_name = action != "list";
    if (action != "add" && action != "passwd" && action != "set" && action != "del" && action != "list")
        throw UsageError("unknown action '" + action + "': add, passwd, set, del or list");
    if (pos.size() != (needs_name ? 2u : 1u))
        throw UsageError(needs_name ? "user " + action + " takes one NAME" : "user list takes no NAME");
    if ((action == "passwd" || action == "del" || action == "list") &&
        (args.has("role") || args.has("group") || args.has("ext")))
        throw UsageError("--role, --group and --ext go with add or set");

    // Usage mistakes are reported before the database is touched.
    std::optional<protocol::Role> role;
    if (action == "add" || action == "set") role = role_of(args);
    const ServerConfig config = resolve_config(args);
    std::error_code ec;
    std::filesystem::create_directories(config.db_path.parent_path(), ec);
    auto db = storage::open_database(config.db_path);
    RealClock clock;
    AccountStore store(db, clock);
    if (action == "list") return list(store);
    const std::string& name = pos[1];
    if (action == "add") {
        // Check everything but the password first, so nobody types a password for nothing.
        if (store.find(name)) throw accounts::AccountError("user " + name + " already exists (kxcti-server user passwd or del)");
        store.add(name, *role, read_password(name), numbers(args, "group"), numbers(args, "ext"));
        std::cout << "user " << name << " added: " << describe(*store.find(name)) << '\n';
    } else if (action == "passwd") {
        if (!store.find(name)) throw accounts::AccountError("no user " + name + " (kxcti-server user list shows who exists)");
        store.set_password(name, read_password(name));
        std::cout << "password of " << name << " changed\n";
    } else if (action == "set") {
        store.set_scope(name, *role, numbers(args, "group"), numbers(args, "ext"));
        std::cout << "user " << name << ": " << describe(*store.find(name)) << '\n';
    } else {
        store.remove(name);
        std::cout << "user " << name << " deleted (a session already open ends when its client closes)\n";
    }
    return kExitOk;
}

} // namespace kxcti::server
