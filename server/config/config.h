#pragma once
// Server configuration: an INI file (/etc/kxcti/kxcti.conf by default) over built-in defaults
// that work with no file at all. Every default is here, with its reason.
#include "common/smdr/parser.h"

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
