#pragma once
// The daemon's client side: the NetServer (binary protocol for the Supervisor, Caller ID and
// kxcti-cli clients, optional TLS, optional NCID feed) over the server's database, on its own
// io_context and threads so that a thousand clients never delay reading the PBX.
//
//   ClientFront front(config, clock, demo);  // after the ingest pipeline opened the database
//   front.start();                           // binds; throws net::NetError (port in use...)
//   links' thread, per received line:        front.line(line);   // parses, publishes; never waits
//   CSTA (or any other source of events):    front.publish(event);
//   every few seconds:                       front.reload_site();
//   on SIGTERM:                              front.stop("SIGTERM received"); ... front.wait();
#include "common/ingest/received_line.h"
#include "common/util/clock.h"
#include "server/config/config.h"
#include "server/daemon/demo_accounts.h"
#include "server/daemon/live_parser.h"
#include "server/live/live_event.h"
#include "server/net/database_services.h"
#include "server/net/net_server.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kxcti::server {

// Threads running the clients' io_context: sessions are strands, so more threads spread a
// fan-out over the cores; the boxes we run on have two to four.
inline constexpr unsigned kMaxNetThreads = 4;

class ClientFront {
public:
    // Opens the services on config.db_path (which must exist at the current schema) and loads
    // the site. `demo`: the simulator feeds this server (no PBX configured), so an empty
    // accounts table gets demo accounts (demo_accounts.h). Throws on a database error.
    ClientFront(const ServerConfig& config, const Clock& clock, bool demo);
    ~ClientFront();  // stop("server stopping"), wait()
    ClientFront(const ClientFront&) = delete;
    ClientFront& operator=(const ClientFront&) = delete;

    // Binds the listeners and starts the threads, then logs how to connect. Throws
    // net::NetError saying which setting to change.
    void start();
    // Links' thread only. Parses the line (live_parser.h) and publishes a record at once
    // (unless `publish` is false: CSTA speaks for live events); returns the record, if any.
    std::optional<smdr::Record> line(const ReceivedLine& line, bool publish = true);
    // Any thread: a ready live event (the CSTA side's entry), in order with the records'.
    void publish(live::LiveEvent event);
    // Re-reads the site configuration (groups, DID channels) for later events. Any one thread.
    void reload_site();
    // Any thread, returns at once: every client is told "server shutting down: <reason>".
    void stop(std::string reason);
    // Returns once every client connection is closed (at most [clients] shutdown_timeout_s
    // after stop()). Call once, after stop().
    void wait();

    std::uint16_t port() const { return net_.local_port(); }
    std::uint16_t ncid_port() const { return net_.ncid_port(); }
    net::NetStats stats() const { return net_.stats(); }

private:
    void announce(const std::vector<DemoAccount>& made, bool accounts);

    const ServerConfig& config_;
    const bool demo_;
    boost::asio::io_context io_;
    net::DatabaseServices services_;
    LiveParser parser_;
    net::NetServer net_;
    std::vector<std::thread> threads_;
    std::once_flag stopped_;
};

} // namespace kxcti::server
