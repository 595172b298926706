// Placeholder until the INI loader lands: defaults only.
#include "server/config/config.h"

#include <cstdlib>
#include <unistd.h>

namespace kxcti::server {

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

ServerConfig load_config(const std::filesystem::path& path) {
    ServerConfig c = default_config();
    c.source = path;
    return c;
}

} // namespace kxcti::server
