#pragma once
// A real NetServer for the net suite: a fresh SQLite database in a scratch directory, real
// accounts, look-ups and reports over it, the io_context on its own thread, real TCP on
// 127.0.0.1 with ports picked by the system. Short deadlines and cheap password hashes keep
// the tests fast; nothing waits by sleeping.
#include "common/storage/schema.h"
#include "common/util/clock.h"
#include "server/accounts/account_store.h"
#include "server/net/net_server.h"
#include "server/net/record_lookups.h"
#include "server/net/engine_reports.h"
#include "tests/support/temp_dir.h"

#include <utility>
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <memory>
#include <thread>

namespace kxcti::test {

// A manual clock that other threads may read while the test moves it.
class SharedClock final : public Clock {
public:
    explicit SharedClock(SystemTime start) : us_(to_unix_us(start)) {}
    SystemTime now() const override { return from_unix_us(us_.load()); }
    void advance(std::chrono::microseconds d) { us_ += d.count(); }

private:
    std::atomic<std::int64_t> us_;
};

// Password hashing cost in tests: the minimum, so a login takes microseconds, not 0.3 s.
inline constexpr unsigned kTestIterations = server::accounts::kMinIterations;
// 2026-11-23 09:00:00 UTC
inline constexpr std::int64_t kT0us = 1'795'424'400'000'000;

struct NetFixture {
    NetFixture();
    ~NetFixture();

    void add_user(const std::string& name, protocol::Role role, std::vector<std::string> groups = {},
                  std::vector<std::string> exts = {}, const std::string& password = "password1");
    // Builds the NetServer (with `reports`, or the reports engine), starts it and the io thread.
    void start(server::net::ReportService* reports = nullptr);
    void stop(const std::string& reason = "test over");
    std::uint16_t port() const { return server->local_port(); }

    ScratchDir dir;
    SharedClock clock{from_unix_us(kT0us)};
    storage::Connection db;
    server::accounts::AccountStore accounts;
    server::net::RecordLookups lookups;
    server::net::EngineReports engine_reports;
    server::NetConfig config;
    boost::asio::io_context io;
    std::unique_ptr<server::net::NetServer> server;
    std::thread io_thread;
};

} // namespace kxcti::test
