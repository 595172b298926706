#pragma once
// Formats call records the way a Panasonic KX PBX prints them: fixed columns of layouts A, B
// and C exactly as in ../shared/reference/smdr-panasonic.md (0-based offsets and widths), space
// padded, no terminator. Checked against a real pattern-B capture (corpus file "costa").
#include <optional>
#include <string>

namespace kxcti::sim {

enum class Layout { A, B, C };
enum class DateOrder { DMY, MDY, YMD };
enum class ClockFormat { H24, H12 };

struct SimRecord {
    int year = 2024, month = 1, day = 1;  // printed as two-digit year
    int hour = 0, minute = 0;             // end of the call
    std::string ext;                      // right-aligned in its column, like the PBX
    std::string co;                       // trunk "01"; empty for intercom
    std::string dial;                     // "<I>0364538740", "0376689064-", "EXT401"
    std::optional<int> ring_s;            // printed by A and C (M'SS)
    std::optional<int> duration_s;        // HH:MM'SS; nullopt leaves the column blank (intercom)
    std::optional<long> cost_cents;       // printed by B and C; nullopt leaves it blank
    std::string account;
    std::string cd;                       // "NA", "TR", "FW", ...
};

struct WriterFormat {
    Layout layout = Layout::B;
    DateOrder date_order = DateOrder::DMY;
    ClockFormat clock = ClockFormat::H24;
    std::string currency = "EU";  // as in the real capture
};

// Column of one field: 0-based offset and width.
struct Column {
    std::size_t at;
    std::size_t width;
};
struct LayoutColumns {
    std::size_t length;  // 80 or 120
    Column date, time, ext, co, dial;
    std::optional<Column> ring;
    Column duration;
    std::optional<Column> cost;
    Column account, cd;
};
const LayoutColumns& columns(Layout layout);

std::string format_record(const SimRecord& record, const WriterFormat& format);
// The page header (without the form feed the PBX puts before it) and the rule below it.
std::string header_line(Layout layout);
std::string rule_line();

} // namespace kxcti::sim
