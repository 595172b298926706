// Report parameters as text (CLI options, protocol params) and reports as text (table, CSV,
// JSON): the keys clients rely on, unknown values as null, refusals that say what to give.
#include "day_data.h"

#include "common/reports/render.h"
#include "common/reports/reports.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::reports;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string error_of(const Params& p) {
    try {
        parse_query("summary", p);
    } catch (const QueryError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("query parameters: times, filters, intervals") {
    auto q = parse_query("groups", {{"from", "2024-03-04 08:30"},
                                    {"to", "2024-03-04T17:00:30"},
                                    {"group", "601"},
                                    {"operator", "401"},
                                    {"channel", "Google"},
                                    {"interval", "15"}});
    CHECK(q.from == test::at("2024-03-04 08:30"));
    CHECK(q.to == test::at("2024-03-04 17:00:30"));
    CHECK(q.group == "601");
    CHECK(q.operator_ext == "401");
    CHECK(q.channel == "Google");
    CHECK(q.grouping == Grouping{GroupBy::Minutes, 15});
    CHECK(parse_query("x", {{"from", "2024-03-04"}, {"to", "2024-03-04"}, {"interval", "weekday"}}).grouping.by ==
          GroupBy::Weekday);
    CHECK(parse_query("x", {{"from", "2024-02-28"}, {"to", "2024-02-29"}}).to == test::at("2024-03-01 00:00"));

    CHECK(contains(error_of({{"to", "2024-03-04"}}), "from is missing"));
    CHECK(contains(error_of({{"from", "2024-03-04"}}), "to is missing"));
    CHECK(contains(error_of({{"from", "04/03/2024"}, {"to", "2024-03-04"}}), "from '04/03/2024' is not a time"));
    CHECK(contains(error_of({{"from", "2024-02-30"}, {"to", "2024-03-04"}}), "is not a time"));
    CHECK(contains(error_of({{"from", "2024-03-05"}, {"to", "2024-03-04 12:00"}}), "is not after from"));
    CHECK(contains(error_of({{"from", "2024-03-04"}, {"to", "2024-03-04"}, {"interval", "7"}}),
                   "give minutes that divide a day"));
    CHECK(contains(error_of({{"from", "2024-03-04"}, {"to", "2024-03-04"}, {"colour", "red"}}),
                   "unknown report parameter 'colour'"));
}

TEST_CASE("run_report refuses an unknown report and an interval where none applies") {
    const auto calls = test::day_calls();
    const auto site = test::day_site();
    auto q = test::query("nonsense", "2024-03-04", "2024-03-05");
    CHECK_THROWS_WITH(run_report({calls, site, q}), Catch::Contains("unknown report 'nonsense'"));
    q = test::query("calls", "2024-03-04", "2024-03-05", {GroupBy::Day, 0});
    CHECK_THROWS_WITH(run_report({calls, site, q}), Catch::Contains("leave out interval"));
    CHECK(catalog().size() == 12);
}

TEST_CASE("JSON: one object with parameters, definitions, totals and rows - unknown as null") {
    const auto calls = test::day_calls();
    const auto site = test::day_site();
    const auto q = test::query("groups", "2024-03-04", "2024-03-05");
    const auto json = render_json(run_report({calls, site, q}));
    CHECK(json.rfind("{\"report\":\"groups\",\"title\":", 0) == 0);
    CHECK(contains(json, "\"from\":\"2024-03-04 00:00:00\",\"to\":\"2024-03-05 00:00:00\""));
    CHECK(contains(json, "\"service_level_T_s\":\"20\""));
    CHECK(contains(json, "\"definitions\":{\"offered\":"));
    // The 601 row, in column order, with the keys clients rely on.
    CHECK(contains(json, "{\"group\":\"601\",\"name\":\"Sales\",\"offered\":9,\"answered\":5,"));
    for (const char* key : {"\"lost\":3", "\"lost_in_queue\":1", "\"lost_at_operator\":1", "\"short_abandons\":1",
                            "\"asa_s\":12.75", "\"max_wait_s\":30", "\"talk_s\":400", "\"queued\":null"})
        CHECK(contains(json, key));
    CHECK(json.back() == '\n');

    const auto ops = render_json(run_report({calls, site, test::query("operators", "2024-03-04", "2024-03-05")}));
    CHECK(contains(ops, "{\"ext\":\"401\",\"name\":\"Anna\",\"offered\":3,\"answered\":2,"));
    CHECK(contains(ops, "\"occupancy\":null"));
    const auto ch = render_json(run_report({calls, site, test::query("channels", "2024-03-04", "2024-03-05")}));
    CHECK(contains(ch, "\"channel\":\"Google\",\"did\":\"5551000\",\"offered\":6"));
    CHECK(contains(ch, "\"channel\":null,\"did\":null,\"offered\":1"));
    const auto list = render_json(run_report({calls, site, test::query("calls", "2024-03-04", "2024-03-05")}));
    CHECK(contains(list, "\"legs\":[{\"journal_id\":13,\"kind\":\"group\",\"ext\":\"601\""));
    CHECK(contains(list, "\"transferred\":true"));
    // C13 printed no Ring: its wait is null, not 0.
    CHECK(contains(list, "\"id\":24,\"arrival\":\"2024-03-04 11:30\""));
    CHECK(contains(list, "\"outcome\":\"answered\",\"wait_s\":null,\"talk_s\":50"));
}

TEST_CASE("CSV and table") {
    const auto calls = test::day_calls();
    const auto site = test::day_site();
    const auto r = run_report({calls, site, test::query("operators", "2024-03-04", "2024-03-05")});
    const auto csv = render_csv(r);
    CHECK(csv.rfind("ext,name,offered,answered,answer_rate,missed,", 0) == 0);
    CHECK(contains(csv, "\n401,Anna,3,2,0.666667,1,"));
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 4);  // header + 3 operators
    // occupancy is unknown: an empty last cell.
    CHECK(contains(csv, ",\n402,Bruno,"));

    const auto table = render_table(r);
    CHECK(contains(table, "Operators: rung, answered"));
    CHECK(contains(table, "totals"));
    CHECK(contains(table, "definitions"));
    CHECK(contains(table, "66.7 %"));
    CHECK(contains(table, "?"));  // unknown occupancy

    // A list report without rows prints its totals as CSV.
    const auto none = run_report({calls, site, test::query("lost-not-called-back", "2024-03-06", "2024-03-07")});
    CHECK(render_csv(none) == "lost,no_caller_id,caller_got_through,called_back,not_called_back\n0,0,0,0,0\n");
}
