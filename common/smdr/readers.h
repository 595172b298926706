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
inline constexpr std::size_t kFieldCount = 11;  // Field's values, None included
std::string_view field_name(Field f) noexcept;

// Only the fields that were set are stored (and nothing is zeroed up front: this is built for
// every line, and ten zeroed string_views cost more than reading a whole line's columns).
class FieldTexts {
public:
    Layout layout = Layout::Unknown;
    bool star_transfer = false;  // KX-TA: '*' before the time

    std::string_view get(Field f) const noexcept {
        auto i = static_cast<std::size_t>(f);
        return (set_ >> i) & 1u ? std::string_view(data_[i], size_[i]) : std::string_view{};
    }
    void set(Field f, std::string_view text) noexcept {
        auto i = static_cast<std::size_t>(f);
        data_[i] = text.data();
        size_[i] = text.size();
        set_ |= 1u << i;
    }

private:
    unsigned set_ = 0;                   // bit per Field: which of the texts below were set
    const char* data_[kFieldCount];      // uninitialised until set
    std::size_t size_[kFieldCount];
};

// Validates and converts. On failure out.kind = Error and the result names the field. A call
// record without a duration fails with Field::Duration and an empty out.error: the reader, which
// knows where the line stopped, says why (built only then: the common path allocates nothing).
Field build_record(const FieldTexts& f, const LineRules& rules, ParsedLine& out);

// Fixed columns. False (out untouched) if the line's bytes do not sit where `layout` puts its
// columns (gaps blank, alignment, punctuation) as far as the line reaches; otherwise one
// result in `out`, record or error. `label` is the layout the record is said to have.
bool read_grid(std::string_view line, Layout layout, Layout label, const LineRules& rules, ParsedLine& out);
// Its fast path (fast_grid.cpp): a full-width line of `layout` in the plain forms only; false
// (out untouched) for anything else. Where it answers, read_grid answers the same.
bool read_plain_grid(std::string_view line, Layout layout, const LineRules& rules, ParsedLine& out);

// Whitespace tokens; `hint` is the forced or last-seen layout.
void read_tokens(std::string_view line, Layout hint, const LineRules& rules, ParsedLine& out);

// KX-HTS Master.csv.
bool hts_shaped(std::string_view line) noexcept;   // enough commas to be a CSV CDR line
bool hts_header(std::string_view line) noexcept;   // its column-name line (of an hts_shaped line)
void read_hts(std::string_view line, const LineRules& rules, ParsedLine& out);

// Page headers ("  Date     Time ..."): true if `line` is one; `layout` gets what it announces.
bool header_line(std::string_view line, std::optional<Layout>& layout) noexcept;
bool alarm_line(std::string_view line) noexcept;

// Scans a date at the start of `line` (after spaces) the way the token reader does; returns its
// text, empty if none.
std::string_view leading_date(std::string_view line) noexcept;

} // namespace kxcti::smdr::detail
