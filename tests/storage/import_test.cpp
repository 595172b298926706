#include "common/storage/chain_hash.h"
#include "common/storage/deferred_indexes.h"
#include "common/storage/importer.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::storage;

namespace {

std::string join(const std::vector<std::string>& lines, std::size_t from, std::size_t to, const char* eol = "\r\n") {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += lines[i] + eol;
    return out;
}

struct Importer {
    Connection db;
    JournalWriter writer;
    ManualClock clock{from_unix_us(1'700'000'000'000'000)};
    explicit Importer(const std::filesystem::path& path) : db(open_database(path)), writer(db, {}) {}
    ImportResult run(const std::filesystem::path& file) { return import_file(db, writer, file, {}, clock); }
    std::int64_t rows() { return test::query_int(db, "SELECT COUNT(*) FROM journal"); }
};

} // namespace

TEST_CASE("the chain hash depends on every line and on where lines break") {
    auto h = [](std::initializer_list<std::string_view> lines) {
        std::uint64_t x = kChainHashSeed;
        for (auto l : lines) x = chain_hash(x, l);
        return x;
    };
    CHECK(h({"ab", "c"}) != h({"a", "bc"}));
    CHECK(h({"a", "b"}) != h({"b", "a"}));
    CHECK(h({"", ""}) != h({""}));
    CHECK(h({"a", "b"}) == h({"a", "b"}));
}

TEST_CASE("importing the same file twice adds nothing") {
    test::TempDir dir;
    auto lines = test::costa_lines();
    test::write_file(dir / "smdr.txt", join(lines, 0, lines.size()));
    Importer imp(dir / "kxcti.db");

    auto first = imp.run(dir / "smdr.txt");
    CHECK(first.lines_read == lines.size());
    CHECK(first.already_imported == 0);
    CHECK(first.added.lines == lines.size());
    CHECK(imp.rows() == static_cast<std::int64_t>(lines.size()));
    CHECK(test::journal_raw(imp.db) == lines);
    CHECK(test::query_int(imp.db, "SELECT COUNT(*) FROM journal WHERE source_id IS NULL") == 0);
    CHECK(test::query_int(imp.db, "SELECT COUNT(DISTINCT link_id) FROM journal") == 1);
    CHECK(test::query_text(imp.db, "SELECT name FROM links") == "import");
    CHECK(test::query_int(imp.db, "SELECT MIN(received_us) FROM journal") == 1'700'000'000'000'000);

    auto second = imp.run(dir / "smdr.txt");
    CHECK(second.lines_read == lines.size());
    CHECK(second.already_imported == lines.size());
    CHECK(second.added.lines == 0);
    CHECK(imp.rows() == static_cast<std::int64_t>(lines.size()));
    CHECK(test::query_int(imp.db, "SELECT COUNT(*) FROM import_sources") == 1);
}

TEST_CASE("the same content under another name adds nothing, even with other line ends") {
    test::TempDir dir;
    auto lines = test::costa_lines();
    test::write_file(dir / "a.txt", join(lines, 0, lines.size(), "\r\n"));
    test::write_file(dir / "copy-b.log", join(lines, 0, lines.size(), "\n"));
    Importer imp(dir / "kxcti.db");
    CHECK(imp.run(dir / "a.txt").added.lines == lines.size());
    auto again = imp.run(dir / "copy-b.log");
    CHECK(again.added.lines == 0);
    CHECK(again.already_imported == lines.size());
    CHECK(imp.rows() == static_cast<std::int64_t>(lines.size()));
}

TEST_CASE("re-importing a grown log adds exactly the new lines") {
    test::TempDir dir;
    auto lines = test::costa_lines();
    const std::size_t cut = 100;
    test::write_file(dir / "smdr.txt", join(lines, 0, cut));
    Importer imp(dir / "kxcti.db");
    CHECK(imp.run(dir / "smdr.txt").added.lines == cut);

    test::write_file(dir / "smdr.txt", join(lines, cut, lines.size()), true);
    auto grown = imp.run(dir / "smdr.txt");
    CHECK(grown.lines_read == lines.size());
    CHECK(grown.already_imported == cut);
    CHECK(grown.added.lines == lines.size() - cut);
    CHECK(test::journal_raw(imp.db) == lines);
    CHECK(test::query_int(imp.db, "SELECT COUNT(*) FROM import_sources") == 2);
    CHECK(test::query_int(imp.db, "SELECT MAX(line_count) FROM import_sources") == static_cast<std::int64_t>(lines.size()));
}

TEST_CASE("a log cut mid-line keeps the partial line, and after it grows only the rest is added") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    test::write_file(dir / "live.txt", "one\ntwo\nthr");
    auto first = imp.run(dir / "live.txt");
    CHECK(first.added.lines == 3);
    CHECK(test::query_int(imp.db, "SELECT line_end FROM journal WHERE raw = CAST('thr' AS BLOB)") ==
          static_cast<int>(LineEnd::EndOfFile));
    CHECK(imp.run(dir / "live.txt").added.lines == 0);

    test::write_file(dir / "live.txt", "ee\nfour\n", true);
    auto grown = imp.run(dir / "live.txt");
    CHECK(grown.already_imported == 2);  // the terminated lines; "three" is now a whole line
    CHECK(grown.added.lines == 2);
    CHECK(test::journal_raw(imp.db) == std::vector<std::string>{"one", "two", "thr", "three", "four"});
}

TEST_CASE("a file whose first lines are another file's lines adds only its own lines") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    test::write_file(dir / "jan.txt", "a\nb\n");
    test::write_file(dir / "jan-feb.txt", "a\nb\nc\n");
    test::write_file(dir / "other.txt", "b\nc\n");
    imp.run(dir / "jan.txt");
    CHECK(imp.run(dir / "jan-feb.txt").added.lines == 1);
    CHECK(imp.run(dir / "other.txt").added.lines == 2);  // same lines, another start: new content
    CHECK(test::journal_raw(imp.db) == std::vector<std::string>{"a", "b", "c", "b", "c"});
}

TEST_CASE("an import larger than one transaction commits in pieces and resumes where it stopped") {
    test::TempDir dir;
    const std::size_t n = kImportLinesPerTransaction + 1234;
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "line " + std::to_string(i) + "\n";
    test::write_file(dir / "big.txt", text);
    Importer imp(dir / "kxcti.db");
    // Fail the commit of the second transaction: the first one's lines and row must stay.
    imp.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON journal WHEN NEW.raw = CAST('line " +
                    std::to_string(kImportLinesPerTransaction + 10) + "' AS BLOB) BEGIN SELECT RAISE(ABORT, 'crash'); END",
                "test trigger");
    CHECK_THROWS(imp.run(dir / "big.txt"));
    CHECK(imp.rows() == static_cast<std::int64_t>(kImportLinesPerTransaction));
    CHECK(test::query_int(imp.db, "SELECT line_count FROM import_sources") ==
          static_cast<std::int64_t>(kImportLinesPerTransaction));
    imp.db.exec("DROP TRIGGER boom", "test");
    auto resumed = imp.run(dir / "big.txt");
    CHECK(resumed.already_imported == kImportLinesPerTransaction);
    CHECK(resumed.added.lines == 1234);
    auto raw = test::journal_raw(imp.db);
    REQUIRE(raw.size() == n);
    for (std::size_t i = 0; i < n; i += 997) CHECK(raw[i] == "line " + std::to_string(i));
    CHECK(raw.back() == "line " + std::to_string(n - 1));
}

TEST_CASE("a missing file is an ImportError naming the file") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    CHECK_THROWS_WITH(imp.run(dir / "nope.txt"), Catch::Contains("nope.txt") && Catch::Contains("No such file"));
    CHECK_THROWS_AS(imp.run(dir.path()), ImportError);
    CHECK(imp.rows() == 0);
}

namespace {
// Progress reports per phase (each read of the file reports once per chunk of 128 KiB).
struct Phases {
    std::size_t hashing = 0, importing = 0;
};
Phases phases_of(Importer& imp, const std::filesystem::path& file, ImportResult* result = nullptr) {
    Phases p;
    auto r = import_file(imp.db, imp.writer, file, {}, imp.clock, [&](const ImportProgress& prog) {
        (prog.phase == ImportProgress::Phase::Hashing ? p.hashing : p.importing)++;
    });
    if (result) *result = r;
    return p;
}
// A file of n numbered lines, `tag` making its start differ from other files'.
std::string numbered(std::size_t n, const std::string& tag) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += tag + " line " + std::to_string(i) + "\n";
    return text;
}
} // namespace

TEST_CASE("a new file is read once, and only a file whose start matches an earlier import is hashed first") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    const std::size_t n = 40'000;  // ~800 KB: several reads
    test::write_file(dir / "a.txt", numbered(n, "a"));
    test::write_file(dir / "b.txt", numbered(n, "b"));

    Phases first = phases_of(imp, dir / "a.txt");
    CHECK(first.hashing == 0);
    CHECK(first.importing >= 3);
    CHECK(test::query_int(imp.db, "SELECT head_lines FROM import_sources") == static_cast<std::int64_t>(kImportHeadLines));

    Phases other = phases_of(imp, dir / "b.txt");  // an earlier import exists, but with another start
    CHECK(other.hashing == 0);
    CHECK(imp.rows() == static_cast<std::int64_t>(2 * n));

    ImportResult again;
    Phases repeat = phases_of(imp, dir / "a.txt", &again);
    CHECK(repeat.hashing == first.importing);  // one hashing read, no import read
    CHECK(repeat.importing == 0);
    CHECK(again.already_imported == n);
    CHECK(again.added.lines == 0);
    CHECK(imp.rows() == static_cast<std::int64_t>(2 * n));
}

TEST_CASE("a file shorter than the head, and imports recorded before heads were kept, are still recognised") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    test::write_file(dir / "short.txt", numbered(10, "s"));
    test::write_file(dir / "long.txt", numbered(3 * kImportHeadLines, "l"));
    CHECK(imp.run(dir / "short.txt").added.lines == 10);
    CHECK(imp.run(dir / "long.txt").added.lines == 3 * kImportHeadLines);
    CHECK(test::query_text(imp.db, "SELECT group_concat(head_lines) FROM (SELECT head_lines FROM import_sources ORDER BY id)") ==
          "10," + std::to_string(kImportHeadLines));
    // As a v4 database left them: no head known, so every such import is a candidate.
    imp.db.exec("UPDATE import_sources SET head_lines = 0, head_hash = 0", "forgetting the heads");
    CHECK(imp.run(dir / "short.txt").added.lines == 0);
    CHECK(imp.run(dir / "long.txt").added.lines == 0);
    // A log that grew past the head adds only its new lines, and its row records the head.
    test::write_file(dir / "short.txt", numbered(10, "s") + numbered(2 * kImportHeadLines, "t"), false);
    auto grown = imp.run(dir / "short.txt");
    CHECK(grown.already_imported == 10);
    CHECK(grown.added.lines == 2 * kImportHeadLines);
    CHECK(test::query_int(imp.db, "SELECT head_lines FROM import_sources ORDER BY id DESC LIMIT 1") ==
          static_cast<std::int64_t>(kImportHeadLines));
    CHECK(imp.rows() == static_cast<std::int64_t>(10 + 5 * kImportHeadLines));
}

TEST_CASE("a head that matches but a body that differs is new content") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    const std::string start = numbered(kImportHeadLines + 5, "x");
    test::write_file(dir / "one.txt", start + "one\n");
    test::write_file(dir / "two.txt", start + "two\n");
    CHECK(imp.run(dir / "one.txt").added.lines == kImportHeadLines + 6);
    auto two = imp.run(dir / "two.txt");
    CHECK(two.already_imported == 0);  // only a whole earlier import is ever skipped
    CHECK(two.added.lines == kImportHeadLines + 6);
}

namespace {
std::string index_sql(Connection& db) {
    return test::query_text(db, "SELECT group_concat(name || ': ' || sql, ' | ') FROM (SELECT name, sql FROM sqlite_schema "
                                "WHERE type = 'index' AND tbl_name = 'smdr_record' AND sql IS NOT NULL ORDER BY name)");
}
} // namespace

TEST_CASE("a bulk import into an empty journal sets the record indexes aside and builds them again at its end") {
    test::TempDir dir;
    Importer imp(dir / "kxcti.db");
    const std::string before = index_sql(imp.db);
    REQUIRE(before.find("smdr_record_call_date") != std::string::npos);
    REQUIRE(before.find("smdr_record_caller") != std::string::npos);
    auto lines = test::costa_lines();
    test::write_file(dir / "smdr.txt", join(lines, 0, lines.size()));
    ImportOptions bulk;
    bulk.bulk_from_bytes = 1;
    std::vector<ImportProgress::Phase> seen;
    // Seen from inside the import: the indexes are gone while it journals.
    std::string during;
    auto r = import_file(imp.db, imp.writer, dir / "smdr.txt", bulk, imp.clock, [&](const ImportProgress& p) {
        if (seen.empty() || seen.back() != p.phase) seen.push_back(p.phase);
        if (p.phase == ImportProgress::Phase::Importing) during = index_sql(imp.db);
    });
    CHECK(r.added.lines == lines.size());
    CHECK(seen == std::vector<ImportProgress::Phase>{ImportProgress::Phase::Importing, ImportProgress::Phase::Indexing});
    CHECK(during == "<null>");
    CHECK(index_sql(imp.db) == before);
    CHECK_FALSE(get_setting(imp.db, kSettingDeferredIndexes).has_value());
    CHECK(test::query_int(imp.db, "SELECT COUNT(*) FROM smdr_record WHERE call_date >= '2000-01-01'") ==
          test::query_int(imp.db, "SELECT COUNT(*) FROM smdr_record INDEXED BY smdr_record_call_date WHERE call_date >= '2000-01-01'"));

    // The journal is not empty now: a second bulk-sized file keeps the indexes up to date.
    test::write_file(dir / "more.txt", numbered(100, "m"));
    seen.clear();
    import_file(imp.db, imp.writer, dir / "more.txt", bulk, imp.clock, [&](const ImportProgress& p) {
        if (seen.empty() || seen.back() != p.phase) seen.push_back(p.phase);
        if (p.phase == ImportProgress::Phase::Importing) during = index_sql(imp.db);
    });
    CHECK(seen == std::vector<ImportProgress::Phase>{ImportProgress::Phase::Importing});
    CHECK(during == before);
}

TEST_CASE("a failed bulk import builds its indexes again, and so does the next open after a killed one") {
    test::TempDir dir;
    const std::size_t n = kImportLinesPerTransaction + 10;
    test::write_file(dir / "big.txt", numbered(n, "big"));
    std::string before;
    {
        Importer imp(dir / "kxcti.db");
        before = index_sql(imp.db);
        imp.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON journal WHEN NEW.raw = CAST('big line " +
                        std::to_string(kImportLinesPerTransaction + 5) + "' AS BLOB) BEGIN SELECT RAISE(ABORT, 'crash'); END",
                    "test trigger");
        ImportOptions bulk;
        bulk.bulk_from_bytes = 1;
        CHECK_THROWS(import_file(imp.db, imp.writer, dir / "big.txt", bulk, imp.clock));
        CHECK(imp.rows() == static_cast<std::int64_t>(kImportLinesPerTransaction));
        CHECK(index_sql(imp.db) == before);
        CHECK_FALSE(get_setting(imp.db, kSettingDeferredIndexes).has_value());

        // As a kill -9 leaves it: set aside and recorded, never built again.
        Transaction t(imp.db);
        CHECK(defer_indexes(imp.db) == 2);
        t.commit();
        CHECK(index_sql(imp.db) == "<null>");
    }
    auto db = open_database(dir / "kxcti.db");
    CHECK(index_sql(db) == before);
    CHECK_FALSE(get_setting(db, kSettingDeferredIndexes).has_value());
    CHECK(restore_deferred_indexes(db) == 0);
}
