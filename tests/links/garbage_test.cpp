// Links do not parse: garbage is handed on as lines, byte for byte; only a runaway line is cut.
#include "tests/links/link_harness.h"
#include "tests/support/pbxsim.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::test;

TEST_CASE("garbage lines arrive as lines, byte for byte, none over kMaxLineBytes") {
    const std::vector<std::string> gen{"--generate", "80", "--seed", "21", "--garbage-every", "4"};
    auto expected = pbxsim_lines(gen);
    std::vector<std::string> options = gen;
    options.insert(options.end(), {"--rate", "0"});
    PbxSim sim(options);
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= expected.size(); }));
    REQUIRE(sink.complete() == expected);
    for (const auto& l : sink.lines) REQUIRE(l.bytes.size() <= kMaxLineBytes);

    link->stop();
    REQUIRE(sim.terminate() == 0);
    auto summary = parse_pbxsim_summary(sim.err());
    REQUIRE(summary);
    CHECK(summary->lines == expected.size());
    CHECK(summary->garbage == (expected.size() - summary->garbage) / 4);  // one after every 4 lines
    CHECK(summary->garbage > 20);
}

TEST_CASE("a runaway line is one TooLong line of its first kMaxLineBytes, and the lines around it are whole") {
    ScratchDir dir;
    std::string runaway;
    for (std::size_t i = 0; i < 2 * kMaxLineBytes + 500; ++i) runaway += static_cast<char>('!' + i % 90);
    write_all(dir / "replay.txt", "before\r\n" + runaway + "\r\nafter\r\n");
    PbxSim sim({"--replay", (dir / "replay.txt").string(), "--rate", "0"});
    boost::asio::io_context io;
    RealClock clock;
    LineSink sink;
    auto link = server::make_link(io, tcp_link_config(sim.port()), sink.handler(), clock);
    link->start();
    REQUIRE(run_until(io, [&] { return sink.lines.size() >= 3; }));
    REQUIRE(sink.lines.size() == 3);
    CHECK(sink.lines[0].bytes == "before");
    CHECK(sink.lines[1].end == LineEnd::TooLong);
    CHECK(sink.lines[1].bytes == runaway.substr(0, kMaxLineBytes));  // the tail is dropped (LineSplitter)
    CHECK(sink.lines[2].end == LineEnd::Terminator);
    CHECK(sink.lines[2].bytes == "after");
    CHECK(link->status().lines == 3);
}
