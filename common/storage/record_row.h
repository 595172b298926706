#pragma once
// How a parsed SMDR record maps to an smdr_record row, shared by the journal writer (insert)
// and reprocess (compare, update). NULL stands for "unknown", as std::nullopt does in Record.
#include "common/smdr/record.h"
#include "common/storage/sqlite.h"

#include <optional>
#include <string>

namespace kxcti::storage {

// smdr_record's columns after journal_id, in bind order (schema v5 appended the last three).
inline constexpr const char* kRecordColumns =
    "layout, call_date, call_time, time_is_start, ext, co, direction, caller, did, dialed, transferred, "
    "ring_s, duration_s, cost, account, cd, name, did_name, transfer_digits";
inline constexpr int kRecordColumnCount = 19;

// "INSERT INTO smdr_record(journal_id, <kRecordColumns>) VALUES(?1, ..., ?20)": journal_id is ?1,
// the record's columns follow (bind_record(stmt, 2, ...)).
std::string record_insert_sql();

// Stack buffers for the formatted date and time: the statement reads them at step(), so they
// must live until then; keeping them here avoids an allocation per row on import.
struct RecordText {
    char date[16];  // YYYY-MM-DD
    char time[16];  // HH:MM or HH:MM:SS
};

// Binds a record's columns to parameters first..first+kRecordColumnCount-1.
void bind_record(Statement& stmt, int first, const smdr::Record& record, RecordText& text);

// The same values, owned, for comparing a stored row with a fresh parse.
struct RecordRow {
    int layout = 0;
    std::optional<std::string> call_date, call_time;
    int time_is_start = 0;
    std::optional<std::string> ext, co;
    int direction = 0;
    std::optional<std::string> caller, did, dialed;
    int transferred = 0;
    std::optional<int> ring_s, duration_s;
    std::optional<std::string> cost, account, cd;
    std::optional<std::string> name, did_name, transfer_digits;
    friend bool operator==(const RecordRow&, const RecordRow&) = default;
};

RecordRow to_row(const smdr::Record& record);
// Reads columns first..first+kRecordColumnCount-1 of the current row (a SELECT of kRecordColumns).
RecordRow read_row(const Statement& stmt, int first);

// Line kinds that carry an smdr_record row.
inline bool has_record_row(smdr::LineKind kind) {
    return kind == smdr::LineKind::Record || kind == smdr::LineKind::Login || kind == smdr::LineKind::Logout;
}

} // namespace kxcti::storage
