// The serial link through a real pty pair made by socat, fed by kxcti-pbxsim --serial.
#include "tests/links/link_harness.h"
#include "tests/support/child_process.h"
#include "tests/support/pbxsim.h"
#include "tests/support/socat_pty.h"
#include "tests/support/stderr_capture.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

using namespace kxcti;
using namespace kxcti::test;
using kxcti::server::LinkState;

namespace {

// Holds the PBX end of the pty pair open, like a cable that stays plugged in: without it,
// socat sees the simulator's close as the end of the pair and takes both ptys away, and the
// kernel flushes what the server end had not read yet.
class HeldOpen {
public:
    explicit HeldOpen(const std::filesystem::path& tty) : fd_(::open(tty.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC)) {
        REQUIRE(fd_ >= 0);
    }
    ~HeldOpen() { ::close(fd_); }
    HeldOpen(const HeldOpen&) = delete;
    HeldOpen& operator=(const HeldOpen&) = delete;

private:
    int fd_;
};

} // namespace

TEST_CASE("serial: every generated line arrives once, in order, through a pty pair") {
    ScratchDir dir;
    SocatPty pty(dir.path());
    HeldOpen cable(pty.pbx_end());
    const std::vector<std::string> gen{"--generate", "120", "--seed", "3"};
    auto expected = pbxsim_lines(gen);

    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, serial_link_config(pty.server_end().string()), sink.handler(), clock);
    link->start();
    REQUIRE(link->status().state == LinkState::Up);  // the device is there: opened at once

    std::vector<std::string> argv{KXCTI_PBXSIM_EXE, "--serial", pty.pbx_end().string(), "--rate", "0"};
    argv.insert(argv.end(), gen.begin(), gen.end());
    ChildProcess sim(argv);
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    REQUIRE(sink.complete() == expected);
    REQUIRE(sim.wait(kPbxSimTimeout) == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->lines == expected.size());
    CHECK(summary->records == 120);

    auto st = link->status();
    CHECK(st.lines == expected.size());
    CHECK(st.connects == 1);
    CHECK(st.failures == 0);
    CHECK(st.drops == 0);
    CHECK(st.open_connections == 1);
}

// Linux ptys refuse 7 data bits and parity (EINVAL), so the site settings tried here are the ones
// a pty takes: baud, two stop bits, hardware flow control.
TEST_CASE("serial: 1200 baud 8N2 with RTS/CTS and CR line ends, a replayed file byte for byte") {
    ScratchDir dir;
    SocatPty pty(dir.path());
    HeldOpen cable(pty.pbx_end());
    write_all(dir / "replay.txt",
              "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD\n"
              "--------------------------------------------------------------------------------\n"
              "08/01/24 09:03    401 01 0364538740               0'00 00:01'05\n"
              "\n"
              "08/01/24 09:04    601 05 <I>0364538740            0'12 00:00'00            NA\n");
    auto expected = pbxsim_lines({"--replay", (dir / "replay.txt").string()});
    REQUIRE(expected.size() == 5);

    auto config = serial_link_config(pty.server_end().string());
    config.serial.baud = 1200;
    config.serial.stop_bits = 2;
    config.serial.flow = server::FlowControl::Hardware;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, config, sink.handler(), clock);
    link->start();
    REQUIRE(link->status().state == LinkState::Up);
    ChildProcess sim({KXCTI_PBXSIM_EXE, "--serial", pty.pbx_end().string(), "--replay",
                      (dir / "replay.txt").string(), "--rate", "0", "--newline", "cr"});
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    CHECK(sink.complete() == expected);
    REQUIRE(sim.wait(kPbxSimTimeout) == 0);
}

TEST_CASE("serial: a missing device is a failure per attempt, the device appearing brings the link up") {
    StderrCapture log;
    ScratchDir dir;
    auto device = dir / "server";  // SocatPty's server end, once it exists
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, serial_link_config(device.string()), sink.handler(), clock);
    REQUIRE_NOTHROW(link->start());
    REQUIRE(run_until(io, [&] { return link->status().failures >= 3; }));
    auto st = link->status();
    CHECK(st.failures == 3);
    CHECK(st.connects == 0);
    CHECK(st.state == LinkState::Waiting);
    CHECK(log.count_lines("link serial: cannot open serial port " + device.string() +
                          ": No such file or directory (check `device` and that the adapter is plugged in); "
                          "retrying in") == 3);

    SocatPty pty(dir.path());
    HeldOpen cable(pty.pbx_end());
    REQUIRE(run_until(io, [&] { return link->status().state == LinkState::Up; }));
    CHECK(link->status().connects == 1);
    auto failures_before = link->status().failures;

    auto expected = pbxsim_lines({"--generate", "10", "--seed", "8"});
    ChildProcess sim({KXCTI_PBXSIM_EXE, "--serial", pty.pbx_end().string(), "--generate", "10", "--seed", "8",
                      "--rate", "0"});
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    CHECK(sink.complete() == expected);
    REQUIRE(sim.wait(kPbxSimTimeout) == 0);
    CHECK(link->status().failures == failures_before);
    CHECK(link->status().drops == 0);
}

TEST_CASE("serial: the pty pair going away is a drop, then failures until it is back") {
    StderrCapture log;
    ScratchDir dir;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto pty = std::make_unique<SocatPty>(dir.path());
    auto link = server::make_link(io, serial_link_config(pty->server_end().string()), sink.handler(), clock);
    link->start();
    REQUIRE(link->status().state == LinkState::Up);
    pty.reset();  // socat ends: the adapter was unplugged
    REQUIRE(run_until(io, [&] { return link->status().failures >= 2; }));
    auto st = link->status();
    CHECK(st.drops == 1);
    CHECK(st.connects == 1);
    CHECK(st.failures == 2);
    CHECK(log.count_lines("link serial: reading " + (dir / "server").string() + " failed: ") == 1);
    CHECK(sink.lines.empty());
}

TEST_CASE("serial: settings the device refuses are a failure per attempt, saying which") {
    StderrCapture log;
    ScratchDir dir;
    SocatPty pty(dir.path());
    auto config = serial_link_config(pty.server_end().string());
    config.serial.data_bits = 7;  // a pty takes no 7-bit words
    config.serial.parity = server::Parity::Even;
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, config, sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return link->status().failures >= 2; }));
    CHECK(link->status().failures == 2);
    CHECK(link->status().connects == 0);
    CHECK(log.count_lines("link serial: cannot set 9600 7E1 on " + pty.server_end().string() +
                          ": Invalid argument; retrying in") == 2);
}
