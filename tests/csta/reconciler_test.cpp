// Reconciling calls seen on the CTI link with SMDR records: exact counts when one call is
// missing on each side, records that arrive while the link is down, calls that end unseen;
// and the same over the real simulator's output (its CSTA calls and its SMDR file).
#include "common/smdr/parser.h"
#include "server/csta/reconciler.h"
#include "tests/csta/sim_rig.h"

#include <catch2/catch.hpp>

#include <map>

using kxcti::server::LiveCall;
using kxcti::server::ReconcileStats;
using kxcti::server::Reconciler;
using kxcti::server::SmdrSeen;

namespace {

constexpr std::int64_t kS = 1'000'000;
constexpr std::int64_t kT0 = 1'700'000'000 * kS;

LiveCall live(const std::string& caller, std::set<std::string> devices, std::int64_t start_s, std::int64_t end_s) {
    LiveCall c;
    c.call_key = "01|" + caller;
    c.caller = caller;
    c.trunk = "01";
    c.devices = std::move(devices);
    c.start_us = kT0 + start_s * kS;
    c.end_us = end_s < 0 ? 0 : kT0 + end_s * kS;
    c.answered = true;
    return c;
}

SmdrSeen rec(const std::string& ext, const std::string& caller, std::int64_t at_s, const std::string& trunk = "01") {
    return SmdrSeen{kT0 + at_s * kS, ext, trunk, caller};
}

} // namespace

TEST_CASE("reconciler: one call missing on each side, counted exactly", "[csta][reconcile]") {
    Reconciler r;
    r.link(true, kT0);
    // A: seen live and printed (group leg at the answer, operator leg at the end).
    r.call(live("0311111111", {"601", "401"}, 0, -1));
    r.record(rec("601", "0311111111", 5));  // arrives while A is still going
    r.call(live("0311111111", {"601", "401"}, 0, 65));
    r.record(rec("401", "0311111111", 66));
    // B: seen live, never printed (a lost SMDR record).
    r.call(live("0322222222", {"602", "402"}, 100, 160));
    // C: printed (two legs), never seen live.
    r.record(rec("601", "0333333333", 200));
    r.record(rec("403", "0333333333", 230));
    // A withheld caller matched by the trunk.
    r.call(live("", {"601", "404"}, 300, 330));
    r.record(rec("404", "", 331, "01"));

    CHECK(r.advance(kT0 + 200 * kS).empty());  // nothing due yet: the grace is 2 minutes
    const auto flags = r.advance(kT0 + 1000 * kS);
    CHECK(flags == std::vector<std::string>{
                       "SMDR record of caller 0333333333 on CO 01 at extension 601 matches no call seen on the CTI link",
                       "SMDR record of caller 0333333333 on CO 01 at extension 403 matches no call seen on the CTI link",
                       "call 01|0322222222 of caller 0322222222 on CO 01 seen on the CTI link (at 402,602) has no SMDR record",
                   });
    ReconcileStats want;
    want.live_calls = 3;
    want.matched_calls = 2;
    want.live_only = 1;
    want.smdr_records = 5;
    want.matched_records = 3;
    want.smdr_only_records = 2;
    want.smdr_only_calls = 1;
    CHECK(r.stats() == want);
    CHECK(r.pending_calls() == 0);
    CHECK(r.pending_records() == 0);
}

TEST_CASE("reconciler: records while the link is down and calls ended unseen are not flagged", "[csta][reconcile]") {
    Reconciler r;
    r.record(rec("601", "0344444444", 10));  // before the link ever came up
    r.link(true, kT0 + 100 * kS);
    r.link(false, kT0 + 500 * kS);
    r.record(rec("401", "0355555555", 700));  // during the outage
    LiveCall unseen = live("0366666666", {"601", "401"}, 400, 800);
    unseen.ended_unseen = true;
    r.call(unseen);
    r.link(true, kT0 + 900 * kS);
    CHECK(r.advance(kT0 + 5000 * kS).empty());
    ReconcileStats want;
    want.live_calls = 1;
    want.live_unseen = 1;
    want.smdr_records = 2;
    want.smdr_while_down = 2;
    CHECK(r.stats() == want);
}

TEST_CASE("reconciler: the simulator's CSTA calls against its SMDR, one call missing on each side", "[csta][reconcile][sim]") {
    using namespace kxcti::test::csta;
    SimRigOptions o;
    kxcti::reports::SiteModel site;
    site.groups.push_back({"601", "", {"401", "402"}});
    o.directory = kxcti::server::live::Directory(site);
    // Three calls (08:10, 08:30, 08:50), each answered by 401 after 4 s, a minute of talk: two
    // incoming records each (the group's leg, the operator's).
    SimRig rig(R"(
[site]
trunks = 4
patience = none
log_in_out = no
[operators]
talk = fixed:60
answer = fixed:4
[did.2301]
group = 601
calls_per_day = 3
profile = 0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401, 402
)", o);
    std::string why;
    REQUIRE(rig.wait_done(why));
    // The last word on each call, in the order they started.
    std::map<std::string, LiveCall> final;
    std::vector<std::string> order;
    for (const auto& c : rig.calls()) {
        if (!final.count(c.call_key)) order.push_back(c.call_key);
        final[c.call_key] = c;
    }
    REQUIRE(order.size() == 3);
    std::vector<SmdrSeen> records;
    kxcti::smdr::ParserContext ctx;
    for (const auto& line : rig.smdr_lines()) {
        const auto parsed = kxcti::smdr::parse_line(line, ctx);
        kxcti::smdr::observe(ctx, parsed);
        if (parsed.kind != kxcti::smdr::LineKind::Record) continue;
        if (auto s = kxcti::server::smdr_seen(parsed.record, kAtUs)) records.push_back(*s);
    }
    REQUIRE(records.size() == 6);

    Reconciler r;
    r.link(true, kAtUs - 3600 * kS);
    // The CTI link missed the second call; SMDR lost the third call's records.
    for (const auto& key : {order[0], order[2]}) r.call(final[key]);
    const std::string third_caller = final[order[2]].caller;
    for (const auto& s : records)
        if (s.caller != third_caller) r.record(s);
    r.advance(kAtUs + 3600 * kS);
    ReconcileStats want;
    want.live_calls = 2;
    want.matched_calls = 1;
    want.live_only = 1;
    want.smdr_records = 4;
    want.matched_records = 2;
    want.smdr_only_records = 2;
    want.smdr_only_calls = 1;
    CHECK(r.stats() == want);
}
