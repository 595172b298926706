#pragma once
// The `run` command's body: PBX links -> ingest pipeline -> SQLite journal, and the same lines
// -> live events -> clients (client_front.h: binary protocol, TLS, NCID feed), until
// SIGINT/SIGTERM or stop().
// Threads: one io_context thread (the one calling run()) runs every link, the signal handler and
// the timers; the ingest pipeline owns one writer thread and the only database connection that
// writes; the client side has its own io_context and threads. stop() and publish() may be
// called from any thread.
#include "common/util/clock.h"
#include "server/config/config.h"
#include "server/live/live_event.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>

namespace kxcti::server {

struct DaemonOptions {
    // How often a one-line status goes to the log (lines, records, errors, spilled).
    std::chrono::seconds status_every = std::chrono::seconds(60);
    // Demo feed speed when no PBX is configured: lines per second from the simulator. Slow
    // enough to watch, fast enough that the database fills visibly within a minute.
    double demo_rate = 2.0;
    // The simulator program for the demo feed; none: beside this executable, else on PATH.
    std::optional<std::filesystem::path> simulator;
    // How often the site configuration (groups, DID channels) is re-read for live events, so a
    // `kxcti-server config set` shows in the next pop-up without a restart. A few small tables.
    std::chrono::seconds site_reload_every = std::chrono::seconds(30);
};

class ClientFront;

class Daemon {
public:
    Daemon(ServerConfig config, const Clock& clock, DaemonOptions options = {});
    ~Daemon();
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;

    // Blocks until stop() or SIGINT/SIGTERM; writes everything queued before returning.
    // Returns the process exit code (0 after a clean stop, 1 when it could not start).
    int run();
    // Thread-safe and idempotent; also what SIGINT/SIGTERM do.
    void stop();
    // Any thread while run() runs: a ready live event for the clients, in order with those the
    // SMDR records make. The entry for live sources other than SMDR (CSTA). Dropped when the
    // clients are off ([clients] and [ncid] disabled) or the server is not (yet) running.
    void publish(live::LiveEvent event);

private:
    ServerConfig config_;
    const Clock& clock_;
    DaemonOptions options_;
    boost::asio::io_context io_;
    std::atomic<bool> stop_requested_{false};
    std::mutex front_mutex_;          // guards front_ against run() ending during a publish()
    ClientFront* front_ = nullptr;    // run()'s, while it runs
};

} // namespace kxcti::server
