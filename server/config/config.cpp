// The INI reader for kxcti.conf. Strict on purpose: an unknown key or a bad value is an error
// naming file:line, because a typo in a PBX setting otherwise shows up as silently lost calls.
#include "server/config/config.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

namespace kxcti::server {
namespace {

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

// INI habit: "; ..." or "# ..." after a value or a section header is a comment, so a line of the
// packaged kxcti.conf can be uncommented as it is. Only when blank space comes first: a password
// like "pa;ss" stays whole.
std::string_view strip_comment(std::string_view s) {
    for (std::size_t i = 1; i < s.size(); ++i) {
        if ((s[i] == ';' || s[i] == '#') && (s[i - 1] == ' ' || s[i - 1] == '\t')) return s.substr(0, i);
    }
    return s;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

class Reader {
public:
    Reader(std::string where) : where_(std::move(where)) {}
    [[noreturn]] void fail(const std::string& what) const { throw ConfigError(where_ + ": " + what); }

    template <typename T>
    T number(const std::string& key, const std::string& value, T lo, T hi) const {
        T v{};
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
        if (ec != std::errc{} || p != value.data() + value.size() || v < lo || v > hi)
            fail(key + " = '" + value + "': expected a whole number from " + std::to_string(lo) + " to " +
                 std::to_string(hi));
        return v;
    }
    bool boolean(const std::string& key, const std::string& value) const {
        auto v = lower(value);
        if (v == "yes" || v == "true" || v == "on" || v == "1") return true;
        if (v == "no" || v == "false" || v == "off" || v == "0") return false;
        fail(key + " = '" + value + "': expected yes or no");
    }
    template <typename E>
    E choice(const std::string& key, const std::string& value, const std::map<std::string, E>& options) const {
        auto it = options.find(lower(value));
        if (it != options.end()) return it->second;
        std::string names;
        for (const auto& [n, e] : options) names += (names.empty() ? "" : ", ") + n;
        fail(key + " = '" + value + "': expected one of " + names);
    }

private:
    std::string where_;
};

void set_server(ServerConfig& c, const std::string& key, const std::string& value, const Reader& r,
                bool& db_set) {
    if (key == "data_dir") {
        c.data_dir = value;
    } else if (key == "db") {
        c.db_path = value;
        db_set = true;
    } else if (key == "queue_lines") {
        // Below 64 lines the queue would spill on every burst; above 10M it is memory for nothing.
        c.queue_lines = r.number<std::size_t>(key, value, 64, 10'000'000);
    } else if (key == "demo_simulator") {
        c.demo_simulator = r.boolean(key, value);
    } else {
        r.fail("unknown key '" + key + "' in [server] (known: data_dir, db, queue_lines, demo_simulator)");
    }
}

void set_smdr(ServerConfig& c, const std::string& key, const std::string& value, const Reader& r) {
    using smdr::ClockMode;
    using smdr::DateOrder;
    using smdr::Layout;
    if (key == "date_order") {
        c.smdr.date_order = r.choice<DateOrder>(key, value, {{"auto", DateOrder::Auto}, {"dmy", DateOrder::DMY},
                                                            {"mdy", DateOrder::MDY}, {"ymd", DateOrder::YMD}});
    } else if (key == "ambiguous_date_order") {
        c.smdr.ambiguous_date_default = r.choice<DateOrder>(
            key, value, {{"dmy", DateOrder::DMY}, {"mdy", DateOrder::MDY}, {"ymd", DateOrder::YMD}});
    } else if (key == "clock") {
        c.smdr.clock = r.choice<ClockMode>(key, value, {{"auto", ClockMode::Auto}, {"12", ClockMode::H12},
                                                        {"24", ClockMode::H24}});
    } else if (key == "layout") {
        c.smdr.layout = r.choice<Layout>(key, value, {{"auto", Layout::Unknown}, {"a", Layout::A}, {"b", Layout::B},
                                                      {"c", Layout::C}, {"td816", Layout::TD816}, {"ta", Layout::TA},
                                                      {"hts", Layout::HtsCsv}});
    } else {
        r.fail("unknown key '" + key + "' in [smdr] (known: date_order, ambiguous_date_order, clock, layout)");
    }
}

void set_link(LinkConfig& l, const std::string& key, const std::string& value, const Reader& r) {
    auto& t = l.tcp;
    auto& s = l.serial;
    if (key == "type") {
        l.type = r.choice<LinkType>(key, value, {{"tcp", LinkType::TcpClient}, {"serial", LinkType::Serial},
                                                 {"listen", LinkType::Listen}});
    } else if (key == "host") {
        t.host = value;
    } else if (key == "port") {
        auto p = r.number<std::uint16_t>(key, value, 1, 65535);
        t.port = p;
        l.listen.port = p;
    } else if (key == "login") {
        t.login = r.boolean(key, value);
    } else if (key == "user") {
        t.user = value;
    } else if (key == "password") {
        t.password = value;
    } else if (key == "connect_timeout_s") {
        t.connect_timeout = std::chrono::seconds(r.number<int>(key, value, 1, 600));
    } else if (key == "login_timeout_s") {
        t.login_timeout = std::chrono::seconds(r.number<int>(key, value, 1, 600));
    } else if (key == "idle_timeout_s") {
        t.idle_timeout = std::chrono::seconds(r.number<int>(key, value, 0, 7 * 86400));
    } else if (key == "backoff_initial_ms") {
        t.backoff_initial = std::chrono::milliseconds(r.number<int>(key, value, 10, 600'000));
    } else if (key == "backoff_max_ms") {
        t.backoff_max = std::chrono::milliseconds(r.number<int>(key, value, 10, 3'600'000));
    } else if (key == "device") {
        s.device = value;
    } else if (key == "baud") {
        s.baud = r.number<unsigned>(key, value, 300, 921600);
    } else if (key == "data_bits") {
        s.data_bits = r.number<unsigned>(key, value, 7, 8);
    } else if (key == "parity") {
        s.parity = r.choice<Parity>(key, value, {{"none", Parity::None}, {"even", Parity::Even}, {"odd", Parity::Odd}});
    } else if (key == "stop_bits") {
        s.stop_bits = r.number<unsigned>(key, value, 1, 2);
    } else if (key == "flow") {
        s.flow = r.choice<FlowControl>(key, value, {{"none", FlowControl::None}, {"hardware", FlowControl::Hardware},
                                                    {"software", FlowControl::Software}});
    } else if (key == "address") {
        l.listen.address = value;
    } else if (key == "max_connections") {
        l.listen.max_connections = r.number<unsigned>(key, value, 1, 64);
    } else {
        r.fail("unknown key '" + key + "' in [link " + l.name + "]");
    }
}

std::chrono::milliseconds seconds(const Reader& r, const std::string& key, const std::string& value, int lo, int hi) {
    return std::chrono::seconds(r.number<int>(key, value, lo, hi));
}

void set_clients(ClientSettings& c, const std::string& key, const std::string& value, const Reader& r) {
    if (key == "enabled") {
        c.enabled = r.boolean(key, value);
    } else if (key == "address") {
        c.address = value;
    } else if (key == "port") {
        // 0: any free port, named in the log ("clients listening on ADDRESS:PORT"); for tests.
        c.port = r.number<std::uint16_t>(key, value, 0, 65535);
    } else if (key == "max_connections") {
        c.max_connections = r.number<unsigned>(key, value, 1, 10000);
    } else if (key == "max_per_address") {
        c.max_per_address = r.number<unsigned>(key, value, 1, 10000);
    } else if (key == "handshake_timeout_s") {
        c.handshake_timeout = seconds(r, key, value, 1, 300);
    } else if (key == "login_timeout_s") {
        c.login_timeout = seconds(r, key, value, 1, 600);
    } else if (key == "idle_timeout_s") {
        // Below 90 s a client pinging every 60 s could be cut off by one late ping.
        c.idle_timeout = seconds(r, key, value, 90, 86400);
    } else if (key == "write_queue_kb") {
        // At least two maximal frames (1 MiB each), or a report could never be streamed.
        c.write_queue_bytes = r.number<std::size_t>(key, value, 2048, 262144) * 1024;
    } else if (key == "supervisor_seats") {
        c.supervisor_seats = r.number<unsigned>(key, value, 0, 1000);
    } else if (key == "callerid_seats") {
        c.callerid_seats = r.number<unsigned>(key, value, 0, 1000);
    } else if (key == "login_attempts_per_minute") {
        c.login_attempts_per_minute = r.number<unsigned>(key, value, 1, 1000);
    } else if (key == "login_failures_per_user") {
        c.login_failures_per_user = r.number<unsigned>(key, value, 1, 100);
    } else if (key == "shutdown_timeout_s") {
        c.shutdown_timeout = seconds(r, key, value, 1, 60);
    } else {
        r.fail("unknown key '" + key +
               "' in [clients] (known: enabled, address, port, max_connections, max_per_address, "
               "handshake_timeout_s, login_timeout_s, idle_timeout_s, write_queue_kb, supervisor_seats, "
               "callerid_seats, login_attempts_per_minute, login_failures_per_user, shutdown_timeout_s)");
    }
}

void set_ncid(NcidSettings& n, const std::string& key, const std::string& value, const Reader& r) {
    if (key == "enabled") {
        n.enabled = r.boolean(key, value);
    } else if (key == "address") {
        n.address = value;
    } else if (key == "port") {
        // 0: any free port, named in the log ("NCID feed listening on ADDRESS:PORT").
        n.port = r.number<std::uint16_t>(key, value, 0, 65535);
    } else if (key == "max_connections") {
        n.max_connections = r.number<unsigned>(key, value, 1, 10000);
    } else if (key == "max_per_address") {
        n.max_per_address = r.number<unsigned>(key, value, 1, 10000);
    } else if (key == "write_queue_kb") {
        n.write_queue_bytes = r.number<std::size_t>(key, value, 4, 4096) * 1024;
    } else if (key == "call_log_lines") {
        n.call_log_lines = r.number<unsigned>(key, value, 0, 1000);
    } else if (key == "accept_gateway") {
        n.accept_gateway = r.boolean(key, value);
    } else {
        r.fail("unknown key '" + key +
               "' in [ncid] (known: enabled, address, port, max_connections, max_per_address, write_queue_kb, "
               "call_log_lines, accept_gateway)");
    }
}

void set_tls(TlsSettings& t, const std::string& key, const std::string& value, const Reader& r) {
    if (key == "enabled") {
        t.enabled = r.boolean(key, value);
    } else if (key == "certificate") {
        t.certificate = value;
    } else if (key == "key") {
        t.key = value;
    } else {
        r.fail("unknown key '" + key + "' in [tls] (known: enabled, certificate, key)");
    }
}

void check_net(const NetConfig& n, const std::string& where) {
    if (n.tls.enabled && (n.tls.certificate.empty() || n.tls.key.empty()))
        throw ConfigError(where + ": [tls] is enabled but certificate or key is not set (give both PEM file paths, "
                                  "or set enabled = no)");
    if (n.clients.enabled && n.ncid.enabled && n.clients.port != 0 && n.clients.port == n.ncid.port)
        throw ConfigError(where + ": [clients] and [ncid] both use port " + std::to_string(n.ncid.port) +
                          ": give them different ports");
}

void check_link(const LinkConfig& l, const std::string& where) {
    if (l.type == LinkType::TcpClient && l.tcp.host.empty())
        throw ConfigError(where + ": [link " + l.name + "] is type tcp but has no host");
    if (l.type == LinkType::Serial && l.serial.device.empty())
        throw ConfigError(where + ": [link " + l.name + "] is type serial but has no device");
    if (l.tcp.backoff_max < l.tcp.backoff_initial)
        throw ConfigError(where + ": [link " + l.name + "] backoff_max_ms is below backoff_initial_ms");
}

} // namespace

std::filesystem::path default_data_dir() {
    if (::geteuid() == 0) return "/var/lib/kxcti";
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "kxcti";
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".local/share/kxcti";
    return "kxcti-data";
}

ServerConfig default_config() {
    ServerConfig c;
    c.data_dir = default_data_dir();
    c.db_path = c.data_dir / "kxcti.db";
    return c;
}

ServerConfig parse_config(std::string_view text, const std::string& name) {
    ServerConfig c = default_config();
    bool db_set = false;
    enum class Section { None, Server, Smdr, Link, Clients, Ncid, Tls, Csta } section = Section::None;
    std::set<std::string> link_names;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++line_no;
        Reader r(name + ":" + std::to_string(line_no));
        std::string line = trim(raw);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        line = trim(strip_comment(line));
        if (line.front() == '[') {
            if (line.back() != ']') r.fail("section header must end with ']'");
            std::string inner = trim(std::string_view(line).substr(1, line.size() - 2));
            if (inner == "server") {
                section = Section::Server;
            } else if (inner == "smdr") {
                section = Section::Smdr;
            } else if (inner.rfind("link", 0) == 0 && inner.size() > 4 && (inner[4] == ' ' || inner[4] == '\t')) {
                std::string link_name = trim(std::string_view(inner).substr(5));
                if (link_name.empty()) r.fail("[link NAME] needs a name");
                if (!link_names.insert(link_name).second) r.fail("link '" + link_name + "' is defined twice");
                c.links.push_back(LinkConfig{});
                c.links.back().name = link_name;
                section = Section::Link;
            } else if (inner == "clients") {
                section = Section::Clients;
            } else if (inner == "ncid") {
                section = Section::Ncid;
            } else if (inner == "tls") {
                section = Section::Tls;
            } else if (inner == "csta") {
                section = Section::Csta;
            } else {
                r.fail("unknown section [" + inner +
                       "] (known: [server], [smdr], [link NAME], [clients], [ncid], [tls], [csta])");
            }
            continue;
        }
        auto eq = line.find('=');
        if (eq == std::string::npos) r.fail("expected 'key = value'");
        std::string key = lower(trim(std::string_view(line).substr(0, eq)));
        std::string value = trim(std::string_view(line).substr(eq + 1));
        switch (section) {
        case Section::None: r.fail("'" + key + "' is outside any section");
        case Section::Server: set_server(c, key, value, r, db_set); break;
        case Section::Smdr: set_smdr(c, key, value, r); break;
        case Section::Link: set_link(c.links.back(), key, value, r); break;
        case Section::Clients: set_clients(c.net.clients, key, value, r); break;
        case Section::Ncid: set_ncid(c.net.ncid, key, value, r); break;
        case Section::Tls: set_tls(c.net.tls, key, value, r); break;
        case Section::Csta:
            if (auto wrong = apply_csta_key(c.csta, key, value)) r.fail(*wrong);
            break;
        }
    }
    if (!db_set) c.db_path = c.data_dir / "kxcti.db";
    for (const auto& l : c.links) check_link(l, name);
    check_net(c.net, name);
    if (auto wrong = check_csta_config(c.csta)) throw ConfigError(name + ": [csta] " + *wrong);
    return c;
}

ServerConfig load_config(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConfigError("cannot read config file " + path.string());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A config file is a few KiB; refuse something that is clearly not one.
    constexpr std::size_t kMaxConfigBytes = 1 << 20;
    if (text.size() > kMaxConfigBytes) throw ConfigError(path.string() + ": larger than 1 MiB, not a config file");
    ServerConfig c = parse_config(text, path.string());
    c.source = path;
    return c;
}

} // namespace kxcti::server
