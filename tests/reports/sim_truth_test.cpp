// Reports against the simulator's ground truth. The real kxcti-pbxsim runs each scenario (a quiet
// day, an overloaded busy hour with overflow and ring-all, too few trunks, transfers and a
// forwarded DID, short waits with every feature at once, long queues), its SMDR output is
// imported into a real SQLite file and the reports are run on it as `kxcti-server report` does.
// Every count equals the truth exactly, per site, per group, per operator and per hour; waits
// and talk are printed to the second, so their sums, means and maxima equal the truth's too.
// Every call is also matched to its truth one by one. Arrivals are the one thing the PBX prints
// to the minute only: a call is placed at the earliest second its records allow, at most 59 s
// before it truly arrived.
#include "tests/reports/expected_figures.h"

#include "common/reports/call_view.h"
#include "common/reports/erlang.h"
#include "common/reports/loader.h"
#include "common/reports/reports.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kxcti;
using namespace kxcti::test;
using reports::as_int;

namespace {

// The site as configured: the groups the truth names, with the members that rang in them.
reports::SiteModel site_of(const std::vector<Truth>& truth) {
    reports::SiteModel site;
    std::map<std::string, std::set<std::string>> groups;
    for (const auto& t : truth) {
        for (const auto& g : t.groups) groups[g];
        for (const auto& r : t.rang) groups[r.group].insert(r.ext);
    }
    for (const auto& [g, members] : groups) site.groups.push_back({g, "group " + g, {members.begin(), members.end()}});
    return site;
}

reports::ReportQuery query_of(const std::string& name, const std::vector<Truth>& truth, reports::Params extra = {}) {
    calls::LocalSeconds first = truth.front().start, last = truth.front().end;
    for (const auto& t : truth) {
        first = std::min(first, t.start);
        last = std::max(last, t.end);
    }
    // A call is placed up to 59 s before it truly arrived (the PBX prints minutes).
    extra.emplace_back("from", reports::date_text(first - 60));
    extra.emplace_back("to", reports::date_text(last));
    return reports::parse_query(name, extra);
}

std::string text_of(const reports::Value& v) { return reports::as_text(v).value_or("?"); }

// Row index by the value of `key` (group, ext, bucket); fails the test when absent.
std::size_t row_of(const reports::Report& r, std::string_view key, const std::string& value) {
    for (std::size_t i = 0; i < r.rows.size(); ++i)
        if (text_of(r.cell(i, key)) == value) return i;
    FAIL("report " << r.name << " has no row " << key << " = " << value);
    return 0;
}

Cell row_cells(const reports::Report& r, std::size_t row) {
    return [&r, row](std::string_view k) -> const reports::Value& { return r.cell(row, k); };
}
Cell total_cells(const reports::Report& r) {
    return [&r](std::string_view k) -> const reports::Value& { return r.total(k); };
}

std::string opt(const std::optional<std::string>& s) { return s.value_or("null"); }
std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string opt(const std::optional<int>& v) { return v ? std::to_string(*v) : "null"; }

struct Matched {
    const Truth* truth;
    const calls::Call* call;
};

// Each truth call (blocked ones never reached the PBX) to the assembled call on its trunk and
// with its party whose end window holds the truth's end; every assembled call must be used.
std::vector<Matched> match(const std::vector<Truth>& truth, const std::vector<calls::Call>& assembled) {
    std::vector<Matched> out;
    std::vector<bool> used(assembled.size());
    auto key = [](bool incoming, const std::optional<std::string>& co, const std::optional<std::string>& party) {
        return std::string(incoming ? "in " : "out ") + co.value_or("-") + " " + party.value_or("-");
    };
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < assembled.size(); ++i) {
        const auto& c = assembled[i];
        const bool in = c.direction == calls::CallDirection::In;
        by_key[key(in, c.co, in ? c.caller : c.dialed)].push_back(i);
    }
    for (const auto& t : truth) {
        if (t.outcome == "blocked") continue;
        const calls::Call* found = nullptr;
        for (auto i : by_key[key(t.incoming, t.trunk, t.incoming ? t.caller : t.dialed)]) {
            const auto& c = assembled[i];
            if (!used[i] && c.end && c.end->earliest <= t.end && t.end <= c.end->latest) {
                found = &c;
                used[i] = true;
                break;
            }
        }
        INFO("truth call " << t.id << " (" << t.outcome << ", caller " << opt(t.caller) << ", trunk " << opt(t.trunk)
                           << ", ended " << calls::format_local(t.end) << ")");
        REQUIRE(found);
        out.push_back({&t, found});
    }
    for (std::size_t i = 0; i < assembled.size(); ++i) {
        INFO("assembled call without truth:\n" << calls::describe(assembled[i]));
        CHECK(used[i]);
    }
    return out;
}

void check_call(const Matched& m) {
    const Truth& t = *m.truth;
    const calls::Call& c = *m.call;
    INFO("truth call " << t.id << " assembled as\n" << calls::describe(c));
    CHECK(std::string(calls::to_string(c.outcome)) == t.outcome);
    CHECK(opt(c.wait_s) == (t.incoming && t.outcome != "forwarded_out" ? opt(t.wait_s) : opt(c.wait_s)));
    CHECK(opt(c.talk_s) == opt(t.talk_s));
    if (t.incoming) CHECK(opt(c.answered_by) == opt(t.answered_by));
    CHECK(c.groups == t.groups);
    CHECK(c.transferred == t.transferred_to.has_value());
    // A withheld caller keys on the trunk alone: a group leg right after an answered call on the
    // same trunk could be that call transferred back into the group, and is flagged so.
    if (t.caller) CHECK_FALSE(c.flags.grouping_uncertain);
    const auto arrived = reports::arrival(c);
    CHECK(arrived <= t.start);
    CHECK(arrived > t.start - 60);
}

struct Checked {
    std::size_t calls = 0, offered = 0, answered = 0, lost = 0, short_abandons = 0, overflowed = 0, transferred = 0,
                forwarded = 0, blocked = 0, groups = 0, operators = 0, hours = 0;
};

// Runs the scenario through the simulator, the importer, the loader and the reports, and checks
// every figure against the truth.
Checked check_scenario(const std::string& scenario, int seed, const std::string& layout = "A") {
    ScratchDir dir("kxcti-simtruth");
    auto sim = simulate_and_import(dir, scenario, seed, layout);
    const auto& truth = sim.truth;
    REQUIRE(!truth.empty());
    auto db = storage::open_database(sim.db_path);
    const auto site = site_of(truth);
    const auto& thr = site.thresholds;
    Checked n;
    n.calls = truth.size();

    // Call by call.
    const auto all = query_of("calls", truth);
    auto loaded = reports::load_calls(db, all.from, all.to, reports::assembly_options(site), 0, false);
    const auto matched = match(truth, loaded.calls);
    for (const auto& m : matched) check_call(m);

    // Site totals (summary) and per hour of arrival (hourly).
    ExpectedFigures site_fig;
    std::map<std::string, ExpectedFigures> hours;
    std::map<std::string, ExpectedFigures> groups;
    const reports::Grouping hourly{reports::GroupBy::Minutes, 60};
    for (const auto& m : matched) {
        const Truth& t = *m.truth;
        if (!t.offered()) continue;
        site_fig.add(t, t.outcome, false);
        hours[reports::bucket_of(reports::arrival(*m.call), hourly)->label].add(t, t.outcome, false);
        for (std::size_t k = 0; k < t.groups.size(); ++k)
            groups[t.groups[k]].add(t, k + 1 < t.groups.size() ? "overflow" : t.outcome, true);
    }
    for (const auto& t : truth) {
        n.blocked += t.outcome == "blocked";
        if (!t.offered()) continue;
        ++n.offered;
        n.answered += t.outcome == "answered";
        n.lost += t.lost();
        n.short_abandons += t.outcome == "short_abandon";
        n.overflowed += t.groups.size() > 1;
        n.transferred += t.transferred_to.has_value();
        n.forwarded += t.outcome == "forwarded_out";
    }
    {
        INFO("summary");
        auto r = reports::report_from_database(db, query_of("summary", truth), site);
        check_figures(total_cells(r), site_fig);
        std::int64_t outgoing = 0;
        for (const auto& t : truth) outgoing += !t.incoming;
        CHECK(as_int(r.total("outgoing")) == outgoing);
    }
    {
        auto r = reports::report_from_database(db, query_of("hourly", truth), site);
        CHECK(r.rows.size() == hours.size());
        for (const auto& [label, e] : hours) {
            INFO("hourly " << label);
            check_figures(row_cells(r, row_of(r, "bucket", label)), e);
        }
        n.hours = hours.size();
    }

    // Per group stage: answered or lost in the group where the call ended, overflowed from the others.
    {
        auto r = reports::report_from_database(db, query_of("groups", truth), site);
        CHECK(r.rows.size() == groups.size());
        for (const auto& [g, e] : groups) {
            INFO("group " << g);
            const auto row = row_of(r, "group", g);
            check_figures(row_cells(r, row), e);
            std::int64_t rang = 0, no_answer = 0;
            for (const auto& t : truth)
                for (const auto& l : t.rang)
                    if (l.group == g) {
                        ++rang;
                        no_answer += !l.answered;
                    }
            CHECK(as_int(r.cell(row, "operators_rang")) == rang);
            CHECK(as_int(r.cell(row, "ring_no_answer")) == no_answer);
        }
        n.groups = groups.size();
    }

    // Per operator.
    {
        auto r = reports::report_from_database(db, query_of("operators", truth), site);
        const auto ops = expected_operators(truth, thr.slow_answer_ring_s);
        CHECK(r.rows.size() == ops.size());
        std::int64_t talk = 0;
        for (const auto& [ext, e] : ops) {
            INFO("operator " << ext);
            const auto row = row_of(r, "ext", ext);
            check_operator(row_cells(r, row), e);
            talk += as_int(r.cell(row, "talk_s")).value_or(-1);
        }
        CHECK(talk == site_fig.talk_sum);  // transferred calls' talk, split between two operators
        n.operators = ops.size();
    }
    return n;
}

// kShortWaits of the simulator's own assembly test, its forward moved off the 6xx range (an
// unconfigured 6xx extension is read as an ICD group).
const char* const kEveryFeature = R"(
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
forward = 204:3356182041
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

// Long queues hunting in order: members ring one after another with minutes in the queue
// between them, and callers who lose patience while a member rings.
const char* const kLongQueues = R"(
[site]
days = 1
trunks = 30
patience = uniform:60:540
redial_percent = 20
[operators]
talk = lognormal:240:0.5
answer = uniform:3:20
no_answer_percent = 20
[did.2301]
group = 601
calls_per_day = 700
[group.601]
members = 401, 402, 403, 404
no_answer_s = 15
)";

} // namespace

TEST_CASE("simulator truth: a quiet day") {
    auto n = check_scenario("quiet-day", 11);
    CHECK(n.offered > 100);
    CHECK(n.lost > 0);
}

TEST_CASE("simulator truth: an overloaded busy hour with overflow to a ring-all group") {
    auto n = check_scenario("busy-hour", 12);
    CHECK(n.overflowed > 50);
    CHECK(n.lost > 100);
    CHECK(n.transferred > 0);
}

TEST_CASE("simulator truth: all trunks busy (blocked callers never reach the PBX)") {
    auto n = check_scenario("trunks-busy", 13);
    CHECK(n.blocked > 50);
}

TEST_CASE("simulator truth: transfers after consultation and a DID forwarded to a trunk") {
    auto n = check_scenario("transfers", 14);
    CHECK(n.transferred > 50);
    CHECK(n.forwarded > 10);
}

TEST_CASE("simulator truth: every feature at once with short waits, layouts A and C") {
    for (const std::string layout : {"A", "C"}) {
        INFO("layout " << layout);
        auto n = check_scenario(kEveryFeature, 15, layout);
        CHECK(n.short_abandons > 0);
        CHECK(n.overflowed > 0);
        CHECK(n.forwarded > 0);
    }
}

TEST_CASE("simulator truth: long queues, members ringing in turn minutes apart") {
    auto n = check_scenario(kLongQueues, 16);
    CHECK(n.lost > 50);
}

TEST_CASE("simulator truth: ten days of M/M/10 at 8 Erlangs, the service-level report lands on Erlang C") {
    ScratchDir dir("kxcti-simtruth");
    auto sim = simulate_and_import(dir, "mmn", 1);
    REQUIRE(sim.truth.size() > 35000);
    auto db = storage::open_database(sim.db_path);
    const auto site = site_of(sim.truth);
    auto r = reports::report_from_database(db, query_of("summary", sim.truth), site);
    std::int64_t within = 0;
    for (const auto& t : sim.truth) within += *t.wait_s <= kT;
    const auto n = static_cast<std::int64_t>(sim.truth.size());
    CHECK(as_int(r.total("offered")) == n);
    CHECK(as_int(r.total("answered")) == n);  // nobody gives up, nobody is blocked
    const double measured = *reports::as_double(r.total("service_level"));
    CHECK(measured == Approx(static_cast<double>(within) / static_cast<double>(n)).margin(1e-12));
    const auto erlang = reports::erlang_c(8.0, 10, 180.0, static_cast<double>(kT));
    INFO("service level " << measured << " vs Erlang C " << erlang.service_level);
    CHECK(std::abs(measured - erlang.service_level) < 0.02);
}
