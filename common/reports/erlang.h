#pragma once
// Traffic engineering: Erlang B (trunks), Erlang C (operators, infinite patience) and Erlang A
// (operators, callers who hang up), as pure functions. Definitions: /work/shared/reference/kpi.md,
// "Traffic engineering".
//
// Numerics: everything is computed in double without factorials or powers.
//  - Erlang B uses the recursion B(n) = A·B(n−1) / (n + A·B(n−1)); every step stays in [0, 1], so
//    nothing overflows, and the recursion is forward-stable: the relative error grows at most
//    linearly with N (about N·2⁻⁵³, i.e. < 1e-12 for N = 5000). Values below ~1e-308 underflow
//    to 0, which is the right answer to any printed precision.
//  - Erlang C is derived from B with a cancellation-free formula (N − A(1 − B) = (N − A) + A·B).
//  - Erlang A sums positive series with a running scale factor (no overflow for any accepted
//    input) and forms every probability as a ratio of such sums (plus one positive integral for
//    "answered within T"), never as a difference; results are accurate to about 1e-12 absolute,
//    and the service level keeps ~1e-13 relative precision even when it is 1e-48 (an overloaded
//    group), so it rises with N like the true value.
// Expected precision of every returned probability: better than 1e-11 absolute; the tests check
// 1e-9 against exact rational arithmetic.
//
// Cases outside a formula's validity are returned, never undefined: see each result struct.
// "Infinite" waits are std::numeric_limits<double>::infinity() (JSON writers print null).
#include <stdexcept>

namespace kxcti::reports {

// Thrown for inputs that are negative, NaN, infinite or out of range; the message names the
// input, its value and the accepted range.
struct ErlangInputError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Far beyond any PBX or call centre (a KX-NS1000 network has at most a few thousand trunks); the
// bound keeps every O(N) loop below a few milliseconds.
inline constexpr double kMaxTrafficErlangs = 1e6;
// Same reason for trunk and operator counts (and for the searches that look for one).
inline constexpr int kMaxServers = 10'000'000;
// Erlang A's series needs about λ·patience terms (callers arriving within one mean patience);
// beyond this, abandonment is negligible and Erlang C gives the same figures.
inline constexpr double kMaxErlangAArrivalsPerPatience = 1e7;

inline constexpr double kDefaultBlockingTarget = 0.01;      // 1 % of calls find all trunks busy
inline constexpr double kDefaultServiceLevelTarget = 0.80;  // the usual 80/20
inline constexpr double kDefaultServiceLevelThresholdS = 20.0;
inline constexpr double kDefaultShrinkage = 0.30;           // breaks, training, absence

// A = calls × AHT ÷ period (Erlangs). calls ≥ 0, period_s > 0, aht_s > 0.
double offered_traffic(double calls, double period_s, double aht_s);

// ---- Erlang B: blocked calls cleared (M/M/N/N) ----
// Probability that a call finds all `lines` busy. B(A, 0) = 1; B(0, N ≥ 1) = 0.
double erlang_b(double traffic_erlangs, int lines);
// Smallest N with B(A, N) ≤ target_blocking, target in (0, 1). Always ≥ 1.
int lines_needed(double traffic_erlangs, double target_blocking = kDefaultBlockingTarget);

// ---- Erlang C: M/M/N, infinite patience, FCFS ----
struct ErlangCResult {
    double traffic = 0;           // A, Erlangs
    int agents = 0;               // N
    double wait_probability = 0;  // C: probability that a call has to queue
    double service_level = 0;     // SL(T): probability that the wait is ≤ T
    double asa_s = 0;             // mean wait over all calls (s)
    double occupancy = 0;         // A ÷ N
};
// For N > A: the textbook formulas. For N ≤ A the queue grows without bound: wait_probability 1,
// service_level 0, asa_s +infinity, occupancy 1. A = 0 with N ≥ 1: 0, 1, 0, 0.
// aht_s > 0, target_s ≥ 0.
ErlangCResult erlang_c(double traffic_erlangs, int agents, double aht_s, double target_s);
// Smallest N whose SL(target_s) ≥ target_sl, target_sl in (0, 1). Always > A and ≥ 1.
int agents_needed(double traffic_erlangs, double aht_s,
                  double target_s = kDefaultServiceLevelThresholdS,
                  double target_sl = kDefaultServiceLevelTarget);
// Operators to schedule so that `agents` are on the phones: ⌈agents ÷ (1 − shrinkage)⌉,
// shrinkage in [0, 1). A quotient within 1e-6 above an integer counts as that integer, so that
// 7 ÷ (1 − 0.3) is 10, not 11 through binary rounding noise.
int scheduled_agents(int agents, double shrinkage = kDefaultShrinkage);

// ---- Erlang A: M/M/N+M, exponential patience with mean patience_s, FCFS ----
// Exact stationary formulas (Garnett, Mandelbaum & Reiman 2002 for the wait and abandon
// probabilities; the waiting-time distribution derived in erlang_a.cpp).
struct ErlangAResult {
    double traffic = 0;              // A = λ·AHT, Erlangs
    int agents = 0;                  // N
    double wait_probability = 0;     // P(an arriving call has to queue)
    double abandon_probability = 0;  // P(the caller hangs up before being answered)
    // kpi.md's default: answered within T ÷ (answered + abandoned after T).
    double service_level = 0;
    double answered_within_t = 0;    // answered within T ÷ all offered calls
    double asa_s = 0;                // mean wait of answered calls (s); +inf if none is answered
    double mean_wait_s = 0;          // mean time in queue over all calls, abandoned ones included
    double occupancy = 0;            // answered traffic ÷ N (1 when N = 0)
};
// Any N ≥ 0 is valid (callers who give up keep the queue finite). A = 0: the λ → 0 limit
// (N ≥ 1: no waits, service_level 1; N = 0: every caller waits and abandons, service_level 0).
// aht_s > 0, patience_s > 0, target_s ≥ 0, and λ·patience ≤ kMaxErlangAArrivalsPerPatience.
ErlangAResult erlang_a(double traffic_erlangs, int agents, double aht_s, double patience_s,
                       double target_s);
// Smallest N whose service_level (kpi.md definition) ≥ target_sl, target_sl in (0, 1); ≥ 1.
int agents_needed_a(double traffic_erlangs, double aht_s, double patience_s,
                    double target_s = kDefaultServiceLevelThresholdS,
                    double target_sl = kDefaultServiceLevelTarget);

} // namespace kxcti::reports
