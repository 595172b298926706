#pragma once
// A progress line for long commands (import, reprocess) on stderr. On a terminal it redraws one
// line ("\r"), at most every kRedrawInterval so that printing never slows the work; elsewhere
// (a pipe, a log) it prints nothing until done(), so scripts get clean output.
#include <chrono>
#include <cstdint>
#include <string>

namespace kxcti::server {

class ProgressLine {
public:
    explicit ProgressLine(std::string label, bool enabled);
    // done/total in any unit (bytes, rows); `detail` follows the bar (e.g. "12,345 lines").
    void update(std::uint64_t done, std::uint64_t total, const std::string& detail = {});
    void done();  // clears the line on a terminal

    static bool stderr_is_terminal();

private:
    // Ten redraws a second: smooth to the eye, negligible next to parsing and SQLite.
    static constexpr std::chrono::milliseconds kRedrawInterval{100};

    std::string label_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
};

// 1234567 -> "1,234,567": the counts users read on progress and summary lines.
std::string with_commas(std::uint64_t n);

} // namespace kxcti::server
