#pragma once
// Splits a byte stream into lines. Terminators: LF, CR or CRLF (a PBX's new-line code is a site
// setting: CR or CR+LF), also when CR and LF arrive in different reads. Every other byte,
// including NUL, form feed and bytes >= 0x80, is kept as it is. A line that reaches
// kMaxLineBytes without a terminator is cut there (LineEnd::TooLong) so a peer cannot make us
// buffer without bound. Pure state machine: no I/O.
#include "common/ingest/received_line.h"

#include <string>
#include <string_view>

namespace kxcti {

class LineSplitter {
public:
    explicit LineSplitter(std::size_t max_line = kMaxLineBytes) : max_line_(max_line) {}

    // Calls on_line(std::string&& bytes, LineEnd end) for every complete line in `chunk`.
    template <typename F>
    void feed(std::string_view chunk, F&& on_line) {
        for (char c : chunk) {
            if (c == '\n' && after_cr_) {  // the LF of a CRLF
                after_cr_ = false;
                continue;
            }
            after_cr_ = false;
            if (c == '\r' || c == '\n') {
                after_cr_ = (c == '\r');
                emit(LineEnd::Terminator, on_line);
                continue;
            }
            pending_.push_back(c);
            if (pending_.size() >= max_line_) emit(LineEnd::TooLong, on_line);
        }
    }

    // The stream ended (link dropped, end of file): hands on a partial line, if any.
    template <typename F>
    void finish(LineEnd why, F&& on_line) {
        after_cr_ = false;
        if (!pending_.empty()) emit(why, on_line);
    }

    bool has_partial() const { return !pending_.empty(); }

private:
    template <typename F>
    void emit(LineEnd end, F& on_line) {
        std::string line;
        line.swap(pending_);
        on_line(std::move(line), end);
    }

    std::size_t max_line_;
    std::string pending_;
    bool after_cr_ = false;
};

} // namespace kxcti
