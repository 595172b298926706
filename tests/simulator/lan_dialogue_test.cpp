// The simulated PBX's LAN dialogue, byte for byte over a raw socket, as the reference gives it:
// "-", the user, "Enter Password:", the password, then records; "Rejected" when it refuses.
#include "tests/support/pbxsim.h"
#include "tests/support/raw_tcp.h"

#include <catch2/catch.hpp>

using namespace kxcti::test;
using namespace std::chrono_literals;

namespace {
constexpr auto kWait = std::chrono::milliseconds(kPbxSimTimeout);
}

TEST_CASE("pbxsim dialogue: prompt, user, password prompt, password, then the records") {
    auto expected = pbxsim_lines({"--generate", "3", "--seed", "12"});
    std::string records;
    for (const auto& l : expected) records += l + "\r\n";

    PbxSim sim({"--generate", "3", "--seed", "12", "--rate", "0"});
    RawTcp c(sim.port());
    CHECK(c.read_n(1, kWait) == "-");
    c.send("SMDR\r");
    CHECK(c.read_n(15, kWait) == "Enter Password:");
    c.send("PCCSMDR\r\n");  // CRLF works as well as CR
    CHECK(c.read_n(records.size(), kWait) == records);
    c.close();
    REQUIRE(sim.terminate() == 0);
    auto s = parse_pbxsim_summary(sim.err());
    REQUIRE(s);
    CHECK(*s == PbxSimSummary{expected.size(), 3, 0, 0, 1, 0, 0});
}

TEST_CASE("pbxsim dialogue: a wrong password is asked again twice, then Rejected and closed") {
    PbxSim sim({"--generate", "3", "--rate", "0", "--password", "right"});
    RawTcp c(sim.port());
    CHECK(c.read_n(1, kWait) == "-");
    c.send("SMDR\r");
    CHECK(c.read_n(15, kWait) == "Enter Password:");
    c.send("wrong1\r");
    CHECK(c.read_n(17, kWait) == "\r\nEnter Password:");
    c.send("wrong2\r");
    CHECK(c.read_n(17, kWait) == "\r\nEnter Password:");
    c.send("wrong3\r");
    CHECK(c.read_to_eof(kWait) == "Rejected\r\n");

    // The next client gets in with the right one, and the PBX still has every record.
    RawTcp d(sim.port());
    CHECK(d.read_n(1, kWait) == "-");
    d.send("SMDR\rright\r");  // both answers at once: the PBX reads them in turn
    CHECK(d.read_n(15, kWait) == "Enter Password:");
    auto first = d.read_until("\r\n", kWait);
    REQUIRE(first);
    CHECK(first->rfind("\f  Date", 0) == 0);
    d.close();
    REQUIRE(sim.terminate() == 0);
    auto s = parse_pbxsim_summary(sim.err());
    REQUIRE(s);
    CHECK(s->refused == 1);
    CHECK(s->logins == 1);
}

TEST_CASE("pbxsim dialogue: a wrong user is Rejected at once") {
    PbxSim sim({"--generate", "3", "--rate", "0", "--user", "ACD"});
    RawTcp c(sim.port());
    CHECK(c.read_n(1, kWait) == "-");
    c.send("SMDR\r");
    CHECK(c.read_to_eof(kWait) == "Rejected\r\n");
}

TEST_CASE("pbxsim dialogue: one client at a time, a second is Rejected, --refuse-logins refuses good logins") {
    PbxSim sim({"--generate", "3", "--rate", "0", "--refuse-logins", "1"});
    RawTcp a(sim.port());
    CHECK(a.read_n(1, kWait) == "-");
    RawTcp b(sim.port());
    CHECK(b.read_to_eof(kWait) == "Rejected\r\n");
    a.send("SMDR\r");
    CHECK(a.read_n(15, kWait) == "Enter Password:");
    a.send("PCCSMDR\r");
    CHECK(a.read_to_eof(kWait) == "Rejected\r\n");  // refused although right
    RawTcp c(sim.port());
    CHECK(c.read_n(1, kWait) == "-");
    c.send("SMDR\r");
    CHECK(c.read_n(15, kWait) == "Enter Password:");
    c.send("PCCSMDR\r");
    CHECK(c.read_until("\r\n", kWait));
    c.close();
    REQUIRE(sim.terminate() == 0);
    auto s = parse_pbxsim_summary(sim.err());
    REQUIRE(s);
    CHECK(s->turned_away == 1);
    CHECK(s->refused == 1);
    CHECK(s->logins == 1);
}

TEST_CASE("pbxsim dialogue: --silent accepts and says nothing") {
    PbxSim sim({"--silent"});
    RawTcp c(sim.port());
    c.send("SMDR\r");
    // Nothing within a second (a bounded read, not a sleep: the PBX would answer in microseconds).
    CHECK(c.read_n(1, 1s).empty());
    REQUIRE(sim.terminate() == 0);
}

TEST_CASE("pbxsim dialogue: --drop-mid-line-after cuts the next line in half, the next client gets it whole") {
    auto expected = pbxsim_lines({"--generate", "4", "--seed", "3"});
    REQUIRE(expected.size() == 6);  // a header, a rule, 4 records
    PbxSim sim({"--generate", "4", "--seed", "3", "--rate", "0", "--drop-mid-line-after", "2"});
    auto login = [&](RawTcp& c) {
        REQUIRE(c.read_n(1, kWait) == "-");
        c.send("SMDR\r");
        REQUIRE(c.read_n(15, kWait) == "Enter Password:");
        c.send("PCCSMDR\r");
    };
    RawTcp a(sim.port());
    login(a);
    auto got = a.read_to_eof(kWait);
    REQUIRE(got);
    CHECK(*got == expected[0] + "\r\n" + expected[1] + "\r\n" + expected[2].substr(0, expected[2].size() / 2));
    // Every connection is cut after 2 lines: the next gets the cut line whole, one more, half of the next.
    RawTcp b(sim.port());
    login(b);
    got = b.read_to_eof(kWait);
    REQUIRE(got);
    CHECK(*got == expected[2] + "\r\n" + expected[3] + "\r\n" + expected[4].substr(0, expected[4].size() / 2));
}
