#include "server/daemon/daemon.h"

#include "common/ingest/pipeline.h"
#include "common/storage/sqlite.h"
#include "common/util/log.h"
#include "server/csta/csta_feed.h"
#include "server/daemon/client_front.h"
#include "server/daemon/simulator_process.h"
#include "server/links/link.h"

#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kxcti::server {
namespace {

constexpr std::string_view kLog = "server";

std::string config_name(const ServerConfig& config) {
    return config.source ? config.source->string() : std::string(kDefaultConfigPath);
}

// Today's local date as YYYY-MM-DD, so the demo's calls appear in "today" on every report.
std::string local_date(SystemTime now) {
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    ::localtime_r(&t, &tm);
    char buf[48];  // room for any int, so the compiler can prove no truncation
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

} // namespace

Daemon::Daemon(ServerConfig config, const Clock& clock, DaemonOptions options)
    : config_(std::move(config)), clock_(clock), options_(std::move(options)) {}

Daemon::~Daemon() = default;

void Daemon::publish(live::LiveEvent event) {
    std::lock_guard lock(front_mutex_);
    if (front_) front_->publish(std::move(event));
}

void Daemon::stop() {
    if (stop_requested_.exchange(true)) return;
    // Wakes run()'s io_context, which then runs the shutdown on its own thread.
    boost::asio::post(io_, [] {});
}

int Daemon::run() {
    std::error_code ec;
    std::filesystem::create_directories(config_.data_dir, ec);
    if (ec) {
        log::error(kLog, "cannot create the data directory ", config_.data_dir.string(), ": ", ec.message(),
                   " (set [server] data_dir in the config or pass --data-dir DIR)");
        return 1;
    }
    log::info(kLog, "kxcti-server ", KXCTI_VERSION, " starting; database ", config_.db_path.string(), "; ",
              config_.source ? "config " + config_.source->string() : std::string("built-in defaults (no config file)"));

    std::unique_ptr<ingest::IngestPipeline> pipeline;
    try {
        pipeline = std::make_unique<ingest::IngestPipeline>(config_.db_path, config_.data_dir / "ingest.spill",
                                                            config_.smdr, config_.queue_lines, clock_);
    } catch (const std::exception& e) {
        log::error(kLog, "cannot open the database ", config_.db_path.string(), ": ", e.what());
        return 1;
    }

    std::vector<LinkConfig> links = config_.links;
    const bool demo = links.empty() && config_.demo_simulator;
    std::unique_ptr<ClientFront> front;
    if (config_.net.clients.enabled || config_.net.ncid.enabled) {
        try {
            front = std::make_unique<ClientFront>(config_, clock_, demo);
            front->start();
        } catch (const std::exception& e) {
            log::error(kLog, e.what());
            log::error(kLog, "not started: the clients' listeners could not open (", config_name(config_), ")");
            front.reset();
            pipeline->stop();
            return 1;
        }
    }
    {
        std::lock_guard lock(front_mutex_);
        front_ = front.get();
    }
    std::unique_ptr<SimulatorProcess> simulator;
    if (demo) {
        const auto program = options_.simulator.value_or(find_simulator());
        char rate[32];
        std::snprintf(rate, sizeof rate, "%g", options_.demo_rate);
        try {
            simulator = std::make_unique<SimulatorProcess>(
                program, std::vector<std::string>{"--rate", rate, "--start", local_date(clock_.now()), "--seed",
                                                  std::to_string(clock_.now().time_since_epoch().count() % 1000000)});
        } catch (const std::exception& e) {
            log::error(kLog, "no PBX link is configured and the demo PBX simulator did not start: ", e.what(),
                       " (add a [link NAME] section to ", config_name(config_), ", or install kxcti-pbxsim)");
            return 1;
        }
        LinkConfig demo;
        demo.name = "simulator";
        demo.type = LinkType::TcpClient;
        demo.tcp.host = "127.0.0.1";
        demo.tcp.port = simulator->port();
        links.push_back(demo);
        log::info(kLog, "no PBX link configured: reading the built-in PBX simulator (", program.string(),
                  ") at 127.0.0.1:", simulator->port(), " over the Panasonic LAN SMDR dialogue");
        log::info(kLog, "watch the calls arrive: sqlite3 ", config_.db_path.string(),
                  " \"select * from smdr_record order by id desc limit 10\"");
        log::info(kLog, "to read a real PBX, add a [link NAME] section to ",
                  config_.source ? config_.source->string()
                                 : std::string("a config file and pass it with --config FILE"),
                  " (installer/kxcti.conf documents every setting)");
    } else if (links.empty()) {
        log::warn(kLog, "no PBX link configured and the demo simulator is off: add a [link NAME] section to ",
                  config_name(config_), "; nothing will be recorded until then");
    }

    // [csta]: live events from the PBX's CTI link while it is up (server/csta/csta_feed.h).
    std::unique_ptr<CstaFeed> csta;
    if (config_.csta.enabled) {
        csta = std::make_unique<CstaFeed>(io_, config_.csta, [this](live::LiveEvent e) { publish(std::move(e)); }, clock_);
        csta->start();
    }
    // Each line goes to storage and, parsed at once, to the live events (from SMDR unless the
    // CTI link speaks) and the CSTA reconciler: neither waits.
    ingest::LineHandler handler = pipeline->handler();
    if (front)
        handler = [store = handler, live = front.get(), csta = csta.get()](ReceivedLine line) {
            const auto record = live->line(line, !(csta && csta->speaking()));
            if (record && csta) csta->record(*record, line.received_at);
            store(std::move(line));
        };
    std::vector<std::unique_ptr<Link>> running;
    for (const auto& lc : links) {
        running.push_back(make_link(io_, lc, handler, clock_));
        running.back()->start();
    }

    boost::asio::signal_set signals(io_, SIGINT, SIGTERM);
    boost::asio::steady_timer status_timer(io_);
    boost::asio::steady_timer stop_poll(io_);
    boost::asio::steady_timer site_timer(io_);
    bool shut = false;
    auto shutdown = [&](const std::string& reason) {
        if (shut) return;
        shut = true;
        log::info(kLog, "stopping (", reason, "): closing the links and the clients, then writing what is queued");
        if (front) front->stop(reason);
        if (csta) csta->stop();
        for (auto& l : running) l->stop();
        signals.cancel();
        status_timer.cancel();
        stop_poll.cancel();
        site_timer.cancel();
    };
    signals.async_wait([&](const boost::system::error_code& e, int signo) {
        if (e) return;
        log::info(kLog, "signal ", signo == SIGTERM ? "TERM" : "INT", " received");
        shutdown(signo == SIGTERM ? "SIGTERM received" : "SIGINT received");
    });
    std::function<void()> arm_site = [&] {
        if (!front) return;
        site_timer.expires_after(options_.site_reload_every);
        site_timer.async_wait([&](const boost::system::error_code& e) {
            if (e) return;
            front->reload_site();
            arm_site();
        });
    };
    arm_site();
    std::function<void()> arm_status = [&] {
        status_timer.expires_after(options_.status_every);
        status_timer.async_wait([&](const boost::system::error_code& e) {
            if (e) return;
            const auto s = pipeline->stats();
            std::string clients;
            if (front) {
                const auto n = front->stats();
                clients = "; " + std::to_string(n.connections) + " clients connected, " + std::to_string(n.events) +
                          " live events";
            }
            log::info(kLog, "status: ", s.journaled, " lines journaled, ", s.records, " records, ", s.errors,
                      " unreadable, ", s.spilled_now, " waiting in the spill file", clients);
            arm_status();
        });
    };
    arm_status();
    // stop() posts a wake-up; this check runs the shutdown on the io thread. The poll is only a
    // backstop for a stop() racing the first run() of the io_context.
    std::function<void()> arm_stop_poll = [&] {
        if (stop_requested_) return shutdown("stop requested");
        stop_poll.expires_after(std::chrono::milliseconds(200));
        stop_poll.async_wait([&](const boost::system::error_code& e) {
            if (!e) arm_stop_poll();
        });
    };
    arm_stop_poll();
    log::info(kLog, "running; stop with Ctrl-C or SIGTERM");

    while (!shut) {
        io_.run_one();
        if (stop_requested_) shutdown("stop requested");
    }
    io_.restart();
    io_.poll();  // let the closed links' handlers finish
    running.clear();
    simulator.reset();
    pipeline->stop();
    if (front) {
        front->wait();  // every client told why and closed, within [clients] shutdown_timeout_s
        const auto n = front->stats();
        std::lock_guard lock(front_mutex_);
        front_ = nullptr;
        log::info(kLog, "clients: ", n.events, " live events published, ", n.deliveries, " delivered, ",
                  n.slow_drops, " slow clients dropped");
    }
    front.reset();
    const auto s = pipeline->stats();
    log::info(kLog, "stopped: ", s.journaled, " lines journaled, ", s.records, " records, ", s.errors, " unreadable");
    return 0;
}

} // namespace kxcti::server
