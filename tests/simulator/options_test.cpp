// kxcti-pbxsim's command line: every mistake is exit status 2 and a message naming the option.
#include "simulator/options.h"
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

using namespace kxcti::sim;
using kxcti::test::run_program;

namespace {

std::string usage_error(const std::vector<std::string>& args) {
    try {
        parse_options(args);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("simulator options: each mistake names the option and what it accepts") {
    CHECK(usage_error({}) == "give exactly one of --listen HOST:PORT, --serial DEVICE, --out FILE; see --help");
    CHECK(usage_error({"--out", "a", "--listen", "127.0.0.1:0", "--generate", "1"}) ==
          "give exactly one of --listen HOST:PORT, --serial DEVICE, --out FILE; see --help");
    CHECK(usage_error({"--listen", "2300"}) ==
          "--listen wants HOST:PORT (e.g. 127.0.0.1:0; port 0 picks a free one), not '2300'");
    CHECK(usage_error({"--listen", "127.0.0.1:70000"}) ==
          "--listen port wants a whole number from 0 to 65535, not '70000'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--generate", "0"}) ==
          "--generate wants a whole number from 1 to 18446744073709551615, not '0'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--generate", "12x"}) ==
          "--generate wants a whole number from 1 to 18446744073709551615, not '12x'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--layout", "D"}) == "--layout wants A, B or C, not 'D'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--date-order", "dym"}) ==
          "--date-order wants dmy, mdy or ymd, not 'dym'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--clock", "13"}) == "--clock wants 12 or 24, not '13'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--start", "2024-13-01"}) ==
          "--start wants YYYY-MM-DD between 2000 and 2099, not '2024-13-01'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--rate", "-1"}) ==
          "--rate wants lines per second (0 = as fast as possible), not '-1'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--rate", "fast"}) ==
          "--rate wants lines per second (0 = as fast as possible), not 'fast'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--newline", "lf"}) == "--newline wants cr or crlf, not 'lf'");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--seed"}) == "--seed needs a value; see --help");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--frobnicate"}) == "unknown option '--frobnicate'; see --help");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--replay", "f", "--generate", "3"}) ==
          "give one of --replay FILE, --generate N, --traffic SCENARIO");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--traffic", "quiet-day", "--generate", "3"}) ==
          "give one of --replay FILE, --generate N, --traffic SCENARIO");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--truth", "t.json"}) ==
          "--truth needs --traffic: only the traffic model knows the truth");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--speed", "60"}) ==
          "--speed needs --traffic: only the traffic model has a clock");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--traffic", "mmn", "--speed", "60", "--rate", "5"}) ==
          "give --rate or --speed, not both");
    CHECK(usage_error({"--listen", "127.0.0.1:0", "--traffic", "mmn", "--speed", "0"}) ==
          "--speed wants model seconds per real second (e.g. 60: an hour a minute), not '0'");
    CHECK(usage_error({"--print-scenario", "rush"}) ==
          "--print-scenario wants one of quiet-day, busy-hour, trunks-busy, transfers, mmn, not 'rush'");
    CHECK(usage_error({"--serial", "/dev/null", "--silent"}) ==
          "--refuse-logins, --silent and --drop-mid-line-after need --listen (they are LAN faults)");
    CHECK(usage_error({"--out", "f"}) ==
          "--out with generated calls needs --generate N (or --exit-after-lines N): a file cannot be endless");
    CHECK(usage_error({"--out", "f", "--replay", "r", "--loop"}) ==
          "--out with --loop needs --exit-after-lines N: a file cannot be endless");
}

TEST_CASE("simulator options: defaults and what --out changes") {
    auto o = parse_options({"--listen", "[::1]:2301"});
    CHECK(o.output == Output::Listen);
    CHECK(o.listen_host == "::1");
    CHECK(o.listen_port == 2301);
    CHECK(o.rate == 2);
    CHECK(o.generate == 0);
    CHECK(o.user == "SMDR");
    CHECK(o.password == "PCCSMDR");
    CHECK(o.newline == "\r\n");
    CHECK(o.generator.seed == 1);
    CHECK(o.generator.page == 60);
    CHECK(o.generator.format.layout == Layout::B);

    auto f = parse_options({"--out", "x.txt", "--generate", "5", "--layout", "C", "--newline", "cr", "--page", "0"});
    CHECK(f.output == Output::File);
    CHECK(f.rate == 0);  // files are written as fast as possible unless --rate says otherwise
    CHECK(f.generate == 5);
    CHECK(f.newline == "\r");
    CHECK(f.generator.page == 0);
    CHECK(f.generator.format.layout == Layout::C);
    CHECK(parse_options({"--out", "x", "--generate", "5", "--rate", "3"}).rate == 3);
}

TEST_CASE("simulator program: a usage error exits 2 with the message on stderr, --help exits 0") {
    auto bad = run_program({KXCTI_PBXSIM_EXE, "--listen", "127.0.0.1:0", "--layout", "Z"});
    CHECK(bad.status == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err == "kxcti-pbxsim: --layout wants A, B or C, not 'Z'\n");

    auto none = run_program({KXCTI_PBXSIM_EXE});
    CHECK(none.status == 2);
    CHECK(none.err == "kxcti-pbxsim: give exactly one of --listen HOST:PORT, --serial DEVICE, --out FILE; see --help\n");

    auto help = run_program({KXCTI_PBXSIM_EXE, "--help"});
    CHECK(help.status == 0);
    CHECK(help.out == usage_text());
    CHECK(help.err.empty());
}

TEST_CASE("simulator program: a replay file that is missing or empty exits 1 saying which file") {
    auto missing = run_program({KXCTI_PBXSIM_EXE, "--out", "/dev/null", "--replay", "/nonexistent/calls.txt"});
    CHECK(missing.status == 1);
    CHECK(missing.err.find("kxcti-pbxsim: cannot read the replay file /nonexistent/calls.txt: check the path\n") == 0);
}
