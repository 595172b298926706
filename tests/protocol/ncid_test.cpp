#include "protocol/ncid.h"

#include <catch2/catch.hpp>

using namespace kxcti::protocol::ncid;

TEST_CASE("NCID connect lines: banner, empty or filled call log, end of startup") {
    REQUIRE(banner("kxcti-server 0.1.0") ==
            "200 Server: kxcti-server 0.1.0\r\n210 API: 1.0 Feature Set 1\r\n");
    REQUIRE(startup_end({}) == "252 Call log empty\r\n300 End of connection startup\r\n");
    REQUIRE(startup_end({Call{2026, 11, 23, 9, 5, "05", "0123456", "SMITH"}}) ==
            "CIDLOG: *DATE*11232026*TIME*0905*LINE*05*NMBR*0123456*MESG*NONE*NAME*SMITH*\r\n"
            "250 End of call log\r\n300 End of connection startup\r\n");
}

TEST_CASE("a CID line is exact, with NCID's words for what is unknown") {
    REQUIRE(cid_line(Call{2026, 1, 2, 13, 7, "12", "5550100", "Jones & Co"}) ==
            "CID: *DATE*01022026*TIME*1307*LINE*12*NMBR*5550100*MESG*NONE*NAME*Jones & Co*\r\n");
    REQUIRE(cid_line(Call{2026, 12, 31, 23, 59, "", "", ""}) ==
            "CID: *DATE*12312026*TIME*2359*LINE*-*NMBR*OUT-OF-AREA*MESG*NONE*NAME*NO NAME*\r\n");
}

TEST_CASE("a field can never break the line: stars, line ends and long values are cleaned") {
    REQUIRE(cid_line(Call{2026, 1, 2, 3, 4, "1", "55*5", "A\r\nCID: *X\xE9"}) ==
            "CID: *DATE*01022026*TIME*0304*LINE*1*NMBR*55 5*MESG*NONE*NAME*A  CID:  X?*\r\n");
    const auto long_name = cid_line(Call{2026, 1, 2, 3, 4, "1", "5", std::string(500, 'n')});
    std::string kept(kMaxFieldBytes, 'n');
    kept.append("*\r\n");
    REQUIRE(long_name.find(kept) != std::string::npos);
    REQUIRE(long_name.find(std::string(kMaxFieldBytes + 1, 'n')) == std::string::npos);
}

TEST_CASE("gateway CALL lines: incoming calls are read, others ignored, broken ones named") {
    auto r = parse_gateway_line(
        "CALL: ###DATE11230905...CALLIN...LINEFANOUT...NMBR1234000017...NAMEFANOUT BENCH+++");
    REQUIRE(r.status == GatewayStatus::Call);
    REQUIRE(r.call.month == 11);
    REQUIRE(r.call.day == 23);
    REQUIRE(r.call.hour == 9);
    REQUIRE(r.call.minute == 5);
    REQUIRE(r.call.line == "FANOUT");
    REQUIRE(r.call.number == "1234000017");
    REQUIRE(r.call.name == "FANOUT BENCH");

    REQUIRE(parse_gateway_line("CALL: ###DATE11230905...CALLOUT...NMBR1+++").status ==
            GatewayStatus::NotGateway);
    REQUIRE(parse_gateway_line("HELLO: IDENT: client").status == GatewayStatus::NotGateway);
    REQUIRE(parse_gateway_line("").status == GatewayStatus::NotGateway);

    auto bad_date = parse_gateway_line("CALL: ###DATE13230905...CALLIN...NMBR1+++");
    REQUIRE(bad_date.status == GatewayStatus::Malformed);
    REQUIRE(bad_date.error == "gateway DATE '13230905' is not mmddhhmm");
    auto no_end = parse_gateway_line("CALL: ###DATE11230905...CALLIN...NMBR1");
    REQUIRE(no_end.error == "gateway line does not end with +++");
    auto no_number = parse_gateway_line("CALL: ###DATE11230905...CALLIN+++");
    REQUIRE(no_number.error == "gateway line has no NMBR field");
    auto too_long = parse_gateway_line("CALL: " + std::string(kMaxLineBytes, 'x'));
    REQUIRE(too_long.error == "gateway line of 1030 bytes (at most 1024)");
}
