#pragma once
// The client-facing side of the server: the binary protocol for the Supervisor, Caller ID and
// kxcti-cli clients ([clients], optionally TLS from [tls]) and the optional read-only NCID feed
// ([ncid]), with the live events both carry. The daemon owns one NetServer:
//
//   boost::asio::io_context io;                      // the daemon's network thread(s) run it
//   DatabaseServices services(config.db_path, clock); // logins, look-ups, reports (database_services.h)
//   NetServer net(io, config.net, services.services(), clock);
//   net.set_site(services.load_site());              // groups and DID channels; again on changes
//   net.start();                                     // binds; throws NetError (port in use...)
//   ... ingest writer thread, per parsed record:  net.publish_record(record, received_at);
//   ... on SIGTERM (any thread):                  net.stop("SIGTERM received");
//   io.run();                                        // returns once every client is closed
//   // ~NetServer after io.run() returned: joins the worker threads.
//
// stop(reason) sends every client a Goodbye (NCID clients a "MSG:" line) saying "server
// shutting down: <reason>", closes the listeners, and closes every connection within
// [clients] shutdown_timeout_s; then nothing of the NetServer is left on the io_context.
//
// Threads: start/stop/publish*/set_site/stats may be called from any thread. Sessions run on
// the io_context, one strand each. Four worker threads of its own: logins (PBKDF2), look-ups,
// reports, and the live feed (enrichment, queue and operator states, fan-out); the services
// are called from those only (see services.h for which).
#include "common/reports/settings.h"
#include "common/smdr/record.h"
#include "common/util/clock.h"
#include "server/config/config.h"
#include "server/live/live_event.h"
#include "server/net/services.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace kxcti::server::net {

struct NetError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct NetStats {
    std::size_t connections = 0;         // open, both protocols
    std::size_t live_sessions = 0;       // binary sessions receiving live events
    std::size_t ncid_clients = 0;
    unsigned supervisor_seats_used = 0;
    unsigned callerid_seats_used = 0;
    std::uint64_t events = 0;            // live events published
    std::uint64_t deliveries = 0;        // event frames and lines queued to clients
    std::uint64_t events_dropped = 0;    // refused because the live queue was full
    std::uint64_t slow_drops = 0;        // clients dropped for not reading fast enough
};

struct NetCore;

class NetServer {
public:
    NetServer(boost::asio::io_context& io, const NetConfig& config, NetServices services, const Clock& clock);
    ~NetServer();
    NetServer(const NetServer&) = delete;
    NetServer& operator=(const NetServer&) = delete;

    // Binds the enabled listeners and starts accepting. Throws NetError saying what failed and
    // which setting to change (address in use, bad address, unreadable certificate or key).
    void start();
    // Any thread; returns at once (see above). Idempotent.
    void stop(std::string reason);

    std::uint16_t local_port() const;  // the binary protocol's bound port (0: not listening)
    std::uint16_t ncid_port() const;   // the NCID feed's bound port (0: off)

    // Any thread (the ingest writer calls it per parsed record): RC / AN / NA and final
    // incoming records become live events (server/live/smdr_live.h), in call order.
    void publish_record(const smdr::Record& record, SystemTime received);
    // Any thread: a ready event (e.g. from CSTA), in order with the records'.
    void publish(live::LiveEvent event);
    // Any thread: groups (for rights and queues) and DID channels for later events.
    void set_site(reports::SiteModel site);

    NetStats stats() const;

private:
    class Listener;
    void sweep();
    void finish_stop();

    boost::asio::io_context& io_;
    std::shared_ptr<NetCore> core_;
    std::unique_ptr<Listener> clients_;
    std::unique_ptr<Listener> ncid_;
    struct Timers;
    std::unique_ptr<Timers> timers_;
    std::atomic<std::uint64_t> dropped_events_{0};
};

} // namespace kxcti::server::net
