#include "protocol/client/cli.h"

#include "protocol/client/client.h"
#include "common/util/json_writer.h"
#include "protocol/client/json.h"

#include <charconv>
#include <istream>
#include <map>
#include <ostream>
#include <set>

namespace kxcti::protocol::client {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-cli COMMAND [options]\n"
    "  login                      log in and print what the session may see\n"
    "  watch [--count N] [--ext EXT]\n"
    "                             print live events as JSON lines (N events, or until stopped)\n"
    "  report list                the reports the server offers\n"
    "  report NAME --from DAY --to DAY [--group N] [--operator EXT] [--channel C]\n"
    "              [--interval MIN|day|weekday] [--param KEY=VALUE]...\n"
    "                             run a report; one JSON object per row (report list: which)\n"
    "  lookup NUMBER [--limit N]  phonebook entries and caller history of a number\n"
    "options: --host HOST (127.0.0.1) --port PORT (7430) --user NAME ($USER)\n"
    "         --tls [--ca FILE | --insecure] --timeout SECONDS (10)\n"
    "The password is read from KXCTI_PASSWORD, else from the first line of standard input.\n";

struct Usage : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Parsed {
    std::vector<std::string> words;
    std::map<std::string, std::vector<std::string>> options;
    std::string get(const std::string& k, const std::string& fallback = {}) const {
        auto it = options.find(k);
        return it == options.end() || it->second.empty() ? fallback : it->second.back();
    }
    bool has(const std::string& k) const { return options.count(k) != 0; }
};

Parsed parse(const std::vector<std::string>& args) {
    static const std::set<std::string> kFlags = {"tls", "insecure", "help"};
    static const std::set<std::string> kValued = {"host",  "port",     "user",     "ca",      "timeout", "count",
                                                  "ext",   "from",     "to",       "param",   "limit",   "group",
                                                  "operator", "channel", "interval"};
    Parsed p;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a.rfind("--", 0) != 0) {
            p.words.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        } else if (kValued.count(name)) {
            if (i + 1 >= args.size()) throw Usage("--" + name + " needs a value");
            value = args[++i];
        }
        if (!kFlags.count(name) && !kValued.count(name))
            throw Usage("unknown option --" + name + (name == "password" ? " (give the password in KXCTI_PASSWORD "
                                                                           "or on standard input)"
                                                                         : ""));
        p.options[name].push_back(value);
    }
    return p;
}

unsigned long number(const Parsed& p, const std::string& key, unsigned long fallback, unsigned long max) {
    if (!p.has(key)) return fallback;
    const auto v = p.get(key);
    unsigned long n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc{} || end != v.data() + v.size() || n > max)
        throw Usage("--" + key + " '" + v + "' is not a whole number up to " + std::to_string(max));
    return n;
}

std::string password(std::istream& in, const Getenv& getenv) {
    if (const char* env = getenv("KXCTI_PASSWORD"); env && *env) return env;
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

int watch(Client& c, const Parsed& p, std::ostream& out) {
    const auto count = number(p, "count", 0, 1'000'000'000);
    unsigned long seen = 0;
    while (count == 0 || seen < count) {
        auto m = c.next(std::chrono::hours(1));
        if (!m) continue;
        out << to_json(*m) << '\n' << std::flush;
        ++seen;
    }
    return 0;
}

int report(Client& c, const Parsed& p, std::ostream& out, std::ostream& err) {
    if (p.words.size() != 2) throw Usage("report takes one NAME, or list");
    if (p.words[1] == "list") {
        for (const auto& r : c.catalog()) {
            std::string params;
            for (const auto& k : r.params) params += (params.empty() ? "" : " ") + std::string("--") + k;
            out << r.name << "  " << r.title << (params.empty() ? "" : "  (" + params + ")") << '\n';
        }
        return 0;
    }
    std::vector<ReportParam> params;
    for (const auto* key : {"from", "to", "group", "operator", "channel", "interval"})
        if (p.has(key)) params.push_back({key, p.get(key)});
    if (auto it = p.options.find("param"); it != p.options.end())
        for (const auto& kv : it->second) {
            const auto eq = kv.find('=');
            if (eq == std::string::npos || eq == 0) throw Usage("--param wants KEY=VALUE, not '" + kv + "'");
            params.push_back({kv.substr(0, eq), kv.substr(eq + 1)});
        }
    std::vector<ReportColumn> columns;
    ReportHandlers h;
    h.columns = [&](const std::vector<ReportColumn>& c) { columns = c; };
    h.rows = [&](const std::vector<ReportRow>& rows) {
        for (const auto& r : rows) out << row_json(columns, r) << '\n';
    };
    h.progress = [&](std::uint64_t done, std::uint64_t total) {
        err << "report " << p.words[1] << ": " << done << (total ? " of " + std::to_string(total) : "") << '\n';
    };
    auto done = c.report(p.words[1], params, h);
    err << "report " << p.words[1] << ": " << done.rows << " rows" << (done.text.empty() ? "" : "; " + done.text)
        << '\n';
    return 0;
}

int lookup(Client& c, const Parsed& p, std::ostream& out) {
    if (p.words.size() != 2) throw Usage("lookup takes one NUMBER");
    const auto limit = static_cast<std::uint32_t>(number(p, "limit", 20, 1000));
    for (const auto& e : c.phonebook(p.words[1])) {
        std::string line;
        kxcti::json::ObjectWriter w(line);
        w.str("phonebook", e.number).str("name", e.name);
        w.close();
        out << line << '\n';
    }
    const auto h = c.history(p.words[1], limit);
    for (const auto& call : h.calls) {
        std::string line;
        kxcti::json::ObjectWriter w(line);
        w.str("date", call.date).str("time", call.time).str("ext", call.ext).str("group", call.group);
        w.str("trunk", call.trunk).num("ring_s", call.ring_s).num("duration_s", call.duration_s).str("cd", call.condition);
        w.close();
        out << line << '\n';
    }
    out << "{\"total\":" << h.total << "}\n";
    return 0;
}

} // namespace

int cli_main(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
             const Getenv& getenv) {
    try {
        const auto p = parse(args);
        if (p.has("help") || p.words.empty()) {
            (p.has("help") ? out : err) << kUsage;
            return p.has("help") ? 0 : 2;
        }
        const std::string command = p.words[0];
        if (command != "login" && command != "watch" && command != "report" && command != "lookup")
            throw Usage("unknown command '" + command + "'");
        if ((command == "login" || command == "watch") && p.words.size() != 1)
            throw Usage(command + " takes no further words");
        ClientOptions o;
        o.host = p.get("host", "127.0.0.1");
        o.port = static_cast<std::uint16_t>(number(p, "port", kDefaultPort, 65535));
        o.timeout = std::chrono::seconds(number(p, "timeout", 10, 3600));
        o.tls = p.has("tls");
        o.ca_file = p.get("ca");
        o.verify = !p.has("insecure");
        o.live = command == "watch";
        o.client_version = "kxcti-cli " KXCTI_VERSION;
        const char* env_user = getenv("USER");
        const std::string user = p.get("user", env_user ? env_user : "");
        if (user.empty()) throw Usage("give --user NAME");
        Client c(o);
        c.connect();
        const auto ok = c.login(user, password(in, getenv), p.get("ext"));
        if (command == "login") {
            out << to_json(ok) << '\n';
            return 0;
        }
        if (command == "watch") return watch(c, p, out);
        if (command == "report") return report(c, p, out, err);
        return lookup(c, p, out);
    } catch (const Usage& e) {
        err << "kxcti-cli: " << e.what() << " (kxcti-cli --help)\n";
        return 2;
    } catch (const ClientError& e) {
        err << "kxcti-cli: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "kxcti-cli: " << e.what() << '\n';
        return 1;
    }
}

} // namespace kxcti::protocol::client
