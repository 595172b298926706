// Hostile and broken input: each gets a clear answer and a closed connection, and a
// well-behaved client on the same server keeps working throughout.
#include "tests/protocol/bytes.h"
#include "net_fixture.h"
#include "raw_client.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;
using kxcti::test::operator<<;

namespace {

// A logged-in client that must stay unaffected: answers a ping, gets an event.
void still_fine(RawClient& good, NetFixture& f, std::uint32_t marker) {
    good.send(Ping{marker});
    CHECK(as<Pong>(good.next()).sequence == marker);
    CallRinging ring;
    ring.ext = "101";
    ring.caller = std::to_string(marker);
    ring.call_key = "call " + ring.caller;
    f.server->publish(ring);
    CHECK(as<CallRinging>(good.next()).caller == std::to_string(marker));
    CHECK(as<OperatorState>(good.next()).caller == std::to_string(marker));
}

} // namespace

TEST_CASE("garbage instead of a Hello is refused with the reason and cut off") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    f.start();
    RawClient good(f.port());
    as<LoginOk>(good.log_in("root", "password1"));

    RawClient http(f.port());
    http.send_text("GET / HTTP/1.1\r\nHost: kxcti\r\n\r\n");
    auto r = as<Refused>(http.next());
    CHECK(r.code == RefusalCode::BadFrame);
    CHECK(r.text == "the server could not read your first message: frame header: bad magic at byte 0 (expected "
                    "\"KXCT\"): the peer is not a kxcti client or server, or the stream lost sync; close the "
                    "connection");
    CHECK(http.closed_by_server());
    still_fine(good, f, 1);

    RawClient bad_enum(f.port());
    test::Bytes hello = test::header(1, 1, 0, 9) << test::bytes({1, 0, 1, 0, 9}) << test::le(0, 4);
    bad_enum.send_bytes(hello);
    CHECK(as<Refused>(bad_enum.next()).text ==
          "the server could not read your first message: Hello (type 1): ClientKind value 9 at payload offset 4 is "
          "not defined (0 to 2 are)");
    CHECK(bad_enum.closed_by_server());

    RawClient wrong_first(f.port());
    wrong_first.send(Ping{5});
    auto w = as<Refused>(wrong_first.next());
    CHECK(w.code == RefusalCode::BadHello);
    CHECK(w.text == "the first message must be Hello, not Ping");
    still_fine(good, f, 2);
}

TEST_CASE("a hostile length, a count larger than the frame, or a request before login end the session") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    f.start();
    RawClient good(f.port());
    as<LoginOk>(good.log_in("root", "password1"));

    RawClient huge(f.port());
    as<LoginOk>(huge.log_in("root", "password1", ClientKind::Cli, false));
    huge.send_bytes(test::header(1, 23, 0, 0x7FFFFFFF));
    auto g = as<Goodbye>(huge.next());
    CHECK(g.code == GoodbyeCode::ProtocolViolation);
    CHECK(g.text == "frame header: payload length 2147483647 at byte 10 exceeds the 1048562-byte cap");
    CHECK(huge.closed_by_server());
    still_fine(good, f, 1);

    RawClient count(f.port());
    as<LoginOk>(count.log_in("root", "password1", ClientKind::Cli, false));
    // ReportRequest: id, name "x", then 2^28 parameters in a 13-byte payload.
    count.send_bytes(test::header(1, 23, 0, 13) << test::le(1, 4) << test::le(1, 4) << "x" << test::le(1u << 28, 4));
    CHECK(as<Goodbye>(count.next()).text ==
          "ReportRequest (type 23): collection count 268435456 at payload offset 9 needs at least 2147483648 bytes "
          "(8 per element) but only 0 remain");
    CHECK(count.closed_by_server());

    RawClient early(f.port());
    early.send(make_hello(ClientKind::Cli, "test", {}));
    as<Welcome>(early.next());
    early.send(ReportRequest{1, "calls", {}});
    CHECK(as<Goodbye>(early.next()).text == "log in first: ReportRequest is not valid before Login");
    CHECK(early.closed_by_server());

    RawClient server_only(f.port());
    as<LoginOk>(server_only.log_in("root", "password1", ClientKind::Cli, false));
    server_only.send(Welcome{1, "me", {}});
    CHECK(as<Goodbye>(server_only.next()).text == "Welcome is not a request a client may send");
    still_fine(good, f, 2);
}

TEST_CASE("connection caps: per address, then in total, each refused with its reason") {
    NetFixture f;
    f.config.clients.max_per_address = 2;
    f.config.clients.max_connections = 3;
    f.add_user("root", Role::Admin);
    f.start();
    RawClient a1(f.port()), a2(f.port());
    as<LoginOk>(a1.log_in("root", "password1"));
    as<LoginOk>(a2.log_in("root", "password1"));
    RawClient a3(f.port());
    auto r = as<Refused>(a3.next());
    CHECK(r.code == RefusalCode::ServerBusy);
    CHECK(r.text == "server busy: your address 127.0.0.1 already has 2 connections (max_per_address = 2); close one "
                    "first");
    CHECK(a3.closed_by_server());

    RawClient b1(f.port(), 0, "127.0.0.2");  // another desk
    as<LoginOk>(b1.log_in("root", "password1"));
    RawClient c1(f.port(), 0, "127.0.0.3");
    CHECK(as<Refused>(c1.next()).text ==
          "server busy: the server already has 3 connections (max_connections = 3); try again later");
    still_fine(a1, f, 1);
}

TEST_CASE("1,000 idle connections from one address: the cap refuses the rest, another desk still works") {
    NetFixture f;
    f.config.clients.max_per_address = 200;
    f.config.clients.max_connections = 1100;
    f.add_user("root", Role::Admin);
    f.start();
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 1000; ++i) idle.push_back(std::make_unique<RawClient>(f.port()));
    RawClient good(f.port(), 0, "127.0.0.2");
    as<LoginOk>(good.log_in("root", "password1"));
    int refused = 0;
    for (int i = 200; i < 1000; ++i) {
        auto m = idle[static_cast<std::size_t>(i)]->next();
        refused += m && std::holds_alternative<Refused>(*m) && std::get<Refused>(*m).code == RefusalCode::ServerBusy;
    }
    CHECK(refused == 800);
    CHECK(f.server->stats().connections == 201);
    still_fine(good, f, 1);
}

TEST_CASE("deadlines: no Hello, no Login, and silence after login each end the session with the reason") {
    NetFixture f;
    f.config.clients.handshake_timeout = std::chrono::milliseconds(200);
    f.config.clients.login_timeout = std::chrono::milliseconds(300);
    f.config.clients.idle_timeout = std::chrono::milliseconds(400);
    f.add_user("root", Role::Admin);
    f.start();
    RawClient silent(f.port());
    auto r = as<Refused>(silent.next());
    CHECK(r.code == RefusalCode::BadHello);
    CHECK(r.text == "no Hello within 200 ms");
    CHECK(silent.closed_by_server());

    RawClient no_login(f.port());
    no_login.send(make_hello(ClientKind::Cli, "test", {}));
    as<Welcome>(no_login.next());
    auto g = as<Goodbye>(no_login.next());
    CHECK(g.code == GoodbyeCode::IdleTimeout);
    CHECK(g.text == "no login within 300 ms");

    RawClient idle(f.port());
    as<LoginOk>(idle.log_in("root", "password1", ClientKind::Cli, false));
    const auto t0 = std::chrono::steady_clock::now();
    auto bye = as<Goodbye>(idle.next());
    const auto waited = std::chrono::steady_clock::now() - t0;
    CHECK(bye.code == GoodbyeCode::IdleTimeout);
    CHECK(bye.text == "nothing received for 400 ms (clients ping every minute): the connection is presumed dead");
    // The sweep keeps a deadline to within a quarter of the shortest one.
    CHECK(waited >= std::chrono::milliseconds(300));
    CHECK(waited < std::chrono::milliseconds(700));
    CHECK(idle.closed_by_server());
}
