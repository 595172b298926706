#pragma once
// Import of historical SMDR logs. Lines go through the same JournalWriter as live lines (raw
// journal + parse in one transaction), under the link named in the options. Importing content
// already imported adds nothing: import_sources keeps, per imported file, the (line count,
// chain hash) of its lines (chain_hash.h); if the first i lines of a file hash to a stored
// pair, they are in the journal already and are skipped. That covers the same file twice, the
// same content under another name, a grown log (only the new lines are added) and an import
// that was interrupted (its row is updated in the same transaction as its lines).
//
// Reading: the file's start first (its head, see kImportHeadLines, and the date order), then,
// only when the head matches an earlier import's, a hashing pass to find how far the match
// goes; then the import pass, which hashes as it goes. A new file is thus read once (plus its
// first lines twice).
#include "common/smdr/parser.h"
#include "common/storage/journal_store.h"
#include "common/storage/sqlite.h"
#include "common/util/clock.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace kxcti::storage {

// Lines per import transaction: large enough that commit cost vanishes (a commit is a WAL
// append plus, every ~1000 pages, a checkpoint), small enough that an interrupted import
// redoes little and the WAL stays at a few tens of megabytes.
inline constexpr std::size_t kImportLinesPerTransaction = 50'000;

// Lines collected for each detect_date_order() call while the order is undecided: a day > 12
// appears within the first weeks of any real log, so one or two windows decide it.
inline constexpr std::size_t kDateDetectWindow = 65'536;

// Lines whose chain hash identifies a file's start (import_sources.head_lines/head_hash, schema
// v5): two different logs differ within their first page, and this many lines (~80 KB) are
// read again at no measurable cost. A file can repeat an earlier import only if its first
// min(this, that import's complete lines) lines hash the same.
inline constexpr std::size_t kImportHeadLines = 1000;

// A bulk import sets smdr_record's secondary indexes aside and builds them at its end
// (deferred_indexes.h): when the journal is empty and the file at least this big. Below it the
// indexes fit the page cache, upkeep is cheap and a rebuild would cost more than it saves.
inline constexpr std::uint64_t kBulkImportBytes = 32ull << 20;

// The import connection's page cache while import_file runs (KiB; SQLite's default is 2 MB):
// a transaction's pages (50,000 lines of journal and record rows, ~12 MB) stay in memory until
// its commit writes each once, instead of spilling to the WAL mid-transaction.
inline constexpr int kImportCacheKiB = 64 * 1024;

struct ImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ImportOptions {
    std::string link = "import";  // stored as the journal rows' link
    std::uint64_t bulk_from_bytes = kBulkImportBytes;  // tests lower it
};

struct ImportProgress {
    // Hashing: finding how much of the file an earlier import holds; Importing: journaling;
    // Indexing: a bulk import building the indexes it set aside (bytes_done == bytes_total).
    enum class Phase { Hashing, Importing, Indexing } phase = Phase::Hashing;
    std::uint64_t bytes_done = 0;
    std::uint64_t bytes_total = 0;
    std::uint64_t lines_done = 0;
};

struct ImportResult {
    std::uint64_t lines_read = 0;        // lines in the file
    std::uint64_t already_imported = 0;  // leading lines found in the journal already
    AppendCounts added;                  // lines journaled now (records, errors among them)
    smdr::DateOrder date_order = smdr::DateOrder::Auto;  // what the lines were read with
    bool date_order_detected = false;    // decided by this file's data
};

using ImportProgressFn = std::function<void(const ImportProgress&)>;

// Imports one file. The writer's options decide the date order unless they say Auto, in which
// case the file's data decides it (else the database's stored order, else the parser's
// default). Throws ImportError when the file cannot be read (nothing of it is half-recorded:
// every committed transaction is consistent and a rerun resumes), StorageError on SQLite errors.
ImportResult import_file(Connection& db, JournalWriter& writer, const std::filesystem::path& file,
                         const ImportOptions& options, const Clock& clock, const ImportProgressFn& progress = {});

} // namespace kxcti::storage
