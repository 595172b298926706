#pragma once
// Reads what a report needs from the database and assembles it into calls: the records of the
// interval, plus a lead before it (so calls under way at `from` group as they did live) and the
// call-back window after it (call-backs and repeat calls of the interval's last calls). Each PBX
// link is assembled on its own. The SQL lives in loader_sql.cpp.
#include "common/calls/assembler.h"
#include "common/reports/query.h"
#include "common/reports/report.h"
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace kxcti::reports {

// A call stays open at most open_horizon_s after its last activity, so the assembler's state at
// `from` depends only on the hours before it; starting this many horizons earlier gives the same
// grouping as live assembly unless one conversation kept chaining legs for longer.
inline constexpr int kLoadLeadHorizons = 4;

struct LoadedCalls {
    std::vector<calls::Call> calls;  // sorted by id; beyond [from, to) as context
    std::unordered_set<std::string> callers_seen_before;
    bool callers_seen_before_read = false;
    std::size_t records = 0;          // records read
};

LoadedCalls load_calls(storage::Connection& db, calls::LocalSeconds from, calls::LocalSeconds to,
                       const calls::AssemblyOptions& options, std::uint32_t context_after_s,
                       bool read_callers_seen_before);

// Stored calls (call_store.h) of the arrival days a query needs, all in memory, sorted by id:
// the days of the interval with the loader's lead before it and `context_after_s` after it.
std::vector<calls::Call> stored_calls(storage::Connection& db, calls::LocalSeconds from, calls::LocalSeconds to,
                                      const calls::AssemblyOptions& options, std::uint32_t context_after_s);

// Runs `query` on the stored calls (call_store.h), building the days that are missing or stale:
// reports that stream (ReportInfo::streams) take the interval's days one at a time, the others
// get the interval with its context in memory. The same report as report_from_records.
Report report_from_database(storage::Connection& db, const ReportQuery& query, const SiteModel& site);

// Runs `query` on calls assembled from the records on the fly (load_calls): the reference the
// stored calls are tested against.
Report report_from_records(storage::Connection& db, const ReportQuery& query, const SiteModel& site);

} // namespace kxcti::reports
