#pragma once
// Minimal thread-safe logging: one line per event to stderr (journald adds its own stamp under
// systemd). Components log what a user can act on: what, where, what to do.
#include <sstream>
#include <string>
#include <string_view>

namespace kxcti::log {

enum class Level { Debug = 0, Info = 1, Warn = 2, Error = 3 };

void set_level(Level level);
Level level();
void write(Level level, std::string_view component, std::string_view message);

template <typename... Args>
void emit(Level lvl, std::string_view component, const Args&... args) {
    if (lvl < level()) return;
    std::ostringstream os;
    (os << ... << args);
    write(lvl, component, os.str());
}
template <typename... Args> void debug(std::string_view c, const Args&... a) { emit(Level::Debug, c, a...); }
template <typename... Args> void info(std::string_view c, const Args&... a) { emit(Level::Info, c, a...); }
template <typename... Args> void warn(std::string_view c, const Args&... a) { emit(Level::Warn, c, a...); }
template <typename... Args> void error(std::string_view c, const Args&... a) { emit(Level::Error, c, a...); }

} // namespace kxcti::log
