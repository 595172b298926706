// One hand-made printout per outcome (pattern A: Ring printed, so waits are known), and the same
// shapes without Ring (pattern B) where the wait must stay unknown. Times: the PBX stamps the END
// of each leg to the minute, so every instant is a window of 60 s.
#include "records.h"

#include "common/calls/assembler.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using calls::LegKind;
using calls::Outcome;
using test::Rec;

namespace {

std::vector<calls::Call> run(const std::vector<Rec>& recs) { return calls::assemble(test::journal(recs)); }

calls::Call only(const std::vector<Rec>& recs) {
    auto calls = run(recs);
    REQUIRE(calls.size() == 1);
    INFO(calls::describe(calls.front()));
    CHECK(calls.front().closed);
    return calls.front();
}

std::vector<LegKind> kinds(const calls::Call& c) {
    std::vector<LegKind> k;
    for (const auto& l : c.legs) k.push_back(l.kind);
    return k;
}

} // namespace

TEST_CASE("answered directly: wait is the ring, start = end - duration - ring") {
    auto c = only({Rec("09:01", "401", "01", "<I>0301234567").ring(8).dur(65)});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.answered_by == "401");
    CHECK(c.caller == "0301234567");
    CHECK(c.wait_s == 8);
    CHECK(c.talk_s == 65);
    REQUIRE(c.start);
    // end 09:01:00..09:01:59, minus 73 s.
    CHECK(calls::format_window(*c.start) == "2024-03-04 08:59:47..2024-03-04 09:00:46");
    CHECK(calls::format_window(*c.answer) == "2024-03-04 08:59:55..2024-03-04 09:00:54");
    CHECK(calls::format_window(*c.end) == "2024-03-04 09:01");
}

TEST_CASE("answered through a group: the members ring inside the group's time") {
    auto c = only({Rec("09:00", "601", "02", "<I>0301234567").ring(12).dur(0),
                   Rec("09:02", "402", "02", "<I>0301234567").ring(5).dur(90)});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.answered_by == "402");
    CHECK(c.groups == std::vector<std::string>{"601"});
    CHECK(c.wait_s == 12);  // not 12 + 5: 402 rang while the call sat in 601
    CHECK(c.talk_s == 90);
    auto stages = calls::group_stages(c);
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].outcome == Outcome::Answered);
    CHECK(stages[0].answered_by == "402");
    CHECK(stages[0].operator_legs == std::vector<std::size_t>{1});
}

TEST_CASE("lost in queue: the group leg with NA, no operator rang") {
    auto c = only({Rec("10:00", "601", "01", "<I>0311111111").ring(45).dur(0).cd("NA")});
    CHECK(c.outcome == Outcome::LostInQueue);
    CHECK(c.wait_s == 45);
    CHECK_FALSE(c.answered_by);
    CHECK_FALSE(c.talk_s);
}

TEST_CASE("lost at operator: directly, and after a member rang in the group") {
    auto direct = only({Rec("10:05", "401", "01", "<I>0322").ring(20).dur(0).cd("NA")});
    CHECK(direct.outcome == Outcome::LostAtOperator);
    CHECK(direct.wait_s == 20);

    auto group = only({Rec("10:10", "402", "01", "<I>0322").ring(15).dur(0).cd("NA"),
                       Rec("10:10", "601", "01", "<I>0322").ring(30).dur(0).cd("NA")});
    CHECK(group.outcome == Outcome::LostAtOperator);
    CHECK(group.wait_s == 30);
    CHECK(kinds(group) == std::vector{LegKind::Operator, LegKind::Group});
    auto stages = calls::group_stages(group);
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].operator_legs == std::vector<std::size_t>{0});
}

TEST_CASE("short abandon: lost with a known wait below S (5 s), not at S") {
    auto short_one = only({Rec("10:15", "601", "01", "<I>0333").ring(4).dur(0).cd("NA")});
    CHECK(short_one.outcome == Outcome::ShortAbandon);
    CHECK(short_one.wait_s == 4);
    auto at_s = only({Rec("10:16", "601", "01", "<I>0333").ring(5).dur(0).cd("NA")});
    CHECK(at_s.outcome == Outcome::LostInQueue);
}

TEST_CASE("overflow: the group stages follow one another, the call says how it ended") {
    auto answered = only({Rec("10:20", "601", "01", "<I>0344").ring(30).dur(0),
                          Rec("10:20", "611", "01", "<I>0344").ring(10).dur(0),
                          Rec("10:21", "403", "01", "<I>0344").ring(4).dur(60)});
    CHECK(answered.outcome == Outcome::Answered);
    CHECK(answered.overflowed);
    CHECK(answered.groups == std::vector<std::string>{"601", "611"});
    CHECK(answered.wait_s == 40);
    auto stages = calls::group_stages(answered);
    REQUIRE(stages.size() == 2);
    CHECK(stages[0].outcome == Outcome::Overflow);
    CHECK(stages[0].operator_legs.empty());
    CHECK(stages[1].outcome == Outcome::Answered);
    CHECK(stages[1].answered_by == "403");

    auto lost = only({Rec("10:30", "601", "01", "<I>0355").ring(30).dur(0),
                      Rec("10:31", "611", "01", "<I>0355").ring(20).dur(0).cd("NA")});
    CHECK(lost.outcome == Outcome::LostInQueue);
    CHECK(lost.overflowed);
    CHECK(lost.wait_s == 50);
}

TEST_CASE("forwarded out: the FW leg carries the talk, the forwarding extension did not answer") {
    auto c = only({Rec("10:40", "205", "21", "<I>3351112222").ring(10).dur(40),
                   Rec("10:40", "205", "01", "3356182041").dur(40).cd("FW")});
    CHECK(c.outcome == Outcome::ForwardedOut);
    CHECK(c.talk_s == 40);
    CHECK_FALSE(c.answered_by);
    CHECK(c.wait_s == 10);
    REQUIRE(c.legs.size() == 2);
    CHECK(c.legs[1].kind == LegKind::Forward);
    CHECK(c.legs[1].target == "3356182041");
    CHECK_FALSE(c.legs[0].answered);
    CHECK_FALSE(c.flags.grouping_uncertain);
}

TEST_CASE("intercom and outgoing calls") {
    auto calls = run({Rec("11:00", "402", "", "EXT401").dur(30),
                      Rec("11:05", "401", "01", "0212345678").dur(120)});
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].outcome == Outcome::Intercom);
    CHECK(calls[0].direction == calls::CallDirection::Intercom);
    CHECK(calls[0].dialed == "401");
    CHECK(calls[0].talk_s == 30);
    CHECK(calls[1].outcome == Outcome::Outgoing);
    CHECK(calls[1].dialed == "0212345678");
    CHECK(calls[1].talk_s == 120);
    CHECK_FALSE(calls[1].wait_s);
}

TEST_CASE("transfer after a consultation: one call, four legs") {
    auto c = only({Rec("11:10", "601", "01", "<I>0366").ring(6).dur(0),
                   Rec("11:11", "402", "", "EXT401").dur(20),
                   Rec("11:11", "402", "01", "<I>0366").ring(4).dur(70),
                   Rec("11:13", "401", "01", "<I>0366").ring(3).dur(100)});
    CHECK(kinds(c) == std::vector{LegKind::Group, LegKind::Intercom, LegKind::Operator, LegKind::Transfer});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.answered_by == "402");
    CHECK(c.transferred);
    CHECK(c.talk_s == 170);
    CHECK(c.wait_s == 6);
    CHECK_FALSE(c.flags.grouping_uncertain);
}

TEST_CASE("outgoing transfer marked with '-' and TR") {
    auto c = only({Rec("11:30", "401", "01", "0376689064").dur(27),
                   Rec("11:33", "402", "01", "0376689064-").dur(193).cd("TR")});
    CHECK(kinds(c) == std::vector{LegKind::Outgoing, LegKind::Transfer});
    CHECK(c.outcome == Outcome::Outgoing);
    CHECK(c.transferred);
    CHECK(c.talk_s == 220);
}

TEST_CASE("DISA: the menu is a stage before the answer - the agent's TR is not a transfer") {
    auto c = only({Rec("11:20", "591", "01", "<I>0377").ring(5).dur(0).cd("D0"),
                   Rec("11:21", "402", "01", "<I>0377").ring(3).dur(50).cd("TR")});
    CHECK(kinds(c) == std::vector{LegKind::Disa, LegKind::Operator});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.answered_by == "402");
    CHECK_FALSE(c.transferred);
    CHECK(c.wait_s == 8);

    auto lost = only({Rec("11:25", "591", "01", "<I>0388").ring(12).dur(0).cd("D0")});
    CHECK(lost.outcome == Outcome::LostInQueue);
    CHECK(lost.wait_s == 12);
}

TEST_CASE("RC and AN events fold into the leg their final record completes") {
    auto c = only({Rec("12:00", "402", "01", "<I>0399").cd("RC"),
                   Rec("12:00", "402", "01", "<I>0399").cd("AN"),
                   Rec("12:02", "402", "01", "<I>0399").ring(10).dur(80)});
    REQUIRE(c.legs.size() == 1);
    CHECK(c.legs[0].journal_id == 3);
    CHECK(c.legs[0].event_ids == std::vector<std::int64_t>{1, 2});
    CHECK_FALSE(c.legs[0].provisional);
    CHECK(calls::format_window(*c.legs[0].began) == "2024-03-04 12:00");  // the RC stamp itself
    CHECK(calls::record_ids(c) == std::vector<std::int64_t>{1, 2, 3});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.wait_s == 10);
}

TEST_CASE("no Ring column: wait and start stay unknown, a lost call is never a short abandon") {
    auto calls = run({Rec("09:00", "601", "01", "<I>0301").dur(0),
                      Rec("09:01", "401", "01", "<I>0301").dur(30),
                      Rec("09:10", "601", "02", "<I>0302").dur(0).cd("NA")});
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].outcome == Outcome::Answered);
    CHECK_FALSE(calls[0].wait_s);
    CHECK_FALSE(calls[0].start);
    CHECK(calls[0].talk_s == 30);
    CHECK(calls[1].outcome == Outcome::LostInQueue);
    CHECK_FALSE(calls[1].wait_s);
}

TEST_CASE("a call across midnight starts on the day it arrived") {
    auto c = only({Rec("23:59", "601", "01", "<I>0311").on("2024-03-04").ring(40).dur(0),
                   Rec("00:01", "401", "01", "<I>0311").on("2024-03-05").ring(5).dur(70)});
    CHECK(c.outcome == Outcome::Answered);
    CHECK(calls::format_window(*c.start) == "2024-03-04 23:58:20..2024-03-04 23:59:19");
    CHECK(calls::format_window(*c.end) == "2024-03-05 00:01");
    CHECK(c.wait_s == 40);
}

TEST_CASE("the same caller again after the answer is a new call, on another trunk too") {
    auto calls = run({Rec("09:00", "601", "01", "<I>0301").ring(3).dur(0),
                      Rec("09:01", "401", "01", "<I>0301").ring(2).dur(20),
                      Rec("09:01", "401", "01", "<I>0301").ring(9).dur(0).cd("NA"),
                      Rec("09:02", "601", "02", "<I>0301").ring(4).dur(0),
                      Rec("09:03", "402", "02", "<I>0301").ring(2).dur(40)});
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].answered_by == "401");
    // 401 rang again for a caller it had just finished with: certainly a new call.
    CHECK(calls[1].outcome == Outcome::LostAtOperator);
    CHECK_FALSE(calls[1].flags.grouping_uncertain);
    CHECK(calls[2].answered_by == "402");
    CHECK(calls[2].co == "02");
}
