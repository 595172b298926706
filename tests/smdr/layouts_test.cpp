// Synthetic lines of every layout, built column by column from the reference's tables
// (shared/reference/smdr-panasonic.md) and the Panasonic Feature Guides' examples.
#include "smdr_test_util.h"

using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {
ParsedLine one(std::string_view line, ParseOptions o = {}) {
    Parser p(o);
    return p.feed(line);
}
} // namespace

TEST_CASE("layout A: header, then every field of an incoming record with ring and account") {
    Parser p;
    auto h = p.feed(kHeaderA);
    CHECK(h.kind == LineKind::Header);
    CHECK(h.header_layout == Layout::A);
    auto l = line_a("12/31/20", "01:06PM", "101", "05", "<I>0312345678", "0'05", "00:01'05", "1234", "");
    REQUIRE(l.size() == 80);
    check_record(p.feed(l), {.layout = Layout::A, .date = "2020-12-31", .time = "13:06", .ext = "101", .co = "05",
                             .direction = Direction::In, .caller = "0312345678", .ring_s = 5, .duration_s = 65,
                             .account = "1234"});
}

// The Feature Guide prints 01/02/02; nothing here decides the order, so dd/mm/yy (the default).
TEST_CASE("layout A: DDI/DID split, names beside numbers, texts (Feature Guide examples)") {
    Parser p;
    p.feed(kHeaderA);
    check_record(p.feed(line_a("01/02/02", "10:03AM", "1200", "01", "<I>12345678901234567890", "5'15", "00:00'00", "", "NA")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:03", .ext = "1200", .co = "01",
                  .direction = Direction::In, .caller = "12345678901234567890", .ring_s = 315, .duration_s = 0, .cd = "NA"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "01", "<I>ABC COMPANY12345678", "0'05", "00:01'05", "9876543210", "")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234", .co = "01",
                  .direction = Direction::In, .caller = "12345678", .ring_s = 5, .duration_s = 65,
                  .account = "9876543210", .name = "ABC COMPANY"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "01", "<D>CDE9876<I>Q COMPANY", "0'05", "00:01'05", "", "")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234", .co = "01",
                  .direction = Direction::In, .did = "9876", .ring_s = 5, .duration_s = 65, .name = "Q COMPANY",
                  .did_name = "CDE"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "01", "<D>5551234<I>0312345678", "0'05", "00:01'05", "", "TR")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234", .co = "01",
                  .direction = Direction::In, .caller = "0312345678", .did = "5551234", .ring_s = 5, .duration_s = 65,
                  .cd = "TR"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "01", "ABC COMPANY12345678", "", "00:01'05", "", "")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234", .co = "01",
                  .direction = Direction::Out, .dialed = "12345678", .duration_s = 65, .name = "ABC COMPANY"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "*123", "01", "123..............", "", "00:01'05", "", "")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "*123", .co = "01",
                  .direction = Direction::Out, .dialed = "123..............", .duration_s = 65});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "D01", "01", "9P0123456789-123", "", "00:12'05", "", "TR")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "D01", .co = "01",
                  .direction = Direction::Out, .dialed = "9P0123456789", .duration_s = 725, .cd = "TR",
                  .transferred = true, .transfer_digits = "123"});
    for (std::string_view text : {"In the office", "Check in", "Check out", "Timed Reminder/Start",
                                  "Timed Reminder/No Answer", "Timed Reminder/Answer"}) {
        INFO(text);
        check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "", text, "", "", "", "")),
                     {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234",
                      .dialed = std::string(text)});
    }
    check_record(p.feed(line_a("01/02/02", "10:07AM", "1234", "", "EXT1235", "", "", "", "")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "1234",
                  .direction = Direction::Intercom, .dialed = "1235"});
}

TEST_CASE("layout A: RC and AN records carry no duration - a call without RC/AN does") {
    Parser p;
    p.feed(kHeaderA);
    check_record(p.feed(line_a("01/02/02", "10:07AM", "101", "05", "<I>0312345678", "", "", "", "RC")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "101", .co = "05",
                  .direction = Direction::In, .caller = "0312345678", .cd = "RC"});
    check_record(p.feed(line_a("01/02/02", "10:07AM", "101", "05", "<I>0312345678", "0'20", "", "", "AN")),
                 {.layout = Layout::A, .date = "2002-02-01", .time = "10:07", .ext = "101", .co = "05",
                  .direction = Direction::In, .caller = "0312345678", .ring_s = 20, .cd = "AN"});
    auto e = p.feed(line_a("01/02/02", "10:07AM", "101", "05", "<I>0312345678", "0'20", "", "", "TR"));
    CHECK(e.kind == LineKind::Error);
    CHECK(e.error == "no duration in the Duration column of a call record");
}

TEST_CASE("layout B: outgoing with cost, currency after the amount, account and CD") {
    Parser p;
    auto h = p.feed(kHeaderB);
    CHECK(h.header_layout == Layout::B);
    check_record(p.feed(line_b("31/12/20", "23:59", "101", "00", "0039021234567", "00:10'00", "EU00001.30", "12", "")),
                 {.layout = Layout::B, .date = "2020-12-31", .time = "23:59", .ext = "101", .co = "00",
                  .direction = Direction::Out, .dialed = "0039021234567", .duration_s = 600, .cost = "EU00001.30",
                  .account = "12"});
    check_record(p.feed(line_b("31/12/20", "23:59", "101", "01", "0376689064", "00:00'05", "00560.00EU", "9876543210", "")),
                 {.layout = Layout::B, .date = "2020-12-31", .time = "23:59", .ext = "101", .co = "01",
                  .direction = Direction::Out, .dialed = "0376689064", .duration_s = 5, .cost = "00560.00EU",
                  .account = "9876543210"});
    check_record(p.feed(line_b("31/12/20", "23:59", "101", "01", "<I>0312345678", "00:00'05", "$0.35", "", "AN")),
                 {.layout = Layout::B, .date = "2020-12-31", .time = "23:59", .ext = "101", .co = "01",
                  .direction = Direction::In, .caller = "0312345678", .duration_s = 5, .cost = "$0.35", .cd = "AN"});
}

TEST_CASE("layout C: 120 columns, 4-digit trunk, 50-wide dial number, every field") {
    auto l = line_c("31/12/20", "11:59PM", "12345", "1234", "<D>0312345<I>0698765432", "1'30", "01:02'03",
                    "00560.00EUR", "ACC1234567", "VA");
    REQUIRE(l.size() == 120);
    check_record(one(l), {.layout = Layout::C, .date = "2020-12-31", .time = "23:59", .ext = "12345", .co = "1234",
                          .direction = Direction::In, .caller = "0698765432", .did = "0312345", .ring_s = 90,
                          .duration_s = 3723, .cost = "00560.00EUR", .account = "ACC1234567", .cd = "VA"});
    check_record(one(line_c("31/12/20", "00:00", "T101", "0001", "123456789012345678901234567890", "", "00:00'01", "1.20", "", "")),
                 {.layout = Layout::C, .date = "2020-12-31", .time = "00:00", .ext = "T101", .co = "0001",
                  .direction = Direction::Out, .dialed = "123456789012345678901234567890", .duration_s = 1,
                  .cost = "1.20"});
    check_record(one(line_c("31/12/20", "00:00", "1230", "0001", "<I>ABC COMPANY123456789012345", "0'05", "00:00'05", "", "", "")),
                 {.layout = Layout::C, .date = "2020-12-31", .time = "00:00", .ext = "1230", .co = "0001",
                  .direction = Direction::In, .caller = "123456789012345", .ring_s = 5, .duration_s = 5,
                  .name = "ABC COMPANY"});
}

TEST_CASE("KX-TD816/1232: <INCOMING> marks the layout, later lines keep it") {
    Parser p;
    check_record(p.feed(line_b("24/06/96", "10:03AM", "103", "03", "<INCOMING>", "00:00'20", "", "", "")),
                 {.layout = Layout::TD816, .date = "1996-06-24", .time = "10:03", .ext = "103", .co = "03",
                  .direction = Direction::In, .duration_s = 20});
    check_record(p.feed(line_b("24/06/96", "10:05AM", "103", "03", "0123456", "00:01'00", "", "", "")),
                 {.layout = Layout::TD816, .date = "1996-06-24", .time = "10:05", .ext = "103", .co = "03",
                  .direction = Direction::Out, .dialed = "0123456", .duration_s = 60});
}

TEST_CASE("KX-TD816 with Caller ID: number then name, RC / AN / NA with ring only") {
    // KX-TD816 Installation Manual, SMDR with Caller ID: "<I> 1234567890 MARY WARD ... RC".
    Parser p;
    check_record(p.feed("06/24/96 10:03AM 103 03 <I> 1234567890 MARY WARD              RC"),
                 {.layout = Layout::Unknown, .date = "1996-06-24", .time = "10:03", .ext = "103", .co = "03",
                  .direction = Direction::In, .caller = "1234567890", .cd = "RC", .name = "MARY WARD"});
    check_record(p.feed("06/24/96 10:07AM 103 03 <I> 09243121 TONY        0'20        AN"),
                 {.layout = Layout::A, .date = "1996-06-24", .time = "10:07", .ext = "103", .co = "03",
                  .direction = Direction::In, .caller = "09243121", .ring_s = 20, .cd = "AN", .name = "TONY"});
    check_record(p.feed("06/24/96 10:08AM 103 03 <I> 1022220 TOM HUNKS   0'45        NA"),
                 {.layout = Layout::A, .date = "1996-06-24", .time = "10:08", .ext = "103", .co = "03",
                  .direction = Direction::In, .caller = "1022220", .ring_s = 45, .cd = "NA", .name = "TOM HUNKS"});
}

TEST_CASE("KX-TA/TE printout: start time, '*' transfer, markers, C-xx and xxxB, 00:00'24\"") {
    Parser p;
    auto h = p.feed("Date     Time    Ext.  CO  Dial number                      Duration  Code");
    CHECK(h.header_layout == Layout::TA);
    check_record(p.feed("12/31/98 12:52PM 103   05  12345678901234567890123456789012 00:00'16\" 4536"),
                 {.layout = Layout::TA, .date = "1998-12-31", .time = "12:52", .ext = "103", .co = "05",
                  .direction = Direction::Out, .dialed = "12345678901234567890123456789012", .duration_s = 16,
                  .account = "4536"});
    check_record(p.feed("12/31/98 12:53PM 103   02  <    incoming    >2013570846     00:01'43\" ...."),
                 {.layout = Layout::TA, .date = "1998-12-31", .time = "12:53", .ext = "103", .co = "02",
                  .direction = Direction::In, .caller = "2013570846", .duration_s = 103});
    check_record(p.feed("12/31/98 *12:54PM 101  02  <    incoming    >               00:07'48\" ...."),
                 {.layout = Layout::TA, .date = "1998-12-31", .time = "12:54", .ext = "101", .co = "02",
                  .direction = Direction::In, .duration_s = 468, .transferred = true});
    check_record(p.feed("12/31/98 1:06PM  C-03  02  <DISA incoming>                00:11'00\" ...."),
                 {.layout = Layout::TA, .date = "1998-12-31", .time = "13:06", .ext = "C-03", .co = "02",
                  .direction = Direction::In, .dialed = "<DISA incoming>", .duration_s = 660});
    check_record(p.feed("12/31/98 2:15PM  103B  03  <UCD waiting>                  00:00'24\" ...."),
                 {.layout = Layout::TA, .date = "1998-12-31", .time = "14:15", .ext = "103B", .co = "03",
                  .direction = Direction::In, .dialed = "<UCD waiting>", .duration_s = 24});
    auto r = p.feed("12/31/98 2:27PM  116   03  9=0924567123                     00:13'55\" ....");
    check_record(r, {.layout = Layout::TA, .date = "1998-12-31", .time = "14:27", .ext = "116", .co = "03",
                     .direction = Direction::Out, .dialed = "9=0924567123", .duration_s = 835});
    CHECK(r.record.time_is_start);
}

TEST_CASE("KX-HTS CSV: caller/callee shape and Asterisk's Master.csv shape") {
    Parser p;
    auto h = p.feed("src,dst,start,answer,end,duration,billsec,disposition");
    CHECK(h.kind == LineKind::Header);
    CHECK(h.header_layout == Layout::HtsCsv);
    auto r = p.feed("\"101\",\"0312345678\",\"2020-12-31 10:00:00\",\"2020-12-31 10:00:05\",\"2020-12-31 10:01:00\",60,55,\"ANSWERED\"");
    check_record(r, {.layout = Layout::HtsCsv, .date = "2020-12-31", .time = "10:01", .ext = "101",
                     .direction = Direction::Out, .dialed = "0312345678", .ring_s = 5, .duration_s = 55});
    REQUIRE(r.record.time);
    CHECK(r.record.time->second == 0);
    check_record(p.feed("\"42\",\"0312345678\",\"102\",\"from-trunk\",\"\"\"Иван\"\" <0312345678>\",\"SIP/t-1\",\"SIP/102-2\","
                        "\"Dial\",\"SIP/102\",\"2020-12-31 10:00:00\",,\"2020-12-31 10:00:30\",30,0,\"NO ANSWER\",\"DOCUMENTATION\""),
                 {.layout = Layout::HtsCsv, .date = "2020-12-31", .time = "10:00", .ext = "102",
                  .direction = Direction::In, .caller = "0312345678", .ring_s = 30, .duration_s = 0, .account = "42",
                  .cd = "NA"});
    check_record(p.feed("101,102,2020-12-31 10:00:00,,2020-12-31 10:00:09,9,0,BUSY"),
                 {.layout = Layout::HtsCsv, .date = "2020-12-31", .time = "10:00", .ext = "101",
                  .direction = Direction::Intercom, .dialed = "102", .ring_s = 9, .duration_s = 0, .cd = "BUSY"});
    auto bad = p.feed("101,102,2020-12-31 10:00:00,,2020-12-31 10:00:09,9,0,MAYBE");
    CHECK(bad.kind == LineKind::Error);
    CHECK(bad.error == "CSV status 'MAYBE' is not ANSWERED, NO ANSWER(ED), BUSY or FAILED");
    auto cut = p.feed("101,102,2020-12-31 10:00:00,,2020-12-31 10:00:09,9");
    CHECK(cut.kind == LineKind::Error);
    CHECK(cut.error == "CSV line cut short after the start time (needs answer, end, total, talk, status)");
}

TEST_CASE("a forced layout reads only that layout") {
    ParseOptions o;
    o.layout = Layout::A;
    auto b = line_b("31/12/20", "23:59", "101", "01", "0376689064", "00:00'05", "EU00000.00", "", "");
    auto r = one(b, o);
    // A B line does not fit A's columns: the token reader takes it, and a cost without a ring
    // says B, whatever was forced.
    CHECK(r.kind == LineKind::Record);
    CHECK(r.record.layout == Layout::B);
    CHECK(r.record.cost == "EU00000.00");
    o.layout = Layout::HtsCsv;
    CHECK(one(b, o).kind == LineKind::Error);
}
