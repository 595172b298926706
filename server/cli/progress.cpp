#include "server/cli/progress.h"

#include <cstdio>
#include <unistd.h>

namespace kxcti::server {

ProgressLine::ProgressLine(std::string label, bool enabled) : label_(std::move(label)), enabled_(enabled) {}

bool ProgressLine::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void ProgressLine::update(std::uint64_t done, std::uint64_t total, const std::string& detail) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_ < kRedrawInterval && done < total) return;
    last_ = now;
    drawn_ = true;
    constexpr int kBarWidth = 30;
    const double fraction = total ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    const int filled = static_cast<int>(fraction * kBarWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kBarWidth, '.');
    const double secs = std::chrono::duration<double>(now - start_).count();
    std::string eta;
    if (fraction > 0.01 && fraction < 1.0 && secs > 1.0) {
        const int left = static_cast<int>(secs / fraction - secs);
        eta = ", " + std::to_string(left / 60) + "m" + (left % 60 < 10 ? "0" : "") + std::to_string(left % 60) + "s left";
    }
    std::fprintf(stderr, "\r%s [%s] %5.1f%% %s%s\033[K", label_.c_str(), bar.c_str(), fraction * 100.0,
                 detail.c_str(), eta.c_str());
    std::fflush(stderr);
}

void ProgressLine::done() {
    if (enabled_ && drawn_) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    drawn_ = false;
}

std::string with_commas(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace kxcti::server
