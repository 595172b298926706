// Many clients at once: 500 live sessions each get every event in order; a login storm from
// one address is refused before any password is hashed.
#include "net_fixture.h"
#include "raw_client.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

TEST_CASE("500 concurrent clients on loopback each get every event, in order") {
    constexpr int kClients = 500;
    constexpr int kEvents = 100;
    NetFixture f;
    f.config.clients.max_connections = 600;
    f.config.clients.max_per_address = 600;
    f.config.clients.login_attempts_per_minute = 1000;
    f.add_user("wall", Role::Admin);
    f.start();
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(f.port()));
        // kxcti-cli sessions of an admin take no seat: 500 wallboards for the test.
        as<LoginOk>(clients.back()->log_in("wall", "password1", ClientKind::Cli, true));
    }
    REQUIRE(f.server->stats().live_sessions == kClients);
    for (int e = 0; e < kEvents; ++e) {
        CallEnded ended;
        ended.call_key = "k" + std::to_string(e);
        ended.ext = "101";
        ended.caller = std::to_string(e);
        f.server->publish(ended);
    }
    int complete = 0;
    for (auto& c : clients) {
        int next = 0;
        while (next < kEvents) {
            auto m = c->next();
            REQUIRE(m.has_value());
            REQUIRE(as<CallEnded>(m).caller == std::to_string(next));
            ++next;
        }
        ++complete;
    }
    CHECK(complete == kClients);
    const auto stats = f.server->stats();
    CHECK(stats.events == kEvents);
    CHECK(stats.deliveries == static_cast<std::uint64_t>(kClients) * kEvents);
    CHECK(stats.slow_drops == 0);
}

TEST_CASE("a login storm from one address is refused before hashing and locks the name it guessed") {
    NetFixture f;
    f.config.clients.max_per_address = 200;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.start();
    // 100 connections send Hello and a wrong Login at once, before reading anything.
    std::vector<std::unique_ptr<RawClient>> storm;
    for (int i = 0; i < 100; ++i) {
        storm.push_back(std::make_unique<RawClient>(f.port()));
        storm.back()->send(make_hello(ClientKind::Supervisor, "storm", {}));
        storm.back()->send(Login{"anna", "guess" + std::to_string(i) + "xxxx", ""});
    }
    int bad = 0, limited = 0;
    for (auto& c : storm) {
        as<Welcome>(c->next());
        auto r = as<LoginRefused>(c->next());
        bad += r.code == LoginRefusal::BadCredentials;
        limited += r.code == LoginRefusal::RateLimited;
    }
    // 20 attempts a minute from 127.0.0.1 reach the password check; 5 of them fail before the
    // name is locked; the other 80 are refused by the address limit before any hashing.
    CHECK(limited == 95);
    CHECK(bad == 5);
    // Another desk is not limited by 127.0.0.1's attempts, but the name is locked by the
    // storm's failures: even the right password waits.
    RawClient desk(f.port(), 0, "127.0.0.2");
    auto locked = as<LoginRefused>(desk.log_in("anna", "password1"));
    CHECK(locked.code == LoginRefusal::RateLimited);
    CHECK(locked.retry_after_s == 900);
    f.clock.advance(std::chrono::minutes(15));
    RawClient later(f.port(), 0, "127.0.0.2");
    auto ok = as<LoginOk>(later.log_in("anna", "password1"));
    CHECK(ok.user == "anna");
    later.send(Ping{7});
    CHECK(as<Pong>(later.next()).sequence == 7);
}
