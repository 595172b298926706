// The association state machine against a scripted PBX made of real and encoded PDUs, on a
// manual clock: every timeout is reached by moving the clock, never by sleeping.
#include "common/csta/acse.h"
#include "common/csta/ber_writer.h"
#include "common/csta/invoke_tracker.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/session.h"
#include "tests/csta/corpus.h"

#include <catch2/catch.hpp>

using namespace kxcti::csta;
using kxcti::ManualClock;
using kxcti::test::csta::sample;

namespace {

const char* const kPanasonic = "panasonic_IrbisNN-LinTcMon_phonesystem.py.hex";

struct Sent {
    RosePdu rose;
    Bytes bytes;
};

Sent parse(const Bytes& pdu) {
    const auto c = classify_pdu(pdu);
    REQUIRE(c.ok);
    REQUIRE(c.kind == PduKind::Rose);
    const auto r = decode_rose(c.top);
    REQUIRE(r.ok);
    return {r.pdu, pdu};
}

std::vector<Sent> invokes_of(const SessionOutput& out, std::int64_t opcode) {
    std::vector<Sent> v;
    for (const auto& b : out.send) {
        auto s = parse(b);
        if (s.rose.kind == RoseKind::Invoke && s.rose.invoke.opcode == opcode) v.push_back(s);
    }
    return v;
}

struct Fixture {
    ManualClock clock{kxcti::from_unix_us(1'700'000'000'000'000)};
    SessionSettings settings;
    std::optional<Session> session;

    explicit Fixture(DiscoveryMode mode = DiscoveryMode::Auto) { settings.discovery = mode; }

    SessionOutput associate() {
        session.emplace(settings, clock);
        const auto hello = session->start();
        REQUIRE(hello.send.size() == 1);
        REQUIRE(hello.send[0] == encode_aarq({}));
        REQUIRE(session->state() == SessionState::Associating);
        const auto aare = session->on_pdu(sample(kPanasonic, "PBX -> client: AARE"));
        REQUIRE(aare.send.empty());
        REQUIRE_FALSE(aare.close);
        REQUIRE(session->state() == SessionState::AwaitingStatus);
        auto status = session->on_pdu(sample(kPanasonic, "PBX -> client: ROSE Invoke id=1"));
        REQUIRE(status.send.at(0) == sample(kPanasonic, "client -> PBX (commented-out in code): ROSE ReturnResult"));
        // Discovery begins on the first systemStatus (static devices go straight to monitoring).
        REQUIRE(session->state() == (settings.discovery == DiscoveryMode::Static ? SessionState::Monitoring
                                                                                  : SessionState::Discovering));
        return status;
    }

    SessionOutput feed(const Bytes& pdu) { return session->on_pdu(pdu); }

    // Answers every monitorStart and snapshotDevice in `out` (and in what those answers bring)
    // until nothing is left; snapshot of device N: one alerting call. Returns all output.
    SessionOutput answer_all(SessionOutput out) {
        SessionOutput all;
        std::vector<Bytes> queue = out.send;
        all.became_up = out.became_up;
        while (!queue.empty()) {
            const Bytes pdu = queue.front();
            queue.erase(queue.begin());
            const auto s = parse(pdu);
            if (s.rose.kind != RoseKind::Invoke) continue;
            Bytes answer;
            if (s.rose.invoke.opcode == op::kMonitorStart) {
                const auto dev = decode_monitor_start_arg(*s.rose.invoke.argument);
                answer = encode_return_result(s.rose.invoke.invoke_id, op::kMonitorStart,
                                              encode_monitor_start_result("x" + dev->number));
            } else if (s.rose.invoke.opcode == op::kSnapshotDevice) {
                const auto dev = decode_snapshot_device_arg(*s.rose.invoke.argument);
                SnapshotCall call;
                call.connection.call_id = "c" + dev->number;
                call.connection.device = *dev;
                call.simple = 0x23;
                call.local_state = ConnectionState::Alerting;
                answer = encode_return_result(s.rose.invoke.invoke_id, op::kSnapshotDevice, encode_snapshot_device_result({call}));
            } else {
                continue;
            }
            auto next = session->on_pdu(answer);
            for (auto& b : next.send) queue.push_back(b);
            for (auto& sn : next.snapshots) all.snapshots.push_back(sn);
            all.became_up = all.became_up || next.became_up;
            if (next.close) all.close = next.close;
        }
        return all;
    }
};

Bytes kme_segment(std::int64_t id, bool last, std::vector<std::pair<int, std::string>> devices) {
    std::vector<DiscoveredDevice> list;
    for (auto& [n, number] : devices) list.push_back({device_number(n), number, -1, 1});
    return encode_invoke(900 + id, op::kEscape, encode_kme_device_list(id, last, list));
}

} // namespace

TEST_CASE("session: AARQ, AARE, systemStatus answered byte for byte, then standard discovery") {
    Fixture f;
    const auto out = f.associate();
    const auto req = invokes_of(out, op::kGetSwitchingFunctionDevices);
    REQUIRE(req.size() == 1);
    REQUIRE(hex(element_bytes(*req[0].rose.invoke.argument)) == "3000");
    // Every later systemStatus is answered the same way, with its own invoke id.
    const auto again = f.feed(encode_invoke(77, op::kSystemStatus, encode_system_status_arg(SystemStatus::Normal)));
    REQUIRE(again.send == std::vector<Bytes>{encode_null_result(77, op::kSystemStatus)});
    REQUIRE(f.session->stats().system_status == 2);
}

TEST_CASE("session: standard device list in two segments, 10 devices monitored 8 at a time, snapshots") {
    Fixture f(DiscoveryMode::Standard);
    const auto out = f.associate();
    const auto req = invokes_of(out, op::kGetSwitchingFunctionDevices).at(0);
    REQUIRE(f.feed(encode_return_result(req.rose.invoke.invoke_id, op::kGetSwitchingFunctionDevices,
                                        kxcti::test::csta::hex_bytes("3003040172"))).send.empty());
    std::vector<DiscoveredDevice> first, second;
    for (int i = 0; i < 6; ++i) first.push_back({dialing_number(std::to_string(201 + i)), std::to_string(201 + i), category::kStation, {}});
    for (int i = 0; i < 3; ++i) second.push_back({dialing_number(std::to_string(207 + i)), std::to_string(207 + i), category::kStation, {}});
    second.push_back({dialing_number("600"), "600", category::kGroupAcd, {}});
    second.push_back({dialing_number("9001"), "9001", category::kNetworkInterface, {}});  // trunk: not monitored
    const auto s1 = f.feed(encode_invoke(500, op::kSwitchingFunctionDevices, encode_switching_function_devices("r", 1, false, first)));
    REQUIRE(s1.send == std::vector<Bytes>{encode_return_result_empty(500)});
    REQUIRE(f.session->state() == SessionState::Discovering);
    const auto s2 = f.feed(encode_invoke(501, op::kSwitchingFunctionDevices, encode_switching_function_devices("r", 2, true, second)));
    REQUIRE(f.session->state() == SessionState::Monitoring);
    REQUIRE(f.session->devices().size() == 10);
    const auto monitors = invokes_of(s2, op::kMonitorStart);
    REQUIRE(monitors.size() == 8);  // the window
    REQUIRE(decode_monitor_start_arg(*monitors[0].rose.invoke.argument) == dialing_number("201"));

    const auto all = f.answer_all(s2);
    REQUIRE_FALSE(all.close);
    REQUIRE(all.became_up);
    REQUIRE(f.session->state() == SessionState::Up);
    REQUIRE(all.snapshots.size() == 10);
    for (const auto& d : f.session->devices()) {
        REQUIRE(d.monitored);
        REQUIRE(d.snapshot_done);
        REQUIRE(d.cross_ref == "x" + d.device.number);
    }
    REQUIRE(all.snapshots[0].calls.at(0).local_state == ConnectionState::Alerting);

    // Events are tagged with the device whose monitor reported them.
    Event e;
    e.type = EventType::Delivered;
    e.cross_ref = "x600";
    e.connection.call_id = "\x01";
    e.subject = dialing_number("201");
    e.cause = cause::kDistributed;
    const auto ev = f.feed(encode_event_invoke(1000, e));
    REQUIRE(ev.send.empty());  // event reports are never answered
    REQUIRE(ev.events.size() == 1);
    REQUIRE(ev.events[0].monitored == "600");
    REQUIRE(ev.events[0].subject == dialing_number("201"));
    REQUIRE(f.session->stats().events == 1);
}

TEST_CASE("session: Auto falls back to the Panasonic escape list when 204 is refused") {
    Fixture f;
    const auto out = f.associate();
    const auto req = invokes_of(out, op::kGetSwitchingFunctionDevices).at(0);
    Writer param;
    param.constructed(context(0, true), [&] { param.enumerated(50); });  // serviceNotSupported
    const auto fb = f.feed(encode_return_error(req.rose.invoke.invoke_id, 1, param.bytes()));
    const auto escapes = invokes_of(fb, op::kEscape);
    REQUIRE(escapes.size() == 2);
    // The same requests, byte for byte apart from the invoke id, as the public client's.
    REQUIRE(escapes[0].bytes == encode_invoke(escapes[0].rose.invoke.invoke_id, op::kEscape, encode_kme_device_list_request(5)));
    REQUIRE(escapes[1].bytes == encode_invoke(escapes[1].rose.invoke.invoke_id, op::kEscape, encode_kme_device_list_request(2)));
    // The PBX acknowledges, then sends the lists: extensions in two segments, groups in one.
    REQUIRE(f.feed(encode_return_result(escapes[0].rose.invoke.invoke_id, op::kEscape, {})).send.empty());
    REQUIRE(f.feed(kme_segment(1, false, {{1, "101"}, {2, "102"}})).send.empty());
    REQUIRE(f.feed(kme_segment(2, true, {{3, "103"}})).send.empty());
    REQUIRE(f.session->state() == SessionState::Discovering);
    const auto last = f.feed(kme_segment(1, true, {{40, "600"}, {1, "101"}}));  // 101 again: once only
    REQUIRE(f.session->state() == SessionState::Monitoring);
    REQUIRE(f.session->devices().size() == 4);
    const auto monitors = invokes_of(last, op::kMonitorStart);
    REQUIRE(monitors.size() == 4);
    // Panasonic lists name devices by device number: monitorStart uses it, as the public client does.
    REQUIRE(decode_monitor_start_arg(*monitors[3].rose.invoke.argument) == device_number(40));
    const auto all = f.answer_all(last);
    REQUIRE(all.became_up);
    REQUIRE(all.snapshots.size() == 4);
    REQUIRE(all.snapshots[3].device.number == "600");
}

TEST_CASE("session: a getSwitchingFunctionDevices that is never answered falls back after the invoke timeout") {
    Fixture f;
    f.associate();
    f.clock.advance(std::chrono::milliseconds(9999));
    REQUIRE(f.session->tick().send.empty());
    f.clock.advance(std::chrono::milliseconds(1));
    const auto fb = f.session->tick();
    REQUIRE(invokes_of(fb, op::kEscape).size() == 2);
    REQUIRE(f.session->stats().timeouts == 1);
    // Nothing comes back either: with no devices known, the session gives up with advice.
    f.clock.advance(std::chrono::seconds(60));
    // The PBX keeps the heartbeat going meanwhile.
    f.feed(encode_invoke(2, op::kSystemStatus, encode_system_status_arg(SystemStatus::Normal)));
    const auto end = f.session->tick();
    REQUIRE(end.close);
    REQUIRE(*end.close ==
            "device discovery failed (no device list within 60 s): name the extensions and ICD groups to monitor in "
            "the [csta] devices setting, or set discovery = static");
}

TEST_CASE("session: static devices are monitored by dialling number without discovery") {
    Fixture f(DiscoveryMode::Static);
    f.settings.devices = {"101", "600"};
    const auto out = f.associate();
    const auto monitors = invokes_of(out, op::kMonitorStart);
    REQUIRE(monitors.size() == 2);
    // The corpus monitorStart for 101, with our invoke id.
    REQUIRE(monitors[0].bytes == encode_invoke(monitors[0].rose.invoke.invoke_id, op::kMonitorStart,
                                               encode_monitor_start_arg(dialing_number("101"))));
    REQUIRE(f.answer_all(out).became_up);
}

TEST_CASE("session: a device the PBX refuses is reported and the others go on - all refused closes") {
    Fixture f(DiscoveryMode::Static);
    f.settings.devices = {"101", "199"};
    const auto out = f.associate();
    const auto monitors = invokes_of(out, op::kMonitorStart);
    Writer param;
    param.constructed(context(0, true), [&] { param.enumerated(12); });
    f.feed(encode_return_error(monitors[1].rose.invoke.invoke_id, 1, param.bytes()));
    REQUIRE(f.session->devices()[1].failure == "monitorStart universalFailure: operation 12 (invalidDeviceID)");
    SessionOutput only_first;
    only_first.send = {monitors[0].bytes};
    const auto all = f.answer_all(only_first);
    REQUIRE(all.became_up);
    REQUIRE(all.snapshots.size() == 1);

    Fixture g(DiscoveryMode::Static);
    g.settings.devices = {"199"};
    const auto o = g.associate();
    const auto m = invokes_of(o, op::kMonitorStart).at(0);
    const auto closed = g.feed(encode_reject(m.rose.invoke.invoke_id, RejectProblem::Invoke, 2));
    REQUIRE(closed.close);
    REQUIRE(*closed.close == "no device could be monitored (1 refused; first: monitorStart rejected: invoke problem 2 (mistypedArgument))");
}

TEST_CASE("session: association timeout and refusal say what to check") {
    Fixture f;
    f.session.emplace(f.settings, f.clock);
    f.session->start();
    f.clock.advance(std::chrono::seconds(10));
    const auto t = f.session->tick();
    REQUIRE(t.close);
    REQUIRE(*t.close == "no AARE within 10 s of connecting: check that this is the PBX's CTI port (33333 by default) "
                        "and that no other CTI application holds the link (KX-TDA allows one)");
    REQUIRE(f.session->state() == SessionState::Closed);

    f.session->start();
    const auto r = f.session->on_pdu(encode_aare(1, 1, 14));
    REQUIRE(r.close);
    REQUIRE(*r.close == "the PBX refused the association: rejected-permanent (1), acse-service-user: "
                        "authentication-required (14): check [csta] authenticate, user and password against the "
                        "PBX's CTI settings");
}

TEST_CASE("session: the heartbeat watch closes after 300 s without systemStatus, not before") {
    Fixture f(DiscoveryMode::Static);
    f.settings.devices = {"101"};
    REQUIRE(f.answer_all(f.associate()).became_up);
    f.clock.advance(std::chrono::seconds(299));
    REQUIRE_FALSE(f.session->tick().close);
    f.feed(encode_invoke(3, op::kSystemStatus, encode_system_status_arg(SystemStatus::Normal)));
    f.clock.advance(std::chrono::seconds(299));
    REQUIRE_FALSE(f.session->tick().close);
    REQUIRE(f.session->next_deadline() == f.clock.now() + std::chrono::seconds(1));
    f.clock.advance(std::chrono::seconds(1));
    const auto t = f.session->tick();
    REQUIRE(t.close);
    REQUIRE(*t.close == "no systemStatus from the PBX for 300 s (it sends them as a heartbeat): the link is presumed dead");
}

TEST_CASE("session: discovery starts after the grace period when no systemStatus comes") {
    Fixture f;
    f.session.emplace(f.settings, f.clock);
    f.session->start();
    f.session->on_pdu(sample(kPanasonic, "PBX -> client: AARE"));
    f.clock.advance(std::chrono::milliseconds(4999));
    REQUIRE(f.session->tick().send.empty());
    f.clock.advance(std::chrono::milliseconds(1));
    REQUIRE(invokes_of(f.session->tick(), op::kGetSwitchingFunctionDevices).size() == 1);
}

TEST_CASE("session: close signals, unknown invokes and malformed PDUs") {
    Fixture f;
    f.associate();
    // privateEvent is answered like the public client answers it; an unknown operation is not.
    REQUIRE(f.feed(encode_invoke(8, op::kPrivateEvent, {})).send == std::vector<Bytes>{encode_null_result(8, op::kPrivateEvent)});
    REQUIRE(f.feed(encode_invoke(9, 999, {})).send.empty());
    REQUIRE(f.session->stats().unanswered_invokes == 1);
    REQUIRE(f.feed(Bytes{0x30, 0x05, 0x01}).send.empty());
    REQUIRE(f.session->stats().malformed == 1);
    REQUIRE(f.feed(encode_return_result(4242, op::kMonitorStart, {})).send.empty());
    REQUIRE(f.session->stats().unmatched_answers == 1);
    const auto c = f.feed(sample(kPanasonic, "PBX -> client (handled"));
    REQUIRE(c.close == "the PBX sent its close signal (80 01 00; the public Panasonic client reconnects on it)");
    // After a close nothing more is done until start().
    REQUIRE(f.feed(sample(kPanasonic, "PBX -> client: ROSE Invoke id=1")).send.empty());
}

TEST_CASE("session: a new connection starts from nothing (reconnect rebuilds monitors and snapshots)") {
    Fixture f(DiscoveryMode::Static);
    f.settings.devices = {"101"};
    REQUIRE(f.answer_all(f.associate()).became_up);
    const auto first_cross = f.session->devices()[0].cross_ref;
    REQUIRE(first_cross == "x101");
    f.session->stop();
    REQUIRE(f.session->devices().empty());
    const auto again = f.session->start();
    REQUIRE(again.send == std::vector<Bytes>{encode_aarq({})});
    f.feed(sample(kPanasonic, "PBX -> client: AARE"));
    const auto st = f.feed(sample(kPanasonic, "PBX -> client: ROSE Invoke id=1"));
    const auto all = f.answer_all(st);
    REQUIRE(all.became_up);
    REQUIRE(all.snapshots.size() == 1);
}

TEST_CASE("invoke ids: 1 to 32767, wrapping, never an outstanding one - timeouts oldest first") {
    InvokeTracker t;
    ManualClock clock;
    const auto now = clock.now();
    REQUIRE(t.start(71, now, std::chrono::seconds(10)) == 1);
    REQUIRE(t.start(71, now + std::chrono::seconds(1), std::chrono::seconds(10)) == 2);
    for (std::int64_t i = 3; i <= InvokeTracker::kMaxInvokeId; ++i) {
        const auto id = t.start(74, now, std::chrono::seconds(30));
        REQUIRE(id == i);
        t.finish(*id);
    }
    // Next would be 1 and 2, both outstanding: 3 comes next.
    REQUIRE(t.start(74, now, std::chrono::seconds(30)) == 3);
    REQUIRE(t.outstanding() == 3);
    REQUIRE(t.next_deadline() == now + std::chrono::seconds(10));
    const auto expired = t.expire(now + std::chrono::seconds(11));
    REQUIRE(expired.size() == 2);
    REQUIRE(expired[0].id == 1);
    REQUIRE(expired[1].id == 2);
    REQUIRE(t.finish(1) == std::nullopt);
    REQUIRE(t.finish(3)->opcode == 74);
}
