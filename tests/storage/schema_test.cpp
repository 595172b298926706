#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace kxcti;
using namespace kxcti::storage;

namespace {
std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
} // namespace

TEST_CASE("a new database is created at the current schema, in WAL mode with foreign keys") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    CHECK(schema_version(db) == kSchemaVersion);
    // Steps are numbered 1..N with no gap, and the build's version is the last one.
    const auto steps = migrations();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) CHECK(steps[i].version == static_cast<int>(i) + 1);
    CHECK(kSchemaVersion == steps.back().version);
    CHECK(test::query_text(db, "PRAGMA journal_mode") == "wal");
    CHECK(test::query_int(db, "PRAGMA synchronous") == 1);  // NORMAL
    CHECK(test::query_int(db, "PRAGMA page_size") == 16384);
    CHECK(test::query_int(db, "PRAGMA foreign_keys") == 1);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                              "('links', 'journal', 'smdr_record', 'import_sources', 'settings')") == 5);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM pragma_table_info('links') WHERE name = 'layout'") == 1);
    // Opening again applies nothing and keeps the version.
    auto again = open_database(dir / "kxcti.db");
    CHECK(schema_version(again) == kSchemaVersion);
}

TEST_CASE("the shipped v1 database upgrades to v2 with every row intact and link layouts backfilled") {
    test::TempDir dir;
    {
        Connection raw(dir / "old.db");
        std::filesystem::path fixture = KXCTI_TEST_DATA_DIR;
        raw.exec(read_all((fixture / "storage" / "schema_v1.sql").string()), "loading the v1 fixture");
        REQUIRE(schema_version(raw) == 1);
    }
    auto db = open_database(dir / "old.db");
    CHECK(schema_version(db) == kSchemaVersion);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM journal") == 4);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record") == 2);
    CHECK(test::query_text(db, "SELECT hex(raw) FROM journal WHERE id = 3") == "000CFF41");
    CHECK(test::query_text(db, "SELECT error FROM journal WHERE id = 3") == "not an SMDR line");
    CHECK(test::query_int(db, "SELECT line_end FROM journal WHERE id = 4") == 3);
    CHECK(test::query_int(db, "SELECT source_id FROM journal WHERE id = 4") == 1);
    CHECK(test::query_text(db, "SELECT cd FROM smdr_record WHERE journal_id = 4") == "NA");
    CHECK(test::query_int(db, "SELECT chain_hash FROM import_sources WHERE id = 1") == -4242);
    CHECK(test::query_text(db, "SELECT value FROM settings WHERE key = 'smdr.date_order'") == "dmy");
    // v2's backfill: main's last record is layout B (2); aux has no header or record.
    CHECK(test::query_int(db, "SELECT layout FROM links WHERE name = 'main'") == 2);
    CHECK(test::query_int(db, "SELECT layout FROM links WHERE name = 'aux'") == 0);
    CHECK(test::query_int(db, "PRAGMA page_size") == 4096);  // an existing file keeps its pages
}

TEST_CASE("a database built by this build's v1 step alone upgrades the same way") {
    test::TempDir dir;
    {
        Connection db(dir / "v1.db");
        apply_pragmas(db);
        migrate(db, 1);
        REQUIRE(schema_version(db) == 1);
        REQUIRE(test::query_int(db, "SELECT COUNT(*) FROM pragma_table_info('links') WHERE name = 'layout'") == 0);
        db.exec("INSERT INTO links(id, name) VALUES (7, 'pbx');"
                "INSERT INTO journal VALUES (1, 7, 5, X'41', 0, 0, NULL, 1, NULL);"
                "INSERT INTO smdr_record(journal_id, layout, time_is_start, direction, transferred) VALUES (1, 3, 0, 0, 0);",
                "filling v1");
    }
    auto db = open_database(dir / "v1.db");
    CHECK(schema_version(db) == kSchemaVersion);
    CHECK(test::query_int(db, "SELECT layout FROM links WHERE id = 7") == 3);
    CHECK(test::query_text(db, "SELECT hex(raw) FROM journal") == "41");
}

TEST_CASE("a database newer than this build is refused with a clear message and left untouched") {
    test::TempDir dir;
    {
        auto db = open_database(dir / "new.db");
        db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 5), "pretending to be newer");
    }
    try {
        open_database(dir / "new.db");
        FAIL("opened a newer database");
    } catch (const StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("database schema " + std::to_string(kSchemaVersion + 5) +
                                             " is newer than this kxcti (knows " + std::to_string(kSchemaVersion) +
                                             "): upgrade kxcti"));
    }
    Connection db(dir / "new.db");
    CHECK(schema_version(db) == kSchemaVersion + 5);
}

TEST_CASE("a failing migration step leaves the database at the version before it") {
    test::TempDir dir;
    {
        Connection db(dir / "v1.db");
        apply_pragmas(db);
        migrate(db, 1);
        // Sabotage: v2 adds links.layout, so a column of that name makes the step fail.
        db.exec("ALTER TABLE links ADD COLUMN layout TEXT", "sabotaging v2");
    }
    CHECK_THROWS_AS(open_database(dir / "v1.db"), StorageError);
    Connection db(dir / "v1.db");
    CHECK(schema_version(db) == 1);
}

TEST_CASE("settings are stored and replaced") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    CHECK_FALSE(get_setting(db, "k").has_value());
    set_setting(db, "k", "one");
    set_setting(db, "k", "two");
    CHECK(get_setting(db, "k") == std::optional<std::string>("two"));
}
