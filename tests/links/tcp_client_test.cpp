// The TCP client link against the real kxcti-pbxsim: login, exact delivery, refusals, drops
// mid-line, a silent PBX, the idle timeout and nothing listening.
#include "tests/links/link_harness.h"
#include "tests/support/pbxsim.h"
#include "tests/support/stderr_capture.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kxcti;
using namespace kxcti::test;
using kxcti::server::LinkState;

namespace {

std::string where(const PbxSim& sim) { return "127.0.0.1:" + std::to_string(sim.port()); }

// Every LinkDropped line is the start of the complete line that follows it (the PBX sends the
// cut record again, in full, to the next client).
void require_cut_lines_resent(const LineSink& sink) {
    for (std::size_t i = 0; i < sink.lines.size(); ++i) {
        if (sink.lines[i].end != LineEnd::LinkDropped) continue;
        INFO("cut line " << i << ": '" << sink.lines[i].bytes << "'");
        REQUIRE(i + 1 < sink.lines.size());
        REQUIRE(sink.lines[i + 1].end == LineEnd::Terminator);
        REQUIRE_FALSE(sink.lines[i].bytes.empty());
        REQUIRE(sink.lines[i + 1].bytes.rfind(sink.lines[i].bytes, 0) == 0);
        REQUIRE(sink.lines[i].bytes.size() < sink.lines[i + 1].bytes.size());
    }
}

} // namespace

TEST_CASE("tcp client: every generated line arrives once, in order, after the LAN login") {
    const std::vector<std::string> gen{"--generate", "150", "--seed", "11"};
    auto expected = pbxsim_lines(gen);
    REQUIRE(expected.size() > 150);  // records plus page headers and rules

    std::vector<std::string> options = gen;
    options.insert(options.end(), {"--rate", "0", "--user", "ACD", "--password", "s3cret"});
    PbxSim sim(options);
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto config = tcp_link_config(sim.port());
    config.tcp.user = "ACD";
    config.tcp.password = "s3cret";
    auto link = server::make_link(io, config, sink.handler(), clock);
    REQUIRE(link->name() == "main");
    REQUIRE(link->status().state == LinkState::Stopped);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));

    REQUIRE(sink.complete() == expected);
    REQUIRE(sink.lines.size() == expected.size());
    for (const auto& l : sink.lines) REQUIRE(l.link == "main");
    auto st = link->status();
    CHECK(st.state == LinkState::Up);
    CHECK(st.lines == expected.size());
    CHECK(st.connects == 1);
    CHECK(st.failures == 0);
    CHECK(st.drops == 0);
    CHECK(st.open_connections == 1);

    link->stop();
    CHECK(link->status().state == LinkState::Stopped);
    CHECK(link->status().open_connections == 0);
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->lines == expected.size());
    CHECK(summary->records == 150);
    CHECK(summary->logins == 1);
    CHECK(summary->refused == 0);
}

TEST_CASE("tcp client: a replayed file arrives byte for byte, leading spaces and blank lines included") {
    ScratchDir dir;
    // A header without a form feed first (its two leading spaces must survive the end of the
    // login dialogue), a blank line first of all, a trailing space, high bytes, a lone form feed.
    const std::string file_text =
        "\r\n"
        "  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD \r\n"
        "--------------------------------------------------------------------------------\r\n"
        "08/01/24 09:03   401 01 0364538740           00:01'05 EU00000.20               \r\n"
        "\r\n"
        "\f\r\n"
        "08/01/24 09:05   601 05 <I>\xe8\xff\x80              00:00'00 EU00000.00            NA \r\n";
    write_all(dir / "replay.txt", file_text);
    auto expected = pbxsim_lines({"--replay", (dir / "replay.txt").string()});
    REQUIRE(expected.size() == 7);
    REQUIRE(expected[1].rfind("  Date", 0) == 0);

    PbxSim sim({"--replay", (dir / "replay.txt").string(), "--rate", "0"});
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    REQUIRE(sink.complete() == expected);
    CHECK(link->status().lines == expected.size());
}

TEST_CASE("tcp client: a wrong password is a failure with one warning per attempt, retried") {
    StderrCapture log;
    PbxSim sim({"--generate", "10", "--rate", "0", "--password", "not-the-default"});
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().failures >= 3; }));

    auto st = link->status();
    CHECK(st.failures == 3);
    CHECK(st.connects == 3);  // each attempt got its TCP connection; the login failed
    CHECK(st.drops == 0);
    CHECK(st.lines == 0);
    CHECK(sink.lines.empty());
    CHECK(st.state == LinkState::Waiting);
    const std::string warning = "link main: login to " + where(sim) + " failed: PBX asked for the password again";
    CHECK(log.count_lines(warning) == 3);
    CHECK(log.count_lines("warning [link]") == 3);
    CHECK(log.count_lines("retrying in") == 3);
    CHECK(st.last_error.find(warning) != std::string::npos);
    // The password the link sent is never logged.
    CHECK(log.text().find("PCCSMDR") == std::string::npos);
}

TEST_CASE("tcp client: --refuse-logins 3 gives three failures, then every line") {
    StderrCapture log;
    const std::vector<std::string> gen{"--generate", "40", "--seed", "2"};
    auto expected = pbxsim_lines(gen);
    std::vector<std::string> options = gen;
    options.insert(options.end(), {"--rate", "0", "--refuse-logins", "3"});
    PbxSim sim(options);
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));

    REQUIRE(sink.complete() == expected);
    auto st = link->status();
    CHECK(st.failures == 3);
    CHECK(st.connects == 4);
    CHECK(st.drops == 0);
    CHECK(st.lines == expected.size());
    CHECK(st.state == LinkState::Up);
    CHECK(log.count_lines("link main: login to " + where(sim) + " failed: PBX rejected the login") == 3);
    CHECK(log.count_lines("warning [link]") == 3);

    link->stop();
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->refused == 3);
    CHECK(summary->logins == 1);
    CHECK(summary->turned_away == 0);
}

TEST_CASE("tcp client: drops mid-line with refusals lose no line and duplicate none") {
    const std::vector<std::string> gen{"--generate", "120", "--seed", "5", "--garbage-every", "9"};
    auto expected = pbxsim_lines(gen);
    constexpr std::uint64_t kAfter = 25;
    const std::uint64_t drops = (expected.size() - 1) / kAfter;  // after every 25 lines while more remain
    REQUIRE(drops >= 5);

    std::vector<std::string> options = gen;
    options.insert(options.end(), {"--rate", "0", "--drop-mid-line-after", std::to_string(kAfter),
                                   "--refuse-logins", "2"});
    PbxSim sim(options);
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.count(LineEnd::Terminator) >= expected.size(); }));

    REQUIRE(sink.complete() == expected);
    REQUIRE(sink.count(LineEnd::LinkDropped) == drops);
    REQUIRE(sink.lines.size() == expected.size() + drops);
    require_cut_lines_resent(sink);
    auto st = link->status();
    CHECK(st.lines == expected.size() + drops);
    CHECK(st.failures == 2);
    CHECK(st.drops == drops);
    CHECK(st.connects == 2 + drops + 1);

    link->stop();
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->lines == expected.size());
    CHECK(summary->drops == drops);
    CHECK(summary->logins == drops + 1);
    CHECK(summary->refused == 2);
    CHECK(summary->turned_away == 0);
}

TEST_CASE("tcp client: a PBX silent during login is a failure per login timeout") {
    StderrCapture log;
    PbxSim sim({"--silent"});
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto config = tcp_link_config(sim.port());
    config.tcp.login_timeout = 1s;
    auto link = server::make_link(io, config, sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().failures >= 2; }));
    auto st = link->status();
    CHECK(st.failures == 2);
    CHECK(st.connects == 2);
    CHECK(st.drops == 0);
    CHECK(st.lines == 0);
    CHECK(log.count_lines("link main: login to " + where(sim) +
                          " failed: PBX silent during login (no prompt within 1 s); retrying in") == 2);
    link->stop();
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->turned_away == 0);  // each retry came after the previous connection was gone
}

TEST_CASE("tcp client: the idle timeout drops a quiet connection and reconnects") {
    StderrCapture log;
    const std::vector<std::string> gen{"--generate", "3", "--seed", "4"};
    auto expected = pbxsim_lines(gen);
    std::vector<std::string> options = gen;
    options.insert(options.end(), {"--rate", "0"});
    PbxSim sim(options);
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto config = tcp_link_config(sim.port());
    config.tcp.idle_timeout = 1s;
    auto link = server::make_link(io, config, sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().drops >= 2; }));
    auto st = link->status();
    CHECK(st.drops == 2);
    CHECK(st.connects == 2);
    CHECK(st.failures == 0);
    CHECK(sink.complete() == expected);  // the PBX had nothing more: nothing came twice
    CHECK(st.lines == expected.size());
    CHECK(log.count_lines("link main: no data from " + where(sim) + " for 1 s (idle_timeout): reconnecting") == 2);
    link->stop();
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->logins >= 2);
    CHECK(summary->turned_away == 0);
}

TEST_CASE("tcp client: nothing listening is a failure per attempt, retried, never an exception") {
    StderrCapture log;
    auto port = unused_port();
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(port), sink.handler(), clock);
    link->start();
    REQUIRE_NOTHROW(run_until(io, [&] { return link->status().failures >= 5; }));
    auto st = link->status();
    CHECK(st.failures == 5);
    CHECK(st.connects == 0);
    CHECK(st.drops == 0);
    CHECK(st.lines == 0);
    CHECK(st.state == LinkState::Waiting);
    CHECK(log.count_lines("link main: connect to 127.0.0.1:" + std::to_string(port) +
                          " failed: Connection refused; retrying in") == 5);
    link->stop();
    CHECK(link->status().state == LinkState::Stopped);
}

TEST_CASE("tcp client: a PBX that comes up later is reached by the retries") {
    auto expected = pbxsim_lines({"--generate", "5"});
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    // Learn a free port from a first simulator, end it, then start the link against the port.
    std::uint16_t port = 0;
    {
        PbxSim probe({"--generate", "5"});
        port = probe.port();
        REQUIRE(probe.terminate() == 0);
    }
    auto link = server::make_link(io, tcp_link_config(port), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().failures >= 2; }));
    test::ChildProcess sim({KXCTI_PBXSIM_EXE, "--listen", "127.0.0.1:" + std::to_string(port), "--generate", "5",
                            "--rate", "0"});
    REQUIRE(sim.wait_for_line("listening on", kPbxSimTimeout));
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    CHECK(sink.complete() == expected);
    CHECK(link->status().connects == 1);
}

namespace {

// A peer that needs no login: a plain listening socket in the test.
class PlainListener {
public:
    PlainListener() {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(::listen(fd_, 4) == 0);
        REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) == 0);
        port_ = ntohs(a.sin_port);
    }
    ~PlainListener() {
        if (peer_ >= 0) ::close(peer_);
        ::close(fd_);
    }
    std::uint16_t port() const { return port_; }
    // The link's connection: call once the link counted its connect (it is in the backlog).
    void accept() { peer_ = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC); REQUIRE(peer_ >= 0); }
    void send(const std::string& bytes) { ::send(peer_, bytes.data(), bytes.size(), MSG_NOSIGNAL); }

private:
    int fd_ = -1;
    int peer_ = -1;
    std::uint16_t port_ = 0;
};

} // namespace

TEST_CASE("tcp client: stop() hands on the partial line, and the handler is never called after it") {
    PlainListener peer;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto config = tcp_link_config(peer.port());
    config.tcp.login = false;
    auto link = server::make_link(io, config, sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().state == LinkState::Up; }));
    peer.accept();
    peer.send("first\r\nsecond ha");  // one segment: one read
    REQUIRE(run_until(io, [&] { return sink.lines.size() == 1; }));
    link->stop();
    REQUIRE(sink.lines.size() == 2);
    CHECK(sink.lines[0].bytes == "first");
    CHECK(sink.lines[1].bytes == "second ha");
    CHECK(sink.lines[1].end == LineEnd::LinkDropped);
    peer.send("lf\r\nmore\r\n");
    io.restart();
    io.poll();
    CHECK(sink.lines.size() == 2);
    CHECK(link->status().lines == 2);
}

TEST_CASE("tcp client: stop() from inside the handler ends delivery at once") {
    PlainListener peer;
    boost::asio::io_context io;
    RealClock clock;
    std::vector<std::string> got;
    std::unique_ptr<server::Link> link;
    auto config = tcp_link_config(peer.port());
    config.tcp.login = false;
    link = server::make_link(io, config, [&](ReceivedLine l) {
        got.push_back(l.bytes);
        if (l.bytes == "two") link->stop();
    }, clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().state == LinkState::Up; }));
    peer.accept();
    peer.send("one\r\ntwo\r\nthree\r\nfour");
    REQUIRE(run_until(io, [&] { return link->status().state == LinkState::Stopped; }));
    io.restart();
    io.poll();
    CHECK(got == std::vector<std::string>{"one", "two"});
}
