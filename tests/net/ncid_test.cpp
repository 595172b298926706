// The NCID feed, byte for byte: connect sequence, CID lines per ring, the call log for later
// clients, gateway lines only when allowed.
#include "net_fixture.h"
#include "raw_client.h"
#include "records.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::incoming;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

namespace {

// NCID shows local wall-clock time: the tests run in UTC so that figures are exact.
void in_utc() {
    ::setenv("TZ", "UTC", 1);
    ::tzset();
}

std::vector<std::string> startup(RawClient& c) {
    std::vector<std::string> lines;
    while (lines.empty() || lines.back() != "300 End of connection startup") {
        auto l = c.line();
        REQUIRE(l.has_value());
        lines.push_back(*l);
    }
    return lines;
}

} // namespace

TEST_CASE("NCID: banner, empty call log, then one exact CID line per ring") {
    in_utc();
    NetFixture f;
    f.config.ncid.enabled = true;
    f.lookups.set_phonebook({{"0123456", "Smith & Co"}});
    f.start();
    RawClient c(f.server->ncid_port());
    auto lines = startup(c);
    REQUIRE(lines.size() == 4);
    CHECK_THAT(lines[0], Catch::StartsWith("200 Server: kxcti-server 0."));
    CHECK(lines[1] == "210 API: 1.0 Feature Set 1");
    CHECK(lines[2] == "252 Call log empty");

    f.server->publish_record(incoming("601", "05", "0123456", "RC"), f.clock.now());
    CHECK(c.line() == "CID: *DATE*11232026*TIME*0900*LINE*05*NMBR*0123456*MESG*NONE*NAME*Smith & Co*");
    // Answers and ends are not rings; a withheld caller is OUT-OF-AREA.
    f.server->publish_record(incoming("101", "05", "0123456", "AN", 4), f.clock.now());
    f.clock.advance(std::chrono::minutes(75));
    auto withheld = incoming("601", "12", "", "RC");
    withheld.caller.reset();
    f.server->publish_record(withheld, f.clock.now());
    CHECK(c.line() == "CID: *DATE*11232026*TIME*1015*LINE*12*NMBR*OUT-OF-AREA*MESG*NONE*NAME*NO NAME*");

    RawClient later(f.server->ncid_port());
    auto log = startup(later);
    REQUIRE(log.size() == 6);
    CHECK(log[2] == "CIDLOG: *DATE*11232026*TIME*0900*LINE*05*NMBR*0123456*MESG*NONE*NAME*Smith & Co*");
    CHECK(log[3] == "CIDLOG: *DATE*11232026*TIME*1015*LINE*12*NMBR*OUT-OF-AREA*MESG*NONE*NAME*NO NAME*");
    CHECK(log[4] == "250 End of call log");
}

TEST_CASE("NCID: gateway lines are rings only when accept_gateway is on, and reach binary clients too") {
    in_utc();
    NetFixture f;
    f.config.ncid.enabled = true;
    f.add_user("root", Role::Admin);
    SECTION("off: a CALL line is ignored") {
        f.start();
        RawClient gw(f.server->ncid_port());
        startup(gw);
        gw.send_text("CALL: ###DATE11230905...CALLIN...LINE7...NMBR555...NAMEBob+++\r\n");
        f.server->publish_record(incoming("601", "05", "0123456", "RC"), f.clock.now());
        CHECK_THAT(*gw.line(), Catch::Contains("*NMBR*0123456*"));
    }
    SECTION("on: the ring goes to every NCID client and every live session") {
        f.config.ncid.accept_gateway = true;
        f.start();
        RawClient live(f.port());
        as<LoginOk>(live.log_in("root", "password1"));
        RawClient gw(f.server->ncid_port()), display(f.server->ncid_port());
        startup(gw);
        startup(display);
        gw.send_text("CALL: ###DATE11230905...CALLIN...LINE7...NMBR555...NAMEBob+++\r\n");
        const std::string expected = "CID: *DATE*11232026*TIME*0900*LINE*7*NMBR*555*MESG*NONE*NAME*Bob*";
        CHECK(display.line() == expected);
        CHECK(gw.line() == expected);
        auto ring = as<CallRinging>(live.next());
        CHECK(ring.caller == "555");
        CHECK(ring.caller_name == "Bob");
        CHECK(ring.trunk == "7");
        CHECK(ring.at_us == test::kT0us);
    }
}

TEST_CASE("NCID: a line longer than NCID allows ends that client only") {
    NetFixture f;
    f.config.ncid.enabled = true;
    f.start();
    RawClient flood(f.server->ncid_port()), display(f.server->ncid_port());
    startup(flood);
    startup(display);
    flood.send_text(std::string(5000, 'x'));
    CHECK(flood.line() == "MSG: line too long; this server speaks NCID");
    CHECK(flood.closed_by_server());
    f.server->publish_record(incoming("601", "05", "0123456", "RC"), f.clock.now());
    CHECK_THAT(*display.line(), Catch::StartsWith("CID: "));
}
