#include "server/links/backoff.h"

#include <algorithm>

namespace kxcti::server {
namespace {
// A zero delay would turn a dead PBX into a busy loop of connects and log lines.
constexpr std::chrono::milliseconds kMinDelay{1};
} // namespace

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max)
    : initial_(std::max(initial, kMinDelay)), max_(std::max(max, initial_)), current_(initial_) {}

std::chrono::milliseconds Backoff::next() {
    auto delay = current_;
    // Doubling stops at max, so it cannot overflow.
    current_ = current_ >= max_ / 2 ? max_ : current_ * 2;
    return delay;
}

std::string format_delay(std::chrono::milliseconds delay) {
    auto ms = delay.count();
    if (ms < 1000) return std::to_string(ms) + " ms";
    if (ms >= 120'000 && ms % 60'000 == 0) return std::to_string(ms / 60'000) + " min";
    std::string s = std::to_string(ms / 1000);
    auto frac = ms % 1000;
    if (frac != 0) {
        std::string f = std::to_string(frac + 1000).substr(1);  // three digits, leading zeros
        while (f.back() == '0') f.pop_back();
        s += "." + f;
    }
    return s + " s";
}

} // namespace kxcti::server
