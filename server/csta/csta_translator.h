#pragma once
// CSTA events -> the live events the SMDR side produces (server/live/live_event.h): ringing at a
// group or extension with caller, trunk and DID; answered; ended; each group's queue; each
// extension's activity. Pure and single-threaded: no sockets, no clock of its own (every call
// says when, in the server's time); feed it the link's events, snapshots, ups and downs in order.
//
// What it reads (ECMA-269's call model; reference/csta-panasonic.md, "Events that feed
// call-centre statistics"): Queued, or Delivered with cause enteringDistribution, or Delivered
// at a group's own device -> the call waits in that group; Delivered at an extension -> it rings
// there; Diverted from a member back to its group (ring timeout) or away from a group to another
// (overflow); Established -> answered; Held / Retrieved; Transferred (the call may go on under
// another call id: re-keyed); ConnectionCleared of the caller's connection, or CallCleared ->
// ended. A connection is the caller's when its device is not one of ours (not monitored, not a
// group or member the site names). Events of internal calls (a consultation) change extensions'
// activity only. Every event is idempotent: the same event from two monitors changes nothing
// the second time.
//
// After a reconnect the link snapshots every device before it is up again. Between on_down and
// on_up, events still apply; at on_up the calls known before the drop that no snapshot and no
// event since has confirmed have ended during the outage: each gets a CallEnded (outcome
// Unknown) so that no client keeps a phantom call; calls the snapshots show and that we did not
// know started during the outage: they are announced (ringing or answered) as found.
//
// Times: at_us is the server's clock when the event arrived (as for SMDR lines). Ring and talk
// durations come from the PBX's event timestamps when both ends carry one, else from at_us.
#include "common/csta/event.h"
#include "common/csta/session.h"
#include "server/live/directory.h"
#include "server/live/live_event.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kxcti::server {

// A call as the reconciler needs it: who called, where it went, when (server time).
struct LiveCall {
    std::string call_key;
    std::string caller;                 // empty: withheld or unknown
    std::string trunk;
    std::string did;
    std::set<std::string> devices;      // groups and extensions it reached
    std::int64_t start_us = 0;
    std::int64_t end_us = 0;            // 0: still going
    bool answered = false;
    bool from_snapshot = false;         // first seen in a snapshot (began while the link was down)
    bool ended_unseen = false;          // ended during an outage (no end event)
};

struct TranslatorOutput {
    std::vector<live::LiveEvent> events;  // in order: call events, then the states they changed
    std::vector<LiveCall> calls;          // incoming calls that started, reached a device or ended
};

struct TranslatorStats {
    std::uint64_t events = 0;            // CSTA events read
    std::uint64_t ignored = 0;           // events that concern no call we follow (agent events, ...)
    std::uint64_t calls = 0;             // incoming calls followed
    std::uint64_t rekeyed = 0;           // calls that went on under a new call id (transfers)
    std::uint64_t from_snapshot = 0;     // calls first seen in a snapshot
    std::uint64_t vanished = 0;          // calls that ended during an outage
    std::uint64_t resyncs = 0;           // ups after which state was rebuilt
};

class CstaTranslator {
public:
    explicit CstaTranslator(live::Directory directory = {});

    // The site's groups, members and DID channels (re-read by the daemon): for later events.
    void set_directory(live::Directory directory) { directory_ = std::move(directory); }

    // The devices the link monitors (their numbers are "ours"); call on every up, and before the
    // first events if the list is known earlier.
    void set_devices(const std::vector<csta::MonitoredDevice>& devices);

    TranslatorOutput on_event(const csta::Event& event, std::int64_t at_us);
    void on_down(std::int64_t at_us);
    void on_snapshot(const csta::DeviceSnapshot& snapshot, std::int64_t at_us);
    TranslatorOutput on_up(const std::vector<csta::MonitoredDevice>& devices, std::int64_t at_us);

    const TranslatorStats& stats() const { return stats_; }
    std::size_t open_calls() const { return calls_.size(); }

private:
    enum class Where { Queued, Alerting, Connected, Held };
    struct Party {
        Where where = Where::Queued;
        std::int64_t since_us = 0;
        std::optional<std::int64_t> since_pbx_us;
        bool stale = false;  // known before a drop, not yet confirmed
    };
    struct Call {
        LiveCall info;
        std::string id;                  // current CSTA call id (raw octets)
        bool incoming = false;           // the caller is outside (an external party)
        std::string group;               // the ICD group it waits or was answered in
        std::int64_t group_since_us = 0;
        std::map<std::string, Party> parties;  // our devices on the call
        std::string answered_by;
        std::int64_t answered_us = 0;
        std::optional<std::int64_t> answered_pbx_us;
        std::optional<std::int64_t> start_pbx_us;
        int ring_s = -1;
        bool stale = false;              // known before a drop, not yet confirmed
        bool announced = false;          // a CallRinging / CallAnswered went out for it
    };
    struct Activity {
        protocol::OperatorActivity activity = protocol::OperatorActivity::Unknown;
        std::string caller;
        std::string group;  // the directory's, else the group of its last call
    };

    // csta_translator.cpp
    std::string number(const csta::DeviceRef& d) const;
    bool ours(const std::string& number) const;
    bool is_group(const std::string& number) const;
    Call* find(const std::string& id);
    Call& open(const csta::Event& e, const std::string& id, std::int64_t at_us, TranslatorOutput& out);
    void fill_from(Call& c, const csta::Event& e);
    void enter_group(Call& c, const std::string& group, std::int64_t at_us, TranslatorOutput& out);
    void ring(Call& c, const std::string& ext, const csta::Event& e, std::int64_t at_us, TranslatorOutput& out);
    void answer(Call& c, const std::string& ext, const csta::Event& e, std::int64_t at_us, TranslatorOutput& out);
    void leave(Call& c, const std::string& device);
    void end(const std::string& id, std::int64_t at_us, std::optional<std::int64_t> pbx_us, bool unseen, TranslatorOutput& out);
    void transfer(const csta::Event& e, std::int64_t at_us, TranslatorOutput& out);
    void publish_states(std::int64_t at_us, TranslatorOutput& out);
    void report(const Call& c, TranslatorOutput& out) const;
    template <class E> void fill(E& ev, const Call& c, const std::string& ext, std::int64_t at_us) const;
    // csta_translator_sync.cpp
    void adopt(const std::string& device, const csta::SnapshotCall& s, std::int64_t at_us, TranslatorOutput& out);

    live::Directory directory_;
    std::set<std::string> devices_;                    // monitored numbers
    std::set<std::string> groups_;                     // ICD groups: by discovery category or Queued
    std::map<std::int64_t, std::string> device_numbers_;  // Panasonic device number -> dialled number
    std::map<std::string, Call> calls_;                // by current call id
    std::set<std::string> cleared_since_down_;         // ids ended after on_down (snapshots may predate it)
    std::vector<std::pair<std::string, csta::SnapshotCall>> snapshots_;  // since on_down
    bool resyncing_ = false;
    std::map<std::string, Activity> activity_;         // last OperatorState sent per extension
    std::map<std::string, std::pair<std::uint32_t, std::int64_t>> queues_;  // last QueueState per group
    TranslatorStats stats_;
};

// The PBX's GeneralizedTime ("20240108083015", optionally with fraction and/or Z) as
// microseconds on the same scale for every event (treated as UTC: only differences are used).
std::optional<std::int64_t> pbx_time_us(const std::optional<std::string>& generalized_time);

} // namespace kxcti::server
