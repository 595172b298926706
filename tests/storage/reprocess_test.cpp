#include "common/storage/journal_store.h"
#include "common/storage/reprocess.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::storage;

namespace {

// Journals the costa lines, then makes every row look as an older, wrong parser left it.
void journal_with_old_parser(Connection& db, const std::vector<std::string>& lines) {
    JournalWriter writer(db, {});
    std::vector<ReceivedLine> batch;
    for (std::size_t i = 0; i < lines.size(); ++i)
        batch.push_back({i % 2 ? "a" : "b", from_unix_us(static_cast<std::int64_t>(i)), lines[i], LineEnd::Terminator});
    writer.append(batch);
    db.exec("DELETE FROM smdr_record;"
            "UPDATE journal SET kind = 7, error = 'old parser could not read it', parser_version = 0;"
            // One row the old parser got 'right' in a bogus way: a record row with wrong fields.
            "UPDATE journal SET kind = 0, error = NULL WHERE id = 3;"
            "INSERT INTO smdr_record(journal_id, layout, time_is_start, direction, transferred, ext) "
            "VALUES (3, 1, 0, 0, 0, 'bogus');",
            "simulating an old parser");
}

// What the current parser says, per row, with the same per-link replay.
std::vector<smdr::ParsedLine> expected(const std::vector<std::string>& lines) {
    smdr::Parser a, b;
    std::vector<smdr::ParsedLine> out;
    for (std::size_t i = 0; i < lines.size(); ++i) out.push_back((i % 2 ? a : b).feed(lines[i]));
    return out;
}

} // namespace

TEST_CASE("reprocess replaces what an old parser stored with what this parser says, and is idempotent") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    auto lines = test::costa_lines();
    journal_with_old_parser(db, lines);
    auto want = expected(lines);

    std::vector<ReprocessProgress> progress;
    auto first = reprocess_journal(db, {}, false, [&](const ReprocessProgress& p) { progress.push_back(p); });
    CHECK(first.examined == lines.size());
    std::uint64_t changed = 0, records = 0, errors = 0;
    for (std::size_t i = 0; i < want.size(); ++i) {
        bool was = (i + 1 == 3) ? false : (want[i].kind == smdr::LineKind::Error &&
                                           want[i].error == "old parser could not read it");
        changed += !was;
        records += want[i].kind == smdr::LineKind::Record;
        errors += want[i].kind == smdr::LineKind::Error;
    }
    CHECK(first.changed == changed);
    CHECK(first.records == records);
    CHECK(first.errors == errors);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back().last_id == static_cast<std::int64_t>(lines.size()));

    // Every row now holds exactly what the writer would store today.
    Statement rows(db,
                   "SELECT j.kind, j.error, j.parser_version, r.journal_id IS NOT NULL, r.ext "
                   "FROM journal j LEFT JOIN smdr_record r ON r.journal_id = j.id ORDER BY j.id",
                   "test");
    for (const auto& w : want) {
        REQUIRE(rows.step());
        CHECK(rows.column_int(0) == static_cast<int>(w.kind));
        CHECK(rows.column_optional_text(1) ==
              (w.kind == smdr::LineKind::Error ? std::optional<std::string>(w.error) : std::nullopt));
        CHECK(rows.column_int(2) == smdr::kParserVersion);
        CHECK(rows.column_int(3) == (has_record_row(w.kind) ? 1 : 0));
        if (has_record_row(w.kind)) CHECK(rows.column_optional_text(4) == w.record.ext);
    }

    auto second = reprocess_journal(db, {}, false);
    CHECK(second.examined == 0);
    CHECK(second.changed == 0);
    auto all = reprocess_journal(db, {}, true);
    CHECK(all.examined == lines.size());
    CHECK(all.changed == 0);
    CHECK(all.records == records);
}

TEST_CASE("reprocess of an empty journal does nothing") {
    test::TempDir dir;
    auto db = open_database(dir / "kxcti.db");
    auto r = reprocess_journal(db, {}, true);
    CHECK(r.examined == 0);
    CHECK(r.changed == 0);
}
