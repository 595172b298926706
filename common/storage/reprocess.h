#pragma once
// Re-reading the journal after a parser fix: every row is parsed again in id order, each
// link's parser context replayed as it was when the lines arrived, and rows whose result
// changed get their kind, error and smdr_record row replaced in place. Idempotent.
#include "common/smdr/parser.h"
#include "common/storage/sqlite.h"

#include <cstdint>
#include <functional>

namespace kxcti::storage {

// Rows per transaction: big enough to amortise commits, small enough that the live writer
// (sharing the database through the busy timeout) waits well under a second for each.
inline constexpr std::size_t kReprocessBatchRows = 20'000;

struct ReprocessProgress {
    std::int64_t last_id = 0;  // rows up to this id are done
    std::int64_t max_id = 0;
};

struct ReprocessResult {
    std::uint64_t examined = 0;  // rows re-parsed and compared
    std::uint64_t changed = 0;   // rows whose kind, error or record fields changed
    std::uint64_t records = 0;   // examined rows that are records now
    std::uint64_t errors = 0;    // examined rows that are errors now
};

// all = false: only rows with parser_version < kParserVersion are examined (every row is still
// parsed, to replay the contexts). options: the configured [smdr] options; date order Auto
// means each imported row uses its import's order, live rows the database's stored order.
ReprocessResult reprocess_journal(Connection& db, const smdr::ParseOptions& options, bool all,
                                  const std::function<void(const ReprocessProgress&)>& progress = {});

} // namespace kxcti::storage
