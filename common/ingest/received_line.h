#pragma once
// What a PBX link hands to storage: one line's raw bytes (terminator stripped), where and when
// it arrived. Links never parse; storage journals first, then parses.
#include "common/util/clock.h"

#include <cstdint>
#include <string>

namespace kxcti {

// Why a line ended. Stored with the journal row so a reader can tell a cut line from a record.
enum class LineEnd : std::uint8_t {
    Terminator = 0,  // CR, LF or CRLF
    LinkDropped = 1, // the connection ended mid-line: what arrived is kept as it is
    TooLong = 2,     // over kMaxLineBytes without a terminator: its first kMaxLineBytes bytes;
                     // the rest, up to the next terminator, is dropped (LineSplitter)
    EndOfFile = 3,   // last line of an imported file without a terminator
};

struct ReceivedLine {
    std::string link;        // configured link name ("main", "import", ...)
    SystemTime received_at;  // from the injected clock
    std::string bytes;       // raw bytes, terminator stripped, nothing else changed
    LineEnd end = LineEnd::Terminator;
};

// Longest line a link passes on whole. Layout C is 120 columns; real lines carry a few stray
// bytes more at most. Anything longer is a runaway (garbage, wrong baud) and is cut so that a
// peer cannot make us buffer without bound: a line of exactly kMaxLineBytes is still whole.
inline constexpr std::size_t kMaxLineBytes = 1024;

} // namespace kxcti
