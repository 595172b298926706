// The translator on hand-made events: the variants a PBX may use instead of the simulator's
// (a group's queue as Delivered with enteringDistribution, a withheld caller, no timestamps),
// copies from several monitors, and a first connection whose snapshots show calls in progress.
#include "common/csta/event.h"
#include "server/csta/csta_translator.h"
#include "tests/csta/sim_rig.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using kxcti::test::csta::describe;

namespace {

constexpr std::int64_t kT = 1'700'000'000'000'000;
constexpr std::int64_t kS = 1'000'000;

csta::Event event(csta::EventType type, const std::string& cid, const std::string& subject) {
    csta::Event e;
    e.type = type;
    const auto tags = csta::event_tags(type);
    e.category = tags->category;
    e.event_tag = tags->tag;
    e.connection.call_id = cid;
    e.connection.device = csta::dialing_number(subject);
    e.subject = csta::dialing_number(subject);
    e.calling.form = csta::DeviceForm::NotKnown;  // withheld
    e.associated_calling = csta::dialing_number("05");
    return e;
}

std::vector<csta::MonitoredDevice> devices(std::vector<std::pair<std::string, int>> list) {
    std::vector<csta::MonitoredDevice> out;
    for (const auto& [n, cat] : list) {
        csta::MonitoredDevice d;
        d.device.device = csta::dialing_number(n);
        d.device.number = n;
        d.device.category = cat;
        d.monitored = true;
        out.push_back(d);
    }
    return out;
}

} // namespace

TEST_CASE("translator: Delivered with enteringDistribution queues, copies change nothing, times from the server clock",
          "[csta][translator]") {
    server::CstaTranslator t;
    REQUIRE(describe(t.on_up(devices({{"401", csta::category::kStation}, {"601", csta::category::kGroupAcd}}), kT).events)
                .empty());
    std::vector<std::string> got;
    auto feed = [&](const csta::Event& e, std::int64_t at) {
        for (const auto& l : describe(t.on_event(e, at).events)) got.push_back(l);
    };
    auto queued = event(csta::EventType::Delivered, "\x01", "601");
    queued.cause = csta::cause::kEnteringDistribution;
    feed(queued, kT);
    feed(queued, kT);  // the group's monitor and another: the same event twice
    feed(event(csta::EventType::Delivered, "\x01", "401"), kT + 2 * kS);
    feed(event(csta::EventType::Established, "\x01", "401"), kT + 9 * kS);
    feed(event(csta::EventType::Established, "\x01", "401"), kT + 9 * kS);
    auto hangup = event(csta::EventType::ConnectionCleared, "\x01", "401");
    hangup.connection.device = {};
    hangup.connection.dynamic_id = "trunk 5";
    feed(hangup, kT + 69 * kS);
    auto cleared = event(csta::EventType::CallCleared, "\x01", "401");
    feed(cleared, kT + 69 * kS);  // already ended: nothing more
    CHECK(got == std::vector<std::string>{
                     "ringing 601 group=601 caller= trunk=05 did= key=05|",
                     "queue 601 waiting=1 oldest=set",
                     "ringing 401 group=601 caller= trunk=05 did= key=05|",
                     "operator 401 group=601 ringing caller=",
                     "answered 401 group=601 caller= ring=7 key=05|",
                     "queue 601 waiting=0 oldest=none",
                     "operator 401 group=601 talking caller=",
                     "ended 401 group=601 caller= answered ring=7 talk=60 key=05|",
                     "operator 401 group=601 idle caller=",
                 });
    CHECK(t.open_calls() == 0);
    CHECK(t.stats().calls == 1);
    CHECK(t.stats().ignored == 1);  // the CallCleared of a call already ended
}

TEST_CASE("translator: the first connection's snapshots announce the calls in progress, once", "[csta][translator]") {
    server::CstaTranslator t;
    csta::DeviceSnapshot ringing;
    ringing.device.device = csta::dialing_number("402");
    ringing.device.number = "402";
    csta::SnapshotCall call;
    call.connection.call_id = std::string("\x07", 1);
    call.connection.device = csta::dialing_number("402");
    call.endpoint = csta::dialing_number("0612345678");
    call.local_state = csta::ConnectionState::Alerting;
    ringing.calls.push_back(call);
    t.on_snapshot(ringing, kT);
    const auto up = t.on_up(devices({{"402", csta::category::kStation}}), kT);
    CHECK(describe(up.events) == std::vector<std::string>{
                                     "ringing 402 group= caller=0612345678 trunk= did= key=csta:07",
                                     "operator 402 group= ringing caller=0612345678",
                                 });
    // The PBX then reports the same call as it goes on: no second ring.
    auto delivered = event(csta::EventType::Delivered, std::string("\x07", 1), "402");
    delivered.calling = csta::dialing_number("0612345678");
    CHECK(t.on_event(delivered, kT + kS).events.empty());
    CHECK(t.stats().from_snapshot == 1);
    CHECK(t.stats().vanished == 0);
}
