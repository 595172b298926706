// The listen link: pushers (plain TCP clients here) connect to us and push lines.
#include "tests/links/link_harness.h"
#include "tests/support/raw_tcp.h"
#include "tests/support/stderr_capture.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kxcti;
using namespace kxcti::test;
using kxcti::server::LinkState;

TEST_CASE("listen: port 0 reports the port it bound, two pushers' lines are split each on its own") {
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, listen_link_config(4), sink.handler(), clock);
    link->start();
    auto st = link->status();
    REQUIRE(st.state == LinkState::Up);
    REQUIRE(st.local_port != 0);

    RawTcp a(st.local_port), b(st.local_port);
    REQUIRE(run_until(io, [&] { return link->status().open_connections == 2; }));
    CHECK(link->status().connects == 2);
    // Interleaved halves: a line is only ever joined with bytes from its own connection. Each
    // half goes out with a whole line before it, so its arrival is seen.
    a.send("A0\r\nA1 first ");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 1; }));
    b.send("B0\r\nB1 first ");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 2; }));
    a.send("half\r\n");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 3; }));
    b.send("half\r\n");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 4; }));
    CHECK(sink.complete() == std::vector<std::string>{"A0", "B0", "A1 first half", "B1 first half"});
    for (const auto& l : sink.lines) CHECK(l.link == "push");

    // A pusher that hangs up mid-line: what it sent is handed on, marked cut.
    a.send("A2 cut");
    a.close();
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 5; }));
    CHECK(sink.lines[4].bytes == "A2 cut");
    CHECK(sink.lines[4].end == LineEnd::LinkDropped);
    REQUIRE(run_until(io, [&] { return link->status().open_connections == 1; }));
    st = link->status();
    CHECK(st.lines == 5);
    CHECK(st.failures == 0);
    CHECK(st.refused == 0);
    CHECK(st.drops == 0);  // pushers come and go: a hang-up is no drop
    CHECK(st.connects == 2);

    link->stop();
    st = link->status();
    CHECK(st.state == LinkState::Stopped);
    CHECK(st.open_connections == 0);
}

TEST_CASE("listen: pushers over max_connections are refused and counted") {
    StderrCapture log;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, listen_link_config(2), sink.handler(), clock);
    link->start();
    auto port = link->status().local_port;
    RawTcp a(port), b(port);
    REQUIRE(run_until(io, [&] { return link->status().open_connections == 2; }));
    RawTcp c(port);
    REQUIRE(run_until(io, [&] { return link->status().refused == 1; }));
    RawTcp d(port);
    REQUIRE(run_until(io, [&] { return link->status().refused == 2; }));
    // The refused ones see their connection closed, with nothing said.
    CHECK(c.read_to_eof(kLinkDeadline) == std::string());
    CHECK(d.read_to_eof(kLinkDeadline) == std::string());
    CHECK(log.count_lines("link push: refused connection from 127.0.0.1:") == 2);
    CHECK(log.count_lines("already 2 connected (max_connections = 2)") == 2);

    // The two that got in still deliver; a place freed is taken by the next pusher.
    a.send("from a\n");
    b.close();
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 1 && link->status().open_connections == 1; }));
    RawTcp e(port);
    REQUIRE(run_until(io, [&] { return link->status().open_connections == 2; }));
    e.send("from e\n");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 2; }));
    CHECK(sink.complete() == std::vector<std::string>{"from a", "from e"});
    auto st = link->status();
    CHECK(st.refused == 2);
    CHECK(st.connects == 3);
    CHECK(st.failures == 0);
}

TEST_CASE("listen: an address in use is a failure per attempt until it is free") {
    StderrCapture log;
    // Hold a port (listening, so the link's bind fails even with SO_REUSEADDR).
    int blocker = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    REQUIRE(::bind(blocker, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(::listen(blocker, 1) == 0);
    REQUIRE(::getsockname(blocker, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    auto port = ntohs(a.sin_port);

    auto config = listen_link_config(4);
    config.listen.port = port;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, config, sink.handler(), clock);
    REQUIRE_NOTHROW(link->start());
    REQUIRE(run_until(io, [&] { return link->status().failures >= 3; }));
    CHECK(link->status().failures == 3);
    CHECK(link->status().state == LinkState::Waiting);
    CHECK(log.count_lines("link push: cannot listen on 127.0.0.1:" + std::to_string(port) +
                          ": Address already in use; retrying in") == 3);

    ::close(blocker);
    REQUIRE(run_until(io, [&] { return link->status().state == LinkState::Up; }));
    CHECK(link->status().local_port == port);
    RawTcp pusher(port);
    pusher.send("late\r\n");
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 1; }));
    CHECK(sink.lines[0].bytes == "late");
}
