#pragma once
// The database schema, versioned with PRAGMA user_version: an ordered list of migration steps,
// each applied in its own transaction, so a database is always at exactly one known version.
// A database written by a newer kxcti is refused rather than misread.
#include "common/storage/sqlite.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kxcti::storage {

// The schema version this build writes. Append a step to migrations() to raise it; never edit
// a shipped step (databases in the field were built by it).
inline constexpr int kSchemaVersion = 6;

struct Migration {
    int version;                    // user_version after this step
    std::string_view description;   // logged when applied
    void (*apply)(Connection& db);  // runs inside the step's transaction
};

std::span<const Migration> migrations();

// Opens (creating if missing) the database: WAL, synchronous=NORMAL, foreign keys, then
// migrates to kSchemaVersion. Throws StorageError when the file is newer than this build
// ("database schema 7 is newer than this kxcti (knows 2): upgrade kxcti") or unreadable.
Connection open_database(const std::filesystem::path& path);

// The connection settings open_database applies (exposed for tests that build old fixtures).
void apply_pragmas(Connection& db);
int schema_version(Connection& db);
// Applies the missing steps up to `target` (tests stop at older versions to build fixtures).
void migrate(Connection& db, int target = kSchemaVersion);

// settings(key, value): small facts the database must remember (detected date order, spill mark).
std::optional<std::string> get_setting(Connection& db, std::string_view key);
void set_setting(Connection& db, std::string_view key, std::string_view value);

// Setting keys.
inline constexpr std::string_view kSettingDateOrder = "smdr.date_order";  // "dmy" | "mdy" | "ymd"
inline constexpr std::string_view kSettingSpillMark = "ingest.spill_mark"; // "<file id>:<offset>"
// "<journal id>": rows up to it were stored before smdr_record had a column the parser fills
// (v5: name, did_name, transfer_digits). `reprocess` re-reads them whatever their parser version
// and removes the key when it has gone through them all.
inline constexpr std::string_view kSettingReprocessThrough = "reprocess.through";

// For a migration step that adds a column the parser fills: marks every journal row stored so
// far as due for `reprocess` (raises kSettingReprocessThrough to the last record row's id).
void mark_for_reprocess(Connection& db);

} // namespace kxcti::storage
