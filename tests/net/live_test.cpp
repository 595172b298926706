// Live events from SMDR records, and the queue and operator states derived from them.
#include "records.h"
#include "server/live/live_tracker.h"
#include "server/live/smdr_live.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::server::live::Directory;
using kxcti::server::live::event_from_record;
using kxcti::server::live::LiveTracker;
using kxcti::test::incoming;

TEST_CASE("RC, AN, NA and final records become ringing, answered and ended events") {
    const Directory dir(test::two_groups());
    auto ring = event_from_record(incoming("601", "05", "0123456", "RC", std::nullopt, std::nullopt, "09:00", "5550100"),
                                  7, dir);
    REQUIRE(ring);
    CHECK(std::get<CallRinging>(*ring) ==
          CallRinging{"05|0123456", 7, "601", "601", "05", "0123456", "5550100", "Google Ads", "", 0, 0});

    auto answer = event_from_record(incoming("101", "05", "0123456", "AN", 12), 8, dir);
    CHECK(std::get<CallAnswered>(*answer) == CallAnswered{"05|0123456", 8, "101", "601", "05", "0123456", 12});

    auto lost = event_from_record(incoming("201", "06", "0999", "NA", 31), 9, dir);
    CHECK(std::get<CallEnded>(*lost) ==
          CallEnded{"06|0999", 9, "201", "602", "06", "0999", CallOutcome::Abandoned, 31, 0});

    auto talked = event_from_record(incoming("101", "05", "0123456", "", 12, 65), 10, dir);
    CHECK(std::get<CallEnded>(*talked).outcome == CallOutcome::Answered);
    CHECK(std::get<CallEnded>(*talked).duration_s == 65);
    auto group_leg = event_from_record(incoming("601", "05", "0123456", "", 3, 0), 10, dir);
    CHECK(std::get<CallEnded>(*group_leg).outcome == CallOutcome::Unknown);
    auto wait = event_from_record(incoming("102", "07", "0555", "VR"), 11, dir);
    CHECK(std::get<CallRinging>(*wait).group == "601");

    auto out = incoming("101", "05", "0123456", "");
    out.direction = smdr::Direction::Out;
    CHECK_FALSE(event_from_record(out, 1, dir));
    auto no_ext = incoming("101", "05", "0123456", "RC");
    no_ext.ext.reset();
    CHECK_FALSE(event_from_record(no_ext, 1, dir));
    // An extension in no group, a DID with no channel.
    auto plain = event_from_record(incoming("300", "05", "1", "RC", std::nullopt, std::nullopt, "09:00", "999"), 1, dir);
    CHECK(std::get<CallRinging>(*plain).group.empty());
    CHECK(std::get<CallRinging>(*plain).channel.empty());
}

TEST_CASE("queue and operator states follow the calls") {
    LiveTracker t;
    auto states = [](const std::vector<server::live::LiveEvent>& v) {
        std::vector<std::string> out;
        for (const auto& e : v) {
            if (auto* q = std::get_if<QueueState>(&e))
                out.push_back("queue " + q->group + " " + std::to_string(q->waiting) + " since " +
                              std::to_string(q->oldest_since_us));
            if (auto* o = std::get_if<OperatorState>(&e))
                out.push_back("op " + o->ext + " " + std::to_string(static_cast<int>(o->activity)) + " " + o->caller);
        }
        return out;
    };
    CHECK(states(t.update(CallRinging{"a", 100, "601", "601", "05", "0111", "", "", "", 0, 0})) ==
          std::vector<std::string>{"queue 601 1 since 100"});
    CHECK(states(t.update(CallRinging{"b", 200, "601", "601", "06", "0222", "", "", "", 0, 0})) ==
          std::vector<std::string>{"queue 601 2 since 100"});
    CHECK(states(t.update(CallRinging{"a", 250, "101", "601", "05", "0111", "", "", "", 0, 0})) ==
          std::vector<std::string>{"op 101 2 0111"});
    CHECK(states(t.update(CallAnswered{"a", 300, "101", "601", "05", "0111", 20})) ==
          std::vector<std::string>{"queue 601 1 since 200", "op 101 3 0111"});
    CHECK(states(t.update(CallEnded{"b", 400, "601", "601", "06", "0222", CallOutcome::Abandoned, 200, 0})) ==
          std::vector<std::string>{"queue 601 0 since 0"});
    CHECK(states(t.update(CallEnded{"a", 500, "101", "601", "05", "0111", CallOutcome::Answered, 20, 200})) ==
          std::vector<std::string>{"op 101 1 "});
}

TEST_CASE("a call whose end was never printed is forgotten after two hours") {
    LiveTracker t;
    t.update(CallRinging{"a", 0, "601", "601", "05", "0111", "", "", "", 0, 0});
    t.update(CallRinging{"a", 0, "101", "601", "05", "0111", "", "", "", 0, 0});
    const std::int64_t later = 2LL * 3600 * 1'000'000 + 1;
    auto v = t.update(CallRinging{"c", later, "602", "602", "07", "0333", "", "", "", 0, 0});
    REQUIRE(v.size() == 3);
    CHECK(std::get<QueueState>(v[0]).waiting == 0);
    CHECK(std::get<OperatorState>(v[1]).activity == OperatorActivity::Idle);
    CHECK(std::get<QueueState>(v[2]).group == "602");
}
