// kxcti-pbxsim --traffic as a program: files, the truth file, the summary, the LAN.
#include "simulator/traffic_builtin.h"
#include "common/smdr/parser.h"
#include "tests/support/pbxsim.h"
#include "tests/support/raw_tcp.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

using namespace kxcti;
using namespace kxcti::test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("pbxsim --traffic: the same seed gives the same records and truth, another seed others") {
    ScratchDir dir;
    auto run = [&](const std::string& tag, const std::string& seed) {
        auto r = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / (tag + ".txt")).string(), "--traffic", "busy-hour",
                              "--truth", (dir / (tag + ".json")).string(), "--seed", seed});
        REQUIRE(r.status == 0);
        return read_all(dir / (tag + ".txt")) + read_all(dir / (tag + ".json"));
    };
    auto a = run("a", "5"), b = run("b", "5"), c = run("c", "6");
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("pbxsim --traffic: the summary counts what the truth file holds, every line parses") {
    ScratchDir dir;
    auto out = dir / "smdr.txt";
    auto truth = dir / "truth.json";
    auto r = run_program({KXCTI_PBXSIM_EXE, "--out", out.string(), "--traffic", "transfers", "--truth", truth.string(),
                          "--layout", "C", "--page", "50", "--start", "2024-03-01"});
    REQUIRE(r.status == 0);
    auto t = read_all(truth);
    const auto calls = static_cast<std::size_t>(std::count(t.begin(), t.end(), '\n'));
    const auto answered = count_of(t, "\"outcome\":\"answered\"");
    const auto forwarded = count_of(t, "\"outcome\":\"forwarded_out\"");
    const auto callbacks = count_of(t, "\"outcome\":\"outgoing\"");
    const auto in_queue = count_of(t, "\"outcome\":\"lost_in_queue\"");
    CHECK(count_of(t, "\"start\":\"2024-03-01 ") > 0);  // Friday, then Monday 4th: weekends skipped
    CHECK(count_of(t, "\"start\":\"2024-03-02 ") == 0);
    CHECK(count_of(t, "\"start\":\"2024-03-04 ") > 0);
    auto pos = r.err.find("kxcti-pbxsim: traffic: ");
    REQUIRE(pos != std::string::npos);
    const std::string traffic = r.err.substr(pos);
    CHECK(traffic.find(std::to_string(calls - callbacks) + " incoming calls (" + std::to_string(answered) + " answered, " +
                       std::to_string(in_queue) + " lost in queue, ") == std::string("kxcti-pbxsim: traffic: ").size());
    CHECK(traffic.find(std::to_string(forwarded) + " forwarded, 0 blocked), " + std::to_string(callbacks) + " call-backs") !=
          std::string::npos);

    // Every line reads: records, LOG IN / LOG OUT, headers and rules; nothing is an error.
    auto lines = pbxsim_lines({"--traffic", "transfers", "--layout", "C", "--page", "50", "--start", "2024-03-01"});
    smdr::Parser parser;
    std::size_t records = 0, logins = 0, headers = 0;
    for (const auto& line : lines) {
        auto p = parser.feed(line);
        INFO(line << " -> " << p.error);
        REQUIRE(p.kind != smdr::LineKind::Error);
        if (p.kind == smdr::LineKind::Record) ++records;
        if (p.kind == smdr::LineKind::Login || p.kind == smdr::LineKind::Logout) ++logins;
        if (p.kind == smdr::LineKind::Header) ++headers;
    }
    auto summary = parse_pbxsim_summary(r.err);
    REQUIRE(summary);
    CHECK(summary->records == records);
    CHECK(summary->lines == records + logins + 2 * headers);
    CHECK(headers == (records + logins + 49) / 50);
    CHECK(logins == 4 * 2 * 2);  // four operators, two days, in and out
    CHECK(traffic.find(std::to_string(records) + " call records") != std::string::npos);
}

TEST_CASE("pbxsim --traffic: scenario mistakes exit 2 naming the file and line") {
    ScratchDir dir;
    write_all(dir / "bad.ini", "[site]\ntrunks = 5000\n");
    auto r = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "x").string(), "--traffic", (dir / "bad.ini").string()});
    CHECK(r.status == 2);
    CHECK(r.err == "kxcti-pbxsim: " + (dir / "bad.ini").string() + ":2: trunks: '5000' is not a whole number from 1 to 999\n");
    auto wide = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "x").string(), "--traffic", "quiet-day", "--layout", "B"});
    CHECK(wide.status == 0);  // <D>2301<I> and ten digits fit B's 20 columns exactly
    write_all(dir / "long.ini", "[did.230155]\ngroup = 601\n[group.601]\nmembers = 401\n");
    auto longer = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "x").string(), "--traffic", (dir / "long.ini").string(),
                               "--layout", "B"});
    CHECK(longer.status == 2);
    CHECK(longer.err.find("[did.230155] with a 10-digit caller needs 22 columns of Dial Number; layout B has 20") !=
          std::string::npos);
    auto missing_truth = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "x").string(), "--traffic", "quiet-day", "--truth",
                                      "/nonexistent/dir/truth.json"});
    CHECK(missing_truth.status == 1);
    CHECK(missing_truth.err.find("kxcti-pbxsim: cannot write the truth file /nonexistent/dir/truth.json: ") == 0);
}

TEST_CASE("pbxsim --print-scenario prints the built-in text") {
    auto r = run_program({KXCTI_PBXSIM_EXE, "--print-scenario", "quiet-day"});
    CHECK(r.status == 0);
    CHECK(r.out == *sim::builtin_scenario_text("quiet-day"));
}

TEST_CASE("pbxsim --traffic over the LAN: a client gets the same lines as the file") {
    auto expected = pbxsim_lines({"--traffic", "quiet-day", "--seed", "3"});
    PbxSim sim({"--traffic", "quiet-day", "--seed", "3", "--rate", "0"});
    RawTcp c(sim.port());
    REQUIRE(c.read_n(1, kPbxSimTimeout) == "-");
    c.send("SMDR\rPCCSMDR\r");
    REQUIRE(c.read_n(15, kPbxSimTimeout) == "Enter Password:");
    std::string all;
    for (const auto& l : expected) all += l + "\r\n";
    CHECK(c.read_n(all.size(), kPbxSimTimeout) == all);
}

TEST_CASE("pbxsim --traffic --speed paces by the model's clock and prints the same lines") {
    ScratchDir dir;
    auto fast = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "fast.txt").string(), "--traffic", "quiet-day"});
    REQUIRE(fast.status == 0);
    // The day runs from the first LOG IN at 08:00 to the last LOG OUT at 18:00 or later: 36,000
    // model seconds or more, at 72,000 per second at least half a second of real time.
    auto start = std::chrono::steady_clock::now();
    auto paced = run_program({KXCTI_PBXSIM_EXE, "--out", (dir / "paced.txt").string(), "--traffic", "quiet-day",
                              "--speed", "72000"});
    auto took = std::chrono::steady_clock::now() - start;
    REQUIRE(paced.status == 0);
    CHECK(read_all(dir / "paced.txt") == read_all(dir / "fast.txt"));
    CHECK(took >= std::chrono::milliseconds(480));
}
