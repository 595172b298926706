#include "common/storage/schema.h"

#include "common/smdr/parser.h"
#include "common/storage/deferred_indexes.h"
#include "common/util/log.h"

#include <algorithm>
#include <array>

namespace kxcti::storage {
namespace {

constexpr int kNewPageSize = 16384;  // bytes; see open_database

// v1: the lossless journal and what the parser made of each line.
//  - journal keeps every received line byte-exact (raw BLOB) with why it ended (line_end),
//    what the parser said (kind, error) and which parser said it (parser_version), so that
//    `reprocess` can re-read it after a parser fix. source_id: the import it came from.
//  - smdr_record: one row per Record/Login/Logout line, NULL = unknown (never 0 or '').
//    call_date 'YYYY-MM-DD', call_time 'HH:MM' (or 'HH:MM:SS' when the layout prints seconds).
//  - import_sources: per imported file, the (line count, chain hash) of its lines, so importing
//    the same content again adds nothing (see importer.h); complete_* is the same for the
//    lines that had a terminator, so a log that grew after a cut last line still matches.
//  - The only secondary index is smdr_record(call_date): reports select by date range, and it
//    costs little on import (measured, see docs/performance.md). journal is only read by id.
void v1_journal(Connection& db) {
    db.exec(R"sql(
CREATE TABLE links(
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE import_sources(
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL,
    line_count     INTEGER NOT NULL,
    chain_hash     INTEGER NOT NULL,
    complete_lines INTEGER NOT NULL,
    complete_hash  INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    date_order     INTEGER NOT NULL,
    imported_us    INTEGER NOT NULL
);
CREATE TABLE journal(
    id             INTEGER PRIMARY KEY,
    link_id        INTEGER NOT NULL REFERENCES links(id),
    received_us    INTEGER NOT NULL,
    raw            BLOB NOT NULL,
    line_end       INTEGER NOT NULL,
    kind           INTEGER NOT NULL,
    error          TEXT,
    parser_version INTEGER NOT NULL,
    source_id      INTEGER REFERENCES import_sources(id)
);
CREATE TABLE smdr_record(
    journal_id    INTEGER PRIMARY KEY REFERENCES journal(id),
    layout        INTEGER NOT NULL,
    call_date     TEXT,
    call_time     TEXT,
    time_is_start INTEGER NOT NULL,
    ext           TEXT,
    co            TEXT,
    direction     INTEGER NOT NULL,
    caller        TEXT,
    did           TEXT,
    dialed        TEXT,
    transferred   INTEGER NOT NULL,
    ring_s        INTEGER,
    duration_s    INTEGER,
    cost          TEXT,
    account       TEXT,
    cd            TEXT
);
CREATE INDEX smdr_record_call_date ON smdr_record(call_date);
CREATE TABLE settings(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql",
            "creating schema v1");
}

// v2: each link remembers the layout its parser context was in (the last header or record
// seen), so a restart reads the next record with the right layout without scanning the
// journal backwards. Backfilled from each link's last header or record.
void v2_link_layout(Connection& db) {
    db.exec("ALTER TABLE links ADD COLUMN layout INTEGER NOT NULL DEFAULT 0", "adding links.layout");
    Statement links(db, "SELECT id FROM links", "listing links");
    Statement last(db,
                   "SELECT j.kind, j.raw, r.layout FROM journal j LEFT JOIN smdr_record r ON r.journal_id = j.id "
                   "WHERE j.link_id = ?1 AND j.kind IN (0, 1, 4, 5) ORDER BY j.id DESC LIMIT 1",
                   "finding a link's last header or record");
    Statement set(db, "UPDATE links SET layout = ?2 WHERE id = ?1", "storing a link's layout");
    while (links.step()) {
        std::int64_t id = links.column_int64(0);
        last.bind(1, id);
        int layout = 0;
        if (last.step()) {
            auto kind = static_cast<smdr::LineKind>(last.column_int(0));
            if (kind == smdr::LineKind::Header) {
                smdr::ParserContext fresh;
                auto parsed = smdr::parse_line(last.column_blob(1), fresh);
                if (parsed.header_layout) layout = static_cast<int>(*parsed.header_layout);
            } else if (!last.is_null(2)) {
                layout = last.column_int(2);
            }
        }
        last.reset();
        set.bind(1, id).bind(2, layout).run();
    }
}

// v3: the site configuration (common/site/): operators, ICD groups and members (in ring order),
// DID -> advertising channel periods, and site_setting for thresholds and the trunk count under
// `kxcti-server config` keys. Empty tables mean kpi.md's defaults; common/site validates.
// Dates are 'YYYY-MM-DD' (NULL: open end); monthly_spend is the decimal as entered (exact, no
// binary rounding; NULL: unknown).
void v3_site_config(Connection& db) {
    db.exec(R"sql(
CREATE TABLE site_operator(
    ext  TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE site_group(
    number TEXT PRIMARY KEY,
    name   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE site_group_member(
    group_number TEXT NOT NULL REFERENCES site_group(number) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    ext          TEXT NOT NULL,
    PRIMARY KEY(group_number, position)
) WITHOUT ROWID;
CREATE TABLE site_channel(
    id            INTEGER PRIMARY KEY,
    did           TEXT NOT NULL,
    name          TEXT NOT NULL,
    valid_from    TEXT,
    valid_to      TEXT,
    monthly_spend TEXT
);
CREATE INDEX site_channel_did ON site_channel(did);
CREATE TABLE site_setting(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql",
            "creating the site configuration tables");
}

// v4: client accounts (server/accounts/): users with a role and a PBKDF2 hash; account_scope
// lists the groups (kind 0) and extensions (kind 1) each may see. smdr_record(caller) serves
// the caller-history look-up of every Caller ID pop-up.
void v4_accounts(Connection& db) {
    db.exec(R"sql(
CREATE TABLE account(
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role       INTEGER NOT NULL,
    salt       BLOB NOT NULL,
    hash       BLOB NOT NULL,
    iterations INTEGER NOT NULL,
    created_us INTEGER NOT NULL,
    changed_us INTEGER NOT NULL
);
CREATE TABLE account_scope(
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    kind       INTEGER NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY(account_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX smdr_record_caller ON smdr_record(caller);
)sql",
            "creating the account tables");
}

// v5: the parser's name fields (parser version 2) and the digits a transfer target entered:
// name (the caller's name on incoming calls, the directory name on outgoing ones), did_name
// (the DDI/DID name) and transfer_digits ("0376689064-123" -> "123"). Rows stored before have
// NULL there until `kxcti-server reprocess` re-reads them: the step marks the journal up to its
// last record row as due (kSettingReprocessThrough), whatever parser version wrote them.
// import_sources gains the chain hash of each file's first complete lines (head_lines of them,
// at most kImportHeadLines): a new file whose start matches no stored head cannot repeat an
// earlier import, so import reads it once instead of hashing it all first. 0: not known (rows
// from before v5), which makes import hash the file first, as before.
void v5_record_names(Connection& db) {
    db.exec(R"sql(
ALTER TABLE smdr_record ADD COLUMN name TEXT;
ALTER TABLE smdr_record ADD COLUMN did_name TEXT;
ALTER TABLE smdr_record ADD COLUMN transfer_digits TEXT;
ALTER TABLE import_sources ADD COLUMN head_lines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_sources ADD COLUMN head_hash INTEGER NOT NULL DEFAULT 0;
)sql",
            "adding smdr_record name, did_name, transfer_digits and import_sources head_lines, head_hash");
    mark_for_reprocess(db);
}

// v6 (owned by the calls/reports side, common/reports/call_store.h): assembled calls stored per
// arrival day, so a month's report reads compact calls instead of assembling its records again.
// call_day.data is the day's calls (common/calls/call_codec.h); built_through is the newest
// journal id dated D-1..D+1 when it was built: a record journaled later for that day or a
// neighbouring one has a higher id, which makes the day stale (the daemon need not know). Rows
// that change in place (reprocess: journal kind/error updated, smdr_record rows deleted and
// written again) raise call_store_state.generation through triggers, which makes every day
// stale; plain inserts (live capture, import) fire no trigger and cost nothing more.
void v6_call_store(Connection& db) {
    db.exec(R"sql(
CREATE TABLE call_day(
    day           TEXT PRIMARY KEY,
    built_through INTEGER NOT NULL,
    generation    INTEGER NOT NULL,
    stamp         TEXT NOT NULL,
    calls         INTEGER NOT NULL,
    data          BLOB NOT NULL
);
CREATE TABLE call_store_state(
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO call_store_state(id, generation) VALUES(1, 0);
CREATE TRIGGER call_store_journal_changed AFTER UPDATE OF kind, error ON journal
BEGIN UPDATE call_store_state SET generation = generation + 1; END;
CREATE TRIGGER call_store_record_deleted AFTER DELETE ON smdr_record
BEGIN UPDATE call_store_state SET generation = generation + 1; END;
CREATE TRIGGER call_store_record_updated AFTER UPDATE ON smdr_record
BEGIN UPDATE call_store_state SET generation = generation + 1; END;
)sql",
            "creating the stored calls");
}

// Append new steps at the end (and raise kSchemaVersion): one line each.
constexpr std::array kMigrations{
    Migration{1, "journal, parsed SMDR records, import sources, settings", v1_journal},
    Migration{2, "each link remembers its parser layout", v2_link_layout},
    Migration{3, "site configuration: operators, groups, DID channels, thresholds", v3_site_config},
    Migration{4, "client accounts; caller index for look-ups", v4_accounts},
    Migration{5, "record names, DID names, transfer digits (filled by reprocess); import file heads", v5_record_names},
    Migration{6, "stored calls per arrival day, for reports", v6_call_store},
};
static_assert(kMigrations.back().version == kSchemaVersion);

} // namespace

std::span<const Migration> migrations() { return kMigrations; }

void apply_pragmas(Connection& db) {
    // WAL: readers (reports, the GUI's server) never block the writer and vice versa.
    // synchronous=NORMAL in WAL mode syncs only at checkpoints: a committed transaction is in
    // the WAL file before COMMIT returns, so a process crash (kill -9) loses nothing committed;
    // only an OS crash or power cut can lose the last transactions. FULL would fsync on every
    // commit, which the live writer (a commit every few milliseconds) cannot afford.
    bool wal = false;
    {
        Statement mode(db, "PRAGMA journal_mode = WAL", "switching to WAL");
        wal = mode.step() && mode.column_text(0) == "wal";
    }
    if (!wal)
        throw StorageError("database " + db.path().string() +
                               " cannot use WAL journaling (a network file system?): keep the database on a local disk",
                           0);
    db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", "setting connection pragmas");
}

int schema_version(Connection& db) {
    Statement s(db, "PRAGMA user_version", "reading the schema version");
    s.step();
    return s.column_int(0);
}

void migrate(Connection& db, int target) {
    for (const auto& m : kMigrations) {
        if (m.version > target) break;
        Transaction t(db);
        // Checked inside the transaction: another process may have migrated meanwhile.
        int current = schema_version(db);
        if (current >= m.version) continue;
        if (current != m.version - 1)
            throw StorageError("database " + db.path().string() + " is at schema " + std::to_string(current) +
                                   ", expected " + std::to_string(m.version - 1),
                               0);
        m.apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(m.version), "recording the schema version");
        t.commit();
        log::info("storage", "database ", db.path().string(), ": schema ", m.version, " (", m.description, ")");
    }
}

Connection open_database(const std::filesystem::path& path) {
    Connection db(path);
    int version = schema_version(db);
    if (version > kSchemaVersion)
        throw StorageError("database " + path.string() + ": database schema " + std::to_string(version) +
                               " is newer than this kxcti (knows " + std::to_string(kSchemaVersion) +
                               "): upgrade kxcti",
                           0);
    // A new file's page size is fixed by its first write (the WAL switch below). 16 KiB rather
    // than SQLite's 4 KiB: import writes each page twice (WAL, then the checkpoint) with one
    // system call per page, and journal rows fill pages sequentially, so bigger pages cut the
    // calls and the per-page overhead (import of 60 MB under load: system time 0.65-0.78 s
    // instead of 0.89-0.98 s; user time within the noise); the live writer's small commits and
    // the reports' range scans do not suffer from it.
    if (version == 0) db.exec("PRAGMA page_size = " + std::to_string(kNewPageSize), "choosing the page size");
    apply_pragmas(db);
    migrate(db);
    // A bulk import killed before it built its indexes again: build them now. While such an
    // import still runs it holds the write lock most of the time; it builds them itself at
    // its end, so a busy database is no reason to fail here.
    try {
        if (int built = restore_deferred_indexes(db))
            log::info("storage", "database ", path.string(), ": built ", built,
                      " index(es) that an interrupted bulk import had set aside");
    } catch (const StorageError& e) {
        if (!e.busy()) throw;
        log::warn("storage", "database ", path.string(), ": indexes set aside by a bulk import still missing (",
                  e.what(), "); the import builds them when it ends");
    }
    return db;
}

std::optional<std::string> get_setting(Connection& db, std::string_view key) {
    Statement s(db, "SELECT value FROM settings WHERE key = ?1", "reading a setting");
    s.bind_text(1, key);
    if (!s.step()) return std::nullopt;
    return std::string(s.column_text(0));
}

void set_setting(Connection& db, std::string_view key, std::string_view value) {
    Statement s(db, "INSERT INTO settings(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                "writing a setting");
    s.bind_text(1, key).bind_text(2, value).run();
}

void mark_for_reprocess(Connection& db) {
    Statement last(db, "SELECT MAX(journal_id) FROM smdr_record", "finding the last stored record");
    if (!last.step() || last.is_null(0)) return;  // nothing stored: nothing to redo
    std::int64_t through = last.column_int64(0);
    if (auto stored = get_setting(db, kSettingReprocessThrough)) {
        try {
            through = std::max<std::int64_t>(through, std::stoll(*stored));
        } catch (const std::exception&) {
            // A damaged mark: the new one covers at least every row stored so far.
        }
    }
    set_setting(db, kSettingReprocessThrough, std::to_string(through));
}

} // namespace kxcti::storage
