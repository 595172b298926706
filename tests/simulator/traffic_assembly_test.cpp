// What the traffic model prints is what call assembly reads back: every call's outcome, wait,
// talk, answering operator and groups equal the model's truth.
#include "common/calls/assembler.h"
#include "common/smdr/parser.h"
#include "tests/simulator/traffic_support.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>

using namespace kxcti;
using namespace kxcti::test;

namespace {

calls::LocalSeconds local(const sim::TrafficStart& s, std::int64_t model_s) {
    auto t = sim::stamp(s.year, s.month, s.day, model_s);
    return calls::to_local_seconds(smdr::CivilDate{t.year, t.month, t.day}, t.hour, t.minute, t.second);
}

std::string expected_outcome(const sim::TruthCall& c) {
    return std::string(sim::to_string(c.outcome));
}

struct Comparison {
    std::size_t matched = 0, unmatched = 0;
    std::map<std::string, std::size_t> mismatches;  // field -> count
    std::vector<std::string> examples;
    std::size_t long_queue_calls = 0;  // see long_queue(): compared like the others
};

// A call whose members rang late in a long group stage: their NA legs are printed minutes after
// the call's previous record, and the group's leg (which began long before) after them. The
// chain rule alone split such calls; the group leg's span gathers them (assembler.cpp, R2b).
bool long_queue(const sim::TruthCall& c, const calls::AssemblyOptions& o) {
    for (const auto& leg : c.rang) {
        if (leg.answered) continue;
        for (const auto& st : c.stages)
            if (st.group == leg.group && st.entered_s <= leg.started_s && leg.started_s <= st.left_s &&
                leg.started_s + leg.ring_s - st.entered_s > o.chain_gap_s)
                return true;
    }
    return false;
}

// The site's groups as configured (604 forwards in the short-wait scenario: not a group, though in 6xx).
calls::AssemblyOptions site_options(const sim::Scenario& scenario) {
    calls::AssemblyOptions o;
    for (const auto& g : scenario.groups) o.groups.push_back(g.number);
    o.group_first = 1;
    o.group_last = 0;
    return o;
}

Comparison compare(const TrafficRun& run, const sim::Scenario& scenario, sim::TrafficStart start) {
    smdr::Parser parser;
    std::vector<calls::JournalRecord> records;
    std::int64_t id = 0;
    for (const auto& line : run.lines) {
        auto p = parser.feed(line);
        ++id;
        if (p.kind == smdr::LineKind::Record) records.push_back({id, p.record});
    }
    const auto options = site_options(scenario);
    auto assembled = calls::assemble(records, options);
    Comparison cmp;
    std::vector<bool> used(assembled.size());
    for (const auto& t : run.calls)
        if (t.outcome != sim::TruthOutcome::Blocked && long_queue(t, options)) ++cmp.long_queue_calls;
    for (const auto& t : run.calls) {
        if (t.outcome == sim::TruthOutcome::Blocked) continue;
        // The assembled call with this trunk and party whose time window holds the truth's end.
        std::optional<std::size_t> found;
        auto end = local(start, t.end_s);
        for (std::size_t i = 0; i < assembled.size() && !found; ++i) {
            const auto& c = assembled[i];
            if (used[i] || !c.end || c.co != t.trunk) continue;
            if (t.incoming ? c.caller != t.caller : c.dialed != t.dialed) continue;
            if (c.end->earliest <= end && end <= c.end->latest) found = i;
        }
        if (!found) {
            ++cmp.unmatched;
            if (cmp.examples.size() < 10) cmp.examples.push_back("no call for truth " + std::to_string(t.id));
            continue;
        }
        used[*found] = true;
        ++cmp.matched;
        const auto& c = assembled[*found];
        auto differ = [&](const std::string& field, const std::string& want, const std::string& got) {
            if (want == got) return;
            ++cmp.mismatches[field];
            if (cmp.examples.size() < 10)
                cmp.examples.push_back("call " + std::to_string(t.id) + " " + field + ": truth " + want + ", assembled " +
                                       got + "\n" + calls::describe(c));
        };
        auto opt = [](const auto& v) {
            std::ostringstream os;
            if (v) os << *v;
            else os << "null";
            return os.str();
        };
        differ("outcome", expected_outcome(t), std::string(calls::to_string(c.outcome)));
        differ("wait", opt(t.wait_s), opt(c.wait_s));
        differ("talk", opt(t.talk_s), opt(c.talk_s));
        differ("answered_by", opt(t.incoming ? t.answered_by : std::optional<std::string>()),
               opt(t.incoming ? c.answered_by : std::optional<std::string>()));
        std::string tg, cg;
        for (const auto& g : t.groups) tg += g + " ";
        for (const auto& g : c.groups) cg += g + " ";
        differ("groups", tg, cg);
        differ("transferred", t.transferred_to ? "yes" : "no", c.transferred ? "yes" : "no");
    }
    for (std::size_t i = 0; i < assembled.size(); ++i)
        if (!used[i]) {
            ++cmp.unmatched;
            if (cmp.examples.size() < 10) cmp.examples.push_back("assembled call without truth:\n" + calls::describe(assembled[i]));
        }
    return cmp;
}

} // namespace

// Short waits (patience at most 25 s, overflow after 14 s): every call is compared. Hunting in
// order with a member who lets calls ring, ring-all, overflow, transfers with consultation,
// a DID forwarded to a trunk, call-backs, redials, withheld numbers, LOG IN / LOG OUT.
const char* const kShortWaits = R"(
[site]
days = 2
trunks = 12
patience = uniform:3:25
redial_percent = 40
redial_after = uniform:60:600
withheld_percent = 5
[operators]
talk = lognormal:150:0.6
answer = uniform:2:9
[operator.402]
no_answer_percent = 30
[did.2301]
group = 601
calls_per_day = 260
[did.2302]
group = 602
calls_per_day = 60
[did.2309]
forward = 604:3356182041
calls_per_day = 15
[group.601]
members = 401, 402, 403
no_answer_s = 8
overflow_after_s = 14
overflow_to = 602
transfer_percent = 15
transfer_to = 410
callback_percent = 50
[group.602]
members = 405, 406
ring = all
callback_percent = 30
)";

TEST_CASE("traffic: call assembly reads back every call's truth when waits are short") {
    auto scenario = sim::parse_scenario(kShortWaits, "short-waits");
    for (auto layout : {sim::Layout::A, sim::Layout::C}) {
        INFO("layout " << (layout == sim::Layout::A ? "A" : "C"));
        sim::TrafficStart start;
        auto run = run_traffic(scenario, 3, layout, start);
        // Every feature is exercised.
        REQUIRE(run.stats.lost_at_operator > 0);
        REQUIRE(run.stats.lost_in_queue > 0);
        REQUIRE(run.stats.short_abandons > 0);
        REQUIRE(run.stats.overflows > 0);
        REQUIRE(run.stats.transfers > 0);
        REQUIRE(run.stats.forwarded > 0);
        REQUIRE(run.stats.callbacks > 0);
        auto cmp = compare(run, scenario, start);
        std::string examples;
        for (const auto& e : cmp.examples) examples += e + "\n";
        INFO(examples);
        CHECK(cmp.long_queue_calls == 0);
        CHECK(cmp.unmatched == 0);
        CHECK(cmp.mismatches.empty());
        CHECK(cmp.matched == run.calls.size() - run.stats.blocked);
    }
}

TEST_CASE("traffic: call assembly reads back the built-in scenarios, long queue stages included") {
    for (const std::string name : {"quiet-day", "busy-hour", "trunks-busy", "transfers"}) {
        for (auto layout : {sim::Layout::A, sim::Layout::C}) {
            INFO(name << " layout " << (layout == sim::Layout::A ? "A" : "C"));
            sim::TrafficStart start;
            auto scenario = builtin(name);
            auto run = run_traffic(scenario, 7, layout, start);
            auto cmp = compare(run, scenario, start);
            std::string examples;
            for (const auto& e : cmp.examples) examples += e + "\n";
            INFO(examples);
            INFO(cmp.long_queue_calls << " calls with a long queue stage among " << run.calls.size());
            CHECK(cmp.unmatched == 0);
            CHECK(cmp.mismatches.empty());
            CHECK(cmp.matched + run.stats.blocked == run.calls.size());
            if (name == "busy-hour") CHECK(cmp.long_queue_calls > 0);
        }
    }
}
