// The traffic model on its own: exact figures for scenarios small enough to work out by hand,
// and the invariants of every built-in scenario (queueing theory: traffic_queueing_test.cpp).
#include "tests/simulator/traffic_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace kxcti;
using namespace kxcti::test;

namespace {

// "HH:MM EXT CO DIAL RING DURATION CD" of a printed record (blank fields as '-').
std::string compact(const sim::SimRecord& r) {
    char t[8];
    std::snprintf(t, sizeof t, "%02d:%02d", r.hour % 100, r.minute % 100);
    auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("-"); };
    return std::string(t) + " " + r.ext + " " + (r.co.empty() ? "-" : r.co) + " " + r.dial + " " + opt(r.ring_s) +
           " " + opt(r.duration_s) + " " + (r.cd.empty() ? "-" : r.cd);
}

std::vector<std::string> compact_all(const TrafficRun& run) {
    std::vector<std::string> out;
    for (const auto& r : run.records) out.push_back(compact(r));
    return out;
}

const sim::TruthCall& call(const TrafficRun& run, std::uint64_t id) {
    auto it = std::find_if(run.calls.begin(), run.calls.end(), [&](const sim::TruthCall& c) { return c.id == id; });
    REQUIRE(it != run.calls.end());
    return *it;
}

std::int64_t at(int h, int m, int s) { return h * 3600 + m * 60 + s; }

} // namespace

TEST_CASE("traffic: one operator, six calls worked out by hand") {
    // Calls at 9:05, 9:15, ... 9:55 (six evenly spaced in hour 9); the operator answers after
    // 10 s, talks 700 s, wraps up 30 s; callers wait at most 300 s. Withheld numbers: bare <I>.
    auto scenario = sim::parse_scenario(R"(
[site]
trunks = 5
patience = fixed:300
withheld_percent = 100
[operators]
answer = fixed:10
talk = fixed:700
wrapup = fixed:30
[did.2301]
group = 601
calls_per_day = 6
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401
)",
                                        "by-hand");
    auto run = run_traffic(scenario, 1, sim::Layout::A);
    const std::string d = "<D>2301<I>";
    CHECK(compact_all(run) == std::vector<std::string>{
                                  "08:00 401 - LOG IN - - -",
                                  "09:05 601 01 " + d + " 10 0 -",    // 1: answered at 9:05:10
                                  "09:16 401 01 " + d + " 10 700 -",  // 1: talk ends 9:16:50, free 9:17:20
                                  "09:17 601 02 " + d + " 150 0 -",   // 2 (9:15): answered 9:17:30
                                  "09:29 401 02 " + d + " 10 700 -",  // 2: ends 9:29:10, free 9:29:40
                                  "09:29 601 01 " + d + " 290 0 -",   // 3 (9:25): answered 9:29:50
                                  "09:40 601 02 " + d + " 300 0 NA",  // 4 (9:35): gives up at 9:40:00
                                  "09:41 401 01 " + d + " 10 700 -",  // 3: ends 9:41:30, free 9:42:00
                                  "09:45 601 01 " + d + " 10 0 -",    // 5 (9:45): answered 9:45:10
                                  "09:56 401 01 " + d + " 10 700 -",  // 5: ends 9:56:50, free 9:57:20
                                  "09:57 601 02 " + d + " 150 0 -",   // 6 (9:55): answered 9:57:30
                                  "10:09 401 02 " + d + " 10 700 -",  // 6: ends 10:09:10
                                  "18:00 401 - LOG OUT - - -",
                              });
    REQUIRE(run.calls.size() == 6);
    const std::int64_t waits[] = {10, 150, 290, 300, 10, 150};
    const std::int64_t starts[] = {at(9, 5, 0), at(9, 15, 0), at(9, 25, 0), at(9, 35, 0), at(9, 45, 0), at(9, 55, 0)};
    for (std::uint64_t id = 1; id <= 6; ++id) {
        INFO("call " << id);
        const auto& c = call(run, id);
        CHECK(c.start_s == starts[id - 1]);
        CHECK(c.wait_s == waits[id - 1]);
        CHECK(c.did == "2301");
        CHECK_FALSE(c.caller);
        CHECK(c.groups == std::vector<std::string>{"601"});
        REQUIRE(c.stages.size() == 1);
        CHECK(c.stages[0].left_s - c.stages[0].entered_s == waits[id - 1]);
        if (id == 4) {
            CHECK(c.outcome == sim::TruthOutcome::LostInQueue);
            CHECK(c.lost_where == "queue");
            CHECK_FALSE(c.talk_s);
            CHECK(c.rang.empty());
            CHECK(c.end_s == at(9, 40, 0));
            CHECK(c.records == 1);
        } else {
            CHECK(c.outcome == sim::TruthOutcome::Answered);
            CHECK(c.talk_s == 700);
            CHECK(c.answered_by == "401");
            CHECK(c.answer_ring_s == 10);
            CHECK(c.rang == std::vector<sim::TruthLeg>{{"401", "601", c.start_s + waits[id - 1] - 10, 10, true}});
            CHECK(c.end_s == c.start_s + waits[id - 1] + 700);
            CHECK(c.records == 2);
        }
    }
    CHECK(call(run, 2).trunk == "02");
    CHECK(call(run, 3).trunk == "01");  // the lowest free CO line
    CHECK(run.stats.calls == 6);
    CHECK(run.stats.answered == 5);
    CHECK(run.stats.lost_in_queue == 1);
    CHECK(run.stats.records == 11);
}

TEST_CASE("traffic: a member who lets it ring out, round after round, until the caller hangs up") {
    auto scenario = sim::parse_scenario(R"(
[site]
patience = fixed:25
withheld_percent = 100
log_in_out = no
print_did = no
[operators]
no_answer_percent = 100
[did.2301]
group = 601
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401
no_answer_s = 10
)",
                                        "ring-out");
    auto run = run_traffic(scenario, 1, sim::Layout::C);
    // The only call comes at 9:30:00; 401 rings 10 s, again 10 s, again until 9:30:25.
    CHECK(compact_all(run) == std::vector<std::string>{
                                  "09:30 401 01 <I> 10 0 NA",
                                  "09:30 401 01 <I> 10 0 NA",
                                  "09:30 401 01 <I> 5 0 NA",
                                  "09:30 601 01 <I> 25 0 NA",
                              });
    REQUIRE(run.calls.size() == 1);
    const auto& c = run.calls[0];
    CHECK(c.outcome == sim::TruthOutcome::LostAtOperator);
    CHECK(c.lost_where == "operator");
    CHECK(c.wait_s == 25);
    CHECK(c.rang == std::vector<sim::TruthLeg>{{"401", "601", at(9, 30, 0), 10, false},
                                               {"401", "601", at(9, 30, 10), 10, false},
                                               {"401", "601", at(9, 30, 20), 5, false}});
}

TEST_CASE("traffic: overflow, ring-all, a transfer, a forward and a call-back, worked out by hand") {
    // 9:30:00 a call to 601 (401 lets it ring out: 8 s, then again, a new round) overflows after 12 s
    // to 602, where 405 and 406 ring together; 406 answers after 3 s, talks 60 s, consults 410
    // (answers after 3 s, 20 s consultation) and transfers; 410 talks 60 s. A forwarded call
    // at 9:30:00 on DID 2309 talks 120 s (forward_talk). Patience none: nobody hangs up.
    auto scenario = sim::parse_scenario(R"(
[site]
patience = none
withheld_percent = 100
log_in_out = no
print_did = no
forward_talk = fixed:120
[operators]
answer = fixed:3
talk = fixed:60
[operator.401]
no_answer_percent = 100
[operator.405]
answer = fixed:9
[did.2301]
group = 601
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[did.2309]
forward = 204:3356182041
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401
no_answer_s = 8
overflow_after_s = 12
overflow_to = 602
[group.602]
members = 405, 406
ring = all
transfer_percent = 100
transfer_to = 410
consult = fixed:20
)",
                                        "by-hand-2");
    auto run = run_traffic(scenario, 1, sim::Layout::A);
    CHECK(compact_all(run) == std::vector<std::string>{
                                  "09:30 401 01 <I> 8 0 NA",        // 9:30:08
                                  "09:30 401 01 <I> 4 0 NA",        // rang again: cut by the overflow
                                  "09:30 601 01 <I> 12 0 -",        // 9:30:12: overflow
                                  "09:30 602 01 <I> 3 0 -",         // 9:30:15: 406 answers
                                  "09:31 406 - EXT410 - - -",       // 9:31:15 + 3 + 20 = 9:31:38
                                  "09:31 406 01 <I> 3 83 -",        // answered 9:30:15 .. 9:31:38
                                  "09:32 204 02 <I> 0 120 -",       // the forward ends 9:32:00
                                  "09:32 204 03 3356182041 - 120 FW",
                                  "09:32 410 01 <I> 0 60 -",        // 9:32:38
                              });
    REQUIRE(run.calls.size() == 2);
    const auto& fw = call(run, 2);
    CHECK(fw.outcome == sim::TruthOutcome::ForwardedOut);
    CHECK(fw.talk_s == 120);
    CHECK(fw.wait_s == 0);
    CHECK(fw.ext == "204");
    CHECK(fw.dialed == "3356182041");
    CHECK(fw.trunk == "02");
    CHECK(fw.forward_trunk == "03");
    const auto& c = call(run, 1);
    CHECK(c.outcome == sim::TruthOutcome::Answered);
    CHECK(c.groups == std::vector<std::string>{"601", "602"});
    CHECK(c.stages == std::vector<sim::TruthStage>{{"601", at(9, 30, 0), at(9, 30, 12)},
                                                   {"602", at(9, 30, 12), at(9, 30, 15)}});
    CHECK(c.wait_s == 15);
    CHECK(c.answered_by == "406");
    CHECK(c.answer_ring_s == 3);
    CHECK(c.transferred_to == "410");
    CHECK(c.talk_s == 83 + 60);
    // 405 rang too, but stopped when 406 answered: the PBX prints nothing for it.
    CHECK(c.rang == std::vector<sim::TruthLeg>{{"401", "601", at(9, 30, 0), 8, false},
                                               {"401", "601", at(9, 30, 8), 4, false},
                                               {"406", "602", at(9, 30, 12), 3, true}});
    CHECK(c.records == 7);
    CHECK(run.stats.overflows == 1);
    CHECK(run.stats.transfers == 1);
    CHECK(run.stats.forwarded == 1);
}

TEST_CASE("traffic: lost callers are called back by a free member, with the cost of the call") {
    auto scenario = sim::parse_scenario(R"(
[site]
patience = fixed:20
log_in_out = no
print_did = no
[operators]
shift = 10:00-18:00
[did.2301]
group = 601
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401
callback_percent = 100
callback_after = fixed:600
callback_talk = fixed:61
)",
                                        "callback");
    auto run = run_traffic(scenario, 5, sim::Layout::B);
    REQUIRE(run.calls.size() == 2);
    const auto& lost = call(run, 1);
    REQUIRE(lost.caller);
    CHECK(lost.outcome == sim::TruthOutcome::LostInQueue);  // nobody logged in before 10:00
    CHECK(lost.end_s == at(9, 30, 20));
    // Due at 9:40:20; nobody free until 10:00, tried every minute up to an hour after the loss.
    const auto& back = call(run, 2);
    CHECK_FALSE(back.incoming);
    CHECK(back.outcome == sim::TruthOutcome::Outgoing);
    CHECK(back.callback_of == 1);
    CHECK(back.dialed == lost.caller);
    CHECK(back.ext == "401");
    CHECK(back.start_s == at(10, 0, 20));
    CHECK(back.talk_s == 61);
    REQUIRE(run.records.size() == 2);
    CHECK(run.records[1].cost_cents == 20);  // two started minutes
    CHECK(compact(run.records[1]) == "10:01 401 01 " + *lost.caller + " - 61 -");
}

TEST_CASE("traffic: invariants of every built-in scenario") {
    for (const auto& name : sim::builtin_scenarios()) {
        if (name == "mmn") continue;  // a long run: the Erlang C test below
        INFO(name);
        auto scenario = builtin(name);
        auto run = run_traffic(scenario, 11, sim::Layout::C);
        REQUIRE(run.calls.size() > 100);
        // Records come in time order; each call's records add up to the count printed.
        for (std::size_t i = 1; i < run.records.size(); ++i) {
            const auto& a = run.records[i - 1];
            const auto& b = run.records[i];
            REQUIRE(std::tie(a.year, a.month, a.day, a.hour, a.minute) <= std::tie(b.year, b.month, b.day, b.hour, b.minute));
        }
        std::uint64_t records = 0;
        std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> trunk_use;
        std::map<sim::TruthOutcome, std::uint64_t> outcomes;
        for (const auto& c : run.calls) {
            records += static_cast<std::uint64_t>(c.records);
            ++outcomes[c.outcome];
            INFO("call " << c.id);
            if (c.outcome == sim::TruthOutcome::Blocked) {
                CHECK(c.records == 0);
                CHECK(c.trunk.empty());
                continue;
            }
            trunk_use[c.trunk].push_back({c.start_s, c.end_s});
            if (c.forward_trunk) trunk_use[*c.forward_trunk].push_back({c.start_s, c.end_s});
            if (!c.incoming || c.outcome == sim::TruthOutcome::ForwardedOut) continue;
            // Wait = the time spent in every group; the stages follow each other.
            REQUIRE(!c.stages.empty());
            std::int64_t in_groups = 0;
            for (std::size_t i = 0; i < c.stages.size(); ++i) {
                in_groups += c.stages[i].left_s - c.stages[i].entered_s;
                if (i > 0) CHECK(c.stages[i].entered_s == c.stages[i - 1].left_s);
            }
            CHECK(c.stages.front().entered_s == c.start_s);
            CHECK(c.wait_s == in_groups);
            if (scenario.patience) CHECK(*c.wait_s <= sim::kMaxPrintableWaitS);
            const std::string& last = c.stages.back().group;
            auto answered = std::count_if(c.rang.begin(), c.rang.end(), [](const sim::TruthLeg& l) { return l.answered; });
            bool rang_in_last = std::any_of(c.rang.begin(), c.rang.end(), [&](const sim::TruthLeg& l) { return l.group == last; });
            if (c.outcome == sim::TruthOutcome::Answered) {
                CHECK(answered == 1);
                CHECK(c.rang.back().answered);
                CHECK(c.rang.back().ext == c.answered_by);
                CHECK(c.rang.back().group == last);
                CHECK(c.talk_s >= 0);
            } else {
                CHECK(answered == 0);
                CHECK(c.lost_where == (rang_in_last ? "operator" : "queue"));
                if (c.outcome != sim::TruthOutcome::ShortAbandon)
                    CHECK((c.outcome == sim::TruthOutcome::LostAtOperator) == rang_in_last);
                else
                    CHECK(*c.wait_s < scenario.short_abandon_s);
            }
        }
        CHECK(records == run.stats.records);
        CHECK(outcomes[sim::TruthOutcome::Answered] == run.stats.answered);
        CHECK(outcomes[sim::TruthOutcome::Blocked] == run.stats.blocked);
        CHECK(outcomes[sim::TruthOutcome::Outgoing] == run.stats.callbacks);
        CHECK(run.stats.calls == run.calls.size() - run.stats.callbacks);
        // A CO line carries one call at a time; only the configured lines are used.
        CHECK(trunk_use.size() <= static_cast<std::size_t>(scenario.trunks));
        for (auto& [trunk, uses] : trunk_use) {
            std::sort(uses.begin(), uses.end());
            for (std::size_t i = 1; i < uses.size(); ++i) REQUIRE(uses[i - 1].second <= uses[i].first);
        }
        // A call was blocked only when every line was busy.
        for (const auto& c : run.calls) {
            if (c.outcome != sim::TruthOutcome::Blocked) continue;
            std::size_t busy = 0;
            for (const auto& [trunk, uses] : trunk_use)
                for (const auto& u : uses)
                    if (u.first <= c.start_s && c.start_s <= u.second) ++busy;
            CHECK(busy >= static_cast<std::size_t>(scenario.trunks));
        }
    }
}

TEST_CASE("traffic: each built-in scenario shows what it is named for") {
    auto quiet = run_traffic(builtin("quiet-day"), 1, sim::Layout::A).stats;
    CHECK(quiet.blocked == 0);
    CHECK(quiet.answered * 10 > quiet.calls * 9);  // a quiet day: over 90 % answered
    auto busy = run_traffic(builtin("busy-hour"), 1, sim::Layout::A).stats;
    CHECK(busy.overflows > 100);
    CHECK(busy.lost_in_queue + busy.lost_at_operator + busy.short_abandons > busy.calls / 5);
    CHECK(busy.callbacks > 0);
    auto trunks = run_traffic(builtin("trunks-busy"), 1, sim::Layout::A).stats;
    CHECK(trunks.blocked > trunks.calls / 10);
    auto transfers = run_traffic(builtin("transfers"), 1, sim::Layout::A).stats;
    CHECK(transfers.transfers > transfers.answered / 4);
    CHECK(transfers.forwarded > 10);
}

TEST_CASE("traffic: CO lines above 99 print as 00 in layouts A and B, in full in C") {
    auto scenario = sim::parse_scenario(R"(
[site]
trunks = 101
log_in_out = no
forward_talk = fixed:3000
[did.2309]
forward = 204:3356182041
calls_per_day = 60
profile = 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
)",
                                        "many-lines");
    // Sixty forwards a minute apart (9:00:30, 9:01:30, ...), each holding two lines for 50 minutes:
    // call k takes lines 2k-1 and 2k; the 51st (9:50:30) comes as the first ends, before its
    // lines are free, and is blocked; the later ones reuse the low lines.
    for (auto layout : {sim::Layout::A, sim::Layout::B, sim::Layout::C}) {
        auto run = run_traffic(scenario, 1, layout);
        std::size_t zero = 0, wide = 0;
        for (const auto& r : run.records) {
            if (r.co == "00") ++zero;
            if (r.co.size() == 3) ++wide;
        }
        CHECK(run.stats.blocked == 1);
        CHECK(std::any_of(run.calls.begin(), run.calls.end(), [](const sim::TruthCall& c) { return c.forward_trunk == "100"; }));
        if (layout == sim::Layout::C) {
            CHECK(zero == 0);
            CHECK(wide == 1);
        } else {
            CHECK(zero == 1);
            CHECK(wide == 0);
        }
    }
}
