// Intervals across midnight: a call belongs to the day (and slot) it arrived in; its trunk time
// is split at midnight; an interval that starts at midnight leaves out the call that arrived
// before it even though it ended after.
#include "day_data.h"

#include "common/reports/call_view.h"
#include "common/reports/reports.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::reports;
using test::Rec;

namespace {

// M1 arrives 23:49:50 (wait 10, talk 60); M2 arrives 23:58:20 and is answered at 00:00:20..00:01:19
// (wait 40, talk 100); M3 arrives 00:09:40 and is lost after 20 s; M4 arrives 00:29:25 (talk 30).
std::vector<calls::Call> night() {
    return calls::assemble(test::journal({
        Rec("23:50", "601", "01", "<I>0311").on("2024-03-04").ring(10).dur(0),
        Rec("23:52", "401", "01", "<I>0311").on("2024-03-04").ring(3).dur(60),
        Rec("23:59", "601", "02", "<I>0322").on("2024-03-04").ring(40).dur(0),
        Rec("00:02", "402", "02", "<I>0322").on("2024-03-05").ring(5).dur(100),
        Rec("00:10", "601", "01", "<I>0333").on("2024-03-05").ring(20).dur(0).cd("NA"),
        Rec("00:30", "401", "01", "<I>0344").on("2024-03-05").ring(5).dur(30),
    }));
}

const auto kNight = night();
const SiteModel kSite;

Report run(const std::string& name, const std::string& from, const std::string& to, Grouping g = {}) {
    const auto q = test::query(name, from, to, g);
    return run_report({kNight, kSite, q});
}

} // namespace

TEST_CASE("the night assembles into four calls, one of them across midnight") {
    REQUIRE(kNight.size() == 4);
    CHECK(kNight[1].legs.size() == 2);
    CHECK(arrival(kNight[1]) == test::at("2024-03-04 23:58:20"));
    CHECK(kNight[1].wait_s == 40);
}

TEST_CASE("summary across midnight, and from midnight on") {
    auto all = run("summary", "2024-03-04 22:00", "2024-03-05 02:00");
    CHECK(as_int(all.total("offered")) == 4);
    CHECK(as_int(all.total("answered")) == 3);
    CHECK(as_int(all.total("lost_in_queue")) == 1);
    CHECK(as_double(all.total("asa_s")) == Approx((10 + 40 + 5) / 3.0));
    auto after = run("summary", "2024-03-05", "2024-03-05 02:00");
    CHECK(as_int(after.total("offered")) == 2);  // M2 arrived on the 4th
    // "to" given as a day means the end of that day.
    const auto q = parse_query("summary", {{"from", "2024-03-04"}, {"to", "2024-03-04"}});
    CHECK(q.to == test::at("2024-03-05 00:00"));
    auto before = run_report({kNight, kSite, q});
    CHECK(as_int(before.total("offered")) == 2);
}

TEST_CASE("grouped by day and by hour of day across midnight") {
    auto days = run("summary", "2024-03-04 22:00", "2024-03-05 02:00", {GroupBy::Day, 0});
    REQUIRE(days.rows.size() == 2);
    CHECK(as_text(days.cell(0, "bucket")) == "2024-03-04");
    CHECK(as_int(days.cell(0, "offered")) == 2);
    CHECK(as_text(days.cell(1, "bucket")) == "2024-03-05");
    CHECK(as_int(days.cell(1, "offered")) == 2);
    auto hours = run("hourly", "2024-03-04 22:00", "2024-03-05 02:00");
    REQUIRE(hours.rows.size() == 2);
    CHECK(as_text(hours.cell(0, "bucket")) == "00:00");  // time of day: 00:00 comes first
    CHECK(as_text(hours.cell(1, "bucket")) == "23:00");
    CHECK(as_int(hours.cell(1, "answered")) == 2);
    auto weekdays = run("summary", "2024-03-04 22:00", "2024-03-05 02:00", {GroupBy::Weekday, 0});
    REQUIRE(weekdays.rows.size() == 2);
    CHECK(as_text(weekdays.cell(0, "bucket")) == "Mon");
    CHECK(as_text(weekdays.cell(1, "bucket")) == "Tue");
}

TEST_CASE("busy hour splits a call's trunk time at midnight") {
    auto r = run("busy-hour", "2024-03-04 22:00", "2024-03-05 02:00");
    REQUIRE(r.rows.size() == 2);
    // 4th: M1 70 s + M2 100 s of its 140 (23:58:20..24:00) in the 23:45 quarter: window 23:00.
    CHECK(as_text(r.cell(0, "busy_hour_start")) == "23:00");
    CHECK(as_double(r.cell(0, "busy_hour_erlangs")) == Approx(170.0 / 3600));
    // 5th: M2's last 40 s + M3 20 s (00:00 quarter) + M4 35 s (00:15 quarter): window 00:00.
    CHECK(as_text(r.cell(1, "busy_hour_start")) == "00:00");
    CHECK(as_double(r.cell(1, "busy_hour_erlangs")) == Approx(95.0 / 3600));
    CHECK(as_int(r.cell(1, "calls")) == 2);  // arrivals on the 5th
    CHECK(is_null(r.cell(0, "blocking")));   // no trunk count configured
    CHECK(as_double(r.total("avg_busy_hour_erlangs")) == Approx((170.0 + 95.0) / 2 / 3600));
}

TEST_CASE("staffing intervals on both sides of midnight") {
    auto r = run("staffing", "2024-03-04 22:00", "2024-03-05 02:00");
    REQUIRE(r.rows.size() == 2);
    CHECK(as_text(r.cell(0, "interval_start")) == "2024-03-04 23:00");
    CHECK(as_int(r.cell(0, "offered")) == 2);
    CHECK(as_double(r.cell(0, "aht_s")) == Approx(80));  // (60 + 100) / 2
    CHECK(as_text(r.cell(1, "interval_start")) == "2024-03-05 00:00");
    CHECK(as_int(r.cell(1, "offered")) == 2);
    CHECK(as_double(r.cell(1, "aht_s")) == Approx(30));  // M4 only (M3 lost)
}
