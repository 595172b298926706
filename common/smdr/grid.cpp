// Fixed-column layouts A, B and C. Column offsets and widths are the reference table of
// shared/reference/smdr-panasonic.md (0-based). Real lines may be right-trimmed or cut short, so
// a line only has to fit as far as it reaches; what is missing is then either legitimately
// blank (right-trimmed) or a cut, decided per column below.
#include "common/smdr/columns.h"
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

namespace kxcti::smdr::detail {
namespace {

// Spaces only (the PBX pads with spaces, never tabs). Compared eight bytes at a time: a padded
// line is a quarter spaces, and this runs for every column of every line.
[[gnu::always_inline]] inline bool blank(std::string_view s) noexcept {
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8)
        if (!eight_spaces(p)) return false;
    for (; n > 0; ++p, --n)
        if (*p != ' ') return false;
    return true;
}

// Does the cell's text sit in the column the way the layout prints field F (as far as the line
// reaches)? `v` is the cell, `t` the cell trimmed, `complete`: the line reaches the column's end.
template <Field F>
[[gnu::always_inline]] inline bool cell_fits(std::string_view v, std::string_view t, bool complete) noexcept {
    if constexpr (F == Field::Date) {  // "dd/mm/yy" or "**/**/**", as far as it reaches
        for (std::size_t i = 0; i < v.size(); ++i) {
            bool slash_pos = i == 2 || i == 5;
            if (slash_pos ? v[i] != '/' : !(is_digit(v[i]) || v[i] == '*')) return false;
        }
        return true;
    } else if constexpr (F == Field::Time) {
        return (is_digit(v[0]) || v[0] == '*') && !has_space(t) && (v.size() < 3 || v[1] == ':' || v[2] == ':');
    } else if constexpr (F == Field::Dial) {  // texts and markers contain spaces
        return v[0] != ' ';
    } else if constexpr (F == Field::Duration) {
        if (v[0] == ' ' || (complete && has_space(v))) return false;
        return (v.size() < 3 || v[2] == ':') && (v.size() < 6 || v[5] == '\'');
    } else if constexpr (F == Field::Account || F == Field::Cd) {
        return v[0] != ' ' && !has_space(t);
    } else {  // right-aligned single tokens
        return !has_space(t) && (!complete || v.back() != ' ');
    }
}

// Where a line stands while its columns are read, left to right. The texts are kept as small
// offsets: a FieldTexts (ten string_views) is built once the line fits, so that lines of the
// wrong grid cost no more than the bytes looked at.
struct Scan {
    std::string_view line;
    std::uint8_t at[kFieldCount] = {};   // by Field: where the trimmed text starts...
    std::uint8_t len[kFieldCount] = {};  // ...and its length (0: blank or not reached)
    Field ends_in = Field::None;         // the column the line ends inside, if any
    Field last_started = Field::None;    // the last column the line reaches into
    Field cut_in = Field::None;          // a right-aligned or whole field that stops early
    std::size_t pos = 0;                 // end of the previous column

    std::string_view text(Field f) const noexcept {
        auto i = static_cast<std::size_t>(f);
        return {line.data() + at[i], len[i]};
    }
};

// Column I of grid G, unrolled at compile time (each column's rules are known statically: this
// runs for every column of every line). False: the line does not fit the grid.
template <const Grid& G, std::size_t I>
[[gnu::always_inline]] inline bool step(Scan& s) noexcept {
    constexpr Column c = G.cols[I];
    const std::size_t len = s.line.size();
    if (s.pos >= len) return true;  // the line ended before this column
    const char* data = s.line.data();  // (positions are in range: plain views, no substr checks)
    if (c.start > s.pos && !blank({data + s.pos, std::min<std::size_t>(c.start, len) - s.pos})) return false;
    s.pos = c.end();
    if (c.start >= len) return true;
    s.last_started = c.field;
    std::string_view v(data + c.start, std::min<std::size_t>(c.width, len - c.start));
    const bool complete = c.end() <= len;
    if (blank(v)) {
        if (!complete) s.ends_in = c.field;
        return true;
    }
    auto t = trim(v);
    if (!cell_fits<c.field>(v, t, complete)) return false;
    if (!complete) {
        s.ends_in = c.field;
        if constexpr (c.align != Align::Left) s.cut_in = c.field;  // a trimmed line keeps these whole
    }
    s.at[static_cast<std::size_t>(c.field)] = static_cast<std::uint8_t>(t.data() - s.line.data());
    s.len[static_cast<std::size_t>(c.field)] = static_cast<std::uint8_t>(t.size());
    return true;
}

template <const Grid& G, std::size_t... I>
bool scan_columns(Scan& s, std::index_sequence<I...>) noexcept {
    return (step<G, I>(s) && ...);
}

template <const Grid& G>
bool read_grid_of(std::string_view line, Layout label, const LineRules& rules, ParsedLine& out) {
    const std::size_t len = line.size();
    if (len == 0) return false;
    if (len > G.width && !blank(line.substr(G.width))) return false;
    Scan s;
    s.line = line;
    if (!scan_columns<G>(s, std::make_index_sequence<G.count>{})) return false;
    if (s.pos < len && !blank(line.substr(s.pos))) return false;  // past the last column (C: byte 119)

    FieldTexts f;
    f.layout = label;
    for (std::size_t i = 1; i < kFieldCount; ++i)
        if (s.len[i]) f.set(static_cast<Field>(i), s.text(static_cast<Field>(i)));
    auto cut = [&](std::string_view where, Field field) {
        out.kind = LineKind::Error;
        out.record = Record{};
        out.error = "line cut short " + std::string(where) + " the " + std::string(field_name(field)) + " column (" +
                    std::to_string(len) + " of " + std::to_string(G.width) + " bytes";
        out.error += rules.padded && len < G.width ? "; this link pads its lines to full width)" : ")";
        return true;
    };
    if (s.cut_in != Field::None) return cut("in", s.cut_in);
    if (f.get(Field::Time).empty()) return cut("after", Field::Date);
    if (s.ends_in == Field::Time && !time_shaped(f.get(Field::Time))) return cut("in", Field::Time);
    if (f.get(Field::Ext).empty() && len <= G.cols[2].end()) return cut("after", Field::Time);
    // A link that pads its lines sent this one short: whatever it holds, the rest is missing
    // (a value ending at the cut, "EXT40" for "EXT401", would read as a wrong one).
    if (rules.padded && len < G.width)
        return cut(s.ends_in != Field::None ? "in" : "after", s.ends_in != Field::None ? s.ends_in : s.last_started);
    out.full_width = len >= G.width;

    Field failed = build_record(f, rules, out);
    if (failed == Field::None) return true;
    // A value that fails where the line stops was cut there, whatever it looks like.
    if (failed == s.ends_in) return cut("in", failed);
    if (failed == Field::Duration && out.error.empty()) {
        std::size_t duration_start = 0;
        for (std::size_t i = 0; i < G.count; ++i)
            if (G.cols[i].field == Field::Duration) duration_start = G.cols[i].start;
        if (len > duration_start) out.error = "no duration in the Duration column of a call record";
        else cut("after", s.last_started);
    }
    return true;
}

} // namespace

bool read_grid(std::string_view line, Layout layout, Layout label, const LineRules& rules, ParsedLine& out) {
    switch (layout) {
    case Layout::A: return read_grid_of<kGridA>(line, label, rules, out);
    case Layout::B: return read_grid_of<kGridB>(line, label, rules, out);
    case Layout::C: return read_grid_of<kGridC>(line, label, rules, out);
    default: return false;
    }
}

} // namespace kxcti::smdr::detail
