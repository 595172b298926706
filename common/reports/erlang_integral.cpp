#include "common/reports/erlang_integral.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace kxcti::reports::detail {
namespace {

// Ten Gauss–Legendre points integrate polynomials of degree 19 exactly: a piece of a smooth
// integrand a few of its own decay lengths wide is then right to 1e-15.
constexpr int kOrder = 10;

struct Rule {
    std::array<double, kOrder> node{};    // on [−1, 1]
    std::array<double, kOrder> weight{};
};

// Nodes are the roots of the Legendre polynomial P_n, found by Newton's method from the
// Chebyshev-like first guesses cos(π(i + 3/4)/(n + 1/2)); weights 2 / ((1 − t²)·P_n'(t)²).
Rule make_rule() {
    Rule r;
    for (int i = 0; i < kOrder; ++i) {
        double t = std::cos(std::numbers::pi * (i + 0.75) / (kOrder + 0.5));
        double dp = 0;
        // Newton converges quadratically from these guesses; a fixed count keeps it simple.
        for (int iter = 0; iter < 100; ++iter) {
            double p0 = 1, p1 = t;  // P_0, P_1, then the three-term recurrence up to P_n
            for (int k = 2; k <= kOrder; ++k) {
                double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = kOrder * (t * p1 - p0) / (t * t - 1);
            double step = p1 / dp;
            t -= step;
            if (std::fabs(step) < 1e-16) break;
        }
        r.node[static_cast<std::size_t>(i)] = t;
        r.weight[static_cast<std::size_t>(i)] = 2 / ((1 - t * t) * dp * dp);
    }
    return r;
}

const Rule& rule() {
    static const Rule r = make_rule();
    return r;
}

class Integrator {
public:
    Integrator(double x, double y, double log_peak) : x_(x), y_(y), log_peak_(log_peak) {}

    double adaptive(double a, double b) { return refine(a, b, gauss(a, b), 0); }

private:
    // Relative agreement of one rule with the two halves before a piece is accepted. All
    // pieces are positive, so local relative errors bound the total's relative error.
    static constexpr double kRelTol = 1e-14;
    // Halving 60 times shrinks any piece of [0, 1] below the spacing of doubles near it.
    static constexpr int kMaxDepth = 60;

    double integrand(double w) const { return std::exp(x_ * std::log1p(-w) + y_ * w - log_peak_); }

    double gauss(double a, double b) const {
        const Rule& r = rule();
        double mid = (a + b) / 2, half = (b - a) / 2, sum = 0;
        for (int i = 0; i < kOrder; ++i) {
            auto u = static_cast<std::size_t>(i);
            sum += r.weight[u] * integrand(mid + half * r.node[u]);
        }
        return sum * half;
    }

    double refine(double a, double b, double whole, int depth) {
        double m = (a + b) / 2;
        double left = gauss(a, m), right = gauss(m, b);
        double halves = left + right;
        if (depth >= kMaxDepth || std::fabs(halves - whole) <= kRelTol * halves) return halves;
        return refine(a, m, left, depth + 1) + refine(m, b, right, depth + 1);
    }

    double x_, y_, log_peak_;
};

} // namespace

double log_within_integral(double x, double y, double q) {
    if (!(q > 0)) return -std::numeric_limits<double>::infinity();
    // The log-integrand x·ln(1 − w) + y·w is concave with its top at 1 − x/y; factoring the
    // top out keeps every value in (0, 1], and splitting there leaves each side monotone.
    double top = y > x ? std::fmin(1 - x / y, q) : 0.0;
    double log_peak = top == 1 ? y : x * std::log1p(-top) + y * top;  // x = 0 when top = 1
    Integrator in(x, y, log_peak);
    double sum = 0;
    if (top > 0) sum += in.adaptive(0, top);
    if (top < q) sum += in.adaptive(top, q);
    return log_peak + std::log(sum);
}

} // namespace kxcti::reports::detail
