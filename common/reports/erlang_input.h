#pragma once
// Input checks shared by erlang.cpp and erlang_a.cpp (internal to kxcti_reports).
#include "common/reports/erlang.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace kxcti::reports::detail {

inline std::string erlang_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

[[noreturn]] inline void erlang_reject(const char* name, const std::string& value, const char* range) {
    throw ErlangInputError(std::string(name) + " = " + value + " is out of range: it must be " + range);
}

// lo ≤ v ≤ hi (or lo < v when lo_open), and finite.
inline double require_range(const char* name, double v, double lo, double hi, bool lo_open,
                            bool hi_open, const char* range) {
    bool ok = std::isfinite(v) && (lo_open ? v > lo : v >= lo) && (hi_open ? v < hi : v <= hi);
    if (!ok) erlang_reject(name, erlang_number(v), range);
    return v;
}

inline double require_traffic(double a) {
    return require_range("traffic", a, 0, kMaxTrafficErlangs, false, false,
                         "a finite number of Erlangs from 0 to 1e6");
}
inline int require_servers(const char* name, int n) {
    if (n < 0 || n > kMaxServers) erlang_reject(name, std::to_string(n), "an integer from 0 to 10000000");
    return n;
}
inline double require_probability_target(const char* name, double p) {
    return require_range(name, p, 0, 1, true, true, "a fraction strictly between 0 and 1 (e.g. 0.8)");
}
inline double require_positive_seconds(const char* name, double s) {
    return require_range(name, s, 0, HUGE_VAL, true, false, "a finite number of seconds greater than 0");
}
inline double require_nonnegative_seconds(const char* name, double s) {
    return require_range(name, s, 0, HUGE_VAL, false, false, "a finite number of seconds, 0 or more");
}

} // namespace kxcti::reports::detail
