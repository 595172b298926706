#pragma once
// Readers for single SMDR field values (date, time, ring, duration, dial number, ...). Shared by
// the fixed-column and the token readers. Internal to kxcti_smdr; no allocation except for the
// strings that end up in the Record and for error texts.
#include "common/smdr/record.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kxcti::smdr::detail {

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_space(char c) noexcept { return c == ' ' || c == '\t'; }
inline bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(char c) noexcept { return is_upper(c) || (c >= 'a' && c <= 'z'); }

// Inline: called for every field of every line (the parse rate is a goal of the issue).
// Fixed-column cells are mostly padding: runs of eight spaces are skipped a word at a time.
[[gnu::always_inline]] inline bool eight_spaces(const char* p) noexcept {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w == 0x2020202020202020ULL;
}
[[gnu::always_inline]] inline std::string_view trim(std::string_view s) noexcept {
    const char* b = s.data();
    const char* e = b + s.size();
    while (e - b >= 8 && eight_spaces(b)) b += 8;
    while (b < e && is_space(*b)) ++b;
    while (e - b >= 8 && eight_spaces(e - 8)) e -= 8;
    while (e > b && is_space(e[-1])) --e;
    return {b, static_cast<std::size_t>(e - b)};
}
inline bool has_space(std::string_view s) noexcept {
    for (char c : s)
        if (is_space(c)) return true;
    return false;
}
bool all_digits(std::string_view s) noexcept;
// Quoted for an error message: at most a few dozen bytes, so a runaway line cannot make a
// runaway message.
std::string quote(std::string_view s);

// A date as printed: three numbers in print order. `stars`: "**/**/**" (clock changed).
struct RawDate {
    int f[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};  // how many digits each number had (4 = a full year)
    bool stars = false;
};
// "07/12/20", "1/ 6/05", "2020/12/07", "**/**/**". False if it is not date-shaped.
bool scan_date(std::string_view text, RawDate& out) noexcept;
// The calendar date in `order` (DMY, MDY or YMD), if it is a real date in that order.
bool resolve_date(const RawDate& d, DateOrder order, CivilDate& out) noexcept;
// Bit (1 << order) set for every order in which `d` is a real calendar date.
unsigned valid_orders(const RawDate& d) noexcept;
std::string_view order_pattern(DateOrder order) noexcept;  // "dd/mm/yy" ...

// Outcome of reading the date of one line under the context's rules.
struct DateChoice {
    bool ok = false;
    std::optional<CivilDate> date;  // nullopt for "**/**/**"
    DateOrder order = DateOrder::Auto;
    bool assumed = false;
    bool decisive = false;
    std::string error;
};
// fixed: the order the options or the context decided (Auto: decide from this date alone,
// falling back to `fallback`, which marks the result as assumed).
DateChoice choose_date(std::string_view text, DateOrder fixed, DateOrder fallback);

// "17:18", "01:06PM", "1:55AM", "**:**". stars -> ok with nullopt.
struct TimeChoice {
    bool ok = false;
    std::optional<TimeOfDay> time;
    std::string error;
};
TimeChoice read_time(std::string_view text, ClockMode clock);
bool time_shaped(std::string_view text) noexcept;  // digits/stars, ':', optional AM/PM

// Ring "M'SS" -> seconds. Duration "HH:MM'SS" (TA adds a trailing '"') -> seconds.
bool read_ring(std::string_view text, int& seconds) noexcept;
bool read_duration(std::string_view text, int& seconds) noexcept;
bool duration_shaped(std::string_view text) noexcept;  // has ':' and '\'' (for error choice)
bool ring_shaped(std::string_view text) noexcept;      // has '\'' and no ':'

bool ext_valid(std::string_view text) noexcept;    // 1..5 digits, optional D/T/* prefix, C-xx, xxxB
bool co_valid(std::string_view text) noexcept;     // 1..4 digits
bool cost_shaped(std::string_view text) noexcept;  // "EU00000.00", "00560.00EUR", "1.20", "$0.35"
bool cd_valid(std::string_view text) noexcept;     // two letters/digits ("NA", "D0")
// RC, AN, NA, VR, VA: records printed while ringing or at answer, which may carry no duration.
bool ring_phase_cd(std::string_view text) noexcept;
bool account_valid(std::string_view text) noexcept;

// What the Dial Number column says. Fills direction, caller, did, dialed, transferred of `r`.
// Call: a number, a marker or nothing; Text: Check in, Timed Reminder/..., In the office.
enum class DialKind { Call, Intercom, Text, Login, Logout, Invalid };
struct DialInfo {
    DialKind kind = DialKind::Invalid;
    Layout hint = Layout::Unknown;  // <INCOMING> -> TD816, "<    incoming    >" -> TA
    std::string error;
};
DialInfo read_dial(std::string_view text, Record& r);

} // namespace kxcti::smdr::detail
