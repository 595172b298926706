// Not a test: a NetServer for ../shared/bench/fanout_bench.py, hidden from ctest ([.bench]).
//   KXCTI_BENCH_PORT=3333 ./tests/tests_net "[.bench]" &
//   python3 ../shared/bench/fanout_bench.py --port 3333 -n 1000 -k 200 --pid $!
// It serves the NCID feed on 127.0.0.1 with gateway lines accepted (the harness injects rings
// with them) and caps raised for 1,000 clients from one address, until SIGTERM or SIGINT.
#include "net_fixture.h"

#include <catch2/catch.hpp>

#include <boost/asio/signal_set.hpp>

#include "common/util/log.h"

#include <cstdlib>
#include <unistd.h>
#include <iostream>

TEST_CASE("NCID fan-out bench server", "[.bench]") {
    const char* port = std::getenv("KXCTI_BENCH_PORT");
    REQUIRE(port != nullptr);
    kxcti::test::NetFixture f;
    f.config.ncid.enabled = true;
    f.config.ncid.accept_gateway = true;
    f.config.ncid.port = static_cast<std::uint16_t>(std::atoi(port));
    f.config.ncid.max_connections = 2000;
    f.config.ncid.max_per_address = 2000;
    f.config.ncid.call_log_lines = 0;
    f.config.clients.enabled = false;
    kxcti::log::set_level(kxcti::log::Level::Warn);
    boost::asio::signal_set signals(f.io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) f.server->stop("bench over");
    });
    f.start();
    std::cerr << "NCID bench server on 127.0.0.1:" << f.server->ncid_port() << ", pid " << ::getpid() << '\n';
    f.io_thread.join();  // until the signal's stop() has closed every client
}
