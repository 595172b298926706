#pragma once
// The loader's SQL (internal to kxcti_reports): parsed records of a date range in journal order,
// and the callers seen before a date. Every statement reading the database for reports is here.
#include "common/calls/assembler.h"
#include "common/storage/sqlite.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace kxcti::reports::sql {

struct LinkRecord {
    std::int64_t link_id = 0;
    calls::JournalRecord record;
};

// Call records (journal kind Record) with call_date in [first_date, last_date] ('YYYY-MM-DD'),
// and the undated ones ("**/**/**": the clock changed) journaled between them, in journal order.
std::vector<LinkRecord> read_records(storage::Connection& db, const std::string& first_date,
                                     const std::string& last_date);

// Incoming callers of calls dated before `date`.
std::unordered_set<std::string> read_callers_before(storage::Connection& db, const std::string& date);

} // namespace kxcti::reports::sql
