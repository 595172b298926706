// Long runs of the traffic model against queueing theory (common/reports/erlang.h): the model's
// queue, ring-all distribution and patience behave as M/M/N and M/M/N+M say.
#include "common/reports/erlang.h"
#include "tests/simulator/traffic_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace kxcti;
using namespace kxcti::test;

TEST_CASE("traffic: ten days of M/M/10 at 8 Erlangs land on Erlang C") {
    auto run = run_traffic(builtin("mmn"), 1, sim::Layout::B);
    REQUIRE(run.stats.calls > 35000);
    REQUIRE(run.stats.answered == run.stats.calls);  // nobody gives up, nobody is blocked
    double within = 0, waited = 0, talk = 0;
    for (const auto& c : run.calls) {
        if (*c.wait_s <= 20) ++within;
        if (*c.wait_s > 0) ++waited;
        talk += static_cast<double>(*c.talk_s);
    }
    const double n = static_cast<double>(run.calls.size());
    auto erlang = reports::erlang_c(8.0, 10, 180.0, 20.0);
    INFO("service level " << within / n << " vs Erlang C " << erlang.service_level << ", waited " << waited / n
                          << " vs " << erlang.wait_probability);
    CHECK(std::abs(talk / n - 180.0) < 3.0);
    CHECK(std::abs(within / n - erlang.service_level) < 0.02);
    CHECK(std::abs(waited / n - erlang.wait_probability) < 0.02);
}

TEST_CASE("traffic: callers with exponential patience land on Erlang A") {
    // M/M/8+M at 8 Erlangs (as many operators as Erlangs: only abandons keep the queue finite).
    auto scenario = builtin("mmn");
    scenario.days = 8;
    scenario.patience = sim::parse_distribution("exp:120");
    scenario.groups[0].members.resize(8);
    auto run = run_traffic(scenario, 2, sim::Layout::B);
    double answered = 0, abandoned = 0, answered_within = 0;
    for (const auto& c : run.calls) {
        if (c.outcome == sim::TruthOutcome::Answered) {
            ++answered;
            if (*c.wait_s <= 20) ++answered_within;
        } else {
            ++abandoned;
        }
    }
    const double n = answered + abandoned;
    auto erlang = reports::erlang_a(8.0, 8, 180.0, 120.0, 20.0);
    INFO("abandoned " << abandoned / n << " vs Erlang A " << erlang.abandon_probability << ", answered within 20 s "
                      << answered_within / n << " vs " << erlang.answered_within_t);
    CHECK(std::abs(abandoned / n - erlang.abandon_probability) < 0.02);
    CHECK(std::abs(answered_within / n - erlang.answered_within_t) < 0.02);
}
