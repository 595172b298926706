// The summary kxcti-pbxsim writes to stderr at exit: exact counts for every output.
#include "tests/support/pbxsim.h"
#include "tests/support/socat_pty.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

using namespace kxcti::test;

TEST_CASE("pbxsim summary: --out counts lines, records and garbage exactly") {
    ScratchDir dir;
    auto file = dir / "out.txt";
    auto r = run_program({KXCTI_PBXSIM_EXE, "--out", file.string(), "--generate", "100", "--page", "30",
                          "--garbage-every", "10"});
    REQUIRE(r.status == 0);
    // 100 records, 4 headers and 4 rules = 108 lines; a garbage line after every 10 of them.
    const std::uint64_t lines = 108 + 108 / 10;
    CHECK(r.err == "kxcti-pbxsim: sent " + std::to_string(lines) +
                       " lines (100 records, 10 garbage lines), 0 lines cut by a drop, 0 logins, 0 logins "
                       "refused, 0 extra clients turned away\n");
    auto text = read_all(file);
    CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>(lines));
}

TEST_CASE("pbxsim summary: --exit-after-lines stops after exactly that many lines") {
    ScratchDir dir;
    auto file = dir / "out.txt";
    auto r = run_program({KXCTI_PBXSIM_EXE, "--out", file.string(), "--exit-after-lines", "57", "--page", "0",
                          "--newline", "cr"});
    REQUIRE(r.status == 0);
    auto s = parse_pbxsim_summary(r.err);
    REQUIRE(s);
    CHECK(*s == PbxSimSummary{57, 57, 0, 0, 0, 0, 0});
    auto text = read_all(file);
    CHECK(std::count(text.begin(), text.end(), '\r') == 57);
    CHECK(std::count(text.begin(), text.end(), '\n') == 0);
}

TEST_CASE("pbxsim summary: --serial counts what went out to the tty") {
    ScratchDir dir;
    SocatPty pty(dir.path());
    // Our own reader at the other end, so the bytes have somewhere to go.
    int reader = ::open(pty.server_end().c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    REQUIRE(reader >= 0);
    auto r = run_program({KXCTI_PBXSIM_EXE, "--serial", pty.pbx_end().string(), "--generate", "5", "--page", "0",
                          "--rate", "0"});
    ::close(reader);
    CHECK(r.status == 0);
    auto s = parse_pbxsim_summary(r.err);
    REQUIRE(s);
    CHECK(*s == PbxSimSummary{5, 5, 0, 0, 0, 0, 0});
}

TEST_CASE("pbxsim summary: a missing serial device exits 1 saying so") {
    auto r = run_program({KXCTI_PBXSIM_EXE, "--serial", "/nonexistent/tty", "--generate", "5"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kxcti-pbxsim: cannot open /nonexistent/tty: No such file or directory (is the pty pair or "
                     "adapter there?)\n") == 0);
}
