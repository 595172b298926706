#pragma once
// One CTI association with a Panasonic PBX, as a state machine without sockets: the link feeds
// it received PDUs and timer ticks and carries out what it returns (PDUs to send, events and
// snapshots to hand on, or a reason to close). Time comes from the injected Clock, so every
// timeout is tested without sleeping.
//
// Sequence after the TCP connection opens:
//   AARQ ->                 <- AARE (accepted)
//                           <- systemStatus invoke (answered at once, every time: the heartbeat)
//   discovery: getSwitchingFunctionDevices (204) and its 205 segments, or the Panasonic escape
//              device list (51) when 204 is refused, fails or times out (Auto), plus any
//              devices named in the settings
//   monitorStart (71) on every extension and group, a few at a time
//   snapshotDevice (74) on each device once its monitor runs: the calls in progress right now
//   then: cSTAEventReport (21) invokes -> Events
// A close reason ends the association; the link reconnects with backoff and this all repeats,
// snapshots included, so live state is rebuilt after every reconnect.
#include "common/csta/acse.h"
#include "common/csta/event.h"
#include "common/csta/invoke_tracker.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"
#include "common/util/clock.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::csta {

using namespace std::chrono_literals;

enum class DiscoveryMode : std::uint8_t {
    Auto,       // getSwitchingFunctionDevices, then the Panasonic escape if that fails
    Standard,   // getSwitchingFunctionDevices only
    Panasonic,  // the Panasonic escape only (what the public Panasonic client does)
    Static,     // no discovery: monitor SessionSettings::devices only
};
std::string_view discovery_mode_name(DiscoveryMode m);
std::optional<DiscoveryMode> discovery_mode(std::string_view name);

struct SessionSettings {
    AssociationSettings association;
    DiscoveryMode discovery = DiscoveryMode::Auto;
    // Dialling numbers monitored in addition to what discovery finds (Static: instead of it).
    std::vector<std::string> devices;
    // A LAN PBX answers AARQ within a second; ten covers a busy KX-TDA CTI card.
    std::chrono::milliseconds association_timeout = 10s;
    // Same bound for every request we make; a PBX that does not answer in ten seconds is not
    // going to.
    std::chrono::milliseconds invoke_timeout = 10s;
    // The PBX invokes systemStatus right after AARE; discovery waits this long for it (the
    // public client starts discovery on it) and then starts anyway.
    std::chrono::milliseconds first_status_grace = 5s;
    // Device-list segments must all arrive within this after the request.
    std::chrono::milliseconds discovery_timeout = 60s;
    // No systemStatus for this long and the link is presumed dead: the public Panasonic client
    // reconnects after 5 minutes without one.
    std::chrono::milliseconds heartbeat_timeout = 300s;
    // Requests in flight at once while monitoring: enough to start 500 devices in seconds,
    // few enough not to flood a CTI card whose queue depth is undocumented.
    std::size_t max_outstanding = 8;
    bool snapshot = true;
};

enum class SessionState : std::uint8_t {
    Idle,          // no connection
    Associating,   // AARQ sent
    AwaitingStatus,// AARE accepted, waiting (briefly) for the first systemStatus
    Discovering,   // asking for the device list
    Monitoring,    // starting monitors and snapshots
    Up,            // every device answered: events flow
    Closed,        // a close reason was returned
};
std::string_view session_state_name(SessionState s);

struct MonitoredDevice {
    DiscoveredDevice device;
    std::string cross_ref;        // set once monitorStart succeeded
    bool monitored = false;
    bool snapshot_done = false;
    std::string failure;          // why monitoring it failed
};

struct DeviceSnapshot {
    DiscoveredDevice device;
    std::vector<SnapshotCall> calls;  // empty: idle
};

struct SessionOutput {
    std::vector<Bytes> send;              // PDUs to write, in order, without the frame prefix
    std::vector<Event> events;
    std::vector<DeviceSnapshot> snapshots;
    bool became_up = false;               // all devices answered during this step
    std::optional<std::string> close;     // close the connection for this reason
};

struct SessionStats {
    std::uint64_t pdus_in = 0;
    std::uint64_t pdus_out = 0;
    std::uint64_t events = 0;
    std::uint64_t bad_events = 0;         // event reports that did not decode
    std::uint64_t malformed = 0;          // PDUs that were not BER or not ROSE
    std::uint64_t skipped_elements = 0;   // unknown/unread elements inside decoded PDUs
    std::uint64_t system_status = 0;
    std::uint64_t unanswered_invokes = 0; // PBX invokes of operations we do not handle
    std::uint64_t unmatched_answers = 0;  // results/errors for ids we were not waiting on
    std::uint64_t errors = 0;             // ReturnError and Reject received
    std::uint64_t timeouts = 0;           // our invokes that got no answer
};

class Session {
public:
    Session(SessionSettings settings, const Clock& clock);

    // The TCP connection is open: returns the AARQ. Also resets everything from a previous
    // connection.
    SessionOutput start();
    // One received PDU (without its frame prefix).
    SessionOutput on_pdu(ByteView pdu);
    // Checks every deadline against the clock; call at least once a second.
    SessionOutput tick();
    // The connection went away (no output: there is no one to send to).
    void stop();

    SessionState state() const { return state_; }
    const std::vector<MonitoredDevice>& devices() const { return devices_; }
    const SessionStats& stats() const { return stats_; }
    // The earliest time tick() has something to do.
    std::optional<SystemTime> next_deadline() const;

private:
    // session.cpp
    void send(Bytes pdu);
    std::optional<std::int64_t> invoke(std::int64_t opcode, const Bytes& argument, std::size_t context = 0);
    void close(std::string why);
    void on_aare(const Tlv& top);
    void on_rose(const Tlv& top);
    void on_invoke(const Invoke& inv);
    void on_answer(std::int64_t invoke_id, const std::optional<Tlv>& result, const std::string* failure);
    // session_devices.cpp
    void begin_discovery();
    void request_standard_list();
    void request_panasonic_list();
    void on_segment(const DeviceSegment& seg, bool panasonic);
    void discovery_failed(const std::string& why);
    void finish_discovery(const std::string& note);
    void add_device(const DiscoveredDevice& d);
    void pump();
    void on_monitor_answer(const PendingInvoke& p, const std::optional<Tlv>& result, const std::string* failure);
    void on_snapshot_answer(const PendingInvoke& p, const std::optional<Tlv>& result, const std::string* failure);
    void check_up();

    SessionSettings settings_;
    const Clock& clock_;
    SessionState state_ = SessionState::Idle;
    InvokeTracker invokes_;
    SessionOutput out_;
    SessionStats stats_;
    SystemTime deadline_{};          // association, first-status or discovery deadline by state
    SystemTime last_status_{};
    bool tried_panasonic_ = false;
    bool tried_standard_ = false;
    int panasonic_pending_ = 0;      // escape device lists not yet at lastSegment
    bool standard_pending_ = false;
    std::vector<MonitoredDevice> devices_;
    std::size_t next_monitor_ = 0;   // devices_ index of the next monitorStart to send
    std::vector<std::size_t> snapshot_queue_;
    std::map<std::string, std::size_t> by_cross_ref_;
    std::map<std::int64_t, bool> unknown_opcodes_logged_;
};

} // namespace kxcti::csta
