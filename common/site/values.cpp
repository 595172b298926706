#include "common/site/values.h"

#include "common/site/site.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace kxcti::site::detail {
namespace {

// Money a site spends on one advertising channel in a month: a bound that no real budget
// reaches but that keeps sums over years of channels far from double's exact-integer limit.
constexpr double kMaxSpend = 1e12;

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

bool is_ext_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '*' || c == '#';
}

// Length of the UTF-8 sequence at s[i] if it is valid and not a control character (C0, DEL,
// C1), else 0.
std::size_t utf8_char(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x20 || c == 0x7f) return 0;
    if (c < 0x80) return 1;
    std::size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (len == 0 || c > 0xf4 || i + len > s.size()) return 0;
    std::uint32_t cp = c & (0xff >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3f);
    }
    constexpr std::uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    if (cp >= 0x80 && cp <= 0x9f) return 0;  // C1 controls
    return len;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool parse_uint(std::string_view text, std::uint64_t& out) {
    if (text.empty()) return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// A plain decimal (digits, one optional '.', optional leading '-'): no exponents, hex, inf or nan.
bool parse_decimal(std::string_view text, double& out) {
    if (text.empty() || text.size() > 32) return false;
    bool digit = false, dot = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !dot) dot = true;
        else if (!(c == '-' && i == 0)) return false;
    }
    if (!digit) return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

} // namespace

std::string_view trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

std::string parse_ext(std::string_view text, std::string_view what) {
    text = trim(text);
    bool ok = !text.empty() && text.size() <= kMaxExtLength;
    for (char c : text) ok = ok && is_ext_char(c);
    if (!ok)
        throw SiteError(std::string(what) + " " + quoted(text) +
                        " is not an extension number as the PBX prints it: 1 to 5 of 0-9, A-Z, *, #");
    return std::string(text);
}

std::string parse_did(std::string_view text) {
    text = trim(text);
    bool ok = !text.empty() && text.size() <= kMaxDidLength;
    for (char c : text) ok = ok && ((c >= '0' && c <= '9') || c == '*' || c == '#' || c == '+');
    if (!ok) throw SiteError("DID " + quoted(text) + " is not a number as the PBX prints it: 1 to 46 of 0-9, *, #, +");
    return std::string(text);
}

std::string parse_name(std::string_view text) {
    text = trim(text);
    if (text.size() > kMaxNameBytes)
        throw SiteError("name is " + std::to_string(text.size()) + " bytes long: at most " +
                        std::to_string(kMaxNameBytes) + " are kept (about 60 Cyrillic or 200 Latin letters)");
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = utf8_char(text, i);
        if (len == 0)
            throw SiteError("name " + quoted(text) + " has a control character or is not UTF-8 text (byte " +
                            std::to_string(i + 1) + "): save the file as UTF-8");
        i += len;
    }
    return std::string(text);
}

std::vector<std::string> parse_members(std::string_view text) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ',' || text[i] == ' ' || text[i] == '\t') {
            ++i;
            continue;
        }
        std::size_t end = text.find_first_of(", \t", i);
        if (end == std::string_view::npos) end = text.size();
        std::string ext = parse_ext(text.substr(i, end - i), "member");
        if (!seen.insert(ext).second) throw SiteError("member " + ext + " is listed twice");
        out.push_back(std::move(ext));
        i = end;
    }
    return out;
}

std::uint32_t parse_count(std::string_view text, std::uint32_t lo, std::uint32_t hi, std::string_view unit) {
    text = trim(text);
    std::uint64_t v = 0;
    if (!parse_uint(text, v) || v < lo || v > hi)
        throw SiteError(quoted(text) + " is not a whole number of " + std::string(unit) + " from " +
                        std::to_string(lo) + " to " + std::to_string(hi));
    return static_cast<std::uint32_t>(v);
}

double parse_fraction(std::string_view text, double lo, bool lo_open, double hi, bool hi_open) {
    text = trim(text);
    std::string_view digits = text;
    bool percent = !digits.empty() && digits.back() == '%';
    if (percent) digits = trim(digits.substr(0, digits.size() - 1));
    double v = 0;
    bool ok = parse_decimal(digits, v);
    if (percent) v /= 100;
    ok = ok && (lo_open ? v > lo : v >= lo) && (hi_open ? v < hi : v <= hi);
    if (!ok) {
        std::string range = lo_open ? "above " + format_number(lo) + (hi_open ? " and below " : " up to ")
                                    : "from " + format_number(lo) + (hi_open ? " up to (not including) " : " to ");
        throw SiteError(quoted(text) + " is not a fraction " + range + format_number(hi) +
                        " (a decimal such as 0.25 or a percentage such as 25%)");
    }
    return v;
}

double parse_spend(std::string_view text) {
    text = trim(text);
    double v = 0;
    if (!parse_decimal(text, v) || v < 0 || v > kMaxSpend)
        throw SiteError("spend " + quoted(text) +
                        " is not an amount from 0 to 1000000000000 (digits and a decimal point, no currency sign)");
    return v;
}

reports::CivilDay parse_day(std::string_view text) {
    text = trim(text);
    auto fail = [&]() -> reports::CivilDay {
        throw SiteError("date " + quoted(text) + " is not a calendar day written YYYY-MM-DD (e.g. 2024-03-31)");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return fail();
    std::uint64_t y = 0, m = 0, d = 0;
    if (!parse_uint(text.substr(0, 4), y) || !parse_uint(text.substr(5, 2), m) || !parse_uint(text.substr(8, 2), d))
        return fail();
    // Years before 1900 cannot be call dates; four digits is what the format holds.
    constexpr std::uint64_t kFirstYear = 1900;
    if (y < kFirstYear || m < 1 || m > 12 || d < 1 || d > static_cast<std::uint64_t>(days_in_month(int(y), int(m))))
        return fail();
    return {int(y), int(m), int(d)};
}

std::string format_day(const reports::CivilDay& day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day.year, day.month, day.day);
    return buf;
}

std::string format_number(double v) {
    // Fixed notation: the parsers take plain decimals only (no exponent), and every value the
    // keys accept has at most 13 integer digits.
    char buf[400];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

std::string format_members(const std::vector<std::string>& members) {
    std::string out;
    for (const auto& m : members) out += (out.empty() ? "" : ",") + m;
    return out;
}

} // namespace kxcti::site::detail
