// Handshake and login over real TCP: the right password, a wrong one, rate limits, seats.
#include "net_fixture.h"
#include "raw_client.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

TEST_CASE("handshake: Welcome with the live feature, and a client too new is told to update the server") {
    NetFixture f;
    f.start();
    RawClient c(f.port());
    c.send(make_hello(ClientKind::Supervisor, "kxcti-supervisor 0.1.0", {"live", "x-unknown"}));
    auto w = as<Welcome>(c.next());
    CHECK(w.version == 1);
    CHECK_THAT(w.server_version, Catch::StartsWith("kxcti-server 0."));
    CHECK(w.features == std::vector<std::string>{"live"});

    RawClient future(f.port());
    future.send(Hello{5, 7, ClientKind::CallerId, "kxcti-callerid 9.0", {}}, 5);
    auto r = as<Refused>(future.next());
    CHECK(r.code == RefusalCode::UpdateRequired);
    CHECK(r.text == "this server (" + w.server_version + ") speaks protocol 1; your client (kxcti-callerid 9.0) speaks protocols 5 to 7: update "
                        "the server");
    CHECK(future.closed_by_server());
}

TEST_CASE("login: the right password is welcome with the user's scope and seat") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601", "602"});
    f.start();
    RawClient c(f.port());
    auto ok = as<LoginOk>(c.log_in("Anna", "password1"));
    CHECK(ok.user == "anna");
    CHECK(ok.role == Role::Supervisor);
    CHECK_FALSE(ok.all_groups);
    CHECK(ok.groups == std::vector<std::string>{"601", "602"});
    CHECK(ok.extensions.empty());
    CHECK(ok.text == "Supervisor seat 1 of 5");
    c.send(Ping{41});
    CHECK(as<Pong>(c.next()).sequence == 41);
}

TEST_CASE("login: a wrong password and an unknown user get the same answer, and the connection closes") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.start();
    RawClient wrong(f.port());
    auto r = as<LoginRefused>(wrong.log_in("anna", "password2"));
    CHECK(r.code == LoginRefusal::BadCredentials);
    CHECK(r.text == "wrong user name or password");
    CHECK(wrong.closed_by_server());
    RawClient unknown(f.port());
    auto u = as<LoginRefused>(unknown.log_in("bob", "password1"));
    CHECK(u.code == LoginRefusal::BadCredentials);
    CHECK(u.text == "wrong user name or password");
}

TEST_CASE("login: failures lock the user name for the window, attempts per address are capped") {
    NetFixture f;
    f.config.clients.login_failures_per_user = 3;
    f.config.clients.login_attempts_per_minute = 6;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.start();
    for (int i = 0; i < 3; ++i) {
        RawClient c(f.port());
        CHECK(as<LoginRefused>(c.log_in("anna", "guess" + std::to_string(i) + "xxx")).code ==
              LoginRefusal::BadCredentials);
    }
    {
        RawClient c(f.port());
        auto r = as<LoginRefused>(c.log_in("anna", "password1"));  // right, but locked
        CHECK(r.code == LoginRefusal::RateLimited);
        CHECK(r.retry_after_s == 900);
        CHECK(r.text == "too many failed logins for this user; try again in 900 s");
    }
    f.clock.advance(std::chrono::seconds(60));
    {
        RawClient c(f.port());
        CHECK(as<LoginRefused>(c.log_in("anna", "password1")).retry_after_s == 840);
    }
    f.clock.advance(std::chrono::seconds(840));
    {
        RawClient c(f.port());
        CHECK(as<LoginOk>(c.log_in("anna", "password1")).user == "anna");
    }
    // Six attempts a minute from 127.0.0.1: the one above (the others have left the window)
    // and five more...
    for (int i = 0; i < 5; ++i) {
        RawClient c(f.port());
        CHECK(std::holds_alternative<LoginOk>(*c.log_in("anna", "password1")));
    }
    // ...and the seventh is refused before any password is checked.
    RawClient c(f.port());
    auto r = as<LoginRefused>(c.log_in("anna", "password1"));
    CHECK(r.code == LoginRefusal::RateLimited);
    CHECK(r.retry_after_s == 60);
    CHECK(r.text == "too many login attempts from your address; try again in 60 s");
}

TEST_CASE("seats: the ninth Caller ID is refused with the reason, and a seat comes back when a client leaves") {
    NetFixture f;
    f.config.clients.login_attempts_per_minute = 1000;
    f.add_user("op", Role::Operator, {}, {"101", "102"});
    f.start();
    std::vector<std::unique_ptr<RawClient>> desks;
    for (int i = 1; i <= 8; ++i) {
        desks.push_back(std::make_unique<RawClient>(f.port()));
        auto ok = as<LoginOk>(desks.back()->log_in("op", "password1", ClientKind::CallerId, true, "101"));
        CHECK(ok.text == "Caller ID seat " + std::to_string(i) + " of 8");
        CHECK(ok.extensions == std::vector<std::string>{"101"});
    }
    RawClient ninth(f.port());
    auto r = as<LoginRefused>(ninth.log_in("op", "password1", ClientKind::CallerId));
    CHECK(r.code == LoginRefusal::SeatsFull);
    CHECK(r.text == "all 8 Caller ID seats are in use; close the Caller ID client on another desk, or raise "
                    "[clients] callerid_seats in kxcti.conf");
    CHECK(ninth.closed_by_server());
    desks.pop_back();  // one desk closes
    // The server notices the close, then the seat is free: try until it is (bounded).
    bool in = false;
    for (int attempt = 0; attempt < 50 && !in; ++attempt) {
        RawClient again(f.port());
        in = std::holds_alternative<LoginOk>(*again.log_in("op", "password1", ClientKind::CallerId));
        if (in) CHECK(f.server->stats().callerid_seats_used == 8);
    }
    CHECK(in);
}

TEST_CASE("an operator may not use the Supervisor client, nor claim another's extension") {
    NetFixture f;
    f.add_user("op", Role::Operator, {}, {"101"});
    f.start();
    RawClient sup(f.port());
    auto r = as<LoginRefused>(sup.log_in("op", "password1", ClientKind::Supervisor));
    CHECK(r.code == LoginRefusal::NotAllowed);
    CHECK(r.text == "user op is an operator: operators use the Caller ID client, not the Supervisor (ask an admin "
                    "for a supervisor account)");
    RawClient other(f.port());
    auto e = as<LoginRefused>(other.log_in("op", "password1", ClientKind::CallerId, true, "102"));
    CHECK(e.code == LoginRefusal::NotAllowed);
    CHECK(e.text == "extension 102 is not one of user op's extensions; set the right extension in the client or ask "
                    "an admin to add it (kxcti-server user set)");
}
