#include "common/ingest/ingest_queue.h"
#include "common/ingest/pipeline.h"
#include "common/ingest/spill_file.h"
#include "common/storage/schema.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

using namespace kxcti;
using namespace kxcti::ingest;

namespace {

ReceivedLine numbered(std::size_t i, const std::string& link = "main") {
    char buf[32];
    std::snprintf(buf, sizeof buf, "line %07zu", i);
    return ReceivedLine{link, from_unix_us(static_cast<std::int64_t>(1000 + i)), buf,
                        i % 3 == 0 ? LineEnd::LinkDropped : LineEnd::Terminator};
}

std::vector<ReceivedLine> drain(SpillFile& f) {
    std::vector<ReceivedLine> out;
    ReceivedLine l;
    while (f.read_next(l)) out.push_back(l);
    return out;
}

bool same(const ReceivedLine& a, const ReceivedLine& b) {
    return a.link == b.link && a.bytes == b.bytes && a.end == b.end && a.received_at == b.received_at;
}

} // namespace

TEST_CASE("lines keep their order through memory and the spill file") {
    test::TempDir dir;
    IngestQueue q(3, dir / "ingest.spill", std::nullopt);
    for (std::size_t i = 0; i < 10; ++i) q.push(numbered(i));
    CHECK(q.stats().in_memory == 3);
    CHECK(q.stats().spilled_unread == 7);
    auto a = q.pop_batch(4, std::chrono::milliseconds(0));
    REQUIRE(a.lines.size() == 4);
    CHECK(a.spill.has_value());
    q.acknowledge(a.spill);
    q.push(numbered(10));  // memory has room, but the spill file is not drained: goes behind it
    CHECK(q.stats().spilled_unread == 7);
    auto b = q.pop_batch(100, std::chrono::milliseconds(0));
    CHECK(b.lines.size() == 7);
    q.acknowledge(b.spill);
    q.push(numbered(11));  // drained and committed: memory again
    CHECK(q.stats().in_memory == 1);
    auto c = q.pop_batch(100, std::chrono::milliseconds(0));
    CHECK_FALSE(c.spill.has_value());
    std::vector<ReceivedLine> all = a.lines;
    all.insert(all.end(), b.lines.begin(), b.lines.end());
    all.insert(all.end(), c.lines.begin(), c.lines.end());
    REQUIRE(all.size() == 12);
    for (std::size_t i = 0; i < all.size(); ++i) CHECK(same(all[i], numbered(i)));
    CHECK(std::filesystem::file_size(dir / "ingest.spill") == kSpillFileHeader);  // emptied once consumed
}

TEST_CASE("a spill file with a torn tail recovers every complete record and keeps the torn bytes") {
    test::TempDir dir;
    auto path = dir / "ingest.spill";
    {
        SpillFile f(path, std::nullopt);
        for (std::size_t i = 0; i < 500; ++i) f.append(numbered(i));
    }
    std::string torn = SpillFile::encode(numbered(500)).substr(0, 17);  // a crash mid-write
    test::write_file(path, torn, true);
    SpillFile f(path, std::nullopt);
    CHECK(f.unread() == 500);
    CHECK(f.recovered_at_open() == 500);
    f.append(numbered(501));  // lands right after the last complete record
    auto back = drain(f);
    REQUIRE(back.size() == 501);
    for (std::size_t i = 0; i < 500; ++i) CHECK(same(back[i], numbered(i)));
    CHECK(same(back[500], numbered(501)));
    std::size_t aside = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("ingest.spill.torn-", 0) == 0) aside = e.file_size();
    CHECK(aside == torn.size());
}

TEST_CASE("a corrupt length or checksum in the spill file is a torn tail, never a huge allocation") {
    test::TempDir dir;
    auto path = dir / "ingest.spill";
    {
        SpillFile f(path, std::nullopt);
        f.append(numbered(0));
        f.append(numbered(1));
    }
    SECTION("length field claims 4 GiB") {
        test::write_file(path, std::string("\xff\xff\xff\xff", 4) + std::string(40, 'z'), true);
    }
    SECTION("checksum does not match") {
        std::string rec = SpillFile::encode(numbered(2));
        rec.back() ^= 1;
        test::write_file(path, rec, true);
    }
    SpillFile f(path, std::nullopt);
    auto back = drain(f);
    REQUIRE(back.size() == 2);
    CHECK(same(back[1], numbered(1)));
}

TEST_CASE("a spill file that is not ours is set aside and a fresh one started") {
    test::TempDir dir;
    test::write_file(dir / "ingest.spill", "garbage that is not a spill file");
    SpillFile f(dir / "ingest.spill", std::nullopt);
    CHECK(f.unread() == 0);
    f.append(numbered(1));
    CHECK(drain(f).size() == 1);
}

TEST_CASE("the pipeline journals lines in order and flush waits for them") {
    test::TempDir dir;
    ManualClock clock(from_unix_us(42));
    IngestPipeline p(dir / "kxcti.db", dir / "ingest.spill", {}, 64, clock);
    auto handler = p.handler();
    for (std::size_t i = 0; i < 1000; ++i) handler(numbered(i, i % 2 ? "odd" : "even"));
    p.flush();
    auto s = p.stats();
    CHECK(s.received == 1000);
    CHECK(s.journaled == 1000);
    CHECK(s.last_commit == from_unix_us(42));
    auto db = storage::open_database(dir / "kxcti.db");
    auto raw = test::journal_raw(db);
    REQUIRE(raw.size() == 1000);
    for (std::size_t i = 0; i < 1000; ++i) CHECK(raw[i] == numbered(i).bytes);
    CHECK(test::query_int(db, "SELECT COUNT(*) FROM journal j JOIN links l ON l.id = j.link_id WHERE l.name = 'odd'") == 500);
    CHECK(test::query_int(db, "SELECT SUM(line_end = 1) FROM journal") == 334);
}

TEST_CASE("while the database is locked, 200k lines spill to disk and all arrive in order, none twice") {
    test::TempDir dir;
    const std::size_t n = 200'000, memory = 1000;
    RealClock clock;
    IngestPipeline p(dir / "kxcti.db", dir / "ingest.spill", {}, memory, clock);
    auto holder = storage::open_database(dir / "kxcti.db");
    holder.exec("BEGIN IMMEDIATE", "stalling the writer");
    for (std::size_t i = 0; i < n; ++i) p.push(numbered(i));
    auto stalled = p.stats();
    CHECK(stalled.journaled == 0);
    CHECK(stalled.in_memory <= memory);
    // The writer holds at most one batch while it waits for the lock; everything else waits in
    // memory (at most its capacity) or in the spill file.
    CHECK(stalled.spilled_total >= n - memory - kMaxBatchLines);
    CHECK(stalled.in_memory + stalled.spilled_now >= n - kMaxBatchLines);
    holder.exec("COMMIT", "releasing the writer");
    p.flush();
    auto s = p.stats();
    CHECK(s.journaled == n);
    CHECK(s.spilled_now == 0);
    auto raw = test::journal_raw(holder);
    REQUIRE(raw.size() == n);
    std::size_t out_of_place = 0;
    for (std::size_t i = 0; i < n; ++i) out_of_place += raw[i] != numbered(i).bytes;
    CHECK(out_of_place == 0);
    CHECK(test::query_int(holder, "SELECT COUNT(DISTINCT raw) FROM journal") == static_cast<std::int64_t>(n));
    p.stop();
    CHECK(std::filesystem::file_size(dir / "ingest.spill") == kSpillFileHeader);
}

TEST_CASE("a spill file left by a crash is journaled first, skipping what the database already has") {
    test::TempDir dir;
    SpillMark committed;
    {
        SpillFile f(dir / "ingest.spill", std::nullopt);
        for (std::size_t i = 0; i < 5; ++i) f.append(numbered(i));
        ReceivedLine l;
        f.read_next(l);
        f.read_next(l);
        committed = f.read_mark();  // the crashed run committed lines 0 and 1 with this mark
    }
    {
        auto db = storage::open_database(dir / "kxcti.db");
        storage::set_setting(db, storage::kSettingSpillMark, to_string(committed));
    }
    RealClock clock;
    IngestPipeline p(dir / "kxcti.db", dir / "ingest.spill", {}, 100, clock);
    p.push(numbered(5));
    p.flush();
    p.stop();
    CHECK(p.stats().journaled == 4);
    auto db = storage::open_database(dir / "kxcti.db");
    CHECK(test::journal_raw(db) ==
          std::vector<std::string>{numbered(2).bytes, numbered(3).bytes, numbered(4).bytes, numbered(5).bytes});
}

TEST_CASE("spill marks round-trip through their text form") {
    SpillMark m{18446744073709551615ull, 16};
    CHECK(parse_spill_mark(to_string(m)) == m);
    CHECK_FALSE(parse_spill_mark("12").has_value());
    CHECK_FALSE(parse_spill_mark("1:2x").has_value());
}
