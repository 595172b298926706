// A long queue (R2b): members ring minutes apart while the call sits in the group, and the
// group's record, printed when the call leaves the group, proves they rang for one call. Found by
// the simulator-truth tests of the reports (tests/reports/sim_truth_test.cpp), where the chain
// rule alone split such calls in two or three. Also: nothing joins a call after its forward.
#include "records.h"

#include "common/calls/assembler.h"

#include <catch2/catch.hpp>

#include <map>

using namespace kxcti;
using calls::Outcome;
using calls::UpdateKind;
using test::Rec;

namespace {

// Caller 0301111111 on CO 01 enters 601 at 09:00:10. 401 rings 09:03:00-09:03:15 (NA), nobody is
// free until 402 rings 09:06:30-09:06:45 (NA), then 403 answers after 5 s at 09:09:05; the group's
// record says 535 s in the group; 403 talks 120 s.
std::vector<Rec> answered_after_long_queue() {
    return {Rec("09:03", "401", "01", "<I>0301111111").ring(15).dur(0).cd("NA"),
            Rec("09:06", "402", "01", "<I>0301111111").ring(15).dur(0).cd("NA"),
            Rec("09:09", "601", "01", "<I>0301111111").ring(535).dur(0),
            Rec("09:11", "403", "01", "<I>0301111111").ring(5).dur(120)};
}

} // namespace

TEST_CASE("long queue: members that rang minutes apart are one call with the group's record") {
    auto calls = calls::assemble(test::journal(answered_after_long_queue()));
    REQUIRE(calls.size() == 1);
    const auto& c = calls.front();
    INFO(calls::describe(c));
    CHECK(c.id == 1);  // the id of its first record
    CHECK(c.outcome == Outcome::Answered);
    CHECK(c.answered_by == "403");
    CHECK(c.wait_s == 535);
    CHECK(c.legs.size() == 4);
    CHECK_FALSE(c.flags.grouping_uncertain);
    auto stages = calls::group_stages(c);
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].operator_legs == std::vector<std::size_t>{0, 1, 3});
}

TEST_CASE("long queue: lost while a ring-all member rang for minutes, after an overflow") {
    // 601 for 40 s (overflow at 10:00:40), then 602 rings all: 405 from 10:02:00 until the caller
    // hangs up at 10:07:20 (320 s), 406 from 10:05:00 (140 s).
    auto calls = calls::assemble(test::journal({
        Rec("10:00", "601", "02", "<I>0302222222").ring(40).dur(0),
        Rec("10:07", "405", "02", "<I>0302222222").ring(320).dur(0).cd("NA"),
        Rec("10:07", "406", "02", "<I>0302222222").ring(140).dur(0).cd("NA"),
        Rec("10:07", "602", "02", "<I>0302222222").ring(400).dur(0).cd("NA"),
    }));
    REQUIRE(calls.size() == 1);
    const auto& c = calls.front();
    INFO(calls::describe(c));
    CHECK(c.outcome == Outcome::LostAtOperator);
    CHECK(c.wait_s == 440);
    CHECK(c.groups == std::vector<std::string>{"601", "602"});
}

TEST_CASE("long queue: a ring outside the group's span stays a call of its own") {
    // 401 rang at 08:40 for the same caller on the same trunk, an earlier call lost at the
    // operator; the group's record spans 09:00:10..09:09:05 only.
    auto recs = answered_after_long_queue();
    recs.insert(recs.begin(), Rec("08:40", "401", "01", "<I>0301111111").ring(20).dur(0).cd("NA"));
    auto calls = calls::assemble(test::journal(recs));
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].legs.size() == 1);
    CHECK(calls[0].outcome == Outcome::LostAtOperator);
    CHECK(calls[1].legs.size() == 4);
    CHECK(calls[1].id == 2);
}

TEST_CASE("long queue fed live: the later part reports Merged into the first, the result equals the batch") {
    const auto recs = test::journal(answered_after_long_queue());
    calls::CallAssembler live;
    std::vector<calls::CallUpdate> updates;
    for (const auto& r : recs) {
        for (auto& u : live.feed(r.journal_id, r.record)) updates.push_back(std::move(u));
        for (auto& u : live.flush(calls::printed_window(r.record)->earliest)) updates.push_back(std::move(u));
    }
    for (auto& u : live.finish()) updates.push_back(std::move(u));
    std::map<std::int64_t, std::vector<UpdateKind>> history;
    const calls::Call* closed = nullptr;
    for (const auto& u : updates) {
        history[u.call.id].push_back(u.kind);
        if (u.kind == UpdateKind::Merged) CHECK(u.merged_into == 1);
        if (u.kind == UpdateKind::Closed) closed = &u.call;
    }
    // 402's NA opened call 2 (nothing proved it part of call 1 yet); the group's record merged it.
    CHECK(history[1] == std::vector<UpdateKind>{UpdateKind::Opened, UpdateKind::Changed, UpdateKind::Changed,
                                                 UpdateKind::Closed});
    CHECK(history[2] == std::vector<UpdateKind>{UpdateKind::Opened, UpdateKind::Merged});
    REQUIRE(closed);
    CHECK(*closed == calls::assemble(recs).front());
}

TEST_CASE("nothing joins a call after its forward: a withheld caller's next call on the trunk") {
    for (const bool forward_first : {false, true}) {
        INFO("FW record printed " << (forward_first ? "before" : "after") << " the incoming leg");
        std::vector<Rec> recs{Rec("14:35", "204", "02", "<D>2309<I>").ring(0).dur(148),
                              Rec("14:35", "204", "03", "3356182041").dur(148).cd("FW")};
        if (forward_first) std::swap(recs[0], recs[1]);
        recs.push_back(Rec("14:36", "601", "02", "<D>2301<I>").ring(7).dur(0));
        recs.push_back(Rec("14:37", "401", "02", "<D>2301<I>").ring(6).dur(52));
        auto calls = calls::assemble(test::journal(recs));
        REQUIRE(calls.size() == 2);
        CHECK(calls[0].outcome == Outcome::ForwardedOut);
        CHECK(calls[0].legs.size() == 2);
        CHECK(calls[1].outcome == Outcome::Answered);
        CHECK(calls[1].groups == std::vector<std::string>{"601"});
    }
}
