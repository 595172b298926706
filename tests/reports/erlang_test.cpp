// Erlang B, C and A against values computed independently of kxcti's code.
//
// Provenance of every reference literal below: tests/data/reports/erlang_reference.py, run when
// this test was written, with Python 3.11 and mpmath 1.3; its output is pasted here verbatim.
// B and C come from exact rational arithmetic (fractions.Fraction) on the closed forms with
// factorials and powers, A^N/N! / Σ A^k/k!, not from the recursion kxcti uses; the exponential in
// SL(T) is taken in mpmath at 50 digits. Erlang A comes from a truncated Markov chain solved in
// mpmath (uniformization and linear equations), not from the series in erlang_a.cpp. The values
// agree with standard published Erlang B tables: B(N=10, A=5) = 0.01838 and the 1 %-blocking
// column A = 0.153 (N=2), 1.361 (5), 4.461 (10), 12.031 (20), 37.901 (50), 84.064 (100)
// (each table entry is printed to 3 decimals, so B there is 0.01 ± 2e-5).
#include "common/reports/erlang.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace kxcti::reports;
using Catch::Matchers::WithinAbs;

namespace {

// Published tables print 4-6 digits; the references have 15, and the functions match them to
// double rounding, so the tolerance is far tighter than the brief's 1e-4.
constexpr double kTol = 1e-9;

struct BPoint {
    double traffic;
    int lines;
    double blocking;
};

// clang-format off
constexpr BPoint kErlangB[] = {
    {0, 0, 1.0},
    {0, 3, 0.0},
    {5, 0, 1.0},
    {1, 1, 0.5},
    {0.5, 1, 0.333333333333333},
    {1, 2, 0.2},
    {0.153, 2, 0.0100493301090534},
    {1.361, 5, 0.0100057241430176},
    {3, 5, 0.110054347826087},
    {2.5, 7, 0.00998301131067195},
    {5, 10, 0.0183845703366481},
    {4.461, 10, 0.00999778668790276},
    {10, 30, 1.71157187218517e-7},
    {12.031, 20, 0.010002591800193},
    {20, 20, 0.158891961541972},
    {25, 30, 0.0526031722281406},
    {37.901, 50, 0.00999868950352433},
    {48, 55, 0.0383742806878359},
    {84.064, 100, 0.00999968290265027},
    {100, 100, 0.075700452710861},
    {480, 500, 0.0143257807224261},
    {500, 500, 0.0348477774146855},
    {950, 1000, 0.00364929368894241},
    {1000, 1000, 0.0248119176461604},
    {1100, 1000, 0.0986251696893491},
    {4000, 5000, 3.13209328465058e-53},
};

struct CPoint {
    double traffic;
    int agents;
    double aht_s, target_s;
    double wait_probability, service_level, asa_s;
};

constexpr CPoint kErlangC[] = {
    {0.5, 1, 180, 20, 0.5, 0.527020265546617, 180.0},
    {1, 2, 180, 20, 0.333333333333333, 0.701720227728543, 60.0},
    {2, 3, 120, 10, 0.444444444444444, 0.591091371275856, 53.3333333333333},
    {8, 10, 180, 20, 0.409180150796444, 0.672354148726148, 36.8262135716799},
    {15, 20, 300, 15, 0.160429387416924, 0.875057467452034, 9.62576324501542},
    // The classic example: 360 calls in 30 minutes, AHT 240 s -> A = 48 E, 55 operators.
    {48, 55, 240, 20, 0.238700936378009, 0.866796488172851, 8.18403210438889},
    {48, 49, 240, 20, 0.836756574495772, 0.230146787230799, 200.821577878985},
    {48, 60, 240, 0, 0.0633919652950981, 0.936608034704902, 1.26783930590196},
    {90, 100, 180, 20, 0.216940480906366, 0.928584714913949, 3.90492865631459},
    {490, 500, 240, 20, 0.546673272194829, 0.762416775265425, 13.1201585326759},
    {990, 1000, 240, 20, 0.659080421880854, 0.713564829388491, 15.8179301251405},
    {999.5, 1000, 240, 20, 0.980484296188816, 0.0595298002346143, 470.632462170632},
    {4000, 5000, 240, 20, 1.56604664232529e-52, 1.0, 3.7585119415807e-53},
    {4, 5, 60, 30, 0.554112554112554, 0.66391374699906, 33.2467532467532},
    {10, 15, 200, 60, 0.102042367007988, 0.977231270307583, 4.08169468031952},
    {0.1, 1, 300, 5, 0.1, 0.901488806039694, 33.3333333333333},
    {30, 35, 210, 20, 0.284582462413507, 0.823232981529569, 11.9524634213673},
    {200, 215, 180, 30, 0.209937684400868, 0.98276726546485, 2.51925221281041},
    {750, 780, 300, 20, 0.192961185588545, 0.973885543294702, 1.92961185588545},
    {60.5, 65, 240, 10, 0.463428767110188, 0.615804057863211, 24.7162009125434},
};

struct APoint {
    double traffic;
    int agents;
    double aht_s, patience_s, target_s;
    double wait_probability, abandon_probability, service_level, answered_within_t, asa_s;
};

constexpr APoint kErlangA[] = {
    {4, 5, 180, 120, 20, 0.345144284284546, 0.117164248374441, 0.768698591471719, 0.73294307938472, 10.9801483126875},
    {10, 8, 240, 60, 30, 0.586878885267027, 0.286359161298534, 0.723505801537466, 0.585008823300365, 13.5228264010862},
    {2, 1, 100, 50, 10, 0.802377670862302, 0.598811164568849, 0.273857868272469, 0.235003320986839, 21.3057313655261},
    {3, 2, 100, 50, 10, 0.723088861992276, 0.448712974169885, 0.383808285637225, 0.335656298127177, 17.2117568043311},
    {30, 10, 180, 30, 20, 0.969561878329104, 0.668067848196444, 0.264327940524264, 0.147235836427162, 25.3638347321429},
    {20, 22, 180, 300, 20, 0.393799342148116, 0.0402966743476776, 0.772184295641688, 0.756583102474471, 11.4872771006309},
    {6, 6, 200, 20, 0, 0.34755447709962, 0.235141656751638, 0.65244552290038, 0.65244552290038, 2.11218227379123},
};
// clang-format on

// Relative tolerance for values that span many decades (the A = 4000, N = 5000 tail).
bool close_rel(double got, double want, double rel) {
    return std::fabs(got - want) <= rel * std::fabs(want);
}

} // namespace

TEST_CASE("Erlang B matches exact rational values and the published 1 % column") {
    for (const auto& p : kErlangB) {
        CAPTURE(p.traffic, p.lines);
        double b = erlang_b(p.traffic, p.lines);
        CHECK_THAT(b, WithinAbs(p.blocking, kTol));
        CHECK(close_rel(b, p.blocking, 1e-11));
    }
}

TEST_CASE("lines_needed is the smallest trunk count meeting the blocking target") {
    struct { double traffic, target; int lines; } cases[] = {
        {0, 0.01, 1}, {1, 0.01, 5}, {5, 0.01, 11}, {48, 0.01, 62},
        {100, 0.001, 128}, {1000, 0.01, 1029}, {2.5, 0.05, 6},
    };
    for (const auto& c : cases) {
        CAPTURE(c.traffic, c.target);
        CHECK(lines_needed(c.traffic, c.target) == c.lines);
    }
    CHECK(lines_needed(4.461) == 10);  // default target 1 %: the table's own row
    CHECK(lines_needed(4.462) == 11);
}

TEST_CASE("Erlang C matches exact values: wait probability, service level, ASA, occupancy") {
    for (const auto& p : kErlangC) {
        CAPTURE(p.traffic, p.agents, p.aht_s, p.target_s);
        auto r = erlang_c(p.traffic, p.agents, p.aht_s, p.target_s);
        CHECK(r.traffic == p.traffic);
        CHECK(r.agents == p.agents);
        CHECK_THAT(r.wait_probability, WithinAbs(p.wait_probability, kTol));
        CHECK(close_rel(r.wait_probability, p.wait_probability, 1e-11));
        CHECK_THAT(r.service_level, WithinAbs(p.service_level, kTol));
        CHECK(close_rel(r.asa_s, p.asa_s, 1e-11));
        CHECK(r.occupancy == p.traffic / p.agents);
    }
}

TEST_CASE("Erlang C from calls, period and AHT: the classic 360 calls / 30 min example") {
    double a = offered_traffic(360, 1800, 240);
    CHECK(a == 48);
    CHECK(agents_needed(a, 240, 20, 0.8) == 54);
    CHECK(agents_needed(a, 240) == 54);  // default 80/20
    auto at54 = erlang_c(a, 54, 240, 20);
    auto at53 = erlang_c(a, 53, 240, 20);
    CHECK(at54.service_level >= 0.8);
    CHECK(at53.service_level < 0.8);
    CHECK(scheduled_agents(54, 0.3) == 78);  // 54 / 0.7 = 77.14
}

TEST_CASE("agents_needed is the smallest operator count meeting the service level") {
    struct { double traffic, aht_s, target_s, target_sl; int agents; } cases[] = {
        {48, 240, 20, 0.8, 54}, {0, 240, 20, 0.8, 1}, {1, 180, 20, 0.8, 3},
        {10, 180, 15, 0.9, 15}, {100, 240, 20, 0.8, 108}, {500, 300, 30, 0.95, 519},
    };
    for (const auto& c : cases) {
        CAPTURE(c.traffic, c.aht_s, c.target_s, c.target_sl);
        CHECK(agents_needed(c.traffic, c.aht_s, c.target_s, c.target_sl) == c.agents);
    }
}

TEST_CASE("scheduled operators round up without binary rounding noise") {
    CHECK(scheduled_agents(7, 0.3) == 10);  // 7 / (1 - 0.3) is 10.000000000000002 in double
    CHECK(scheduled_agents(7, 0.31) == 11);
    CHECK(scheduled_agents(54, 0) == 54);
    CHECK(scheduled_agents(0, 0.5) == 0);
    CHECK(scheduled_agents(3, 0.5) == 6);
    CHECK(scheduled_agents(1, 0.999) == 1000);
    CHECK_THROWS_AS(scheduled_agents(5, 1.0), ErlangInputError);
    CHECK_THROWS_AS(scheduled_agents(5, -0.1), ErlangInputError);
    CHECK_THROWS_AS(scheduled_agents(10'000'000, 0.5), ErlangInputError);
}

TEST_CASE("Erlang C at or beyond saturation returns the documented limits") {
    const double inf = std::numeric_limits<double>::infinity();
    for (int n : {0, 47, 48}) {
        CAPTURE(n);
        auto r = erlang_c(48, n, 240, 20);
        CHECK(r.wait_probability == 1.0);
        CHECK(r.service_level == 0.0);
        CHECK(r.asa_s == inf);
        CHECK(r.occupancy == 1.0);
    }
    auto idle = erlang_c(0, 3, 240, 20);
    CHECK(idle.wait_probability == 0.0);
    CHECK(idle.service_level == 1.0);
    CHECK(idle.asa_s == 0.0);
    CHECK(idle.occupancy == 0.0);
}

TEST_CASE("large systems stay finite and sane: N = 5000, A = 4000 and A just below N") {
    double b = erlang_b(4000, 5000);
    CHECK(std::isfinite(b));
    CHECK(close_rel(b, 3.13209328465058e-53, 1e-10));
    auto r = erlang_c(4000, 5000, 240, 20);
    CHECK(std::isfinite(r.asa_s));
    CHECK(r.service_level == 1.0);
    auto tight = erlang_c(4999.9, 5000, 240, 20);
    CHECK(tight.wait_probability > 0.99);
    CHECK(tight.wait_probability < 1.0);
    CHECK(std::isfinite(tight.asa_s));
    CHECK(tight.service_level > 0.0);
    CHECK(erlang_b(1e6, 1'000'000) > 0.0);
    int n = agents_needed(4000, 240, 20, 0.8);
    CHECK(erlang_c(4000, n, 240, 20).service_level >= 0.8);
    CHECK(erlang_c(4000, n - 1, 240, 20).service_level < 0.8);
    auto a = erlang_a(4000, 5000, 240, 180, 20);
    CHECK(std::isfinite(a.asa_s));
    CHECK(a.wait_probability >= 0.0);
    CHECK(a.service_level == Approx(1.0));
    auto overloaded = erlang_a(4000, 3000, 240, 180, 20);
    CHECK(overloaded.abandon_probability == Approx(0.25).margin(0.01));  // excess traffic leaves
    CHECK(std::isfinite(overloaded.asa_s));
}

TEST_CASE("invalid inputs throw ErlangInputError naming the input") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_AS(erlang_b(-1, 3), ErlangInputError);
    CHECK_THROWS_AS(erlang_b(nan, 3), ErlangInputError);
    CHECK_THROWS_AS(erlang_b(inf, 3), ErlangInputError);
    CHECK_THROWS_AS(erlang_b(2e6, 3), ErlangInputError);
    CHECK_THROWS_WITH(erlang_b(5, -1), Catch::Contains("lines = -1"));
    CHECK_THROWS_AS(lines_needed(5, 0), ErlangInputError);
    CHECK_THROWS_AS(lines_needed(5, 1), ErlangInputError);
    CHECK_THROWS_AS(lines_needed(5, nan), ErlangInputError);
    CHECK_THROWS_AS(erlang_c(5, -2, 240, 20), ErlangInputError);
    CHECK_THROWS_WITH(erlang_c(5, 8, 0, 20), Catch::Contains("AHT"));
    CHECK_THROWS_AS(erlang_c(5, 8, 240, -1), ErlangInputError);
    CHECK_THROWS_AS(erlang_c(5, 8, 240, nan), ErlangInputError);
    CHECK_THROWS_AS(agents_needed(5, 240, 20, 1.0), ErlangInputError);
    CHECK_THROWS_AS(offered_traffic(-1, 1800, 240), ErlangInputError);
    CHECK_THROWS_AS(offered_traffic(10, 0, 240), ErlangInputError);
    CHECK_THROWS_AS(erlang_a(5, 8, 240, 0, 20), ErlangInputError);
    CHECK_THROWS_AS(erlang_a(5, 8, 240, inf, 20), ErlangInputError);
    CHECK_THROWS_WITH(erlang_a(1e6, 8, 1, 100, 20), Catch::Contains("use Erlang C"));
}
