#pragma once
// kxcti-pbxsim's CTI port: a Panasonic PBX's CSTA Phase III link on loopback, one client at a
// time. It replays the real Panasonic association reply (AARE) and first systemStatus, answers
// getSwitchingFunctionDevices (204, with 205 segments), the Panasonic escape device list (51),
// monitorStart / monitorStop and snapshotDevice, repeats systemStatus as the heartbeat, and
// reports the traffic model's calls (csta_player.h) to the monitors of the devices concerned,
// each when the model's clock reaches it. Runs on a thread of its own (plain sockets and poll,
// like the SMDR side); the traffic model's thread hands it events with push().
//
// A PBX does not keep CTI events for a client that is not there: what happens while no client
// monitors is lost, and snapshotDevice is how a client learns the calls in progress.
#include "common/csta/services.h"
#include "simulator/csta_player.h"
#include "simulator/model_clock.h"

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <string>
#include <thread>
#include <vector>

namespace kxcti::sim {

struct CstaServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;               // 0: any free port
    // Hold the traffic's events until a client monitors (and has snapshotted) every device: at
    // the start, and again when an outage ends. Tests use it so that no event is lost.
    bool wait_for_client = false;
    // The link is down from model second `from` to `to`: the connection is closed when the
    // first event at or after `from` is due, new connections are closed at once until then,
    // and every event of the outage is lost (applied to the devices' state, sent to no one).
    std::optional<std::pair<std::int64_t, std::int64_t>> outage;
    // systemStatus every this many real seconds (the public client gives up after 300).
    int heartbeat_s = 20;
};

struct CstaServerStats {
    std::uint64_t connections = 0;
    std::uint64_t events_sent = 0;  // event reports written (one per monitor)
    std::uint64_t events_lost = 0;  // events due while no client monitored their devices
    std::uint64_t drops = 0;        // connections closed by an outage
};

class CstaServer {
public:
    // Listens at once (throws std::runtime_error saying why it cannot) and serves on its own
    // thread. `model`: the --speed clock (events go out when due); none: as soon as they come.
    CstaServer(CstaServerOptions options, std::vector<csta::DiscoveredDevice> devices,
               std::shared_ptr<ModelClock> model);
    ~CstaServer();
    CstaServer(const CstaServer&) = delete;
    CstaServer& operator=(const CstaServer&) = delete;

    std::string address() const { return address_; }  // "127.0.0.1:PORT"

    // Any thread: an event of the traffic model, in model-time order.
    void push(CstaItem item);
    // Blocks until a client monitors every device (wait_for_client), or stop is requested.
    void wait_until_ready();
    // Blocks until every pushed event was sent or lost, or stop is requested.
    void drain();
    CstaServerStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string address_;
};

} // namespace kxcti::sim
