#pragma once
// Every open client connection of one NetServer, for what concerns them all: live-event
// fan-out (each event encoded once, then handed to each session that may see it), the
// deadline sweep, and shutdown. Thread-safe: the live thread publishes, acceptors add,
// sessions remove themselves from their strands.
//
// Fan-out: publish() decides who gets what under the lock, then posts one job per event to
// the hub's own strand on the io_context; the job hands the bytes to each session through
// asio::dispatch, which runs at once on the network thread when the session is idle. So an
// event costs one cross-thread post, not one per client, and events keep their order: jobs
// run one after the other, and each session's strand queues what it cannot take at once.
#include "protocol/messages.h"
#include "protocol/ncid.h"
#include "server/accounts/scope.h"
#include "server/live/live_event.h"
#include "server/net/peer_session.h"

#include <cstdint>
#include <deque>
#include <map>
#include <span>
#include <memory>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

namespace kxcti::server::net {

using live::LiveEvent;

// The queue and operator states kept for sessions that log in later; past this many, idle
// ones are forgotten (a site has some hundred extensions and some dozen groups).
inline constexpr std::size_t kMaxTrackedStates = 4096;
// Events published together are sent to a session as one buffer, chosen by a bit mask of the
// ones it may see; a record makes at most a call event and a few states, a larger batch is
// split.
inline constexpr std::size_t kMaxBatchEvents = 32;

struct HubCounts {
    std::size_t sessions = 0;       // open connections, both protocols
    std::size_t live = 0;           // binary sessions receiving live events
    std::size_t ncid = 0;           // NCID clients receiving CID lines
    std::uint64_t events = 0;       // live events published
    std::uint64_t deliveries = 0;   // event frames queued to sessions
    std::uint64_t slow_drops = 0;   // sessions dropped for not reading fast enough
};

class Hub {
public:
    Hub(unsigned ncid_call_log_lines, Strand fanout)
        : call_log_lines_(ncid_call_log_lines), fanout_(std::move(fanout)) {}

    void add(const std::shared_ptr<PeerSession>& session);
    void remove(std::uint64_t id);

    // A logged-in binary session that asked for live events: queues the current queue and
    // operator states it may see, then every later event it may see, in publication order.
    void subscribe(const std::shared_ptr<PeerSession>& session, accounts::Scope scope, std::uint16_t version);
    // An NCID client: queues `banner`, the recent rings and the end of startup, then every
    // later ring, in order.
    void subscribe_ncid(const std::shared_ptr<PeerSession>& session, const std::string& banner);

    // Any thread; events are delivered in the order of these calls.
    void publish(const LiveEvent& event);
    // The events one PBX line made (a call event and the queue and operator states it
    // changed), in order: a session gets those it may see in one write, not one each.
    void publish(std::span<const LiveEvent> events);

    void count_slow_drop();
    std::vector<std::shared_ptr<PeerSession>> sessions() const;
    HubCounts counts() const;

private:
    struct Subscriber {
        std::shared_ptr<PeerSession> session;
        accounts::Scope scope;
        std::uint16_t version = 1;
    };
    SharedBytes frame(const protocol::Message& m, std::uint16_t version,
                      std::map<std::uint16_t, SharedBytes>& cache) const;
    void remember(const LiveEvent& event);
    using Targets = std::vector<std::pair<std::shared_ptr<PeerSession>, SharedBytes>>;
    void ring_to_ncid(const protocol::CallRinging& ring, Targets& targets);

    const unsigned call_log_lines_;
    Strand fanout_;
    mutable std::mutex mutex_;
    std::map<std::uint64_t, std::shared_ptr<PeerSession>> all_;
    std::map<std::uint64_t, Subscriber> live_;
    std::map<std::uint64_t, std::shared_ptr<PeerSession>> ncid_;
    std::map<std::string, protocol::QueueState> queues_;
    std::map<std::string, protocol::OperatorState> operators_;
    std::deque<protocol::ncid::Call> call_log_;
    std::uint64_t events_ = 0;
    std::uint64_t deliveries_ = 0;
    std::uint64_t slow_drops_ = 0;
};

// The NCID view of a ring: local wall-clock date and time of at_us, trunk, caller, name.
protocol::ncid::Call ncid_call(const protocol::CallRinging& ring);

} // namespace kxcti::server::net
