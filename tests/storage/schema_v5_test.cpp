// Schema v5: smdr_record gains name, did_name and transfer_digits. A v4 database keeps every row,
// the new columns stay NULL until `reprocess` re-reads the rows the migration marked.
#include "common/smdr/parser.h"
#include "common/storage/journal_store.h"
#include "common/storage/record_row.h"
#include "common/storage/reprocess.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::storage;

namespace {

// Layout A lines built from the reference's columns, with the Feature Guide's name examples.
constexpr std::string_view kHeaderA = "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD";
const std::vector<std::string> kLines{
    std::string(kHeaderA),
    "01/02/02 10:07AM  1234 01 <D>CDE9876<I>Q COMPANY    0'05 00:01'05               ",
    "01/02/02 10:07AM  1234 01 ABC COMPANY12345678            00:01'05               ",
    "01/02/02 10:07AM   D01 01 9P0123456789-123               00:12'05            TR ",
    "01/02/02 10:08AM  1235 02 0123456                        00:00'09               ",
};

// What a v4 build stored: the journal row and the record's first 16 columns (no names).
void store_as_v4(Connection& db) {
    db.exec("INSERT INTO links(id, name, layout) VALUES (1, 'pbx', 1)", "adding the link");
    Statement journal(db,
                      "INSERT INTO journal(id, link_id, received_us, raw, line_end, kind, error, parser_version) "
                      "VALUES(?1, 1, ?2, ?3, 0, ?4, NULL, ?5)",
                      "journaling as v4");
    Statement record(db,
                     "INSERT INTO smdr_record(journal_id, layout, call_date, call_time, time_is_start, ext, co, "
                     "direction, caller, did, dialed, transferred, ring_s, duration_s, cost, account, cd) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                     "storing a record as v4");
    smdr::Parser parser;
    for (std::size_t i = 0; i < kLines.size(); ++i) {
        const auto id = static_cast<std::int64_t>(i + 1);
        const smdr::ParsedLine parsed = parser.feed(kLines[i]);
        journal.bind(1, id).bind(2, id * 1000).bind_blob(3, kLines[i]).bind(4, static_cast<int>(parsed.kind));
        journal.bind(5, smdr::kParserVersion).run();
        if (!has_record_row(parsed.kind)) continue;
        const RecordRow r = to_row(parsed.record);
        record.bind(1, id).bind(2, r.layout).bind(3, r.call_date).bind(4, r.call_time).bind(5, r.time_is_start);
        record.bind(6, r.ext).bind(7, r.co).bind(8, r.direction).bind(9, r.caller).bind(10, r.did);
        record.bind(11, r.dialed).bind(12, r.transferred).bind(13, r.ring_s).bind(14, r.duration_s);
        record.bind(15, r.cost).bind(16, r.account).bind(17, r.cd).run();
    }
}

std::string fields(Connection& db, int journal_id) {
    return test::query_text(db, "SELECT coalesce(name, '-') || '|' || coalesce(did_name, '-') || '|' || "
                                "coalesce(transfer_digits, '-') FROM smdr_record WHERE journal_id = " +
                                    std::to_string(journal_id));
}

} // namespace

TEST_CASE("a v4 database upgrades to v5: rows kept, new columns NULL until reprocess fills them") {
    test::TempDir dir;
    {
        Connection db(dir / "v4.db");
        apply_pragmas(db);
        migrate(db, 4);
        REQUIRE(schema_version(db) == 4);
        store_as_v4(db);
    }
    auto db = open_database(dir / "v4.db");
    REQUIRE(schema_version(db) == kSchemaVersion);  // v5 and any step after it
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM pragma_table_info('smdr_record') WHERE name IN "
                              "('name', 'did_name', 'transfer_digits') AND type = 'TEXT'") == 3);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM pragma_table_info('import_sources') WHERE name IN "
                              "('head_lines', 'head_hash') AND type = 'INTEGER' AND dflt_value = '0'") == 2);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM journal") == 5);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record") == 4);
    CHECK(test::journal_raw(db) == kLines);
    CHECK(test::query_text(db, "SELECT did || '/' || ext || '/' || duration_s FROM smdr_record WHERE journal_id = 2") ==
          "9876/1234/65");
    CHECK(test::query_text(db, "SELECT dialed || '/' || transferred || '/' || cd FROM smdr_record WHERE journal_id = 4") ==
          "9P0123456789/1/TR");
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record WHERE name IS NOT NULL OR did_name IS NOT NULL OR "
                              "transfer_digits IS NOT NULL") == 0);
    // Every row up to the last record is due, although a current parser version read it.
    CHECK(get_setting(db, kSettingReprocessThrough) == std::optional<std::string>("5"));

    const auto first = reprocess_journal(db, {}, false);
    CHECK(first.examined == 5);
    CHECK(first.changed == 3);  // the three lines that carry a name, a DID name or transfer digits
    CHECK(first.records == 4);
    CHECK(first.errors == 0);
    CHECK(fields(db, 2) == "Q COMPANY|CDE|-");
    CHECK(fields(db, 3) == "ABC COMPANY|-|-");
    CHECK(fields(db, 4) == "-|-|123");
    CHECK(fields(db, 5) == "-|-|-");
    CHECK(test::query_text(db, "SELECT did FROM smdr_record WHERE journal_id = 2") == "9876");
    CHECK(test::journal_raw(db) == kLines);
    CHECK_FALSE(get_setting(db, kSettingReprocessThrough).has_value());

    const auto second = reprocess_journal(db, {}, false);
    CHECK(second.examined == 0);
    CHECK(second.changed == 0);
}

TEST_CASE("v5 on an empty journal marks nothing, and the writer stores the new columns at once") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    CHECK_FALSE(get_setting(db, kSettingReprocessThrough).has_value());
    JournalWriter writer(db, {});
    std::vector<ReceivedLine> batch;
    for (std::size_t i = 0; i < kLines.size(); ++i)
        batch.push_back({"pbx", from_unix_us(static_cast<std::int64_t>(i)), kLines[i], LineEnd::Terminator});
    CHECK(writer.append(batch).records == 4);
    CHECK(fields(db, 2) == "Q COMPANY|CDE|-");
    CHECK(fields(db, 3) == "ABC COMPANY|-|-");
    CHECK(fields(db, 4) == "-|-|123");
    CHECK(fields(db, 5) == "-|-|-");
    CHECK(reprocess_journal(db, {}, false).examined == 0);
}

TEST_CASE("a reprocess mark only rises, and a damaged one is replaced") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    mark_for_reprocess(db);  // no record stored: nothing is due
    CHECK_FALSE(get_setting(db, kSettingReprocessThrough).has_value());
    db.exec("INSERT INTO links(id, name) VALUES (1, 'pbx');"
            "INSERT INTO journal(id, link_id, received_us, raw, line_end, kind, parser_version) VALUES (7, 1, 0, X'41', 0, 0, 2);"
            "INSERT INTO smdr_record(journal_id, layout, time_is_start, direction, transferred) VALUES (7, 1, 0, 0, 0);",
            "one record");
    set_setting(db, kSettingReprocessThrough, "9");
    mark_for_reprocess(db);
    CHECK(get_setting(db, kSettingReprocessThrough) == std::optional<std::string>("9"));
    set_setting(db, kSettingReprocessThrough, "3");
    mark_for_reprocess(db);
    CHECK(get_setting(db, kSettingReprocessThrough) == std::optional<std::string>("7"));
    set_setting(db, kSettingReprocessThrough, "junk");
    mark_for_reprocess(db);
    CHECK(get_setting(db, kSettingReprocessThrough) == std::optional<std::string>("7"));
}
