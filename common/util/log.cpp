#include "common/util/log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace kxcti::log {
namespace {
std::atomic<Level> g_level{Level::Info};
std::mutex g_mutex;
const char* name(Level l) {
    switch (l) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warn: return "warning";
    case Level::Error: return "error";
    }
    return "?";
}
} // namespace

void set_level(Level l) { g_level = l; }
Level level() { return g_level; }

void write(Level lvl, std::string_view component, std::string_view message) {
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "%s %s [%.*s] %.*s\n", stamp, name(lvl), static_cast<int>(component.size()),
                 component.data(), static_cast<int>(message.size()), message.data());
    std::fflush(stderr);
}

} // namespace kxcti::log
