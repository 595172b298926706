// The loader on a real SQLite file filled through the journal writer (as live capture and
// import fill it): the calls it assembles equal the in-memory assembly of the same lines, for
// any interval it is asked for; links are assembled apart; undated records are placed by order;
// pattern B's unknown waits stay unknown through every figure.
#include "tests/calls/records.h"

#include "common/reports/call_view.h"
#include "common/reports/loader.h"
#include "common/reports/reports.h"
#include "common/storage/journal_store.h"
#include "common/storage/schema.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kxcti;
using namespace kxcti::reports;

namespace {

const std::string kCosta = std::string(KXCTI_TEST_DATA_DIR) + "/calls/costa_pattern_b.txt";

std::vector<std::string> costa_lines() {
    std::ifstream in(kCosta, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("# source:", 0) != 0) lines.push_back(line);
    return lines;
}

void journal(storage::Connection& db, const std::string& link, const std::vector<std::string>& lines) {
    storage::JournalWriter writer(db, {});
    std::vector<ReceivedLine> batch;
    std::int64_t us = 1'700'000'000'000'000;
    for (const auto& l : lines) batch.push_back(ReceivedLine{link, from_unix_us(us++), l, LineEnd::Terminator});
    writer.append(batch);
}

// The same lines parsed in memory, journal ids 1.. in order (every line is a journal row).
std::vector<calls::JournalRecord> in_memory(const std::vector<std::string>& lines, std::int64_t first_id = 1) {
    smdr::Parser parser;
    std::vector<calls::JournalRecord> out;
    std::int64_t id = first_id;
    for (const auto& l : lines) {
        auto p = parser.feed(l);
        if (p.kind == smdr::LineKind::Record) out.push_back({id, p.record});
        ++id;
    }
    return out;
}

ReportQuery q(const std::string& name, const std::string& from, const std::string& to) {
    return parse_query(name, {{"from", from}, {"to", to}});
}

} // namespace

TEST_CASE("loader: the database's calls equal the in-memory assembly, whatever the interval") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    const auto lines = costa_lines();
    journal(db, "pbx", lines);
    const auto expected = calls::assemble(in_memory(lines));
    REQUIRE(expected.size() == 141);

    const SiteModel site;
    auto all = load_calls(db, *parse_local_time("2020-12-01", false), *parse_local_time("2020-12-31", false),
                          assembly_options(site), site.thresholds.callback_window_s, false);
    CHECK(all.records == 239);  // 249 lines after the source line, less 5 page headers of 2 lines
    CHECK(all.calls == expected);

    // One day: the calls that arrived that day are the same calls as in the whole assembly.
    const auto day = q("calls", "2020-12-09", "2020-12-09");
    auto loaded = load_calls(db, day.from, day.to, assembly_options(site), site.thresholds.callback_window_s, false);
    std::size_t compared = 0;
    for (const auto& c : loaded.calls) {
        if (!in_interval(c, day)) continue;
        auto it = std::find_if(expected.begin(), expected.end(), [&](const calls::Call& e) { return e.id == c.id; });
        REQUIRE(it != expected.end());
        CHECK(*it == c);
        ++compared;
    }
    CHECK(compared == 46);  // the calls of 9 December in the whole-file assembly

    // The report from the database is the report over the same calls.
    auto from_db = report_from_database(db, q("summary", "2020-12-07", "2020-12-11"), site);
    const auto query = q("summary", "2020-12-07", "2020-12-11");
    CHECK(from_db == run_report({expected, site, query}));
}

TEST_CASE("loader: every link is assembled on its own") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    const auto lines = costa_lines();
    journal(db, "a", lines);
    journal(db, "b", lines);
    const SiteModel site;
    const auto range = q("calls", "2020-12-01", "2020-12-31");
    auto loaded = load_calls(db, range.from, range.to, assembly_options(site), 0, false);
    REQUIRE(loaded.calls.size() == 2 * 141);
    const auto second = static_cast<std::int64_t>(lines.size());
    for (const auto& c : loaded.calls) {
        const auto ids = calls::record_ids(c);
        const bool in_a = ids.front() <= second;
        CHECK(std::all_of(ids.begin(), ids.end(), [&](std::int64_t id) { return (id <= second) == in_a; }));
    }
}

TEST_CASE("loader: a record printed without date joins its neighbours by order") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    const std::vector<std::string> lines{
        "  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD ",
        "07/12/20 15:39    601 01 <I>0308374501        00:00'00 EU00000.00               ",
        "**/**/** **:**    402 01 <I>0308374501        00:02'52 EU00000.00               ",
        "07/12/20 15:44    401 01 0364538740           00:00'25 EU00000.00               ",
    };
    journal(db, "pbx", lines);
    const SiteModel site;
    const auto range = q("calls", "2020-12-07", "2020-12-07");
    auto loaded = load_calls(db, range.from, range.to, assembly_options(site), 0, false);
    REQUIRE(loaded.records == 3);
    REQUIRE(loaded.calls.size() == 2);
    CHECK(loaded.calls[0].legs.size() == 2);
    CHECK(loaded.calls[0].flags.time_estimated);
    CHECK(loaded.calls[0].answered_by == "402");
}

TEST_CASE("pattern B: unknown waits are counted as unknown, never averaged as 0") {
    const auto calls = calls::assemble(in_memory(costa_lines()));
    const SiteModel site;
    auto r = run_report({calls, site, q("summary", "2020-12-01", "2020-12-31")});
    CHECK(as_int(r.total("offered")) == 83);
    CHECK(as_int(r.total("answered")) == 74);
    CHECK(as_int(r.total("lost")) == 7);
    CHECK(as_int(r.total("short_abandons")) == 0);  // needs a known wait
    CHECK(as_int(r.total("wait_unknown")) == 81);   // 74 answered + 7 lost
    CHECK(is_null(r.total("asa_s")));
    CHECK(is_null(r.total("max_wait_s")));
    CHECK(is_null(r.total("service_level")));
    CHECK(is_null(r.total("abandon_rate")) == false);  // counts are known: 7 / 83
    CHECK(as_double(r.total("abandon_rate")) == Approx(7.0 / 83));
    auto ops = run_report({calls, site, q("operators", "2020-12-01", "2020-12-31")});
    for (std::size_t i = 0; i < ops.rows.size(); ++i) {
        CHECK(is_null(ops.cell(i, "avg_ring_s")));
        CHECK(as_int(ops.cell(i, "ring_unknown")) == as_int(ops.cell(i, "answered")));
    }
}
