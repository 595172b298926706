#include "common/storage/interpret.h"
#include "common/storage/journal_store.h"
#include "common/storage/reprocess.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace kxcti;
using namespace kxcti::storage;

namespace {
ReceivedLine line(std::string link, std::int64_t us, std::string bytes, LineEnd end = LineEnd::Terminator) {
    return ReceivedLine{std::move(link), from_unix_us(us), std::move(bytes), end};
}
} // namespace

TEST_CASE("a batch journals raw bytes byte-exact with link, time, line end, kind and error") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    JournalWriter writer(db, {});
    auto costa = test::costa_lines();
    std::vector<ReceivedLine> batch = {
        line("main", 1'000'001, costa.at(0)),
        line("main", 1'000'002, std::string("\0NUL\0inside", 11)),
        line("main", 1'000'003, "\f  Date     Time   Ext CO Dial Number"),
        line("aux", 1'000'004, std::string("\xff\xfe high bytes \x80", 16), LineEnd::LinkDropped),
        line("aux", 1'000'005, "", LineEnd::Terminator),
        line("main", 1'000'006, std::string(kMaxLineBytes, 'x'), LineEnd::TooLong),
    };
    auto counts = writer.append(batch);
    CHECK(counts.lines == batch.size());

    // What the parser says about each line, replayed with the same per-link contexts: the
    // journal must store exactly that (whatever the parser's verdicts are).
    smdr::ParserContext main_ctx, aux_ctx;
    std::size_t records = 0, errors = 0;
    Statement rows(db,
                   "SELECT l.name, j.received_us, j.raw, j.line_end, j.kind, j.error, j.parser_version, j.source_id, "
                   "typeof(j.raw), (SELECT COUNT(*) FROM smdr_record r WHERE r.journal_id = j.id) "
                   "FROM journal j JOIN links l ON l.id = j.link_id ORDER BY j.id",
                   "test");
    for (const auto& expected : batch) {
        REQUIRE(rows.step());
        auto parsed = interpret_line(expected.bytes, expected.end, expected.link == "main" ? main_ctx : aux_ctx);
        CHECK(rows.column_text(0) == expected.link);
        CHECK(rows.column_int64(1) == to_unix_us(expected.received_at));
        CHECK(rows.column_blob(2) == expected.bytes);
        CHECK(rows.column_text(8) == "blob");
        CHECK(rows.column_int(3) == static_cast<int>(expected.end));
        CHECK(rows.column_int(4) == static_cast<int>(parsed.kind));
        if (parsed.kind == smdr::LineKind::Error) {
            CHECK(rows.column_text(5) == parsed.error);
            CHECK_FALSE(parsed.error.empty());
        } else {
            CHECK(rows.is_null(5));
        }
        CHECK(rows.column_int(6) == smdr::kParserVersion);
        CHECK(rows.is_null(7));
        CHECK(rows.column_int(9) == (has_record_row(parsed.kind) ? 1 : 0));
        records += parsed.kind == smdr::LineKind::Record;
        errors += parsed.kind == smdr::LineKind::Error;
    }
    CHECK_FALSE(rows.step());
    CHECK(counts.records == records);
    CHECK(counts.errors == errors);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM links") == 2);
}

TEST_CASE("an exception mid-batch leaves nothing of that batch, and the writer carries on") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    JournalWriter writer(db, {});
    writer.append(std::vector{line("main", 1, "first")});
    // A trigger fails the third insert of the next batch, after a new link was created.
    db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON journal WHEN NEW.raw = CAST('boom' AS BLOB) "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
            "test trigger");
    std::vector batch{line("main", 2, "two"), line("new-link", 3, "three"), line("main", 4, "boom"),
                      line("main", 5, "five")};
    CHECK_THROWS_WITH(writer.append(batch), Catch::Contains("disk on fire"));
    CHECK(test::journal_raw(db) == std::vector<std::string>{"first"});
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM links WHERE name = 'new-link'") == 0);

    db.exec("DROP TRIGGER boom", "test");
    batch[2].bytes = "four";
    writer.append(batch);  // the link forgotten with the rollback is created again
    CHECK(test::journal_raw(db) == std::vector<std::string>{"first", "two", "three", "four", "five"});
    CHECK(test::query_text(db, "SELECT l.name FROM journal j JOIN links l ON l.id = j.link_id "
                               "WHERE j.raw = CAST('three' AS BLOB)") == "new-link");
}

TEST_CASE("each link's parser layout is restored at open from what the database remembers") {
    test::TempDir dir;
    {
        auto db = open_database(dir / "kxcti.db");
        JournalWriter writer(db, {});
        writer.append(std::vector{line("main", 1, "x"), line("aux", 2, "y")});
        db.exec("UPDATE links SET layout = 2 WHERE name = 'main'; UPDATE links SET layout = 3 WHERE name = 'aux'",
                "test: layouts as a header would have left them");
    }
    auto db = open_database(dir / "kxcti.db");
    JournalWriter writer(db, {});
    CHECK(writer.context("main").layout == smdr::Layout::B);
    CHECK(writer.context("aux").layout == smdr::Layout::C);
    CHECK(writer.context("brand-new").layout == smdr::Layout::Unknown);

    smdr::ParseOptions fixed;
    fixed.layout = smdr::Layout::A;
    JournalWriter forced(db, fixed);
    CHECK(forced.context("main").layout == smdr::Layout::A);
}

TEST_CASE("a header journaled on a link is remembered as that link's layout") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    JournalWriter writer(db, {});
    auto costa = test::costa_lines();
    const std::string header = costa.at(1);  // "\f  Date     Time   Ext CO Dial Number ..." (pattern B)
    writer.append(std::vector{line("main", 1, header)});
    smdr::Parser p;
    p.feed(header);
    // With the parser in place this is Layout::B; the database must hold what the context holds.
    CHECK(test::query_int(db, "SELECT layout FROM links WHERE name = 'main'") == static_cast<int>(p.context().layout));
}

TEST_CASE("date orders have stable names") {
    CHECK(date_order_name(smdr::DateOrder::DMY) == "dmy");
    CHECK(date_order_from_name("mdy") == smdr::DateOrder::MDY);
    CHECK(date_order_from_name("ymd") == smdr::DateOrder::YMD);
    CHECK_FALSE(date_order_from_name("dd/mm").has_value());
}

TEST_CASE("a record cut by a link drop is kept as an error, never as a record, and reprocess agrees") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    JournalWriter writer(db, {});
    const auto costa = test::costa_lines();
    // Find a real record line; the whole line arriving just before a drop (no CR LF yet) must
    // not become a record: the PBX sends it again in full after the reconnect.
    std::string record;
    for (const auto& l : costa) {
        smdr::ParserContext ctx;
        if (smdr::parse_line(l, ctx).kind == smdr::LineKind::Record) {
            record = l;
            break;
        }
    }
    REQUIRE_FALSE(record.empty());
    const std::vector<ReceivedLine> batch = {
        line("main", 1, record, LineEnd::LinkDropped),
        line("main", 2, record.substr(0, record.size() / 2), LineEnd::LinkDropped),
        line("main", 3, record, LineEnd::Terminator),
        line("main", 4, std::string(kMaxLineBytes, '7'), LineEnd::TooLong),
    };
    const auto counts = writer.append(batch);
    CHECK(counts.lines == 4);
    CHECK(counts.records == 1);
    CHECK(counts.errors == 3);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record") == 1);
    CHECK(test::query_int(db, "SELECT journal_id FROM smdr_record") == 3);
    CHECK(test::query_text(db, "SELECT error FROM journal WHERE id = 1") ==
          "cut short: the link dropped mid-line (the PBX prints the record again after reconnecting)");
    CHECK(test::query_text(db, "SELECT error FROM journal WHERE id = 4").rfind("runaway line", 0) == 0);

    const auto again = reprocess_journal(db, {}, true);
    CHECK(again.examined == 4);
    CHECK(again.changed == 0);
    CHECK(again.records == 1);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record") == 1);
}
