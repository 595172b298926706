// The CSTA link over real TCP on 127.0.0.1 against the loopback PBX (csta_peer.h), which replays
// the real Panasonic association reply and systemStatus. Scripted ICD scenarios arrive as
// Events at the handler; a dropped link reconnects and rebuilds state from fresh snapshots.
// Waits have deadlines and wait on conditions; time-based behaviour moves a manual clock.
#include "server/csta/csta_link.h"
#include "tests/csta/csta_peer.h"

#include <utility>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <catch2/catch.hpp>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

using namespace kxcti::csta;
using kxcti::server::CstaConfig;
using kxcti::server::CstaHandlers;
using kxcti::server::CstaLink;
using kxcti::test::csta::CstaPeer;
using kxcti::test::csta::PeerScript;

namespace {

constexpr auto kWait = std::chrono::seconds(20);

struct Recorder {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<Event> events;
    std::vector<DeviceSnapshot> snapshots;
    std::vector<std::string> downs;
    std::vector<std::vector<MonitoredDevice>> ups;

    CstaHandlers handlers() {
        CstaHandlers h;
        h.on_event = [this](const Event& e) { add([&] { events.push_back(e); }); };
        h.on_snapshot = [this](const DeviceSnapshot& s) { add([&] { snapshots.push_back(s); }); };
        h.on_up = [this](const std::vector<MonitoredDevice>& d) { add([&] { ups.push_back(d); }); };
        h.on_down = [this](const std::string& why) { add([&] { downs.push_back(why); }); };
        return h;
    }
    template <typename F>
    void add(F&& f) {
        std::lock_guard lock(mutex);
        f();
        changed.notify_all();
    }
    template <typename P>
    bool wait(P&& p) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, p);
    }
};

// A link on its own io thread, on a manual clock that only the test moves.
struct LinkRig {
    boost::asio::io_context io;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work = boost::asio::make_work_guard(io);
    kxcti::ManualClock clock{kxcti::from_unix_us(1'700'000'000'000'000)};
    Recorder rec;
    std::unique_ptr<CstaLink> link;
    std::thread thread;

    LinkRig(std::uint16_t port, DiscoveryMode mode = DiscoveryMode::Auto) {
        CstaConfig c;
        c.enabled = true;
        c.host = "127.0.0.1";
        c.port = port;
        c.session.discovery = mode;
        c.backoff_initial = std::chrono::milliseconds(10);
        c.backoff_max = std::chrono::milliseconds(100);
        c.tick_interval = std::chrono::milliseconds(10);
        link = std::make_unique<CstaLink>(io, c, rec.handlers(), clock);
        thread = std::thread([this] { io.run(); });
        link->start();
    }
    ~LinkRig() {
        link->stop();
        std::promise<void> flushed;
        boost::asio::post(io, [&] { flushed.set_value(); });
        flushed.get_future().wait();
        link.reset();
        work.reset();
        io.stop();
        thread.join();
    }
    void advance(std::chrono::seconds d) {
        std::promise<void> done;
        boost::asio::post(io, [&] {
            clock.advance(d);
            done.set_value();
        });
        done.get_future().wait();
    }
};

// Two extensions and an ICD group. The standard list names devices by dialling number; the
// Panasonic escape list by device number with the dialling number beside it.
std::vector<DiscoveredDevice> site(bool panasonic = false) {
    if (panasonic)
        return {{device_number(1), "201", category::kStation, {}},
                {device_number(2), "202", category::kStation, {}},
                {device_number(40), "600", category::kGroupAcd, {}}};
    return {{dialing_number("201"), "201", category::kStation, {}},
            {dialing_number("202"), "202", category::kStation, {}},
            {dialing_number("600"), "600", category::kGroupAcd, {}}};
}

ConnectionRef conn(const std::string& call, const std::string& at) {
    ConnectionRef c;
    c.call_id = call;
    c.device = dialing_number(at);
    return c;
}

Event event(EventType type, const std::string& call, const std::string& at, int cause_value) {
    Event e;
    e.type = type;
    e.connection = conn(call, at);
    e.subject = dialing_number(at);
    e.cause = cause_value;
    return e;
}

const std::string kCaller = "0612345678";

std::vector<EventType> types(const std::vector<Event>& events) {
    std::vector<EventType> t;
    for (const auto& e : events) t.push_back(e.type);
    return t;
}

} // namespace

TEST_CASE("link: real Panasonic association bytes, escape fallback, monitors and snapshots, split reads") {
    PeerScript script;
    script.devices = site(true);
    script.refuse_standard_list = true;
    script.dribble = true;  // every byte in its own write: PDUs split across reads everywhere
    CstaPeer peer(script);
    SnapshotCall ringing;
    ringing.connection = conn("\x01\x07", "201");
    ringing.compound = {ConnectionState::Alerting, ConnectionState::Connected};
    ringing.local_state = ConnectionState::Alerting;
    peer.set_calls("201", {ringing});

    LinkRig rig(peer.port());
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 1; }));
    REQUIRE(peer.aarq_matched_panasonic());
    const auto sent = peer.received();
    REQUIRE(sent.size() >= 11);
    REQUIRE(std::vector<std::string>(sent.begin(), sent.begin() + 5) ==
            std::vector<std::string>{"AARQ", "result 211", "invoke 204", "invoke 51", "invoke 51"});
    REQUIRE(std::count(sent.begin(), sent.end(), "invoke 71") == 3);
    REQUIRE(std::count(sent.begin(), sent.end(), "invoke 74") == 3);
    std::lock_guard lock(rig.rec.mutex);
    REQUIRE(rig.rec.ups[0].size() == 3);
    REQUIRE(rig.rec.snapshots.size() == 3);
    for (const auto& s : rig.rec.snapshots) {
        if (s.device.number == "201") REQUIRE(s.calls == std::vector<SnapshotCall>{ringing});
        else REQUIRE(s.calls.empty());
    }
    const auto st = rig.link->status();
    REQUIRE(st.state == "up");
    REQUIRE(st.devices_monitored == 3);
    REQUIRE(st.connects == 1);
}

TEST_CASE("link: ICD call queue -> divert -> ring -> answer -> clear arrives in order as events") {
    PeerScript script;
    script.devices = site();
    CstaPeer peer(script);
    LinkRig rig(peer.port());
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 1; }));

    const std::string call = "\x02\x01";
    Event queued = event(EventType::Queued, call, "600", cause::kEnteringDistribution);
    queued.calling = dialing_number(kCaller);
    queued.called = dialing_number("600");
    queued.number_queued = 1;
    queued.local_state = ConnectionState::Queued;
    Event diverted = event(EventType::Diverted, call, "600", cause::kDistributed);
    diverted.other = dialing_number("201");
    Event delivered = event(EventType::Delivered, call, "201", cause::kDistributed);
    delivered.calling = dialing_number(kCaller);
    delivered.called = dialing_number("600");
    delivered.local_state = ConnectionState::Alerting;
    Event established = event(EventType::Established, call, "201", cause::kNormal);
    established.calling = dialing_number(kCaller);
    Event cleared = event(EventType::ConnectionCleared, call, "201", cause::kNormalClearing);
    cleared.subject = dialing_number(kCaller);  // the caller hung up
    Event gone = event(EventType::CallCleared, call, "201", cause::kNormalClearing);
    peer.send_event("600", queued);
    peer.send_event("600", diverted);
    peer.send_event("201", delivered);
    peer.send_event("201", established);
    peer.send_event("201", cleared);
    peer.send_event("201", gone);

    REQUIRE(rig.rec.wait([&] { return rig.rec.events.size() == 6; }));
    std::lock_guard lock(rig.rec.mutex);
    const auto& ev = rig.rec.events;
    REQUIRE(types(ev) == std::vector<EventType>{EventType::Queued, EventType::Diverted, EventType::Delivered,
                                               EventType::Established, EventType::ConnectionCleared,
                                               EventType::CallCleared});
    REQUIRE(ev[0].monitored == "600");
    REQUIRE(ev[0].calling == dialing_number(kCaller));
    REQUIRE(ev[0].number_queued == 1);
    REQUIRE(ev[1].other == dialing_number("201"));
    REQUIRE(ev[1].cause == cause::kDistributed);
    REQUIRE(ev[2].monitored == "201");
    REQUIRE(ev[2].local_state == ConnectionState::Alerting);
    REQUIRE(ev[3].subject == dialing_number("201"));
    REQUIRE(ev[4].subject == dialing_number(kCaller));
    for (const auto& e : ev) REQUIRE(e.connection.call_id == call);
    REQUIRE(rig.link->status().events == 6);
}

TEST_CASE("link: a caller abandoning while queued is a ConnectionCleared with no ring or answer") {
    PeerScript script;
    script.devices = site();
    CstaPeer peer(script);
    LinkRig rig(peer.port());
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 1; }));
    const std::string call = "\x02\x02";
    Event queued = event(EventType::Queued, call, "600", cause::kEnteringDistribution);
    queued.calling = dialing_number(kCaller);
    Event abandoned = event(EventType::ConnectionCleared, call, "600", cause::kNormalClearing);
    abandoned.subject = dialing_number(kCaller);
    Event gone = event(EventType::CallCleared, call, "600", cause::kNormalClearing);
    peer.send_event("600", queued);
    peer.send_event("600", abandoned);
    peer.send_event("600", gone);
    REQUIRE(rig.rec.wait([&] { return rig.rec.events.size() == 3; }));
    std::lock_guard lock(rig.rec.mutex);
    REQUIRE(types(rig.rec.events) ==
            std::vector<EventType>{EventType::Queued, EventType::ConnectionCleared, EventType::CallCleared});
    REQUIRE(rig.rec.events[1].subject == dialing_number(kCaller));
    for (const auto& e : rig.rec.events) REQUIRE(e.monitored == "600");
}

TEST_CASE("link: drop -> reconnect -> snapshot rebuilds state with no phantom calls") {
    PeerScript script;
    script.devices = site();
    CstaPeer peer(script);
    SnapshotCall talking;
    talking.connection = conn("\x03\x01", "201");
    talking.simple = 0x33;  // callEstablished
    talking.local_state = ConnectionState::Connected;
    peer.set_calls("201", {talking});
    LinkRig rig(peer.port());
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 1 && rig.rec.snapshots.size() == 3; }));

    // While the link is down the call ends and another starts ringing.
    SnapshotCall ringing;
    ringing.connection = conn("\x03\x02", "201");
    ringing.simple = 0x23;  // callDelivered
    ringing.local_state = ConnectionState::Alerting;
    peer.set_calls("201", {ringing});
    peer.drop();

    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 2 && rig.rec.snapshots.size() == 6; }));
    REQUIRE(peer.connections() == 2);
    std::lock_guard lock(rig.rec.mutex);
    REQUIRE(rig.rec.downs.size() == 1);
    REQUIRE(rig.rec.downs[0].rfind("the PBX closed the connection", 0) == 0);
    std::vector<SnapshotCall> after;
    for (std::size_t i = 3; i < 6; ++i)
        if (rig.rec.snapshots[i].device.number == "201") after = rig.rec.snapshots[i].calls;
    REQUIRE(after == std::vector<SnapshotCall>{ringing});  // the ended call is not reported again
    REQUIRE(rig.link->status().connects == 2);
    REQUIRE(rig.link->status().ups == 2);
}

TEST_CASE("link: no systemStatus for 300 s drops the link and it reconnects") {
    PeerScript script;
    script.devices = site();
    CstaPeer peer(script);
    LinkRig rig(peer.port(), DiscoveryMode::Standard);
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 1; }));
    rig.advance(std::chrono::seconds(299));
    rig.advance(std::chrono::seconds(1));
    REQUIRE(rig.rec.wait([&] { return rig.rec.downs.size() == 1; }));
    {
        std::lock_guard lock(rig.rec.mutex);
        REQUIRE(rig.rec.downs[0] ==
                "no systemStatus from the PBX for 300 s (it sends them as a heartbeat): the link is presumed dead");
    }
    REQUIRE(rig.rec.wait([&] { return rig.rec.ups.size() == 2; }));
    REQUIRE(peer.connections() == 2);
}

TEST_CASE("link: a refused association is reported and retried") {
    PeerScript script;
    script.accept = false;
    CstaPeer peer(script);
    LinkRig rig(peer.port());
    REQUIRE(rig.rec.wait([&] { return rig.rec.downs.size() >= 2; }));
    REQUIRE(peer.connections() >= 2);
    std::lock_guard lock(rig.rec.mutex);
    REQUIRE(rig.rec.downs[0] == "the PBX refused the association: rejected-permanent (1), acse-service-user: "
                                "authentication-failure (13): check [csta] authenticate, user and password "
                                "against the PBX's CTI settings");
    REQUIRE(rig.rec.ups.empty());
    REQUIRE(rig.link->status().last_error == rig.rec.downs.back());
}
