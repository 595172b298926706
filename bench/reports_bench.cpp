// kxcti-bench-reports DB FIRST_DAY [--cold] [--records]: the `groups`, `operators` and `hourly`
// reports over the month starting FIRST_DAY and over the year starting FIRST_DAY, each timed
// against a raw scan of the same records in the same run (SELECT count(*), sum(...) over the
// interval's smdr_record rows), ratios printed. Goal (issue 3): a month's report <= 5 x that scan.
//   --cold     first drop the stored calls (call_day), so the first report builds them: the
//              one-off cost after an import or a reprocess
//   --records  also time the month's reports assembled from the records on the fly (the path
//              before stored calls), for comparison
// Build the database with bench/reports_bench.sh (see docs/performance.md).
#include "common/reports/call_store.h"
#include "common/reports/call_view.h"
#include "common/reports/loader.h"
#include "common/reports/reports.h"
#include "common/storage/schema.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace kxcti;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The raw scan a report is measured against: every record of the interval, counted and summed.
double raw_scan(storage::Connection& db, const std::string& first, const std::string& last, std::int64_t& rows) {
    const auto t0 = std::chrono::steady_clock::now();
    storage::Statement s(db,
                         "SELECT count(*), sum(duration_s), sum(ring_s) FROM smdr_record "
                         "WHERE call_date BETWEEN ?1 AND ?2",
                         "the raw scan");
    s.bind_text(1, first).bind_text(2, last);
    s.step();
    rows = s.column_int64(0);
    return seconds_since(t0);
}

reports::SiteModel site() {
    reports::SiteModel s;
    for (const char* g : {"601", "602", "603", "604"}) s.groups.push_back({g, std::string("group ") + g, {}});
    return s;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: kxcti-bench-reports DB FIRST_DAY [--cold] [--records]\n");
        return 2;
    }
    bool cold = false, records = false;
    for (int i = 3; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--cold") cold = true;
        else if (a == "--records") records = true;
        else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            return 2;
        }
    }
    auto db = storage::open_database(argv[1]);
    const auto s = site();
    const auto first = reports::parse_local_time(argv[2], false);
    if (!first) {
        std::fprintf(stderr, "FIRST_DAY wants YYYY-MM-DD, not %s\n", argv[2]);
        return 2;
    }
    const auto start = reports::civil(*first);
    char month_end[40], year_end[40];
    std::snprintf(month_end, sizeof month_end, "%04d-%02d-%02d", start.month == 12 ? start.year + 1 : start.year,
                  start.month == 12 ? 1 : start.month + 1, start.day);
    std::snprintf(year_end, sizeof year_end, "%04d-%02d-%02d", start.year + 1, start.month, start.day);
    // [from, to): the month and the year as report intervals; the raw scan over the same dates.
    const std::vector<std::pair<std::string, std::string>> spans{{"month", month_end}, {"year", year_end}};

    if (cold) {
        db.exec("DELETE FROM call_day", "dropping the stored calls");
        const auto t0 = std::chrono::steady_clock::now();
        auto stats = reports::for_each_stored_day(db, reports::assembly_options(s), start.day_number,
                                                  reports::civil(*reports::parse_local_time(year_end, false) - 1).day_number,
                                                  [](std::vector<calls::Call>&&) {});
        std::printf("build stored calls (year): %.2f s, %lld days, %lld records read, %lld calls\n", seconds_since(t0),
                    static_cast<long long>(stats.days_built), static_cast<long long>(stats.records),
                    static_cast<long long>(stats.calls));
    }

    std::printf("%-6s %-10s %10s %10s %12s %8s\n", "span", "report", "report_s", "raw_s", "raw_rows", "ratio");
    for (const auto& [span, end] : spans) {
        const auto to = *reports::parse_local_time(end, false);
        const auto last_day = reports::date_text(to - 1);
        for (const char* name : {"groups", "operators", "hourly"}) {
            reports::ReportQuery q;
            q.name = name;
            q.from = *first;
            q.to = to;
            if (std::string(name) == "hourly") q.grouping = {reports::GroupBy::Minutes, 60};
            // The first run builds the days not stored yet (the one-off cost after a load); the
            // second is what every later report of the span costs.
            for (const char* run : {"first", "again"}) {
                const auto t0 = std::chrono::steady_clock::now();
                auto r = reports::report_from_database(db, q, s);
                const double report_s = seconds_since(t0);
                std::int64_t rows = 0;
                const double raw_s = raw_scan(db, argv[2], last_day, rows);
                std::printf("%-6s %-10s %10.3f %10.3f %12lld %8.2f   (%s run; offered %lld)\n", span.c_str(), name,
                            report_s, raw_s, static_cast<long long>(rows), report_s / raw_s, run,
                            static_cast<long long>(reports::as_int(r.total("offered")).value_or(-1)));
                std::fflush(stdout);
            }
        }
        if (records && span == "month") {
            for (const char* name : {"groups", "operators", "hourly"}) {
                reports::ReportQuery q;
                q.name = name;
                q.from = *first;
                q.to = to;
                const auto t0 = std::chrono::steady_clock::now();
                reports::report_from_records(db, q, s);
                std::printf("%-6s %-10s %10.3f   (assembled from the records on the fly)\n", span.c_str(), name,
                            seconds_since(t0));
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
