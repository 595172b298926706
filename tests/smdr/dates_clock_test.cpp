// Date orders (set, detected from the data, the ambiguous default) and 12 h / 24 h clocks.
#include "smdr_test_util.h"

using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {

std::string b_line(std::string_view date, std::string_view time = "10:00") {
    return line_b(date, time, "401", "01", "0364538740", "00:00'40", "EU00000.00", "", "");
}

ParsedLine one(std::string_view line, DateOrder order = DateOrder::Auto, ClockMode clock = ClockMode::Auto) {
    ParseOptions o;
    o.date_order = order;
    o.clock = clock;
    Parser p(o);
    return p.feed(line);
}

DateOrder detect(std::initializer_list<std::string> lines) {
    std::vector<std::string_view> views(lines.begin(), lines.end());
    return detect_date_order(views);
}

} // namespace

TEST_CASE("the same date under each order that is set") {
    auto l = b_line("07/12/20");
    CHECK(date_text(one(l, DateOrder::DMY).record.date) == "2020-12-07");
    CHECK(date_text(one(l, DateOrder::MDY).record.date) == "2020-07-12");
    CHECK(date_text(one(l, DateOrder::YMD).record.date) == "2007-12-20");
    for (auto o : {DateOrder::DMY, DateOrder::MDY, DateOrder::YMD}) {
        CHECK(!one(l, o).date_order_assumed);
        CHECK(one(l, o).date_order == o);
    }
}

TEST_CASE("a date impossible in the order that is set is an error that names the setting") {
    auto r = one(b_line("13/12/20"), DateOrder::MDY);
    REQUIRE(r.kind == LineKind::Error);
    CHECK(r.error == "date '13/12/20' is not a real mm/dd/yy date (check the date order setting)");
    CHECK(one(b_line("29/02/20"), DateOrder::DMY).kind == LineKind::Record);  // 2020 is a leap year
    CHECK(one(b_line("29/02/21"), DateOrder::DMY).kind == LineKind::Error);
    CHECK(one(b_line("31/04/21"), DateOrder::DMY).kind == LineKind::Error);
    CHECK(one(b_line("00/12/21"), DateOrder::DMY).kind == LineKind::Error);
}

TEST_CASE("two-digit years: 80..99 are 19xx, 00..79 are 20xx") {
    CHECK(date_text(one(b_line("31/12/98"), DateOrder::DMY).record.date) == "1998-12-31");
    CHECK(date_text(one(b_line("01/01/00"), DateOrder::DMY).record.date) == "2000-01-01");
    CHECK(date_text(one(b_line("31/12/79"), DateOrder::DMY).record.date) == "2079-12-31");
}

TEST_CASE("detection: a day above 12 decides dd/mm against mm/dd") {
    CHECK(detect({b_line("07/12/20"), b_line("13/12/20")}) == DateOrder::DMY);
    CHECK(detect({b_line("12/07/20"), b_line("12/13/20")}) == DateOrder::MDY);
    // a garbled minority does not win
    CHECK(detect({b_line("13/12/20"), b_line("14/12/20"), b_line("15/12/20"), b_line("12/16/20")}) == DateOrder::DMY);
}

TEST_CASE("detection: the number that changes from day to day is the day") {
    // The costa capture's situation: every date fits both orders (days 04..11, month 12).
    CHECK(detect({b_line("07/12/20"), b_line("08/12/20"), b_line("09/12/20")}) == DateOrder::DMY);
    CHECK(detect({b_line("12/07/20"), b_line("12/08/20"), b_line("12/09/20")}) == DateOrder::MDY);
    // one change only (two days, or a month boundary) decides nothing
    CHECK(detect({b_line("07/12/20"), b_line("08/12/20")}) == DateOrder::Auto);
    CHECK(detect({b_line("01/02/20"), b_line("02/03/20"), b_line("03/04/20")}) == DateOrder::Auto);
}

TEST_CASE("detection: yy/mm/dd by a steady first number or a year that fits no other order") {
    CHECK(detect({b_line("20/12/07"), b_line("20/12/08"), b_line("20/12/09")}) == DateOrder::YMD);
    CHECK(detect({"2020/12/07 10:00 401 01 0364538740 00:00'40"}) == DateOrder::YMD);
    CHECK(date_text(one("2020/12/07 10:00 401 01 0364538740 00:00'40").record.date) == "2020-12-07");
    CHECK(date_text(one(b_line("20/12/31"), DateOrder::YMD).record.date) == "2020-12-31");
}

TEST_CASE("detection: nothing decides -> Auto - header and text lines are not dates") {
    CHECK(detect({}) == DateOrder::Auto);
    CHECK(detect({b_line("07/12/20")}) == DateOrder::Auto);
    CHECK(detect({std::string(kHeaderB), "13/12/20 is not a record", "-----"}) == DateOrder::Auto);
    CHECK(detect({b_line("**/**/**", "**:**")}) == DateOrder::Auto);
}

TEST_CASE("the ambiguous default: dd/mm/yy unless set otherwise, and flagged as assumed") {
    auto r = one(b_line("07/12/20"));
    CHECK(date_text(r.record.date) == "2020-12-07");
    CHECK(r.date_order == DateOrder::DMY);
    CHECK(r.date_order_assumed);
    CHECK(!r.date_order_decisive);
    ParseOptions o;
    o.ambiguous_date_default = DateOrder::MDY;
    Parser p(o);
    auto m = p.feed(b_line("07/12/20"));
    CHECK(date_text(m.record.date) == "2020-07-12");
    CHECK(m.date_order_assumed);
}

TEST_CASE("a stream settles the order at its first decisive date") {
    Parser p;
    auto first = p.feed(b_line("13/12/20"));
    CHECK(first.date_order_decisive);
    CHECK(first.date_order == DateOrder::DMY);
    CHECK(p.context().date_order == DateOrder::DMY);
    auto later = p.feed(b_line("07/12/20"));
    CHECK(date_text(later.record.date) == "2020-12-07");
    CHECK(!later.date_order_assumed);
    // a line that contradicts the settled order is an error, not a silently swapped date
    auto bad = p.feed(b_line("12/13/20"));
    CHECK(bad.kind == LineKind::Error);
}

TEST_CASE("clock changed during the call: **/**/** **:** keeps the record, date and time unknown") {
    check_record(one(b_line("**/**/**", "**:**")),
                 {.layout = Layout::B, .ext = "401", .co = "01", .direction = Direction::Out, .dialed = "0364538740",
                  .duration_s = 40, .cost = "EU00000.00"});
}

TEST_CASE("12 h clock: midnight and noon edges") {
    struct Case {
        const char* printed;
        const char* h24;
    };
    for (auto c : {Case{"12:00AM", "00:00"}, Case{"12:59AM", "00:59"}, Case{"01:00AM", "01:00"},
                   Case{"11:59AM", "11:59"}, Case{"12:00PM", "12:00"}, Case{"12:59PM", "12:59"},
                   Case{"01:06PM", "13:06"}, Case{"11:59PM", "23:59"}, Case{"1:04PM", "13:04"}}) {
        INFO(c.printed);
        CHECK(time_text(one(b_line("07/12/20", c.printed)).record.time) == c.h24);
        CHECK(time_text(one(b_line("07/12/20", c.printed), DateOrder::Auto, ClockMode::H12).record.time) == c.h24);
    }
    for (auto bad : {"00:30AM", "13:00PM", "12:60PM", "1:0PM", "12:00XM"}) {
        INFO(bad);
        CHECK(one(b_line("07/12/20", bad)).kind == LineKind::Error);
    }
}

TEST_CASE("24 h clock: edges, and a clock setting that disagrees with the line") {
    CHECK(time_text(one(b_line("07/12/20", "00:00")).record.time) == "00:00");
    CHECK(time_text(one(b_line("07/12/20", "23:59"), DateOrder::Auto, ClockMode::H24).record.time) == "23:59");
    CHECK(time_text(one(b_line("07/12/20", "9:05")).record.time) == "09:05");
    CHECK(one(b_line("07/12/20", "24:00")).kind == LineKind::Error);
    CHECK(one(b_line("07/12/20", "12:60")).kind == LineKind::Error);
    auto r = one(b_line("07/12/20", "01:06PM"), DateOrder::Auto, ClockMode::H24);
    CHECK(r.kind == LineKind::Error);
    CHECK(r.error == "time '01:06PM' has AM/PM but the clock is set to 24 h");
    auto s = one(b_line("07/12/20", "13:06"), DateOrder::Auto, ClockMode::H12);
    CHECK(s.kind == LineKind::Error);
    CHECK(s.error == "time '13:06' has no AM/PM but the clock is set to 12 h");
}
