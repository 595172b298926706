#pragma once
// Server configuration: an INI file (/etc/kxcti/kxcti.conf by default) over built-in defaults
// that work with no file at all. Every default is here, with its reason.
#include "common/smdr/parser.h"
#include "server/csta/csta_config.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <string>
#include <vector>

namespace kxcti::server {

using namespace std::chrono_literals;

enum class Parity { None, Even, Odd };
enum class FlowControl { None, Hardware, Software };

struct SerialSettings {
    std::string device;            // /dev/ttyS0, /dev/ttyUSB0, COM3
    unsigned baud = 9600;          // the PBX default on every KX model
    unsigned data_bits = 8;        // 7 or 8 (7E2 and 8N1 are both seen in the field)
    Parity parity = Parity::None;
    unsigned stop_bits = 1;        // 1 or 2
    FlowControl flow = FlowControl::None;
};

struct TcpClientSettings {
    std::string host;
    std::uint16_t port = 2300;          // Panasonic LAN SMDR port in every public client
    bool login = true;                  // run the "-" / SMDR / Enter Password: dialogue
    std::string user = "SMDR";          // what the client answers to the PBX's "-" prompt
    std::string password = "PCCSMDR";   // factory default; sites change it
    std::chrono::seconds connect_timeout = 10s;
    std::chrono::seconds login_timeout = 15s;   // a PBX silent this long during login is retried
    std::chrono::seconds idle_timeout = 0s;     // 0 = off: a PBX is silent all night when no calls
    std::chrono::milliseconds backoff_initial = 1000ms;  // first retry soon: old PBXs buffer ~100 records
    std::chrono::milliseconds backoff_max = 60000ms;     // never wait longer than a minute between tries
};

struct ListenSettings {
    std::string address = "0.0.0.0";
    std::uint16_t port = 2300;
    unsigned max_connections = 4;  // a buffer box or two; more is a misconfiguration or an attack
};

enum class LinkType { Serial, TcpClient, Listen };

// [clients]: the binary protocol the Supervisor, Caller ID and kxcti-cli clients speak
// (docs/protocol.md). Durations are milliseconds in memory so that tests can use short ones;
// the file gives them in seconds.
struct ClientSettings {
    bool enabled = true;
    std::string address = "0.0.0.0";  // the clients sit on office desks: every interface
    std::uint16_t port = 7430;         // unassigned by IANA; free on every PBX-side box we know
    // Every connection, logged in or not. Seats bound logged-in clients; this bounds sockets
    // (a scanner or a login storm), far below the process's file limit.
    unsigned max_connections = 256;
    // One desk runs a Supervisor and a Caller ID; an office behind one NAT address has some
    // dozens. More from one address is a runaway script.
    unsigned max_per_address = 32;
    std::chrono::milliseconds handshake_timeout = 10s;  // Hello is the first thing a client sends
    std::chrono::milliseconds login_timeout = 30s;      // Login follows Welcome at once
    // Clients ping every 60 s; five missed pings is a dead desk or a cut cable.
    std::chrono::milliseconds idle_timeout = 300s;
    // What one client may have waiting to be sent. Four maximal frames: a report streaming at
    // full speed fits, a client that stopped reading is dropped before it costs real memory.
    std::size_t write_queue_bytes = 4 * 1024 * 1024;
    unsigned supervisor_seats = 5;   // Supervisor clients logged in at once (the licence)
    unsigned callerid_seats = 8;     // Caller ID clients logged in at once (the licence)
    // Login attempts from one address per minute, whatever their outcome: each costs a slow
    // hash, so a storm is refused before hashing.
    unsigned login_attempts_per_minute = 20;
    // Failed logins for one user name in 15 minutes before further tries are refused until
    // the window has passed: slows guessing to a crawl, costs a typing user nothing.
    unsigned login_failures_per_user = 5;
    // stop(): how long clients get to receive their Goodbye before sockets are closed.
    std::chrono::milliseconds shutdown_timeout = 3s;
};

// [ncid]: an optional read-only feed in NCID's text protocol, so NCID clients (desktop,
// Android, LCD) show incoming calls. Off by default; loopback by default (no login, no TLS).
struct NcidSettings {
    bool enabled = false;
    std::string address = "127.0.0.1";
    std::uint16_t port = 3333;         // NCID's registered port
    unsigned max_connections = 64;
    unsigned max_per_address = 64;     // loopback displays all share 127.0.0.1
    std::size_t write_queue_bytes = 64 * 1024;  // some hundred CID lines
    unsigned call_log_lines = 20;      // recent rings replayed to a client that connects
    // Accept NCID gateway lines ("CALL: ...") from loopback peers as incoming rings. For
    // benchmarks and test rigs only: it lets a local program inject calls.
    bool accept_gateway = false;
};

// [tls]: the binary protocol over TLS (the NCID feed stays plain: its clients have no TLS).
struct TlsSettings {
    bool enabled = false;
    std::filesystem::path certificate;  // PEM, the chain if any after the server's certificate
    std::filesystem::path key;          // PEM private key, readable by the kxcti user only
};

// Everything the client-facing listeners need (server/net/net_server.h).
struct NetConfig {
    ClientSettings clients;
    NcidSettings ncid;
    TlsSettings tls;
};

struct LinkConfig {
    std::string name;  // [link NAME] section; stored with every journal row
    LinkType type = LinkType::TcpClient;
    SerialSettings serial;
    TcpClientSettings tcp;
    ListenSettings listen;
};

struct ServerConfig {
    std::filesystem::path data_dir;   // database, spill file
    std::filesystem::path db_path;    // default: data_dir / "kxcti.db"
    std::vector<LinkConfig> links;    // none configured: `run` feeds itself from kxcti-pbxsim...
    bool demo_simulator = true;       // ...unless this is off (the packaged config turns it off)
    smdr::ParseOptions smdr;          // [smdr] date_order, clock, layout
    std::size_t queue_lines = 65536;  // in-memory lines between links and the writer before spilling
    NetConfig net;                    // [clients], [ncid], [tls]
    CstaConfig csta;                  // [csta]: the PBX's CTI link (server/csta/csta_config.h)
    std::optional<std::filesystem::path> source;  // the file it was read from, if any
};

// Where the daemon keeps its data when nothing says otherwise.
std::filesystem::path default_data_dir();
inline constexpr const char* kDefaultConfigPath = "/etc/kxcti/kxcti.conf";

// Reads an INI file over the defaults. Throws ConfigError with "file:line: what" on any unknown
// key, bad value or duplicate link name.
ServerConfig load_config(const std::filesystem::path& path);
// The same over text in memory; `name` is used in error messages.
ServerConfig parse_config(std::string_view text, const std::string& name);
ServerConfig default_config();

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace kxcti::server
