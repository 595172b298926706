#pragma once
// SMDR line parser. parse_line is a pure function of the line's bytes and the context; the
// context (layout announced by the last header, date order, clock) is advanced by observe().
#include "common/smdr/record.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kxcti::smdr {

// Bump when parsing changes in a way that changes stored results; `reprocess` re-parses
// journal rows whose parser_version is older.
inline constexpr int kParserVersion = 2;  // 2: names, RC/AN without duration, padded links

struct ParseOptions {
    DateOrder date_order = DateOrder::Auto;  // Auto: decided by the data, else the default below
    ClockMode clock = ClockMode::Auto;       // Auto: "PM"/"AM" suffix decides per line
    Layout layout = Layout::Unknown;         // Unknown: detected from headers and record shapes
    DateOrder ambiguous_date_default = DateOrder::DMY;  // when no date in the data decides it
};

struct ParserContext {
    ParseOptions options;
    Layout layout = Layout::Unknown;      // last layout announced by a header or seen in a record
    DateOrder date_order = DateOrder::Auto;  // decided order (options or detection)
    // The link pads its fixed-column lines to the layout's width (seen on a record of the
    // current layout): a shorter line of that layout is then cut short, never right-trimmed.
    bool padded = false;
};

// One line (without its CR/LF terminator; trailing CR/LF are tolerated and ignored) -> one result.
// Never throws for any byte sequence.
ParsedLine parse_line(std::string_view line, const ParserContext& ctx) noexcept;

// Advance the context after a line was parsed (a header switches the layout).
void observe(ParserContext& ctx, const ParsedLine& parsed) noexcept;

// Look at many lines (a whole file, or the journal's history) and decide the date order where
// the data decides it (a field > 12). Returns Auto when nothing decides it.
DateOrder detect_date_order(std::span<const std::string_view> lines) noexcept;

// The same decision, fed one line at a time (a file read in chunks, a buffered stream); keeps a
// few counters, never the lines.
class DateOrderVote {
public:
    void add(std::string_view line) noexcept;
    DateOrder decide() const noexcept;

private:
    unsigned long long dated_ = 0, valid_[3] = {0, 0, 0};  // lines with a date; valid per order
    unsigned long long dmy_only_ = 0, mdy_only_ = 0, ymd_only_ = 0;
    // How often the 1st, 2nd and 3rd number changed from one dated line to the next: a day
    // changes more often than a month, a month more often than a year.
    unsigned long long first_changes_ = 0, middle_changes_ = 0, last_changes_ = 0;
    int prev_[3] = {0, 0, 0};
};

// Convenience for streams: holds a context, parses and observes.
class Parser {
public:
    explicit Parser(ParseOptions options = {});
    ParsedLine feed(std::string_view line) noexcept;
    const ParserContext& context() const noexcept { return ctx_; }
    void set_date_order(DateOrder order) noexcept { ctx_.date_order = order; }

private:
    ParserContext ctx_;
};

std::string_view to_string(Layout) noexcept;
std::string_view to_string(LineKind) noexcept;
std::string_view to_string(Direction) noexcept;
// Inverse of to_string(Layout) ("A", "B", "C", "TD816", "TA", "HTS"); nullopt for anything else.
std::optional<Layout> layout_from_string(std::string_view) noexcept;

} // namespace kxcti::smdr
