// Fixed-column layouts A, B and C. Column offsets and widths are the reference table of
// shared/reference/smdr-panasonic.md (0-based). Real lines may be right-trimmed or cut short, so
// a line only has to fit as far as it reaches; what is missing is then either legitimately
// blank (right-trimmed) or a cut, decided per column below.
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

#include <array>
#include <string>

namespace kxcti::smdr::detail {
namespace {

// Left: text starts at the column's first byte (Dial Number, Acc code, CD, Time).
// Right: text ends at the column's last byte (Ext, CO, Ring, Cost).
// Full: always printed whole (Date, Duration): a partial one is a cut.
enum class Align : unsigned char { Left, Right, Full };

struct Column {
    Field field = Field::None;
    unsigned char start = 0, width = 0;
    Align align = Align::Left;
    unsigned end() const noexcept { return start + width; }
};

constexpr std::size_t kMaxColumns = 10;
struct Grid {
    unsigned width = 0;
    std::array<Column, kMaxColumns> cols{};
    std::size_t count = 0;
};

constexpr Grid kGridA{80,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 17, 5, Align::Right}, {Field::Co, 23, 2, Align::Right},
                        {Field::Dial, 26, 25, Align::Left}, {Field::Ring, 52, 4, Align::Right},
                        {Field::Duration, 57, 8, Align::Full}, {Field::Account, 66, 10, Align::Left},
                        {Field::Cd, 77, 3, Align::Left}}},
                      9};
constexpr Grid kGridB{80,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 16, 5, Align::Right}, {Field::Co, 22, 2, Align::Right},
                        {Field::Dial, 25, 20, Align::Left}, {Field::Duration, 46, 8, Align::Full},
                        {Field::Cost, 55, 10, Align::Right}, {Field::Account, 66, 10, Align::Left},
                        {Field::Cd, 77, 3, Align::Left}}},
                      9};
constexpr Grid kGridC{120,
                      {{{Field::Date, 0, 8, Align::Full}, {Field::Time, 9, 7, Align::Left},
                        {Field::Ext, 17, 5, Align::Right}, {Field::Co, 23, 4, Align::Right},
                        {Field::Dial, 28, 50, Align::Left}, {Field::Ring, 79, 4, Align::Right},
                        {Field::Duration, 84, 8, Align::Full}, {Field::Cost, 93, 11, Align::Right},
                        {Field::Account, 105, 10, Align::Left}, {Field::Cd, 116, 3, Align::Left}}},
                      10};

const Grid* grid_of(Layout l) noexcept {
    switch (l) {
    case Layout::A: return &kGridA;
    case Layout::B: return &kGridB;
    case Layout::C: return &kGridC;
    default: return nullptr;
    }
}

bool blank(std::string_view s) noexcept {
    for (char c : s)
        if (c != ' ') return false;
    return true;
}

// The part of column c the line holds (may be shorter than the column, or empty).
std::string_view cell(std::string_view line, const Column& c) noexcept {
    if (c.start >= line.size()) return {};
    return line.substr(c.start, std::min<std::size_t>(c.width, line.size() - c.start));
}

bool cell_fits(const Column& c, std::string_view v, bool complete) noexcept {
    if (blank(v)) return true;
    auto t = trim(v);
    switch (c.field) {
    case Field::Date:  // "dd/mm/yy" or "**/**/**", as far as it reaches
        for (std::size_t i = 0; i < v.size(); ++i) {
            bool slash_pos = i == 2 || i == 5;
            if (slash_pos ? v[i] != '/' : !(is_digit(v[i]) || v[i] == '*')) return false;
        }
        return true;
    case Field::Time:
        return (is_digit(v[0]) || v[0] == '*') && !has_space(t) &&
               (v.size() < 3 || v[1] == ':' || v[2] == ':');
    case Field::Dial:  // texts and markers contain spaces
        return v[0] != ' ';
    case Field::Duration:
        if (v[0] == ' ' || (complete && has_space(v))) return false;
        return (v.size() < 3 || v[2] == ':') && (v.size() < 6 || v[5] == '\'');
    case Field::Account:
    case Field::Cd:
        return v[0] != ' ' && !has_space(t);
    default:  // right-aligned single tokens
        return !has_space(t) && (!complete || v.back() != ' ');
    }
}

} // namespace

bool grid_fits(std::string_view line, Layout layout) noexcept {
    const Grid* g = grid_of(layout);
    if (!g || line.empty()) return false;
    if (line.size() > g->width && !blank(line.substr(g->width))) return false;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < g->count; ++i) {
        const Column& c = g->cols[i];
        if (pos >= line.size()) return true;
        // the gap before this column must be blank
        if (c.start > pos && !blank(line.substr(pos, std::min<std::size_t>(c.start, line.size()) - pos))) return false;
        auto v = cell(line, c);
        if (!v.empty() && !cell_fits(c, v, c.end() <= line.size())) return false;
        pos = c.end();
    }
    return pos >= line.size() || blank(line.substr(pos));
}

void read_grid(std::string_view line, Layout layout, Layout label, const LineRules& rules, ParsedLine& out) {
    const Grid* g = grid_of(layout);
    if (!g) return;
    const std::size_t len = line.size();
    auto cut = [&](std::string_view where, Field f) {
        out.kind = LineKind::Error;
        out.record = Record{};
        out.error = "line cut short " + std::string(where) + " the " + std::string(field_name(f)) + " column (" +
                    std::to_string(len) + " of " + std::to_string(g->width) + " bytes";
        out.error += rules.padded && len < g->width ? "; this link pads its lines to full width)" : ")";
    };

    FieldTexts f;
    f.layout = label;
    Field ends_in = Field::None;  // the column the line ends inside, if any
    Field last_started = Field::None;
    for (std::size_t i = 0; i < g->count; ++i) {
        const Column& c = g->cols[i];
        auto v = cell(line, c);
        if (c.start < len) last_started = c.field;
        if (c.start < len && len < c.end()) {
            ends_in = c.field;
            // A right-aligned or whole field that stops early was cut (a trimmed line keeps it).
            if (c.align != Align::Left && !blank(v)) return cut("in", c.field);
        }
        switch (c.field) {
        case Field::Date: f.date = v; break;
        case Field::Time: f.time = v; break;
        case Field::Ext: f.ext = v; break;
        case Field::Co: f.co = v; break;
        case Field::Dial: f.dial = v; break;
        case Field::Ring: f.ring = v; break;
        case Field::Duration: f.duration = v; break;
        case Field::Cost: f.cost = v; break;
        case Field::Account: f.account = v; break;
        case Field::Cd: f.cd = v; break;
        case Field::None: break;
        }
    }
    if (blank(f.time)) return cut("after", Field::Date);
    if (ends_in == Field::Time && !time_shaped(f.time)) return cut("in", Field::Time);
    if (blank(f.ext) && len <= g->cols[2].end()) return cut("after", Field::Time);
    // A link that pads its lines sent this one short: whatever it holds, the rest is missing
    // (a value ending at the cut, "EXT40" for "EXT401", would read as a wrong one).
    if (rules.padded && len < g->width) {
        if (ends_in != Field::None) return cut("in", ends_in);
        return cut("after", last_started);
    }
    out.full_width = len >= g->width;

    Field failed = build_record(f, rules, out);
    if (failed == Field::None) return;
    // A value that fails where the line stops was cut there, whatever it looks like.
    if (failed == ends_in) return cut("in", failed);
    if (failed == Field::Duration && out.error.empty()) {
        const Column* dur = nullptr;
        for (std::size_t i = 0; i < g->count; ++i)
            if (g->cols[i].field == Field::Duration) dur = &g->cols[i];
        if (dur && len > dur->start) out.error = "no duration in the Duration column of a call record";
        else cut("after", last_started);
    }
}

} // namespace kxcti::smdr::detail
