// Erlang A (M/M/N+M) against an independent Markov-chain computation, and its limits.
// References: tests/data/reports/erlang_reference.py (see erlang_test.cpp for the method).
#include "common/reports/erlang.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace kxcti::reports;
using Catch::Matchers::WithinAbs;

namespace {

struct APoint {
    double traffic;
    int agents;
    double aht_s, patience_s, target_s;
    double wait_probability, abandon_probability, service_level, answered_within_t, asa_s;
};

// clang-format off
// {A, N, AHT, patience, T, P(wait), P(abandon), SL (kpi.md), answered within T, ASA of answered}
constexpr APoint kErlangA[] = {
    {4, 5, 180, 120, 20, 0.345144284284546, 0.117164248374441, 0.768698591471719, 0.73294307938472, 10.9801483126875},
    {10, 8, 240, 60, 30, 0.586878885267027, 0.286359161298534, 0.723505801537466, 0.585008823300365, 13.5228264010862},
    {2, 1, 100, 50, 10, 0.802377670862302, 0.598811164568849, 0.273857868272469, 0.235003320986839, 21.3057313655261},
    {3, 2, 100, 50, 10, 0.723088861992276, 0.448712974169885, 0.383808285637225, 0.335656298127177, 17.2117568043311},
    {30, 10, 180, 30, 20, 0.969561878329104, 0.668067848196444, 0.264327940524264, 0.147235836427162, 25.3638347321429},
    {20, 22, 180, 300, 20, 0.393799342148116, 0.0402966743476776, 0.772184295641688, 0.756583102474471, 11.4872771006309},
    {6, 6, 200, 20, 0, 0.34755447709962, 0.235141656751638, 0.65244552290038, 0.65244552290038, 2.11218227379123},
    // very long patience, near Erlang C
    {8, 9, 180, 100000, 20, 0.650173825730286, 0.0011369150043296, 0.419198112259614, 0.419146567022211, 113.624401093931},
    {8, 12, 180, 100000, 20, 0.139733722853107, 6.2739415208323e-5, 0.910465065808962, 0.910444529552767, 6.2715205480423},
};

struct OverloadPoint {
    double traffic;
    int agents;
    double aht_s, patience_s, target_s;
    double service_level, answered_within_t;
};
// Nearly every caller waits far longer than T: tiny service levels, compared relatively.
// {A, N, AHT, patience, T, SL (kpi.md), answered within T}
constexpr OverloadPoint kOverloaded[] = {
    {48, 1, 240, 600, 20, 3.76539392981133e-48, 3.64194963357073e-48},
    {48, 3, 240, 600, 20, 5.89053017703199e-41, 5.69741562760046e-41},
    {48, 10, 240, 600, 20, 2.86378193639777e-25, 2.76989599715346e-25},
    {48, 20, 240, 600, 20, 1.65077790794437e-12, 1.59665897088383e-12},
    {48, 30, 240, 30, 20, 0.699556960668053, 0.478053324783435},
};
// clang-format on

constexpr double kTol = 1e-9;

} // namespace

TEST_CASE("Erlang A matches the Markov-chain reference: wait, abandon, SL, ASA") {
    for (const auto& p : kErlangA) {
        CAPTURE(p.traffic, p.agents, p.aht_s, p.patience_s, p.target_s);
        auto r = erlang_a(p.traffic, p.agents, p.aht_s, p.patience_s, p.target_s);
        CHECK(r.traffic == p.traffic);
        CHECK(r.agents == p.agents);
        CHECK_THAT(r.wait_probability, WithinAbs(p.wait_probability, kTol));
        CHECK_THAT(r.abandon_probability, WithinAbs(p.abandon_probability, kTol));
        CHECK_THAT(r.service_level, WithinAbs(p.service_level, kTol));
        CHECK_THAT(r.answered_within_t, WithinAbs(p.answered_within_t, kTol));
        CHECK_THAT(r.asa_s, WithinAbs(p.asa_s, 1e-7));
        // Little's law on the queue: abandon rate θ·E[Q] = λ·P(abandon).
        CHECK(r.mean_wait_s == Approx(r.abandon_probability * p.patience_s));
        CHECK(r.occupancy == Approx(p.traffic * (1 - r.abandon_probability) / p.agents));
    }
}

TEST_CASE("Erlang A keeps relative precision when the service level is tiny") {
    // Formed as a difference of two figures near N/A, these came out as rounding noise (1e-15)
    // that did not rise with N; the reference is computed without that cancellation.
    for (const auto& p : kOverloaded) {
        CAPTURE(p.traffic, p.agents, p.patience_s);
        auto r = erlang_a(p.traffic, p.agents, p.aht_s, p.patience_s, p.target_s);
        CHECK_THAT(r.service_level, Catch::Matchers::WithinRel(p.service_level, 1e-9));
        CHECK_THAT(r.answered_within_t, Catch::Matchers::WithinRel(p.answered_within_t, 1e-9));
    }
}

TEST_CASE("Erlang A with very long patience tends to Erlang C") {
    // The gap to Erlang C is first order in 1/patience: near ρ = 1 it is large (at 1e5 s of
    // patience, N = 9 and A = 8 still abandon 0.11 % and answer 3.4 % sooner, see the table
    // above), but it shrinks tenfold with every tenfold patience (9.7 from 1e5 to 1e6 s, where
    // the second-order term still shows).
    for (int n : {9, 10, 12}) {
        auto c = erlang_c(8, n, 180, 20);
        double previous_gap = 0;
        for (double patience : {1e5, 1e6, 1e7}) {
            CAPTURE(n, patience);
            auto a = erlang_a(8, n, 180, patience, 20);
            // Callers who leave shorten the queue: fewer wait, more are answered within T.
            CHECK(a.wait_probability < c.wait_probability);
            CHECK(a.service_level > c.service_level);
            CHECK(a.asa_s < c.asa_s);
            double gap = c.asa_s / a.asa_s - 1;
            if (previous_gap > 0) CHECK(previous_gap / gap == Approx(10).epsilon(0.05));
            previous_gap = gap;
            if (patience == 1e7) {
                CHECK_THAT(a.wait_probability, WithinAbs(c.wait_probability, 5e-5));
                CHECK_THAT(a.service_level, WithinAbs(c.service_level, 5e-5));
                CHECK(a.asa_s == Approx(c.asa_s).epsilon(5e-4));
                CHECK(a.abandon_probability < 2e-5);
            }
        }
    }
}

TEST_CASE("Erlang A limits: no operators, no traffic, zero threshold") {
    const double inf = std::numeric_limits<double>::infinity();
    auto none = erlang_a(3, 0, 100, 50, 10);
    CHECK(none.wait_probability == 1.0);
    CHECK(none.abandon_probability == 1.0);
    CHECK(none.service_level == 0.0);
    CHECK(none.answered_within_t == 0.0);
    CHECK(none.asa_s == inf);
    CHECK(none.occupancy == 1.0);
    auto idle = erlang_a(0, 4, 100, 50, 10);
    CHECK(idle.wait_probability == 0.0);
    CHECK(idle.abandon_probability == 0.0);
    CHECK(idle.service_level == 1.0);
    CHECK(idle.asa_s == 0.0);
    auto at0 = erlang_a(4, 5, 180, 120, 0);  // SL(0) = P(no wait) among answered + late abandons
    CHECK_THAT(at0.answered_within_t, WithinAbs(1 - at0.wait_probability, 1e-12));
}

TEST_CASE("Erlang A service level rises with N, and agents_needed_a is the first N to meet it") {
    for (double patience : {30.0, 120.0, 600.0}) {
        double previous = -1;
        for (int n = 0; n <= 70; ++n) {
            double sl = erlang_a(48, n, 240, patience, 20).service_level;
            CAPTURE(patience, n);
            CHECK(sl >= previous);
            previous = sl;
        }
        int needed = agents_needed_a(48, 240, patience, 20, 0.8);
        CAPTURE(patience, needed);
        CHECK(erlang_a(48, needed, 240, patience, 20).service_level >= 0.8);
        CHECK(erlang_a(48, needed - 1, 240, patience, 20).service_level < 0.8);
        CHECK(needed <= agents_needed(48, 240, 20, 0.8));  // callers who leave shorten the queue
    }
    CHECK(agents_needed_a(0, 240, 60) == 1);
}
