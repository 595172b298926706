// The fast path of the fixed-column reader: a full-width line of the stream's layout holding
// the plain forms that make up nearly every record of a busy site (digits dialled, <I>caller,
// EXTnnn, a 24 h or AM/PM time, a dd/dd/dd date in the settled order, blank or two-letter CD).
// Anything else (names, markers, texts, account codes, stars, odd bytes, errors of any kind)
// returns false and takes the general path (grid.cpp + build_record), which reads every form;
// the two must agree on every line the fast path takes (tests/smdr/fast_path_test.cpp checks
// it line by line). Exists for the parse-rate goal (>= 0.25 x `wc -l`).
#include "common/smdr/columns.h"
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

namespace kxcti::smdr::detail {
namespace {

[[gnu::always_inline]] inline bool dig(char c) noexcept { return c >= '0' && c <= '9'; }
[[gnu::always_inline]] inline int two(const char* p) noexcept { return (p[0] - '0') * 10 + (p[1] - '0'); }

// A right-aligned column: spaces, then at least one digit up to its end. [b, e) gets the digits.
[[gnu::always_inline]] inline bool right_digits(const char* p, std::size_t width, std::size_t& b) noexcept {
    b = 0;
    while (b < width && p[b] == ' ') ++b;
    if (b == width) return false;
    for (std::size_t i = b; i < width; ++i)
        if (!dig(p[i])) return false;
    return true;
}

// All spaces. Eight bytes at a time from 8 up (the last word may overlap the one before it).
[[gnu::always_inline]] inline bool spaces(const char* p, std::size_t n) noexcept {
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 <= n; i += 8)
            if (!eight_spaces(p + i)) return false;
        return eight_spaces(p + n - 8);
    }
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != ' ') return false;
    return true;
}

// The left-aligned text of a column: its length (the rest of the column must be spaces, and the
// text have none), or npos.
[[gnu::always_inline]] inline std::size_t left_text(const char* p, std::size_t width) noexcept {
    std::size_t n = 0;
    while (n < width && p[n] != ' ') ++n;
    return spaces(p + n, width - n) ? n : std::string_view::npos;
}

template <const Grid& G>
bool fast_of(std::string_view line, Layout layout, const LineRules& rules, ParsedLine& out) {
    constexpr Column kDate = column_of(G, Field::Date), kTime = column_of(G, Field::Time);
    constexpr Column kExt = column_of(G, Field::Ext), kCo = column_of(G, Field::Co);
    constexpr Column kDial = column_of(G, Field::Dial), kRing = column_of(G, Field::Ring);
    constexpr Column kDuration = column_of(G, Field::Duration), kCost = column_of(G, Field::Cost);
    constexpr Column kAccount = column_of(G, Field::Account), kCd = column_of(G, Field::Cd);
    if (line.size() != G.width || rules.fixed_order == DateOrder::Auto) return false;
    const char* p = line.data();

    // Gaps between the columns, and after the last one.
    std::size_t pos = 0;
    for (std::size_t i = 0; i < G.count; ++i) {
        if (!spaces(p + pos, G.cols[i].start - pos)) return false;
        pos = G.cols[i].end();
    }
    if (!spaces(p + pos, G.width - pos)) return false;

    const char* d = p + kDate.start;  // dd/dd/dd in the settled order
    if (!(dig(d[0]) && dig(d[1]) && d[2] == '/' && dig(d[3]) && dig(d[4]) && d[5] == '/' && dig(d[6]) && dig(d[7])))
        return false;
    const RawDate raw{{two(d), two(d + 3), two(d + 6)}, {2, 2, 2}, false};
    CivilDate date;
    if (!resolve_date(raw, rules.fixed_order, date)) return false;

    const char* t = p + kTime.start;  // "HH:MM  ", "HH:MMAM", "HH:MMPM"
    if (!(dig(t[0]) && dig(t[1]) && t[2] == ':' && dig(t[3]) && dig(t[4]))) return false;
    int hour = two(t), minute = two(t + 3);
    const bool am = t[5] == 'A' && t[6] == 'M', pm = t[5] == 'P' && t[6] == 'M';
    if (am || pm) {
        if (rules.clock == ClockMode::H24 || hour < 1 || hour > 12) return false;
        hour = hour % 12 + (pm ? 12 : 0);
    } else if (t[5] != ' ' || t[6] != ' ' || rules.clock == ClockMode::H12 || hour > 23) {
        return false;
    }
    if (minute > 59) return false;

    std::size_t ext_b = 0;
    if (!right_digits(p + kExt.start, kExt.width, ext_b) || kExt.width - ext_b > 5) return false;
    std::size_t co_b = kCo.width;
    if (!spaces(p + kCo.start, kCo.width) && !right_digits(p + kCo.start, kCo.width, co_b)) return false;

    // Dial Number: digits[-], <I>[digits], EXTdigits.
    const char* dial = p + kDial.start;
    const std::size_t dial_n = left_text(dial, kDial.width);
    if (dial_n == std::string_view::npos || dial_n == 0) return false;
    enum class Kind { Out, In, Intercom } kind = Kind::Out;
    std::size_t num_b = 0, num_e = dial_n;
    bool transferred = false;
    if (dial_n >= 3 && dial[0] == '<' && dial[1] == 'I' && dial[2] == '>') {
        kind = Kind::In, num_b = 3;
    } else if (dial_n >= 4 && dial[0] == 'E' && dial[1] == 'X' && dial[2] == 'T') {
        kind = Kind::Intercom, num_b = 3;
        if (dial_n - 3 > 5) return false;
    } else if (dial[dial_n - 1] == '-') {
        transferred = true, num_e = dial_n - 1;
        if (num_e == 0) return false;
    }
    for (std::size_t i = num_b; i < num_e; ++i)
        if (!dig(dial[i])) return false;

    int ring = -1;  // M'SS or MM'SS, right-aligned
    if constexpr (kRing.field != Field::None) {
        const char* r = p + kRing.start;
        if (!spaces(r, kRing.width)) {
            const char* e = r + kRing.width;  // ends in 'SS
            if (!(e[-3] == '\'' && dig(e[-2]) && dig(e[-1]) && dig(e[-4]))) return false;
            std::size_t mb = kRing.width - 4;
            if (mb > 0 && e[-5] != ' ') {
                if (!dig(e[-5]) || (mb > 1 && !spaces(r, mb - 1))) return false;
                ring = two(e - 5) * 60;
            } else {
                if (!spaces(r, mb)) return false;
                ring = (e[-4] - '0') * 60;
            }
            if (two(e - 2) > 59) return false;
            ring += two(e - 2);
        }
    }

    int duration = -1;  // HH:MM'SS
    const char* u = p + kDuration.start;
    if (spaces(u, kDuration.width)) {
        if (kind != Kind::Intercom) return false;  // a call without one: the general path says why
    } else {
        if (!(dig(u[0]) && dig(u[1]) && u[2] == ':' && dig(u[3]) && dig(u[4]) && u[5] == '\'' && dig(u[6]) &&
              dig(u[7])))
            return false;
        if (two(u + 3) > 59 || two(u + 6) > 59) return false;
        duration = (two(u) * 60 + two(u + 3)) * 60 + two(u + 6);
    }

    std::size_t cost_b = 0;  // right-aligned: up to 3 capitals, digits with one '.'
    bool has_cost = false;
    if constexpr (kCost.field != Field::None) {
        const char* c = p + kCost.start;
        if (!spaces(c, kCost.width)) {
            while (cost_b < kCost.width && c[cost_b] == ' ') ++cost_b;
            std::size_t i = cost_b, letters = 0, digits = 0, points = 0;
            for (; i < kCost.width && c[i] >= 'A' && c[i] <= 'Z' && letters < 3; ++i) ++letters;
            for (; i < kCost.width; ++i) {
                if (dig(c[i])) ++digits;
                else if (c[i] == '.') ++points;
                else return false;
            }
            if (digits == 0 || points != 1) return false;
            has_cost = true;
        }
    }

    if (!spaces(p + kAccount.start, kAccount.width)) return false;  // account codes: general path
    const char* cd = p + kCd.start;  // blank, or two capitals/digits
    const bool has_cd = !spaces(cd, kCd.width);
    auto cd_char = [](char c) { return (c >= 'A' && c <= 'Z') || dig(c); };
    if (has_cd && !(cd_char(cd[0]) && cd_char(cd[1]) && spaces(cd + 2, kCd.width - 2))) return false;

    Record& r = out.record;
    r.layout = layout;
    r.date = date;
    r.time = TimeOfDay{hour, minute, std::nullopt};
    r.ext.emplace(p + kExt.start + ext_b, kExt.width - ext_b);
    if (co_b < kCo.width) r.co.emplace(p + kCo.start + co_b, kCo.width - co_b);
    const std::string_view number(dial + num_b, num_e - num_b);
    switch (kind) {
    case Kind::In:
        r.direction = Direction::In;
        if (!number.empty()) r.caller.emplace(number);
        break;
    case Kind::Intercom:
        r.direction = Direction::Intercom;
        r.dialed.emplace(number);
        break;
    case Kind::Out:
        r.direction = Direction::Out;
        r.dialed.emplace(number);
        r.transferred = transferred;
        break;
    }
    if (ring >= 0) r.ring_s = ring;
    if (duration >= 0) r.duration_s = duration;
    if (has_cost) r.cost.emplace(p + kCost.start + cost_b, kCost.width - cost_b);
    if (has_cd) r.cd.emplace(cd, 2);
    out.kind = LineKind::Record;
    out.full_width = true;
    out.date_order = rules.fixed_order;
    return true;
}

} // namespace

bool read_plain_grid(std::string_view line, Layout layout, const LineRules& rules, ParsedLine& out) {
    switch (layout) {
    case Layout::A: return fast_of<kGridA>(line, layout, rules, out);
    case Layout::B: return fast_of<kGridB>(line, layout, rules, out);
    case Layout::C: return fast_of<kGridC>(line, layout, rules, out);
    default: return false;
    }
}

} // namespace kxcti::smdr::detail
