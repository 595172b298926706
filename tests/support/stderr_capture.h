#pragma once
// Captures what this process writes to stderr (fd 2: kxcti::log's sink) while it lives, so a
// test can count the warnings a component logged. Restores stderr when destroyed. Not for use
// by two threads at once: fd 2 is process-wide.
#include <string>

namespace kxcti::test {

class StderrCapture {
public:
    StderrCapture();   // throws std::runtime_error if the temp file cannot be made
    ~StderrCapture();  // restores fd 2
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    // Everything written to fd 2 since construction.
    std::string text() const;
    // How many lines of text() contain `needle`.
    std::size_t count_lines(const std::string& needle) const;

private:
    int saved_ = -1;  // the original fd 2
    int file_ = -1;   // the unlinked temp file fd 2 points at
};

} // namespace kxcti::test
