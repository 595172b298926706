// Erlang A (M/M/N+M): Poisson arrivals λ, N operators with exponential handle time (rate
// μ = 1/AHT), callers who hang up after an exponential patience (rate θ = 1/patience), FCFS.
//
// With x = Nμ/θ, y = λ/θ and t_k(z) = z^k / ((x+1)(x+2)…(x+k)), GMR's A(x, z) = Σ_k t_k(z).
// Stationary facts (PASTA), with E = Erlang B(N, λ/μ):
//   P(wait)            = A·E / (1 + (A − 1)·E)                                   [GMR 2002]
//   P(abandon | wait)  = Σ t_k(y)·(k+1)/(x+k+1) ÷ A   (= 1 − (1 − 1/A)/ρ of GMR, without
//                        its cancellation)
// A caller who finds m others queued is answered after V = Σ_{j=0..m} Exp(Nμ + jθ) unless their
// own patience runs out first. e^{−θV} is then Beta(x, m+1) (Rényi's representation), and
// summing over m (t_m(y) ÷ B(x, m+1) = x·y^m/m! turns the sum into an exponential) gives, with
// p = e^{−θT} and z = y·p:
//   P(answered, V ≤ T)      = P(wait) · x · ∫_0^{1−p} (1 − w)^x e^{y·w} dw ÷ A(x, y)
//   P(abandons after T)     = P(wait) · p · F · Σ t_k(z)·(k+1)/(x+k+1) ÷ A(x, y),
//                             F = exp(y(1 − p) − NμT)
//   E[V; answered]          = P(wait) · x/θ · Σ t_k(y)·h_k/(x+k+1) ÷ A(x, y),
//                             h_k = Σ_{j=1..k+1} 1/(x+j)
// All sums and the integral have positive terms, and "answered within T" is formed as
// P(no wait) + P(answered, V ≤ T), never as a difference: when almost every caller waits longer
// than T (an overloaded group) the true service level can be 1e-40, and a difference of two
// figures near N/A would return rounding noise (1e-15) that does not even rise with N.
// As θ → 0 everything reduces to Erlang C, which the tests check; the tests also compare all
// figures with an independent Markov-chain computation.
#include "common/reports/erlang.h"

#include "common/reports/erlang_input.h"
#include "common/reports/erlang_integral.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace kxcti::reports {
namespace {

// The sums above as natural logs (−inf for an empty sum): A(x, y) overflows double as soon as
// callers arrive much faster than operators answer them.
struct LogSums {
    double all;   // Σ t_k         = A(x, z)
    double ab;    // Σ t_k (k+1)/(x+k+1)
    double wait;  // Σ t_k h_k/(x+k+1)
};

LogSums series(double x, double z) {
    // Terms and sums are rescaled together before anything can approach DBL_MAX (one step
    // multiplies by at most z/(x+1) ≤ kMaxErlangAArrivalsPerPatience).
    constexpr double kRescaleAbove = 1e250;
    // A tail below this fraction of its sum no longer changes the sum in double.
    constexpr double kRelativeTail = 1e-17;
    // Terms rise while z > x + k and then fall faster than geometrically: far fewer steps than
    // this for any accepted input; the bound only turns a logic error into an exception.
    constexpr long kMaxTerms = 10 * static_cast<long>(kMaxErlangAArrivalsPerPatience) + 10'000'000;
    const double log_rescale = std::log(kRescaleAbove);

    double scale_log = 0;  // every stored value is the true one × e^{−scale_log}
    double t = 1, h = 1 / (x + 1);
    double all = 1, ab = 1 / (x + 1), wait = h / (x + 1);
    for (long k = 1;; ++k) {
        if (k > kMaxTerms) throw std::logic_error("erlang_a: series did not converge");
        t *= z / (x + k);
        h += 1 / (x + k + 1);
        all += t;
        ab += t * (k + 1) / (x + k + 1);
        wait += t * h / (x + k + 1);
        if (t > kRescaleAbove) {
            t /= kRescaleAbove, all /= kRescaleAbove;
            ab /= kRescaleAbove, wait /= kRescaleAbove;
            scale_log += log_rescale;
        }
        // Later ratios are ≤ r, so the remaining terms are ≤ t·r^j; the ab weights are ≤ 1 and
        // the wait weights grow at most by (k+1+j)/(k+1) ≤ 1 + j.
        double r = z / (x + k + 1);
        if (r >= 1) continue;
        double geo = r / (1 - r);
        double w = h / (x + k + 1);
        if (t * geo <= kRelativeTail * all && t * geo <= kRelativeTail * ab &&
            t * w * 2 * geo / (1 - r) <= kRelativeTail * wait)
            break;
    }
    return {std::log(all) + scale_log, std::log(ab) + scale_log, std::log(wait) + scale_log};
}

ErlangAResult no_traffic(int agents) {
    ErlangAResult r;
    r.agents = agents;
    if (agents >= 1) {
        r.service_level = 1;
        r.answered_within_t = 1;
        return r;
    }
    r.wait_probability = 1;
    r.abandon_probability = 1;
    r.asa_s = std::numeric_limits<double>::infinity();
    r.occupancy = 1;
    return r;
}

} // namespace

ErlangAResult erlang_a(double traffic_erlangs, int agents, double aht_s, double patience_s,
                       double target_s) {
    const double a = detail::require_traffic(traffic_erlangs);
    const int n = detail::require_servers("agents", agents);
    detail::require_positive_seconds("AHT", aht_s);
    detail::require_positive_seconds("patience", patience_s);
    detail::require_nonnegative_seconds("service-level threshold", target_s);
    const double y = a * patience_s / aht_s;  // λ/θ
    if (!(y <= kMaxErlangAArrivalsPerPatience))
        throw ErlangInputError("traffic × patience ÷ AHT = " + detail::erlang_number(y) +
                               " callers per mean patience exceeds 1e7: abandonment is then "
                               "negligible, use Erlang C");
    if (a == 0) return no_traffic(n);
    const double x = n * patience_s / aht_s;  // Nμ/θ

    ErlangAResult r;
    r.traffic = a;
    r.agents = n;
    const double eb = erlang_b(a, n);
    const LogSums s = series(x, y);
    // P(wait) = E / (E + (1 − E)/A) and P(no wait) = ((1 − E)/A) / (E + (1 − E)/A): no
    // overflow when A is huge, and no 1 − P(wait) cancellation when nearly everyone waits.
    const double no_wait_weight = (1 - eb) * std::exp(-s.all);
    const double pw = eb / (eb + no_wait_weight);
    r.wait_probability = pw;
    r.abandon_probability = std::clamp(pw * std::exp(s.ab - s.all), 0.0, 1.0);
    r.mean_wait_s = r.abandon_probability * patience_s;  // Little: abandon rate = θ·E[queue]
    const double answered = n == 0 ? 0.0 : 1 - r.abandon_probability;
    r.occupancy = n == 0 ? 1.0 : a * answered / n;

    const double p = std::exp(-target_s / patience_s);
    const double q = -std::expm1(-target_s / patience_s);  // 1 − p without cancellation
    const double log_f = y * q - n * target_s / aht_s;
    const LogSums st = series(x, y * p);
    const double abandoned_late = pw * p * std::exp(log_f + st.ab - s.all);
    const double waited_and_answered_in_t =
        n == 0 ? 0.0 : pw * x * std::exp(detail::log_within_integral(x, y, q) - s.all);
    r.answered_within_t =
        std::clamp(no_wait_weight / (eb + no_wait_weight) + waited_and_answered_in_t, 0.0, 1.0);
    if (answered <= 0) {
        r.service_level = 0;
        r.asa_s = std::numeric_limits<double>::infinity();
        return r;
    }
    r.service_level = std::clamp(r.answered_within_t / (answered + abandoned_late), 0.0, 1.0);
    r.asa_s = pw * x * patience_s * std::exp(s.wait - s.all) / answered;
    return r;
}

int agents_needed_a(double traffic_erlangs, double aht_s, double patience_s, double target_s,
                    double target_sl) {
    double target = detail::require_probability_target("service-level target", target_sl);
    auto meets = [&](int n) {
        return erlang_a(traffic_erlangs, n, aht_s, patience_s, target_s).service_level >= target;
    };
    // The service level rises with N (tests check it on a grid), so double until the target is
    // met and then bisect: O(log N) evaluations of O(N + series) each.
    int lo = 0;  // N = 0 answers nobody: never meets a target above 0
    int hi = 1;
    while (!meets(hi)) {
        if (hi == kMaxServers)
            throw ErlangInputError("no operator count up to 10000000 reaches the service-level target");
        lo = hi;
        hi = std::min(2 * hi, kMaxServers);
    }
    while (hi - lo > 1) {
        int mid = lo + (hi - lo) / 2;
        (meets(mid) ? hi : lo) = mid;
    }
    return hi;
}

} // namespace kxcti::reports
