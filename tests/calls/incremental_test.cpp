// Live assembly: records arrive one at a time, the assembler says which calls opened, changed and
// closed; time only moves with the records and with flush(now). The same records give the same
// calls however they are fed (reprocess = batch = live).
#include "records.h"

#include "common/calls/assembler.h"

#include <catch2/catch.hpp>

#include <map>

using namespace kxcti;
using calls::UpdateKind;
using test::Rec;

namespace {

const std::string kCosta = std::string(KXCTI_TEST_DATA_DIR) + "/calls/costa_pattern_b.txt";

calls::LocalSeconds at(const char* date_time) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    std::sscanf(date_time, "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &s);
    return calls::to_local_seconds({y, mo, d}, h, mi, s);
}

} // namespace

TEST_CASE("a call opens on its first record, changes with each leg and closes once") {
    calls::CallAssembler a;
    auto recs = test::journal({Rec("12:00", "402", "01", "<I>0399").cd("RC"),
                               Rec("12:00", "402", "01", "<I>0399").cd("AN"),
                               Rec("12:02", "402", "01", "<I>0399").ring(10).dur(80)});
    auto u1 = a.feed(recs[0].journal_id, recs[0].record);
    REQUIRE(u1.size() == 1);
    CHECK(u1[0].kind == UpdateKind::Opened);
    CHECK(u1[0].call.id == 1);
    CHECK(u1[0].call.outcome == calls::Outcome::Unknown);  // only ringing so far
    CHECK_FALSE(u1[0].call.closed);

    auto u2 = a.feed(recs[1].journal_id, recs[1].record);
    REQUIRE(u2.size() == 1);
    CHECK(u2[0].kind == UpdateKind::Changed);
    CHECK(u2[0].call.answered_by == "402");  // AN: answered, talk still running
    CHECK_FALSE(u2[0].call.talk_s);

    auto u3 = a.feed(recs[2].journal_id, recs[2].record);
    REQUIRE(u3.size() == 1);
    CHECK(u3[0].kind == UpdateKind::Changed);
    CHECK(u3[0].call.talk_s == 80);
    CHECK(a.open_calls().size() == 1);

    // Still open until the horizon (3600 s after 12:02:59) has passed...
    CHECK(a.flush(at("2024-03-04 13:02:59")).empty());
    // ...then closed, once.
    auto u4 = a.flush(at("2024-03-04 13:04:00"));
    REQUIRE(u4.size() == 1);
    CHECK(u4[0].kind == UpdateKind::Closed);
    CHECK(u4[0].call.closed);
    CHECK(u4[0].call.outcome == calls::Outcome::Answered);
    CHECK(a.open_calls().empty());
    CHECK(a.finish().empty());
}

TEST_CASE("a call the caller left closes chain_gap_s after its last record, not an hour later") {
    calls::CallAssembler a;
    auto recs = test::journal({Rec("10:00", "601", "01", "<I>0311").ring(45).dur(0).cd("NA")});
    auto u = a.feed(1, recs[0].record);
    REQUIRE(u.size() == 1);
    CHECK(u[0].call.outcome == calls::Outcome::LostInQueue);  // final already: nothing can join
    // Last activity 10:00:59 + 30 s = 10:01:29: flush rounds `now` down to the minute.
    CHECK(a.flush(at("2024-03-04 10:01:59")).empty());
    auto closed = a.flush(at("2024-03-04 10:02:00"));
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].kind == UpdateKind::Closed);
}

TEST_CASE("a later record moves time on and closes what can no longer grow") {
    calls::CallAssembler a;
    auto recs = test::journal({Rec("10:00", "601", "01", "<I>0311").ring(45).dur(0).cd("NA"),
                               Rec("10:05", "401", "01", "0212345678").dur(20)});
    a.feed(1, recs[0].record);
    auto u = a.feed(2, recs[1].record);
    REQUIRE(u.size() == 2);
    CHECK(u[0].kind == UpdateKind::Closed);
    CHECK(u[0].call.id == 1);
    CHECK(u[1].kind == UpdateKind::Opened);
    CHECK(u[1].call.id == 2);
}

TEST_CASE("costa fed live (one record at a time, flushing at each record's time) equals the batch") {
    auto records = test::journal_from_file(kCosta);
    auto batch = calls::assemble(records);
    REQUIRE(batch == calls::assemble(records));  // reprocess: same records, same calls

    calls::CallAssembler live;
    std::map<std::int64_t, calls::Call> closed;
    std::map<std::int64_t, std::vector<UpdateKind>> history;
    auto take = [&](std::vector<calls::CallUpdate>&& updates) {
        for (auto& u : updates) {
            history[u.call.id].push_back(u.kind);
            if (u.kind == UpdateKind::Closed) {
                CHECK(closed.count(u.call.id) == 0);
                closed[u.call.id] = u.call;
            }
        }
    };
    for (const auto& r : records) {
        take(live.feed(r.journal_id, r.record));
        if (auto w = calls::printed_window(r.record)) take(live.flush(w->earliest));
    }
    take(live.finish());

    REQUIRE(closed.size() == batch.size());
    for (const auto& c : batch) {
        INFO(calls::describe(c));
        REQUIRE(closed.count(c.id) == 1);
        CHECK(closed.at(c.id) == c);
        const auto& h = history.at(c.id);
        CHECK(h.front() == UpdateKind::Opened);
        CHECK(h.back() == UpdateKind::Closed);
        CHECK(std::count(h.begin(), h.end(), UpdateKind::Opened) == 1);
    }
}
