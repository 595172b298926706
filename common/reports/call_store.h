#pragma once
// Stored calls: the assembled calls of each arrival day kept in the database (schema v6,
// call_day), so that a month's report decodes about a million compact calls instead of reading
// and assembling three million records. A cache, never the truth: a day is rebuilt from the
// records whenever they may have changed, and reads give exactly the calls the loader would
// assemble on the fly (tests/reports/call_store_test.cpp).
//
// A stored day D holds the calls (of every PBX link, each link assembled on its own) that
// arrived on D, assembled from the records dated D-1..D+1: the day before is at least the
// loader's lead (kLoadLeadHorizons open horizons), the day after covers calls still talking at
// midnight. It is stale, and rebuilt when next read, when
//   - a record dated D-1, D or D+1 was journaled after it was built (live capture, import: a
//     higher journal id than built_through; found with one index seek per day),
//   - any stored record changed in place (reprocess; the v6 triggers raise the generation),
//   - the assembly it was built with differs (codec version, the site's groups, S, tolerances).
// The live daemon writes records as before and never needs to know; readers rebuild lazily.
#include "common/calls/call.h"
#include "common/calls/options.h"
#include "common/storage/sqlite.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kxcti::reports {

// Days assembled in one pass when several in a row are stale: each pass reads a day of records
// on either side, so longer runs read less twice, but a run's records and calls are in memory at
// once (a 200-operator centre's day is ~55k records and ~27k calls: ~150 MB for 4 days).
inline constexpr int kCallStoreDaysPerBuild = 4;

// Raise when what a stored day holds changes without the codec changing (an assembly rule):
// every stored day is then rebuilt on its next read.
inline constexpr int kCallStoreVersion = 1;

struct CallStoreStats {
    std::int64_t days = 0;        // days delivered
    std::int64_t days_built = 0;  // of which (re)built from records
    std::int64_t calls = 0;       // calls delivered
    std::int64_t records = 0;     // records read to build days
};

// What a stored day was built with; a day with another stamp is rebuilt.
std::string call_store_stamp(const calls::AssemblyOptions& options);

// Calls day by day for arrival days [first_day, last_day] (days since 1970-01-01), in day order,
// each day's calls sorted by id; stale or missing days are built and stored first. If the store
// cannot be written (a read-only database) the built calls are delivered all the same.
using StoredDayFn = std::function<void(std::vector<calls::Call>&& day_calls)>;
CallStoreStats for_each_stored_day(storage::Connection& db, const calls::AssemblyOptions& options,
                                   std::int64_t first_day, std::int64_t last_day, const StoredDayFn& fn);

} // namespace kxcti::reports
