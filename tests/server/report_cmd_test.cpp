// kxcti-server report on a real database: the costa capture imported with the real import
// command, the site configured with the real config command, reports read back as JSON, CSV and
// table; refusals with their exit codes and messages.
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using kxcti::test::run_program;
using kxcti::test::RunResult;

namespace {

const std::string kCosta = std::string(KXCTI_TEST_DATA_DIR) + "/calls/costa_pattern_b.txt";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Site {
    kxcti::test::ScratchDir dir{"kxcti-report"};
    std::string db = (dir / "kxcti.db").string();
    Site() {
        auto r = run_program({KXCTI_SERVER_EXE, "import", kCosta, "--db", db});
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    RunResult report(std::vector<std::string> args) const {
        std::vector<std::string> argv{KXCTI_SERVER_EXE, "report"};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.push_back("--db");
        argv.push_back(db);
        return run_program(argv);
    }
};

} // namespace

TEST_CASE("report command: summary as JSON from an imported capture") {
    Site site;
    auto r = site.report({"summary", "--from", "2020-12-07", "--to", "2020-12-11", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    // 83 incoming calls in the file, less the one of 4 December; 74 answered less that one.
    // Lost: 3 in the queue, 4 at an operator (see tests/calls/corpus_test.cpp). Talk: the 78
    // answered and transfer legs of 7-11 December add up to 5148 s (summed from the printout).
    // Pattern B prints no Ring: waits are null, and counted in wait_unknown (73 + 7).
    for (const char* key : {"\"offered\":82", "\"answered\":73", "\"lost\":7", "\"lost_in_queue\":3",
                            "\"lost_at_operator\":4", "\"short_abandons\":0", "\"asa_s\":null", "\"max_wait_s\":null",
                            "\"talk_s\":5148", "\"wait_unknown\":80", "\"forwarded_out\":2"}) {
        INFO(key);
        CHECK(contains(r.out, key));
    }
    CHECK(r.out.rfind("{\"report\":\"summary\"", 0) == 0);
    CHECK(contains(r.out, "\"from\":\"2020-12-07 00:00:00\",\"to\":\"2020-12-12 00:00:00\""));
    CHECK(contains(r.out, "\"short_abandon_S_s\":\"5\""));
}

TEST_CASE("report command: groups filtered by group as CSV, hourly as a table") {
    Site site;
    auto csv = site.report({"groups", "--from", "2020-12-07", "--to", "2020-12-11", "--group", "611", "--format", "csv"});
    INFO(csv.err);
    REQUIRE(csv.status == 0);
    CHECK(csv.out.rfind("group,name,offered,answered,", 0) == 0);
    // 611 (trunk 05) is printed 18 times: 7/12 at 11:23, 14:15, 17:43; 9/12 at 08:10, 08:11,
    // 09:01, 10:04, 14:02, 16:42; 10/12 at 10:21, 15:21, 16:35; 11/12 at 08:08, 08:33, 08:59 NA,
    // 09:10 NA, 09:12, 10:01 NA. The three with NA are lost (after 401 rang), 15 answered.
    CHECK(contains(csv.out, "\n611,,18,15,0.833333,3,0,3,0,"));
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 2);

    auto table = site.report({"hourly", "--from", "2020-12-09", "--to", "2020-12-09", "--interval", "60"});
    REQUIRE(table.status == 0);
    CHECK(contains(table.out, "Distribution over the day"));
    CHECK(contains(table.out, "bucket"));
    CHECK(contains(table.out, "08:00"));
    CHECK(contains(table.out, "definitions"));
}

TEST_CASE("report command: the site configuration names operators and sets the trunks") {
    Site site;
    for (std::vector<std::string> kv : {std::vector<std::string>{"operator.401.name", "Anna"}, {"trunks", "8"}}) {
        auto r = run_program({KXCTI_SERVER_EXE, "config", "set", kv[0], kv[1], "--db", site.db});
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    auto ops = site.report({"operators", "--from", "2020-12-07", "--to", "2020-12-11", "--operator", "401",
                            "--format", "json"});
    REQUIRE(ops.status == 0);
    CHECK(contains(ops.out, "{\"ext\":\"401\",\"name\":\"Anna\","));
    CHECK(!contains(ops.out, "\"ext\":\"402\""));
    auto busy = site.report({"busy-hour", "--from", "2020-12-09", "--to", "2020-12-09", "--format", "json"});
    REQUIRE(busy.status == 0);
    CHECK(contains(busy.out, "\"trunks_installed\":8"));
    CHECK(contains(busy.out, "\"trunk_count\":\"8\""));
}

TEST_CASE("report command: refusals say what was wrong") {
    Site site;
    auto unknown = site.report({"nonsense", "--from", "2020-12-07", "--to", "2020-12-11"});
    CHECK(unknown.status == 2);
    CHECK(contains(unknown.err, "unknown report 'nonsense'"));
    auto bad_time = site.report({"summary", "--from", "07/12/2020", "--to", "2020-12-11"});
    CHECK(bad_time.status == 2);
    CHECK(contains(bad_time.err, "--from '07/12/2020' is not a time: give YYYY-MM-DD"));
    auto no_to = site.report({"summary", "--from", "2020-12-07"});
    CHECK(no_to.status == 2);
    CHECK(contains(no_to.err, "--to is missing"));
    auto grouping = site.report({"calls", "--from", "2020-12-07", "--to", "2020-12-11", "--interval", "day"});
    CHECK(grouping.status == 2);
    CHECK(contains(grouping.err, "leave out interval"));
    auto format = site.report({"summary", "--from", "2020-12-07", "--to", "2020-12-11", "--format", "xml"});
    CHECK(format.status == 2);
    CHECK(contains(format.err, "--format 'xml' is not table, csv or json"));

    kxcti::test::ScratchDir empty;
    auto missing = run_program({KXCTI_SERVER_EXE, "report", "summary", "--from", "2020-12-07", "--to", "2020-12-11",
                                "--db", (empty / "none.db").string()});
    CHECK(missing.status == 1);
    CHECK(contains(missing.err, "does not exist"));

    auto list = run_program({KXCTI_SERVER_EXE, "report", "list"});
    CHECK(list.status == 0);
    for (const char* name : {"summary", "groups", "operators", "hourly", "busy-hour", "staffing", "service-level",
                             "talk-buckets", "lost-not-called-back", "repeat-callers", "channels", "calls"})
        CHECK(contains(list.out, std::string(name) + " "));
}
