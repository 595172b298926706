#pragma once
// Secondary indexes set aside during a bulk import into an empty journal, and built again after
// it. Keeping an index up to date row by row costs a random B-tree page per row once the index
// outgrows the page cache (smdr_record(caller) is keyed by random numbers), and each such page is
// written to the WAL at every commit; building it once at the end is a sort.
//
// Crash safety: the dropped indexes' SQL is kept in settings (kSettingDeferredIndexes) in the
// same transaction that drops them, and open_database() builds any that are still missing
// (a killed import), so a database is never left without them for longer than one import.
#include "common/storage/sqlite.h"

#include <string_view>

namespace kxcti::storage {

// "CREATE INDEX ...;\n" statements of the indexes set aside.
inline constexpr std::string_view kSettingDeferredIndexes = "import.deferred_indexes";

// Inside the caller's transaction: records and drops the secondary indexes (those with SQL,
// i.e. not a primary key's or a UNIQUE constraint's) of smdr_record. Returns how many.
int defer_indexes(Connection& db);

// Builds whatever indexes a defer_indexes() left recorded and that do not exist, then forgets
// the record; one transaction. Returns how many were built (0 when nothing was deferred).
int restore_deferred_indexes(Connection& db);

} // namespace kxcti::storage
