#include "net_fixture.h"

#include <catch2/catch.hpp>

namespace kxcti::test {
namespace {
storage::Connection open_fresh(const ScratchDir& dir) { return storage::open_database(dir / "kxcti.db"); }
} // namespace

NetFixture::NetFixture()
    : dir("kxcti-net"), db(open_fresh(dir)), accounts(db, clock), lookups(dir / "kxcti.db"),
      engine_reports(dir / "kxcti.db") {
    config.clients.address = "127.0.0.1";
    config.clients.port = 0;
    config.ncid.address = "127.0.0.1";
    config.ncid.port = 0;
    config.clients.shutdown_timeout = std::chrono::milliseconds(2000);
}

NetFixture::~NetFixture() {
    if (io_thread.joinable()) stop();
}

void NetFixture::add_user(const std::string& name, protocol::Role role, std::vector<std::string> groups,
                          std::vector<std::string> exts, const std::string& password) {
    accounts.add(name, role, password, std::move(groups), std::move(exts), kTestIterations);
}

void NetFixture::start(server::net::ReportService* reports) {
    server = std::make_unique<server::net::NetServer>(
        io, config, server::net::NetServices{accounts, lookups, reports ? *reports : engine_reports}, clock);
    server->start();
    io_thread = std::thread([this] { io.run(); });
}

void NetFixture::stop(const std::string& reason) {
    server->stop(reason);
    io_thread.join();
}

} // namespace kxcti::test
