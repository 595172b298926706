// kxcti-server csta-probe against the loopback PBX: the real program, real TCP.
#include "common/csta/acse.h"
#include "tests/csta/csta_peer.h"
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::test::ChildProcess;
using kxcti::test::csta::CstaPeer;
using kxcti::test::csta::PeerScript;

namespace {
constexpr auto kWait = std::chrono::seconds(20);
}

TEST_CASE("csta-probe lists the devices with their calls, prints the first events and exits 0") {
    PeerScript script;
    script.devices = {{dialing_number("201"), "201", category::kStation, {}}, {dialing_number("600"), "600", category::kGroupAcd, {}}};
    CstaPeer peer(script);
    SnapshotCall ringing;
    ringing.connection.call_id = "\x01\x07";
    ringing.connection.device = dialing_number("201");
    ringing.simple = 0x23;
    ringing.local_state = ConnectionState::Alerting;
    peer.set_calls("201", {ringing});

    ChildProcess probe({KXCTI_SERVER_EXE, "csta-probe", "127.0.0.1", "--port", std::to_string(peer.port()), "--events", "2",
                        "--timeout", "30"});
    REQUIRE(probe.wait_for_line("CTI link up at 127.0.0.1:" + std::to_string(peer.port()) + ": 2 of 2 devices monitored", kWait));
    REQUIRE(probe.read_line(kWait) == "  device 201 station: 1 call: [call 0107 at 201 alerting]");
    REQUIRE(probe.read_line(kWait) == "  device 600 groupACD: idle");
    REQUIRE(probe.read_line(kWait) == "waiting for up to 2 events (30 s)");
    Event e;
    e.type = EventType::Delivered;
    e.connection.call_id = "\x01\x08";
    e.subject = dialing_number("201");
    e.calling = dialing_number("0612345678");
    e.cause = cause::kNewCall;
    peer.send_event("201", e);
    e.type = EventType::Established;
    e.cause = cause::kNormal;
    peer.send_event("201", e);
    REQUIRE(probe.read_line(kWait) == "event Delivered call 0108: at 201, calling 0612345678, cause newCall [monitor 201]");
    REQUIRE(probe.read_line(kWait) == "event Established call 0108: at 201, calling 0612345678, cause normal [monitor 201]");
    REQUIRE(probe.read_line(kWait) == "2 events seen");
    REQUIRE(probe.wait(kWait) == 0);
}

TEST_CASE("csta-probe stops at the first failure with the reason and exits 1") {
    PeerScript script;
    script.accept = false;
    CstaPeer peer(script);
    ChildProcess probe({KXCTI_SERVER_EXE, "csta-probe", "127.0.0.1", "--port", std::to_string(peer.port()), "--trace"});
    REQUIRE(probe.wait(kWait) == 1);
    // The trace shows the exchange: the Panasonic AARQ out, the refusal in.
    REQUIRE(probe.err().find(">> 602380020780a10706052b0c00815abe14281206072b0c00821d8148a007a0050303000800\n") != std::string::npos);
    REQUIRE(probe.err().find("<< " + kxcti::csta::hex(kxcti::csta::encode_aare(1, 1, 13)) + "\n") != std::string::npos);
    REQUIRE(probe.err().find("kxcti-server csta-probe: the PBX refused the association: rejected-permanent (1)") !=
            std::string::npos);
    REQUIRE(peer.connections() == 1);
}

TEST_CASE("csta-probe refuses bad arguments with usage, exit 2") {
    ChildProcess probe({KXCTI_SERVER_EXE, "csta-probe", "127.0.0.1", "--port", "99999"});
    REQUIRE(probe.wait(kWait) == 2);
    REQUIRE(probe.err().find("csta.port = '99999': use 1 to 65535") != std::string::npos);
}
