#pragma once
// The record readers behind parse_line: fixed columns (layouts A, B, C), whitespace tokens
// (KX-TA/TE printouts, collapsed or shifted lines, KX-TD816 variants) and KX-HTS CSV.
// Internal to kxcti_smdr.
#include "common/smdr/parser.h"

#include <string_view>

namespace kxcti::smdr::detail {

// What a reader needs from the context, resolved once per line.
struct LineRules {
    DateOrder fixed_order = DateOrder::Auto;  // options, else the context's decided order
    DateOrder fallback = DateOrder::DMY;      // used (and flagged) when a date fits several orders
    ClockMode clock = ClockMode::Auto;
    bool padded = false;  // the link pads fixed-column lines to full width (ParserContext::padded)
};

// Field texts of one record as cut out of the line, before validation.
enum class Field : unsigned char { None, Date, Time, Ext, Co, Dial, Ring, Duration, Cost, Account, Cd };
std::string_view field_name(Field f) noexcept;

struct FieldTexts {
    Layout layout = Layout::Unknown;
    std::string_view date, time, ext, co, dial, ring, duration, cost, account, cd;
    bool star_transfer = false;  // KX-TA: '*' before the time
};

// Validates and converts. On failure out.kind = Error and the result names the field. A call
// record without a duration fails with Field::Duration and an empty out.error: the reader, which
// knows where the line stopped, says why (built only then: the common path allocates nothing).
Field build_record(const FieldTexts& f, const LineRules& rules, ParsedLine& out);

// Fixed columns. grid_fits: the line's bytes sit where `layout` puts its columns (gaps blank,
// alignment, punctuation), as far as the line reaches. read_grid: one result, record or error.
bool grid_fits(std::string_view line, Layout layout) noexcept;
void read_grid(std::string_view line, Layout layout, Layout label, const LineRules& rules, ParsedLine& out);

// Whitespace tokens; `hint` is the forced or last-seen layout.
void read_tokens(std::string_view line, Layout hint, const LineRules& rules, ParsedLine& out);

// KX-HTS Master.csv.
bool hts_shaped(std::string_view line) noexcept;   // enough commas to be a CSV CDR line
bool hts_header(std::string_view line) noexcept;   // its column-name line
void read_hts(std::string_view line, const LineRules& rules, ParsedLine& out);

// Page headers ("  Date     Time ..."): true if `line` is one; `layout` gets what it announces.
bool header_line(std::string_view line, std::optional<Layout>& layout) noexcept;
bool alarm_line(std::string_view line) noexcept;

// Scans a date at the start of `line` (after spaces) the way the token reader does; returns its
// text, empty if none.
std::string_view leading_date(std::string_view line) noexcept;

} // namespace kxcti::smdr::detail
