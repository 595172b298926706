#pragma once
// Splits a byte stream into lines. Terminators: LF, CR or CRLF (a PBX's new-line code is a site
// setting: CR or CR+LF), also when CR and LF arrive in different reads. Every other byte,
// including NUL, form feed and bytes >= 0x80, is kept as it is. Pure state machine: no I/O.
//
// The limit, so that a peer cannot make us buffer without bound: a line of up to max_line bytes
// (terminator not counted) is a line. When byte max_line + 1 arrives without a terminator, the
// first max_line bytes are handed on at once as LineEnd::TooLong and everything up to the next
// terminator is dropped: one runaway line is one (error) line, however long it runs, and the
// line after its terminator is read normally. dropped_bytes() counts what was dropped.
#include "common/ingest/received_line.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kxcti {

class LineSplitter {
public:
    explicit LineSplitter(std::size_t max_line = kMaxLineBytes) : max_line_(max_line) {}

    // Calls on_line(std::string_view bytes, LineEnd end) for every line completed by `chunk`.
    // The view points into `chunk` (or into the splitter, for a line that spans reads) and is
    // valid only during the call: no allocation per line.
    template <typename F>
    void feed_views(std::string_view chunk, F&& on_line) {
        const char* p = chunk.data();
        const char* const end = p + chunk.size();
        if (after_cr_ && p < end && *p == '\n') ++p;  // the LF of a CRLF split across reads
        after_cr_ = false;
        while (p < end) {
            const char* stop = find_terminator(p, end);
            take(std::string_view(p, static_cast<std::size_t>(stop - p)), stop != end, on_line);
            if (stop == end) return;
            p = stop + 1;
            if (*stop == '\r') {
                if (p == end) after_cr_ = true;
                else if (*p == '\n') ++p;
            }
        }
    }

    // The stream ended (link dropped, end of file): hands on a partial line, if any, as `why`.
    // The tail of a runaway line was already accounted for by its TooLong line.
    template <typename F>
    void finish_views(LineEnd why, F&& on_line) {
        after_cr_ = false;
        if (dropping_) {
            dropping_ = false;
            return;
        }
        if (pending_.empty()) return;
        on_line(std::string_view(pending_), why);
        pending_.clear();
    }

    // The same with an owned string per line: on_line(std::string&& bytes, LineEnd end).
    template <typename F>
    void feed(std::string_view chunk, F&& on_line) {
        feed_views(chunk, [&on_line](std::string_view line, LineEnd end) { on_line(std::string(line), end); });
    }
    template <typename F>
    void finish(LineEnd why, F&& on_line) {
        finish_views(why, [&on_line](std::string_view line, LineEnd end) { on_line(std::string(line), end); });
    }

    // Bytes of a line are waiting for their terminator (or a runaway line's tail is being dropped).
    bool has_partial() const { return !pending_.empty() || dropping_; }
    // Bytes dropped so far after runaway lines' first max_line bytes.
    std::uint64_t dropped_bytes() const { return dropped_; }

private:
    // `piece`: bytes up to a terminator (terminated) or to the end of the chunk (not yet).
    template <typename F>
    void take(std::string_view piece, bool terminated, F& on_line) {
        if (dropping_) {
            dropped_ += piece.size();
            if (terminated) dropping_ = false;
            return;
        }
        if (pending_.empty() && terminated && piece.size() <= max_line_) {
            on_line(piece, LineEnd::Terminator);  // the common case: a whole line inside one read
            return;
        }
        const std::size_t room = max_line_ - pending_.size();
        if (piece.size() > room) {
            pending_.append(piece.substr(0, room));
            dropped_ += piece.size() - room;
            on_line(std::string_view(pending_), LineEnd::TooLong);
            pending_.clear();
            dropping_ = !terminated;
            return;
        }
        pending_.append(piece);
        if (!terminated) return;
        on_line(std::string_view(pending_), LineEnd::Terminator);
        pending_.clear();
    }

    // The first CR or LF in [p, end), else end. Eight bytes at a time: a byte equal to CR or LF
    // makes (w ^ pattern) have a zero byte, found with the classic has-zero-byte test.
    static const char* find_terminator(const char* p, const char* end) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
        constexpr std::uint64_t kLf = kOnes * '\n', kCr = kOnes * '\r';
        auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
        for (; end - p >= 8; p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            if (zero_byte(w ^ kLf) | zero_byte(w ^ kCr)) break;
        }
        for (; p < end; ++p)
            if (*p == '\n' || *p == '\r') return p;
        return end;
    }

    std::size_t max_line_;
    std::string pending_;     // the start of a line that spans reads (capacity kept: no churn)
    bool after_cr_ = false;   // the last chunk ended in CR: a leading LF belongs to it
    bool dropping_ = false;   // inside a runaway line's tail
    std::uint64_t dropped_ = 0;
};

} // namespace kxcti
