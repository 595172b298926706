#include "common/storage/chain_hash.h"
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
