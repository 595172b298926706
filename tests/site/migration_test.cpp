// Schema v3 (the site tables) on top of what v2 databases in the field hold.
#include "common/site/site.h"
#include "common/storage/schema.h"
#include "site_test_support.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using kxcti::test::query_int;
using kxcti::test::query_text;

namespace {

// A database as kxcti wrote it before the site tables existed, with a little of everything.
void build_v2(const std::filesystem::path& file) {
    storage::Connection db(file);
    storage::apply_pragmas(db);
    storage::migrate(db, 2);
    REQUIRE(storage::schema_version(db) == 2);
    db.exec("INSERT INTO links(id, name, layout) VALUES (1, 'main', 2);"
            "INSERT INTO journal VALUES (1, 1, 1700000000000000, X'3031', 0, 0, NULL, 1, NULL);"
            "INSERT INTO smdr_record(journal_id, layout, call_date, ext, time_is_start, direction, transferred) "
            "VALUES (1, 2, '2024-05-01', '101', 0, 1, 0);"
            "INSERT INTO settings VALUES ('smdr.date_order', 'dmy');",
            "filling v2");
}

} // namespace

TEST_CASE("v3 is the site configuration step, right after v2") {
    auto steps = storage::migrations();
    REQUIRE(steps.size() >= 3);
    CHECK(steps[2].version == 3);
    CHECK(steps[1].version == 2);
    CHECK(std::string(steps[2].description) == "site configuration: operators, groups, DID channels, thresholds");
}

TEST_CASE("a v2 database upgrades to v3 with its rows intact, empty site tables and default figures") {
    test::ScratchDir dir;
    build_v2(dir / "old.db");
    auto db = storage::open_database(dir / "old.db");
    CHECK(storage::schema_version(db) >= 3);
    CHECK(query_int(db, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('site_operator', "
                        "'site_group', 'site_group_member', 'site_channel', 'site_setting')") == 5);
    CHECK(test::site_rows(db) == 0);
    CHECK(query_text(db, "SELECT hex(raw) FROM journal WHERE id = 1") == "3031");
    CHECK(query_text(db, "SELECT ext FROM smdr_record WHERE journal_id = 1") == "101");
    CHECK(query_int(db, "SELECT layout FROM links WHERE name = 'main'") == 2);
    CHECK(query_text(db, "SELECT value FROM settings WHERE key = 'smdr.date_order'") == "dmy");
    auto m = site::load(db);
    CHECK(m.operators.empty());
    CHECK(m.thresholds.service_level_s == 20);
    // And the upgraded database takes a configuration.
    site::set(db, "operator.101.name", "Anna");
    CHECK(query_text(db, "SELECT name FROM site_operator WHERE ext = '101'") == "Anna");
}

TEST_CASE("the v3 tables: group members go with their group, channel dates and spend are text") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    db.exec("INSERT INTO site_group VALUES ('601', 'Sales');"
            "INSERT INTO site_group_member VALUES ('601', 0, '101'), ('601', 1, '102');",
            "a group");
    db.exec("DELETE FROM site_group WHERE number = '601'", "removing it");
    CHECK(query_int(db, "SELECT COUNT(*) FROM site_group_member") == 0);
    CHECK_THROWS_AS(db.exec("INSERT INTO site_group_member VALUES ('999', 0, '101')", "an orphan member"),
                    storage::StorageError);
    site::set(db, "channel.555.spend", "0.1");
    CHECK(query_text(db, "SELECT typeof(monthly_spend) || ' ' || monthly_spend FROM site_channel") == "text 0.1");
}

TEST_CASE("a failing v3 step leaves the database at v2") {
    test::ScratchDir dir;
    build_v2(dir / "old.db");
    {
        storage::Connection db(dir / "old.db");
        // Sabotage: a table of the same name makes CREATE TABLE fail inside the step.
        db.exec("CREATE TABLE site_channel(x)", "sabotaging v3");
    }
    CHECK_THROWS_AS(storage::open_database(dir / "old.db"), storage::StorageError);
    storage::Connection db(dir / "old.db");
    CHECK(storage::schema_version(db) == 2);
    CHECK(query_int(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'site_operator'") == 0);
}
