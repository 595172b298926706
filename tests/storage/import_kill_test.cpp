// A real `kxcti-server import` killed with SIGKILL mid-file leaves a consistent database (whole
// transactions only, its import_sources row matching the lines journaled), and running the
// same import again completes it: every line once, in file order.
#include "common/storage/importer.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <thread>

using namespace kxcti;
using namespace kxcti::storage;

namespace {

// Committed import progress as another process sees it (0 before the first commit).
std::int64_t committed_lines(const std::filesystem::path& db_path) {
    if (!std::filesystem::exists(db_path)) return 0;
    try {
        Connection db(db_path, true);
        Statement s(db, "SELECT COALESCE(MAX(line_count), 0) FROM import_sources", "test: progress");
        return s.step() ? s.column_int64(0) : 0;
    } catch (const StorageError&) {
        return 0;  // the schema is not there yet
    }
}

// 1234567 -> "1,234,567", as the command prints counts.
std::string commas(std::int64_t v) {
    std::string digits = std::to_string(v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace

TEST_CASE("an import killed with SIGKILL leaves whole transactions, and a rerun completes it without duplicates") {
    test::TempDir dir;
    // Ten transactions' worth: the kill comes right after the first commit, long before the end.
    const std::size_t n = 10 * kImportLinesPerTransaction + 77;
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "killed import line " + std::to_string(i) + "\r\n";
    test::write_file(dir / "big.txt", text);
    const auto db_path = dir / "kxcti.db";
    const std::vector<std::string> argv{KXCTI_SERVER_EXE, "import", (dir / "big.txt").string(), "--db",
                                        db_path.string(), "--data-dir", dir.path().string(), "--quiet"};
    {
        test::ChildProcess import(argv);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (committed_lines(db_path) == 0 && import.running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        import.signal(SIGKILL);
        REQUIRE(import.wait(std::chrono::seconds(10)) == 128 + SIGKILL);
    }
    std::int64_t done = 0;
    {
        auto db = open_database(db_path);
        done = test::query_int(db, "SELECT line_count FROM import_sources");
        REQUIRE(done > 0);
        REQUIRE(done < static_cast<std::int64_t>(n));  // killed mid-file, not after it
        CHECK(done % static_cast<std::int64_t>(kImportLinesPerTransaction) == 0);  // whole transactions
        CHECK(test::query_int(db, "SELECT COUNT(*) FROM journal") == done);
        CHECK(test::query_int(db, "SELECT COUNT(*) FROM smdr_record") == 0);  // numbered lines are no records
    }
    const auto rerun = test::run_program(argv);
    INFO(rerun.err);
    REQUIRE(rerun.status == 0);
    CHECK_THAT(rerun.out, Catch::Contains(commas(done) + " imported before, " + commas(static_cast<std::int64_t>(n) - done) +
                                          " added"));
    auto db = open_database(db_path);
    const auto raw = test::journal_raw(db);
    REQUIRE(raw.size() == n);
    for (std::size_t i = 0; i < n; ++i)
        if (raw[i] != "killed import line " + std::to_string(i)) FAIL("line " << i << " is '" << raw[i] << "'");
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM import_sources") == 2);
    CHECK(test::query_int(db, "SELECT MAX(line_count) FROM import_sources") == static_cast<std::int64_t>(n));
}
