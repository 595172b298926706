// A client that stops reading is dropped with a reason once its queue is full; a fast client
// on the same server gets every event, in order, meanwhile.
#include "net_fixture.h"
#include "raw_client.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

TEST_CASE("a client that never reads is dropped, a fast one gets every event in order") {
    NetFixture f;
    f.config.clients.write_queue_bytes = 64 * 1024;
    f.add_user("root", Role::Admin);
    f.start();
    RawClient fast(f.port());
    RawClient slow(f.port(), 4096);
    as<LoginOk>(fast.log_in("root", "password1", ClientKind::Supervisor, true));
    as<LoginOk>(slow.log_in("root", "password1", ClientKind::Supervisor, true));

    // Batches of events; the fast client reads each batch before the next is published, so it
    // never has more than a batch queued, while the slow client's backlog grows until its
    // queue overflows. Bounded: the loop ends when the slow one is gone or far past any buffer.
    constexpr int kBatch = 200;
    constexpr int kMaxEvents = 200'000;
    int sent = 0;
    int extra_batches = 3;  // keep going a little after the drop: the fast client must not care
    while (sent < kMaxEvents && extra_batches > 0) {
        for (int i = 0; i < kBatch; ++i, ++sent) {
            CallEnded e;
            e.call_key = "k" + std::to_string(sent);
            e.ext = "101";
            e.caller = std::to_string(sent);
            e.outcome = CallOutcome::Abandoned;
            f.server->publish(e);
        }
        for (int i = sent - kBatch; i < sent; ++i) REQUIRE(as<CallEnded>(fast.next()).caller == std::to_string(i));
        if (f.server->stats().slow_drops == 1) --extra_batches;
    }
    REQUIRE(f.server->stats().slow_drops == 1);
    INFO("events published: " << sent);

    // The slow client, reading at last: the events that were on their way, in order, then why.
    int expected = 0;
    while (true) {
        auto m = slow.next();
        REQUIRE(m.has_value());
        if (auto* e = std::get_if<CallEnded>(&*m)) {
            REQUIRE(e->caller == std::to_string(expected));
            ++expected;
            continue;
        }
        auto bye = as<Goodbye>(m);
        CHECK(bye.code == GoodbyeCode::TooSlow);
        CHECK(bye.text == "your client did not read what the server sent fast enough (more than 64 KiB waiting); "
                          "reconnect, and check the network or the computer's load");
        break;
    }
    CHECK(expected > 0);
    CHECK(expected < sent);
    CHECK(slow.closed_by_server());
    CHECK(f.server->stats().slow_drops == 1);
}
