// stop(reason): every client is told why in its own protocol, and the server is done within
// the shutdown deadline.
#include "net_fixture.h"
#include "raw_client.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

TEST_CASE("shutdown tells every client why and finishes within the deadline") {
    NetFixture f;
    f.config.ncid.enabled = true;
    f.config.clients.shutdown_timeout = std::chrono::milliseconds(3000);
    f.add_user("root", Role::Admin);
    f.start();
    RawClient logged_in(f.port());
    as<LoginOk>(logged_in.log_in("root", "password1"));
    RawClient ncid(f.server->ncid_port());
    while (ncid.line() != "300 End of connection startup") REQUIRE_FALSE(ncid.timed_out());
    RawClient handshaking(f.port());
    handshaking.send(make_hello(ClientKind::Cli, "test", {}));
    as<Welcome>(handshaking.next());
    RawClient just_connected(f.port());
    // The accept of the last connection may still be on its way: wait until the server counts
    // all four (each ping round trip gives the network thread a turn; bounded).
    for (std::uint32_t i = 0; i < 1000 && f.server->stats().connections < 4; ++i) {
        logged_in.send(Ping{i});
        as<Pong>(logged_in.next());
    }
    REQUIRE(f.server->stats().connections == 4);

    const auto t0 = std::chrono::steady_clock::now();
    f.server->stop("maintenance at 22:00");
    auto bye = as<Goodbye>(logged_in.next());
    CHECK(bye.code == GoodbyeCode::Shutdown);
    CHECK(bye.text == "server shutting down: maintenance at 22:00");
    CHECK(logged_in.closed_by_server());
    CHECK(as<Goodbye>(handshaking.next()).text == "server shutting down: maintenance at 22:00");
    auto refused = as<Refused>(just_connected.next());
    CHECK(refused.code == RefusalCode::ServerBusy);
    CHECK(refused.text == "server shutting down: maintenance at 22:00");
    CHECK(ncid.line() == "MSG: server shutting down: maintenance at 22:00");
    CHECK(ncid.closed_by_server());
    f.io_thread.join();  // io.run() returned: nothing of the server is left on the io_context
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(3000));
    // And nobody new gets in.
    CHECK(f.server->stats().connections == 0);
}
