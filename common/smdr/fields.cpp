// Single-field readers. Formats are those of the Panasonic manuals summarised in
// shared/reference/smdr-panasonic.md (Time "01:06PM"/"11:00", Ring "M'SS", Duration "HH:MM'SS").
#include "common/smdr/fields.h"

#include <bit>

namespace kxcti::smdr::detail {

bool all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

std::string quote(std::string_view s) {
    // Long enough for any real field (Dial Number of layout C is 50 wide), short enough that a
    // 1 KiB garbage line gives a readable message.
    constexpr std::size_t kMaxQuoted = 60;
    std::string q = "'";
    if (s.size() > kMaxQuoted) {
        q.append(s.substr(0, kMaxQuoted));
        q += "...";
    } else {
        q.append(s);
    }
    q += '\'';
    return q;
}

// ---- dates ---------------------------------------------------------------------------------

bool scan_date(std::string_view text, RawDate& out) noexcept {
    text = trim(text);
    out = RawDate{};
    if (text.empty()) return false;
    auto d = [&](std::size_t i) { return is_digit(text[i]); };
    if (text.size() == 8 && text[2] == '/' && text[5] == '/' && d(0) && d(1) && d(3) && d(4) && d(6) && d(7)) {
        for (int g = 0; g < 3; ++g) {  // the fixed-column form "dd/dd/dd": read directly
            out.f[g] = (text[3 * g] - '0') * 10 + (text[3 * g + 1] - '0');
            out.digits[g] = 2;
        }
        return true;
    }
    bool star = false;
    for (char c : text) star = star || c == '*';
    if (star) {  // "**/**/**": every byte a star or a slash, two slashes
        int slashes = 0;
        for (char c : text) {
            if (c == '/') ++slashes;
            else if (c != '*') return false;
        }
        out.stars = slashes == 2;
        return out.stars;
    }
    std::size_t i = 0;
    for (int g = 0; g < 3; ++g) {
        if (g > 0) {
            if (i >= text.size() || text[i] != '/') return false;
            ++i;
            while (i < text.size() && text[i] == ' ') ++i;  // " 1/ 6/05": space-padded numbers
        }
        int value = 0, n = 0;
        while (i < text.size() && is_digit(text[i]) && n < 5) {
            value = value * 10 + (text[i] - '0');
            ++i;
            ++n;
        }
        if (n == 0 || n == 3 || n > 4) return false;
        out.f[g] = value;
        out.digits[g] = n;
    }
    if (out.digits[1] == 4) return false;  // a year is never in the middle
    return i == text.size();
}

namespace {

int expand_year(int value, int digits) noexcept {
    if (digits == 4) return value;
    // Two-digit years: Panasonic KX PBXes and their SMDR date from the 1980s, so 80..99 can only
    // be 19xx and 00..79 is 20xx (the window holds until 2079).
    return value >= 80 ? 1900 + value : 2000 + value;
}

int days_in_month(int year, int month) noexcept {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return kDays[month - 1];
}

} // namespace

bool resolve_date(const RawDate& d, DateOrder order, CivilDate& out) noexcept {
    int di, mi, yi;
    switch (order) {
    case DateOrder::DMY: di = 0, mi = 1, yi = 2; break;
    case DateOrder::MDY: mi = 0, di = 1, yi = 2; break;
    case DateOrder::YMD: yi = 0, mi = 1, di = 2; break;
    default: return false;
    }
    if (d.digits[di] > 2 || d.digits[mi] > 2) return false;
    int year = expand_year(d.f[yi], d.digits[yi]);
    int month = d.f[mi], day = d.f[di];
    if (year < 1980 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
    if (day > days_in_month(year, month)) return false;
    out = CivilDate{year, month, day};
    return true;
}

unsigned valid_orders(const RawDate& d) noexcept {
    unsigned mask = 0;
    CivilDate tmp;
    for (DateOrder o : {DateOrder::DMY, DateOrder::MDY, DateOrder::YMD})
        if (resolve_date(d, o, tmp)) mask |= 1u << static_cast<unsigned>(o);
    return mask;
}

std::string_view order_pattern(DateOrder order) noexcept {
    switch (order) {
    case DateOrder::DMY: return "dd/mm/yy";
    case DateOrder::MDY: return "mm/dd/yy";
    case DateOrder::YMD: return "yy/mm/dd";
    default: return "dd/mm/yy, mm/dd/yy or yy/mm/dd";
    }
}

DateChoice choose_date(std::string_view text, DateOrder fixed, DateOrder fallback) {
    DateChoice c;
    RawDate raw;
    text = trim(text);
    if (!scan_date(text, raw)) {
        c.error = "date " + quote(text) + " is not " + std::string(order_pattern(fixed));
        return c;
    }
    if (raw.stars) {  // the PBX's clock changed during the call: date unknown, record kept
        c.ok = true;
        c.order = fixed;
        return c;
    }
    CivilDate date;
    if (fixed != DateOrder::Auto) {
        if (!resolve_date(raw, fixed, date)) {
            c.error = "date " + quote(text) + " is not a real " + std::string(order_pattern(fixed)) +
                      " date (check the date order setting)";
            return c;
        }
        c.ok = true;
        c.date = date;
        c.order = fixed;
        return c;
    }
    unsigned mask = valid_orders(raw);
    if (mask == 0) {
        c.error = "date " + quote(text) + " is not a real date in any order (dd/mm/yy, mm/dd/yy, yy/mm/dd)";
        return c;
    }
    // Line by line, a day above 12 decides between dd/mm and mm/dd. yy/mm/dd with a two-digit
    // year fits most dd/mm/yy dates too, so it is chosen only when no other order fits (a line
    // alone cannot tell 20/12/07 apart; file detection or the setting does).
    constexpr unsigned kDmy = 1u << static_cast<unsigned>(DateOrder::DMY);
    constexpr unsigned kMdy = 1u << static_cast<unsigned>(DateOrder::MDY);
    unsigned dm = mask & (kDmy | kMdy);
    DateOrder pick = DateOrder::Auto;
    if (dm == 0) {
        pick = DateOrder::YMD;
        c.decisive = true;
    } else if (std::popcount(dm) == 1) {
        pick = static_cast<DateOrder>(std::countr_zero(dm));
        c.decisive = true;
    } else {
        pick = (mask & (1u << static_cast<unsigned>(fallback))) ? fallback : DateOrder::DMY;
        c.assumed = true;
    }
    resolve_date(raw, pick, date);
    c.ok = true;
    c.date = date;
    c.order = pick;
    return c;
}

// ---- times and durations -------------------------------------------------------------------

namespace {

// Reads "H:MM" / "HH:MM" at the start of s; returns the bytes used, 0 if not there.
std::size_t scan_hh_mm(std::string_view s, int& h, int& m) noexcept {
    std::size_t i = 0;
    h = 0;
    while (i < s.size() && i < 2 && is_digit(s[i])) h = h * 10 + (s[i++] - '0');
    if (i == 0 || i >= s.size() || s[i] != ':') return 0;
    ++i;
    if (i + 2 > s.size() || !is_digit(s[i]) || !is_digit(s[i + 1])) return 0;
    m = (s[i] - '0') * 10 + (s[i + 1] - '0');
    return i + 2;
}

} // namespace

bool time_shaped(std::string_view text) noexcept {
    text = trim(text);
    if (text == "**:**") return true;
    int h, m;
    std::size_t n = scan_hh_mm(text, h, m);
    if (n == 0) return false;
    auto rest = text.substr(n);
    return rest.empty() || rest == "AM" || rest == "PM" || rest == "am" || rest == "pm";
}

TimeChoice read_time(std::string_view text, ClockMode clock) {
    TimeChoice t;
    text = trim(text);
    auto d = [&](std::size_t i) { return is_digit(text[i]); };
    if (text.size() == 5 && text[2] == ':' && d(0) && d(1) && d(3) && d(4) && clock != ClockMode::H12) {
        int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');
        if (h <= 23 && m <= 59) {  // "17:18", the 24 h form of the fixed columns: read directly
            t.ok = true;
            t.time = TimeOfDay{h, m, std::nullopt};
            return t;
        }
    }
    if (text == "**:**") {
        t.ok = true;
        return t;
    }
    int h = 0, m = 0;
    std::size_t n = scan_hh_mm(text, h, m);
    auto rest = n ? text.substr(n) : std::string_view{};
    bool pm = rest == "PM" || rest == "pm", am = rest == "AM" || rest == "am";
    if (n == 0 || (!rest.empty() && !pm && !am)) {
        t.error = "time " + quote(text) + " is not HH:MM (24 h) or HH:MMAM/PM (12 h)";
        return t;
    }
    bool twelve = pm || am;
    if (clock == ClockMode::H24 && twelve) {
        t.error = "time " + quote(text) + " has AM/PM but the clock is set to 24 h";
        return t;
    }
    if (clock == ClockMode::H12 && !twelve) {
        t.error = "time " + quote(text) + " has no AM/PM but the clock is set to 12 h";
        return t;
    }
    if (m > 59 || (twelve ? (h < 1 || h > 12) : h > 23)) {
        t.error = "time " + quote(text) + " is not a time of day";
        return t;
    }
    if (twelve) h = (h % 12) + (pm ? 12 : 0);  // 12:xxAM is 00:xx, 12:xxPM is 12:xx
    t.ok = true;
    t.time = TimeOfDay{h, m, std::nullopt};
    return t;
}

namespace {
bool two_digits(std::string_view s, std::size_t at, int& v) noexcept {
    if (at + 2 > s.size() || !is_digit(s[at]) || !is_digit(s[at + 1])) return false;
    v = (s[at] - '0') * 10 + (s[at + 1] - '0');
    return true;
}
} // namespace

bool read_ring(std::string_view text, int& seconds) noexcept {
    text = trim(text);
    std::size_t q = text.find('\'');
    if (q == 0 || q == std::string_view::npos || q > 2 || q + 3 != text.size()) return false;
    int minutes = 0, s = 0;
    for (std::size_t i = 0; i < q; ++i) {
        if (!is_digit(text[i])) return false;
        minutes = minutes * 10 + (text[i] - '0');
    }
    if (!two_digits(text, q + 1, s) || s > 59) return false;
    seconds = minutes * 60 + s;
    return true;
}

bool read_duration(std::string_view text, int& seconds) noexcept {
    text = trim(text);
    if (!text.empty() && text.back() == '"') text.remove_suffix(1);  // KX-TA: 00:00'24"
    int h, m, s;
    if (text.size() != 8 || text[2] != ':' || text[5] != '\'') return false;
    if (!two_digits(text, 0, h) || !two_digits(text, 3, m) || !two_digits(text, 6, s)) return false;
    if (m > 59 || s > 59) return false;
    seconds = (h * 60 + m) * 60 + s;
    return true;
}

bool duration_shaped(std::string_view text) noexcept {
    return text.find(':') != std::string_view::npos && text.find('\'') != std::string_view::npos;
}

bool ring_shaped(std::string_view text) noexcept {
    return text.find('\'') != std::string_view::npos && text.find(':') == std::string_view::npos;
}

// ---- identifiers ---------------------------------------------------------------------------

bool ext_valid(std::string_view t) noexcept {
    // Extension numbers have up to 5 digits on KX-TDA/TDE/NS; D = doorphone, T = TIE line,
    // * = verified code (reference, "Field values"). KX-TA/TEA printouts add "C-xx" (CO-to-CO
    // call through DISA, xx = the CO line) and "xxxB" (answered by the Built-in Voice Message).
    constexpr std::size_t kMaxExtDigits = 5;
    if (t.size() > 2 && t[0] == 'C' && t[1] == '-') return t.size() <= 2 + kMaxExtDigits && all_digits(t.substr(2));
    if (!t.empty() && (t[0] == 'D' || t[0] == 'T' || t[0] == '*')) t.remove_prefix(1);
    else if (t.size() > 1 && t.back() == 'B') t.remove_suffix(1);
    return t.size() <= kMaxExtDigits && all_digits(t);
}

bool co_valid(std::string_view t) noexcept { return t.size() <= 4 && all_digits(t); }

bool cost_shaped(std::string_view t) noexcept {
    // The currency the installer typed, before or after the amount: "EU00000.00" (captures),
    // "00560.00EU" and "00560.00EUR" (KX-NS1000 Feature Guide, Cost 8+2 and 8+3), "$0.35".
    constexpr std::size_t kMaxCurrency = 3, kMaxCost = 11;  // layout C's Cost column is 11 wide
    if (t.empty() || t.size() > kMaxCost) return false;
    auto currency = [](char c) { return is_alpha(c) || c == '$'; };
    std::size_t b = 0, e = t.size();
    while (b < e && b < kMaxCurrency && currency(t[b])) ++b;
    if (b == 0)
        while (e > 0 && t.size() - e < kMaxCurrency && currency(t[e - 1])) --e;
    int digits = 0, points = 0;
    for (std::size_t i = b; i < e; ++i) {
        if (is_digit(t[i])) ++digits;
        else if (t[i] == '.' || t[i] == ',') ++points;
        else return false;
    }
    return digits > 0 && points <= 1;
}

bool cd_valid(std::string_view t) noexcept {
    return t.size() == 2 && (is_upper(t[0]) || is_digit(t[0])) && (is_upper(t[1]) || is_digit(t[1]));
}

bool ring_phase_cd(std::string_view t) noexcept {
    // Reference, "Condition codes": RC printed when ringing starts (ring/duration blank), AN at
    // answer, VR/VA the same for call waiting; the KX-TD816 prints NA with the ring time only.
    return t == "RC" || t == "AN" || t == "NA" || t == "VR" || t == "VA";
}

bool account_valid(std::string_view t) noexcept {
    constexpr std::size_t kMaxAccount = 10;  // the Acc code column is 10 wide in A, B and C
    if (t.empty() || t.size() > kMaxAccount) return false;
    for (char c : t)
        if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x7f) return false;
    return true;
}

} // namespace kxcti::smdr::detail
