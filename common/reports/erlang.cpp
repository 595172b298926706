#include "common/reports/erlang.h"

#include "common/reports/erlang_input.h"

#include <cmath>
#include <limits>

namespace kxcti::reports {

using detail::require_nonnegative_seconds;
using detail::require_positive_seconds;
using detail::require_probability_target;
using detail::require_servers;
using detail::require_traffic;

namespace {

// One step of the Erlang B recursion: B(n) from B(n−1). Every value stays in [0, 1].
inline double erlang_b_step(double a, int n, double b_prev) {
    double ab = a * b_prev;
    return ab / (n + ab);
}

// Erlang C from B: C = N·B ÷ (N − A(1 − B)), written as (N − A) + A·B so that nothing cancels
// when B is tiny. Needs N > A.
inline double erlang_c_from_b(double a, int n, double b) { return n * b / ((n - a) + a * b); }

inline double service_level_c(double a, int n, double c, double aht_s, double target_s) {
    return 1.0 - c * std::exp(-(n - a) * target_s / aht_s);
}

} // namespace

double offered_traffic(double calls, double period_s, double aht_s) {
    detail::require_range("calls", calls, 0, HUGE_VAL, false, false, "a finite count, 0 or more");
    require_positive_seconds("period", period_s);
    require_positive_seconds("AHT", aht_s);
    return require_traffic(calls * aht_s / period_s);
}

double erlang_b(double traffic_erlangs, int lines) {
    double a = require_traffic(traffic_erlangs);
    int n_max = require_servers("lines", lines);
    double b = 1.0;
    for (int n = 1; n <= n_max; ++n) b = erlang_b_step(a, n, b);
    return b;
}

int lines_needed(double traffic_erlangs, double target_blocking) {
    double a = require_traffic(traffic_erlangs);
    double target = require_probability_target("blocking target", target_blocking);
    double b = 1.0;
    for (int n = 1; n <= kMaxServers; ++n) {
        b = erlang_b_step(a, n, b);
        if (b <= target) return n;
    }
    // Unreachable for A ≤ kMaxTrafficErlangs (B falls below any target well before 2·A lines).
    throw ErlangInputError("no trunk count up to 10000000 reaches the blocking target");
}

ErlangCResult erlang_c(double traffic_erlangs, int agents, double aht_s, double target_s) {
    ErlangCResult r;
    r.traffic = require_traffic(traffic_erlangs);
    r.agents = require_servers("agents", agents);
    require_positive_seconds("AHT", aht_s);
    require_nonnegative_seconds("service-level threshold", target_s);
    if (r.agents <= r.traffic) {
        r.wait_probability = 1.0;
        r.service_level = 0.0;
        r.asa_s = std::numeric_limits<double>::infinity();
        r.occupancy = 1.0;
        return r;
    }
    double b = erlang_b(r.traffic, r.agents);
    r.wait_probability = erlang_c_from_b(r.traffic, r.agents, b);
    r.service_level = service_level_c(r.traffic, r.agents, r.wait_probability, aht_s, target_s);
    r.asa_s = r.wait_probability * aht_s / (r.agents - r.traffic);
    r.occupancy = r.traffic / r.agents;
    return r;
}

int agents_needed(double traffic_erlangs, double aht_s, double target_s, double target_sl) {
    double a = require_traffic(traffic_erlangs);
    require_positive_seconds("AHT", aht_s);
    require_nonnegative_seconds("service-level threshold", target_s);
    double target = require_probability_target("service-level target", target_sl);
    // SL rises with N (more operators never lengthen the queue), so the first N that meets the
    // target is the answer; B is carried along the scan instead of recomputed.
    double b = 1.0;
    for (int n = 1; n <= kMaxServers; ++n) {
        b = erlang_b_step(a, n, b);
        if (n <= a) continue;
        double c = erlang_c_from_b(a, n, b);
        if (service_level_c(a, n, c, aht_s, target_s) >= target) return n;
    }
    // Unreachable for valid inputs: C falls below 2⁻⁵³ within A + 40·√A + 40 operators.
    throw ErlangInputError("no operator count up to 10000000 reaches the service-level target");
}

int scheduled_agents(int agents, double shrinkage) {
    int n = require_servers("agents", agents);
    double s = detail::require_range("shrinkage", shrinkage, 0, 1, false, true,
                                     "a fraction from 0 up to (not including) 1, e.g. 0.3");
    // Why the slack: 1 − 0.3 is not exactly 0.7 in binary, and 7 ÷ it is 10.000000000000002.
    // Rounding noise is below 1e7 · 2⁻⁵² ≈ 2e-9 for any accepted count; a real fractional part
    // under 1e-6 would need a shrinkage given to more than six digits.
    constexpr double kRoundingSlack = 1e-6;
    double exact = n / (1.0 - s);
    double scheduled = std::ceil(exact - kRoundingSlack);
    if (scheduled > kMaxServers)
        throw ErlangInputError("agents ÷ (1 − shrinkage) = " + detail::erlang_number(exact) +
                               " exceeds 10000000 operators; check the shrinkage");
    return static_cast<int>(scheduled);
}

} // namespace kxcti::reports
