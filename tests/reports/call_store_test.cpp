// Stored calls (common/reports/call_store.h): every report read from them equals the report on
// calls assembled from the records on the fly, for any interval and grouping; a day is read back
// without assembling once stored, and rebuilt when its records may have changed: new records for
// it or a neighbouring day, a record changed in place (reprocess), another site configuration.
#include "tests/reports/sim_truth.h"

#include "common/reports/call_store.h"
#include "common/reports/call_view.h"
#include "common/reports/loader.h"
#include "common/reports/reports.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::test;

namespace {

// Three days (Monday to Wednesday) of a short-wait centre: overflow, ring-all, transfers, a
// forward, call-backs, redials, withheld numbers, and calls in the evening.
const char* const kThreeDays = R"(
[site]
days = 3
trunks = 12
patience = uniform:3:200
redial_percent = 40
withheld_percent = 5
[operators]
talk = lognormal:150:0.6
answer = uniform:2:9
shift = 07:00-23:59
[operator.402]
no_answer_percent = 30
[did.2301]
group = 601
calls_per_day = 300
profile = 0,0,0,0,0,0,0,1,3,4,4,4,3,3,4,4,3,3,2,2,2,2,2,1
[did.2302]
group = 602
calls_per_day = 60
[did.2309]
forward = 204:3356182041
calls_per_day = 15
[group.601]
members = 401, 402, 403
no_answer_s = 8
overflow_after_s = 30
overflow_to = 602
transfer_percent = 15
transfer_to = 410
callback_percent = 50
[group.602]
members = 405, 406
ring = all
callback_percent = 30
)";

reports::SiteModel site() {
    reports::SiteModel s;
    s.groups = {{"601", "Sales", {"401", "402", "403"}}, {"602", "Support", {"405", "406"}}};
    s.operators = {{"401", "Anna"}, {"402", "Bruno"}};
    s.channels = {{"2301", "Google", std::nullopt, std::nullopt, 900.0}};
    s.trunk_count = 12;
    return s;
}

reports::ReportQuery query(const std::string& name, const std::string& from, const std::string& to,
                           const std::string& interval = "") {
    reports::Params p{{"from", from}, {"to", to}};
    if (!interval.empty()) p.emplace_back("interval", interval);
    return reports::parse_query(name, p);
}

std::int64_t day(const std::string& date) { return reports::civil(*reports::parse_local_time(date, false)).day_number; }

reports::CallStoreStats read_days(storage::Connection& db, const reports::SiteModel& s, const std::string& first,
                                  const std::string& last) {
    return reports::for_each_stored_day(db, reports::assembly_options(s), day(first), day(last),
                                        [](std::vector<calls::Call>&&) {});
}

// Every report of the catalog, over the whole run, one day, and half a day across noon, with
// the groupings it accepts: stored == on the fly.
void check_every_report(storage::Connection& db, const reports::SiteModel& s) {
    const std::vector<std::pair<std::string, std::string>> intervals{
        {"2024-01-08", "2024-01-10"}, {"2024-01-09", "2024-01-09"}, {"2024-01-09 09:30", "2024-01-09 15:45"}};
    for (const auto& info : reports::catalog()) {
        for (const auto& [from, to] : intervals) {
            std::vector<std::string> groupings{""};
            if (std::find(info.params.begin(), info.params.end(), "interval") != info.params.end())
                groupings = {"", "30", "day", "weekday"};
            for (const auto& g : groupings) {
                INFO(info.name << " " << from << " .. " << to << " interval '" << g << "'");
                const auto q = query(info.name, from, to, g);
                if (info.name == "staffing" && (g == "day" || g == "weekday")) {  // refused by both
                    CHECK_THROWS_AS(reports::report_from_database(db, q, s), reports::QueryError);
                    continue;
                }
                CHECK(reports::report_from_database(db, q, s) == reports::report_from_records(db, q, s));
            }
        }
    }
    auto filtered = query("operators", "2024-01-08", "2024-01-10");
    filtered.group = "601";
    CHECK(reports::report_from_database(db, filtered, s) == reports::report_from_records(db, filtered, s));
}

} // namespace

TEST_CASE("stored calls: every report equals the on-the-fly assembly, for any interval and grouping") {
    ScratchDir dir("kxcti-callstore");
    auto sim = simulate_and_import(dir, kThreeDays, 21);
    REQUIRE(sim.truth.size() > 1000);
    auto db = storage::open_database(sim.db_path);
    const auto s = site();
    check_every_report(db, s);

    // The calls themselves: the stored days' calls are the loader's calls that arrived those days.
    const auto q = query("calls", "2024-01-08", "2024-01-10");
    auto loaded = reports::load_calls(db, q.from, q.to, reports::assembly_options(s), 0, false);
    std::vector<calls::Call> in_interval;
    for (auto& c : loaded.calls)
        if (reports::in_interval(c, q)) in_interval.push_back(c);
    std::vector<calls::Call> stored;
    reports::for_each_stored_day(db, reports::assembly_options(s), day("2024-01-08"), day("2024-01-10"),
                                 [&](std::vector<calls::Call>&& d) { stored.insert(stored.end(), d.begin(), d.end()); });
    std::sort(stored.begin(), stored.end(), [](const calls::Call& a, const calls::Call& b) { return a.id < b.id; });
    CHECK(stored.size() == in_interval.size());
    CHECK(stored == in_interval);
}

TEST_CASE("stored calls: read back without assembling, rebuilt when their records may have changed") {
    ScratchDir dir("kxcti-callstore");
    auto sim = simulate_and_import(dir, kThreeDays, 22);
    auto db = storage::open_database(sim.db_path);
    const auto s = site();

    // First read: every day built (7 days around the three: empty ones too), in runs.
    auto first = read_days(db, s, "2024-01-06", "2024-01-12");
    CHECK(first.days == 7);
    CHECK(first.days_built == 7);
    CHECK(first.records > 0);
    CHECK(first.calls > 1000);
    // Second read: nothing built, nothing read but the stored calls.
    auto second = read_days(db, s, "2024-01-06", "2024-01-12");
    CHECK(second.days_built == 0);
    CHECK(second.records == 0);
    CHECK(second.calls == first.calls);

    // A record journaled now for Tuesday (an import of a late printout): Monday, Tuesday and
    // Wednesday are stale (Tuesday's records are the context of its neighbours), the rest is not.
    {
        storage::JournalWriter writer(db, {});
        const std::vector<ReceivedLine> late{
            {"pbx", from_unix_us(1'800'000'000'000'000),
             "09/01/24 12:00     401 07 <D>2301<I>0399999999      0'05 00:01'10               ",
             LineEnd::Terminator}};
        REQUIRE(writer.append(late).records == 1);
    }
    auto after_insert = read_days(db, s, "2024-01-06", "2024-01-12");
    CHECK(after_insert.days_built == 3);
    CHECK(after_insert.calls == first.calls + 1);
    CHECK(read_days(db, s, "2024-01-06", "2024-01-12").days_built == 0);

    // A record changed in place (as reprocess does): every stored day is stale.
    db.exec("UPDATE smdr_record SET duration_s = duration_s + 1 WHERE journal_id = "
            "(SELECT max(journal_id) FROM smdr_record WHERE call_date = '2024-01-08' AND duration_s > 0)",
            "changing a record as reprocess would");
    CHECK(read_days(db, s, "2024-01-06", "2024-01-12").days_built == 7);
    db.exec("UPDATE journal SET error = NULL WHERE id = 1", "rewriting a journal row as reprocess would");
    CHECK(read_days(db, s, "2024-01-06", "2024-01-12").days_built == 7);
    CHECK(read_days(db, s, "2024-01-06", "2024-01-12").days_built == 0);

    // Another site configuration (a group renumbered): built again with the new one.
    auto other = s;
    other.groups.push_back({"700", "Night", {}});
    CHECK(read_days(db, other, "2024-01-08", "2024-01-10").days_built == 3);

    // And after all that the reports still equal the on-the-fly assembly.
    check_every_report(db, s);
}

TEST_CASE("stored calls: a read-only database still gets its report, built on the fly") {
    ScratchDir dir("kxcti-callstore");
    auto sim = simulate_and_import(dir, kThreeDays, 23);
    const auto s = site();
    const auto q = query("groups", "2024-01-08", "2024-01-10");
    reports::Report expected;
    {
        auto db = storage::open_database(sim.db_path);
        expected = reports::report_from_records(db, q, s);
    }
    storage::Connection ro(sim.db_path, true);
    CHECK(reports::report_from_database(ro, q, s) == expected);
    CHECK(read_days(ro, s, "2024-01-08", "2024-01-10").days_built == 3);  // nothing could be stored
}
