// Scenario files: every mistake says where and what is accepted; defaults apply; the built-ins
// read; distributions draw what they say.
#include "simulator/traffic_scenario.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace kxcti::sim;

namespace {

std::string error_of(const std::string& text) {
    try {
        parse_scenario(text, "s.ini");
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(accepted)";
}

const std::string kMinimal = "[did.2301]\ngroup = 601\ncalls_per_day = 10\n[group.601]\nmembers = 401\n";

} // namespace

TEST_CASE("traffic scenario: each mistake names the file, the line and what is accepted") {
    CHECK(error_of("[site]\ndays = 0\n") == "s.ini:2: days: '0' is not a whole number from 1 to 3660");
    CHECK(error_of("[site]\ntrunks = 1000\n") == "s.ini:2: trunks: '1000' is not a whole number from 1 to 999");
    CHECK(error_of("days = 2\n") ==
          "s.ini:1: 'days' before any section: put it under [site], [did.N], [group.N], [operator.N] or [operators]");
    CHECK(error_of("[site]\nfoo = 1\n") ==
          "s.ini:2: unknown key 'foo' in [site]; keys: days, weekends, trunks, patience, redial_percent, "
          "redial_after, forward_talk, withheld_percent, print_did, log_in_out, short_abandon_s");
    CHECK(error_of("[queue.1]\n") ==
          "s.ini:1: unknown section [queue.1]: sections are [site], [did.NUMBER], [group.NUMBER], "
          "[operator.EXT], [operators] (numbers: 1 to 8 digits)");
    CHECK(error_of("[did.23x]\n") ==
          "s.ini:1: unknown section [did.23x]: sections are [site], [did.NUMBER], [group.NUMBER], "
          "[operator.EXT], [operators] (numbers: 1 to 8 digits)");
    CHECK(error_of("[site]\n[site]\n") == "s.ini:2: [site] given twice");
    CHECK(error_of("[site]\ndays = 1\ndays = 2\n") == "s.ini:3: 'days' given twice in [site]");
    CHECK(error_of("[site]\npatience = gauss:3\n") ==
          "s.ini:2: patience: 'gauss:3': want fixed:S, uniform:LOW:HIGH, exp:MEAN or lognormal:MEAN:CV (seconds)");
    CHECK(error_of("[site]\npatience = uniform:9:3\n") == "s.ini:2: patience: 'uniform:9:3': HIGH is below LOW");
    CHECK(error_of("[site]\npatience = exp:-3\n") ==
          "s.ini:2: patience: 'exp:-3': '-3' is not a number of seconds >= 0");
    CHECK(error_of("[site]\nprint_did = maybe\n") == "s.ini:2: print_did: 'maybe': want yes or no");
    CHECK(error_of("[site]\nredial_percent = 120\n") ==
          "s.ini:2: redial_percent: '120' is not a percentage from 0 to 100");
    CHECK(error_of("[operators]\nshift = 09:00-08:00\n") == "s.ini:2: shift: '09:00-08:00' ends before it starts");
    CHECK(error_of("[operators]\nshift = 08:00-12:00, 11:00-13:00\n") ==
          "s.ini:2: shift: '11:00-13:00' overlaps or precedes the shift before it");
    CHECK(error_of("[operators]\nshift = 8-12\n") == "s.ini:2: shift: '8' is not a time HH:MM (00:00 to 24:00)");
    CHECK(error_of("[did.1]\nprofile = 1,2,3\n") ==
          "s.ini:2: profile: want office, flat, or 24 weights separated by commas (hour 0 to 23), not 3 values");
    CHECK(error_of("[did.1]\nforward = 604\n") == "s.ini:2: forward: '604': want EXT:NUMBER");
    CHECK(error_of("[group.601]\nring = random\n") == "s.ini:2: ring: 'random': want in_order or all");
    CHECK(error_of("[group.601]\nmembers = 401, x2\n") == "s.ini:2: members: 'x2' is not a number of 1 to 8 digits");
    CHECK(error_of("just words\n") == "s.ini:1: 'just words' is not KEY = VALUE or [SECTION]");
}

TEST_CASE("traffic scenario: whole-scenario mistakes name the sections involved") {
    CHECK(error_of("[site]\n") == "s.ini: no [did.NUMBER] section: calls arrive on DIDs");
    CHECK(error_of("[did.2301]\ngroup = 601\n") == "s.ini: [did.2301] rings group 601, which has no [group.601] section");
    CHECK(error_of("[did.2301]\ncalls_per_day = 3\n[group.601]\nmembers = 401\n") ==
          "s.ini: [did.2301] needs exactly one of group = GROUP or forward = EXT:NUMBER");
    CHECK(error_of(kMinimal + "[group.602]\n") == "s.ini: [group.602] has no members");
    CHECK(error_of(kMinimal + "overflow_to = 609\n") ==
          "s.ini: [group.601] overflows to 609, which has no [group.609] section");
    CHECK(error_of(kMinimal + "overflow_to = 602\n[group.602]\nmembers = 402\noverflow_to = 601\n") ==
          "s.ini: the overflow from group 601 comes back to group 601: overflows must end somewhere");
    CHECK(error_of(kMinimal + "transfer_percent = 10\n") ==
          "s.ini: [group.601] transfers calls but names no transfer_to extension");
    CHECK(error_of(kMinimal + "[group.602]\nmembers = 601\n") == "s.ini: 601 is both an ICD group and an operator extension");
    CHECK(error_of("[did.2301]\ngroup = 601\nprofile = " + std::string("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0") +
                   "\ncalls_per_day = 5\n[group.601]\nmembers = 401\n") ==
          "s.ini: [did.2301] has calls but a profile of zeros");
}

TEST_CASE("traffic scenario: defaults, [operators] and [operator.N] in that order") {
    auto s = parse_scenario("[did.2301]\ngroup = 601\ncalls_per_day = 10\n[group.601]\nmembers = 401, 402\n"
                            "transfer_percent = 5\ntransfer_to = 410\n"
                                       "[operators]\ntalk = exp:100\n[operator.402]\ntalk = fixed:30\nshift = none\n",
                            "s.ini");
    CHECK(s.days == 1);
    CHECK(s.trunks == 30);
    CHECK_FALSE(s.patience);
    CHECK(s.print_did);
    CHECK(s.short_abandon_s == 5);
    REQUIRE(s.operators.size() == 3);  // members and the transfer target
    const auto* a = s.op("401");
    const auto* b = s.op("402");
    const auto* t = s.op("410");
    REQUIRE((a && b && t));
    CHECK(a->talk.text() == "exp:100");
    CHECK(b->talk.text() == "fixed:30");
    CHECK(t->talk.text() == "exp:100");
    CHECK(a->answer.text() == "uniform:3:10");
    CHECK(a->shifts.size() == 1);
    CHECK(a->shifts[0].from_s == 8 * 3600);
    CHECK(a->shifts[0].to_s == 18 * 3600);
    CHECK(b->shifts.empty());
    const auto* g = s.group("601");
    REQUIRE(g);
    CHECK(g->ring == RingMode::InOrder);
    CHECK(g->no_answer_s == 15);
    CHECK_FALSE(g->overflow_to);
    CHECK(s.dids[0].profile[10] == 10);  // the office profile
    CHECK(s.dids[0].profile[3] == 0);
    CHECK_FALSE(s.dids[0].even);
}

TEST_CASE("traffic scenario: comments, blank lines and spaces are allowed") {
    auto s = parse_scenario("# a comment\n\n  [site]  \n  days = 3   # three days\r\n" + kMinimal, "s.ini");
    CHECK(s.days == 3);
}

TEST_CASE("traffic scenario: every built-in reads, and an unknown name is no file") {
    for (const auto& name : builtin_scenarios()) {
        INFO(name);
        auto s = load_scenario(name);
        CHECK(s.name == name);
        CHECK_FALSE(s.dids.empty());
    }
    CHECK_THROWS_WITH(load_scenario("/nonexistent/rush.ini"),
                      "cannot read the scenario /nonexistent/rush.ini: it is no file and no built-in scenario "
                      "(quiet-day, busy-hour, trunks-busy, transfers, mmn)");
}

TEST_CASE("traffic distributions: parsed as written, drawn in whole seconds, with the means they state") {
    CHECK(parse_distribution("fixed:20").text() == "fixed:20");
    CHECK(parse_distribution("uniform:2.5:9").text() == "uniform:2.5:9");
    CHECK(parse_distribution("exp:180").text() == "exp:180");
    CHECK(parse_distribution("lognormal:180:0.6").text() == "lognormal:180:0.6");
    Rng rng(42, "test");
    auto mean_of = [&](const Distribution& d, double& cv) {
        constexpr int kDraws = 200000;
        double sum = 0, sq = 0;
        for (int i = 0; i < kDraws; ++i) {
            double v = static_cast<double>(d.draw(rng));
            REQUIRE(v >= 0);
            sum += v;
            sq += v * v;
        }
        double mean = sum / kDraws;
        cv = std::sqrt(sq / kDraws - mean * mean) / mean;
        return mean;
    };
    double cv = 0;
    CHECK(mean_of(parse_distribution("fixed:20"), cv) == 20);
    CHECK(std::abs(mean_of(parse_distribution("uniform:10:30"), cv) - 20) < 0.1);
    CHECK(std::abs(mean_of(parse_distribution("exp:180"), cv) - 180) < 2);
    CHECK(std::abs(cv - 1) < 0.02);
    CHECK(std::abs(mean_of(parse_distribution("lognormal:180:0.6"), cv) - 180) < 2);
    CHECK(std::abs(cv - 0.6) < 0.02);
}

TEST_CASE("traffic random streams: the same seed and name give the same numbers, others differ") {
    Rng a(7, "operator.401"), b(7, "operator.401"), c(7, "operator.402"), d(8, "operator.401");
    std::vector<std::uint64_t> va, vb, vc, vd;
    for (int i = 0; i < 10; ++i) {
        va.push_back(a.below(1000000));
        vb.push_back(b.below(1000000));
        vc.push_back(c.below(1000000));
        vd.push_back(d.below(1000000));
    }
    CHECK(va == vb);
    CHECK(va != vc);
    CHECK(va != vd);
}
