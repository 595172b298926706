// kxcti-pbxsim's CTI side without sockets: the options, the devices it offers, and the CSTA
// events its player makes of a scripted call (each addressed to the right monitors, each
// changing what snapshotDevice reports, each surviving an encode/decode round trip).
#include "common/csta/ber.h"
#include "common/csta/device_codec.h"
#include "common/csta/event.h"
#include "simulator/csta_player.h"
#include "simulator/options.h"
#include "tests/simulator/traffic_support.h"

#include <catch2/catch.hpp>

using namespace kxcti::sim;
namespace csta = kxcti::csta;

namespace {

std::string usage_error(const std::vector<std::string>& args) {
    try {
        parse_options(args);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(accepted)";
}

const char* kOneCall = R"(
[site]
trunks = 2
patience = none
log_in_out = no
[operators]
talk = fixed:60
answer = fixed:4
[operator.401]
no_answer_percent = 100
[did.2301]
group = 601
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401, 402
no_answer_s = 10
)";

} // namespace

TEST_CASE("simulator csta: options", "[simulator][csta]") {
    CHECK(usage_error({"--out", "x", "--csta-port", "0"}) ==
          "--csta-port needs --traffic: the CTI link reports the traffic model's calls");
    CHECK(usage_error({"--out", "x", "--traffic", "quiet-day", "--csta-wait"}) == "--csta-wait and --csta-outage need --csta-port");
    CHECK(usage_error({"--out", "x", "--traffic", "quiet-day", "--csta-port", "0", "--csta-outage", "09:00"}) ==
          "--csta-outage wants FROM-TO in model time (e.g. 08:05-08:07:30), not '09:00'");
    CHECK(usage_error({"--out", "x", "--traffic", "quiet-day", "--csta-port", "0", "--csta-outage", "09:00-08:00"}) ==
          "--csta-outage: the link must come back after it went (FROM before TO), not '09:00-08:00'");
    CHECK(usage_error({"--out", "x", "--traffic", "quiet-day", "--csta-port", "0", "--csta-outage", "25:00-26:00"}) ==
          "--csta-outage wants times as HH:MM or HH:MM:SS, not '25:00'");
    const auto o = parse_options({"--out", "x", "--traffic", "quiet-day", "--csta-port", "0", "--csta-wait",
                                  "--csta-outage", "08:20-08:50:30", "--csta-heartbeat", "5"});
    CHECK(o.csta_port == std::optional<std::uint16_t>(0));
    CHECK(o.csta_wait);
    CHECK(o.csta_outage == std::optional<std::pair<std::int64_t, std::int64_t>>({8 * 3600 + 20 * 60, 8 * 3600 + 50 * 60 + 30}));
    CHECK(o.csta_heartbeat_s == 5);
}

TEST_CASE("simulator csta: devices are the operators, forwarding extensions and groups", "[simulator][csta]") {
    const auto sc = kxcti::test::builtin("transfers");
    std::vector<std::string> got;
    for (const auto& d : simulated_devices(sc))
        got.push_back(d.number + "/" + csta::category_name(d.category));
    CHECK(got == std::vector<std::string>{"401/station", "402/station", "410/station", "411/station", "204/station",
                                          "601/groupACD", "610/groupACD"});
}

TEST_CASE("simulator csta: a call that rings out, rings the next member and is answered", "[simulator][csta]") {
    const auto sc = parse_scenario(kOneCall, "one-call");
    std::vector<CstaItem> items;
    CstaPlayer player(sc, 2024, 1, 8, [&](CstaItem i) { items.push_back(std::move(i)); });
    TrafficModel model(sc, 1, {}, Layout::B, false);
    model.set_observer(&player);
    std::vector<SimRecord> records;
    std::vector<TruthCall> calls;
    while (model.step(records, calls)) {
    }
    std::vector<std::string> got;
    for (const auto& i : items) {
        std::string to;
        for (const auto& d : i.to) to += (to.empty() ? "" : ",") + d;
        // Every event survives the wire: encoded, decoded, equal.
        const auto bytes = csta::encode_event_report(i.event);
        const auto decoded = csta::decode_event_report(csta::read_tlv(bytes).tlv);
        CHECK(decoded.ok);
        auto back = decoded.event;
        back.extensions.clear();  // kept raw by the decoder; the timestamp inside is compared
        INFO(csta::event_text(i.event));
        CHECK(back == i.event);
        got.push_back(std::to_string(i.at) + " " + std::string(csta::event_type_name(i.event.type)) + " " +
                      csta::device_text(i.event.subject) + " -> " + to + " (" + std::to_string(i.changes.size()) + ")");
    }
    const std::int64_t t = 8 * 3600 + 30 * 60;
    auto at = [&](int s, const std::string& rest) { return std::to_string(t + s) + " " + rest; };
    CHECK(got == std::vector<std::string>{
                     std::to_string(8 * 3600) + " AgentLoggedOn 401 -> 401 (0)",
                     std::to_string(8 * 3600) + " AgentLoggedOn 402 -> 402 (0)",
                     at(0, "Queued 601 -> 601 (1)"),
                     at(0, "Diverted 601 -> 601 (0)"),
                     at(0, "Delivered 401 -> 401,601 (1)"),
                     at(10, "Diverted 401 -> 401,601 (1)"),
                     at(10, "Diverted 601 -> 601 (0)"),
                     at(10, "Delivered 402 -> 402,601 (1)"),
                     at(14, "Established 402 -> 402,601 (2)"),
                     at(74, "ConnectionCleared " + *calls.front().caller + " -> 402 (0)"),
                     at(74, "CallCleared - -> 402 (1)"),
                     std::to_string(18 * 3600) + " AgentLoggedOff 401 -> 401 (0)",
                     std::to_string(18 * 3600) + " AgentLoggedOff 402 -> 402 (0)",
                 });
    // The timestamp is the model's time, the PBX's local time.
    CHECK(items.at(2).event.timestamp == std::optional<std::string>("20240108083000"));
}
