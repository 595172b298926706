// The connection's visible state against a real kxcti-server run: a restart is survived, a
// refused seat says why.
#include "callerid-display/core/language.h"
#include "tests/callerid/callerid_rig.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::callerid;
using namespace kxcti::test::callerid;
using Phase = qtclient::ConnectionState::Phase;

namespace {
QString s(const char* text) { return QString::fromUtf8(text); }
const std::string kDial = "<D>5550100<I>0501234567";
} // namespace

TEST_CASE("the Caller ID reconnects after the server restarts, says so meanwhile, and pops up again") {
    qt_app();
    apply_language(s("en"));
    ServerRig rig;
    rig.add_operator("anna", "101");
    rig.start();
    auto options = rig.client("anna", "101", "anna");
    // Quick retries: the test must not wait out a desk's backoff.
    options.backoff_initial = std::chrono::milliseconds(200);
    options.backoff_max = std::chrono::milliseconds(1000);
    CallerIdApp anna(options);
    std::vector<qtclient::ConnectionState> states;
    QObject::connect(&anna.connection(), &qtclient::ClientConnection::stateChanged, &anna,
                     [&](const qtclient::ConnectionState& st) { states.push_back(st); });
    anna.start();
    REQUIRE(wait_for([&] { return anna.connection().state().phase == Phase::Connected; }));

    states.clear();
    rig.stop();
    REQUIRE(wait_for([&] { return !states.empty() && states.front().phase == Phase::Reconnecting; }));
    // The first word after the loss is the server's goodbye; later attempts say "refused".
    const auto lost = states.front();
    CHECK(lost.reason == s("the server said goodbye: server shutting down: SIGTERM received"));
    CHECK(lost.retry_in_s == 1);
    REQUIRE(wait_for([&] { return states.size() >= 3; }));  // tried again while the server was down
    CHECK(states[1].phase == Phase::Connecting);
    CHECK(states[2].phase == Phase::Reconnecting);
    CHECK(states[2].reason.startsWith(s("cannot connect to 127.0.0.1:")));
    // The tray's (here the status window's) words follow each state.
    CHECK(wait_for([&] {
        return anna.status().text().startsWith(s("kxcti Caller ID, ext. 101\nReconnecting in 1 s: cannot connect to 127.0.0.1:"));
    }));

    rig.start();
    REQUIRE(wait_for([&] { return anna.connection().state().phase == Phase::Connected; }));
    rig.feed({layout_a("23/11/26", "09:00", "101", "05", kDial, "", "", "RC")});
    REQUIRE(wait_for([&] { return anna.popups().popups().size() == 1; }));
}

TEST_CASE("a refused Caller ID seat shows the server's reason and keeps trying") {
    qt_app();
    apply_language(s("en"));
    ServerRig rig("callerid_seats = 1\n");
    rig.add_operator("anna", "101");
    rig.add_operator("boris", "102");
    rig.start();
    CallerIdApp anna(rig.client("anna", "101", "anna"));
    anna.start();
    REQUIRE(wait_for([&] { return anna.connection().state().phase == Phase::Connected; }));
    CallerIdApp boris(rig.client("boris", "102", "boris"));
    boris.start();
    REQUIRE(wait_for([&] { return boris.connection().state().phase == Phase::Refused; }));
    const auto st = boris.connection().state();
    CHECK(st.refusal == protocol::LoginRefusal::SeatsFull);
    // The server's words: how many seats, and which setting to raise.
    CHECK(st.reason.startsWith(s("login refused: all 1 Caller ID seats are in use; close ")));
    CHECK(st.reason.endsWith(s(", or raise [clients] callerid_seats in kxcti.conf")));
    CHECK(st.retry_in_s >= 1);
    CHECK(boris.status().text() == s("kxcti Caller ID, ext. 102\nRefused: ") + st.reason +
                                       s(" (retrying in %1 s)").arg(st.retry_in_s));
    // Offscreen there is no system tray: the small status window stands in and says the same.
    REQUIRE(boris.status().window());
    CHECK_FALSE(boris.status().usingTray());
    CHECK(boris.status().window()->isVisible());
    CHECK(boris.status().window()->stateText() == boris.status().text());
}

TEST_CASE("a wrong password is refused with the reason, and not retried") {
    qt_app();
    apply_language(s("en"));
    ServerRig rig;
    rig.add_operator("anna", "101");
    rig.start();
    auto options = rig.client("anna", "101", "anna");
    options.password = s("wrong-password");
    CallerIdApp anna(options);
    anna.start();
    REQUIRE(wait_for([&] { return anna.connection().state().phase == Phase::Refused; }));
    const auto st = anna.connection().state();
    CHECK(st.refusal == protocol::LoginRefusal::BadCredentials);
    CHECK(st.retry_in_s == -1);
    CHECK(anna.status().text() == s("kxcti Caller ID, ext. 101\nRefused: ") + st.reason);
}
