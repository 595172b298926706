// Golden files: every corpus file of tests/data/smdr/*.txt (verbatim copies of
// shared/corpus/smdr) is parsed the way smdr-parse parses it, and each line's JSON must equal
// the line of <stem>.expected.jsonl. The expected files were checked line by line against the
// raw lines and the reference's column tables (see the notes in tests/data/smdr/README.md).
// KXCTI_UPDATE_GOLDEN=1 rewrites them instead (then check the diff by hand before committing).
#include "smdr_test_util.h"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;
using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {

std::vector<fs::path> corpus_files() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(data_path("")))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

fs::path expected_path(const fs::path& corpus) {
    auto p = corpus;
    p.replace_extension(".expected.jsonl");
    return p;
}

} // namespace

TEST_CASE("every corpus file has its golden file and the source header line") {
    auto files = corpus_files();
    REQUIRE(files.size() == 4);  // the four files of shared/corpus/smdr
    for (const auto& f : files) {
        INFO(f.filename().string());
        CHECK(fs::exists(expected_path(f)));
        auto lines = corpus_lines(f.filename().string());
        REQUIRE(!lines.empty());
        // The one line in these files that is not PBX output: the provenance header. It reads
        // as an error (not a record), and no other line starts with "# source:".
        CHECK(lines[0].rfind("# source: ", 0) == 0);
        auto parsed = parse_all(lines);
        CHECK(parsed[0].kind == LineKind::Error);
        CHECK(parsed[0].error.rfind("not an SMDR record: expected a date", 0) == 0);
        for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].rfind("# source:", 0) != 0);
    }
}

TEST_CASE("corpus files parse to exactly their golden JSON lines") {
    const bool update = std::getenv("KXCTI_UPDATE_GOLDEN") != nullptr;
    for (const auto& f : corpus_files()) {
        auto lines = corpus_lines(f.filename().string());
        auto got = to_jsonl(lines, parse_all(lines));
        if (update) {
            std::ofstream out(expected_path(f), std::ios::binary);
            for (const auto& l : got) out << l << '\n';
            WARN("rewrote " << expected_path(f).filename().string());
            continue;
        }
        auto want = split_lines(read_bytes(expected_path(f).string()));
        INFO(f.filename().string());
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            INFO("line " << i + 1);
            CHECK(got[i] == want[i]);
        }
    }
}

TEST_CASE("the costa capture: kinds and layouts of all 250 lines") {
    auto lines = corpus_lines("Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt");
    auto parsed = parse_all(lines);
    REQUIRE(lines.size() == 250);
    int records = 0, headers = 0, rules = 0, errors = 0, intercom = 0, in = 0, out = 0;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        const auto& p = parsed[i];
        INFO("line " << i + 1 << ": " << lines[i] << " -> " << p.error);
        switch (p.kind) {
        case LineKind::Record:
            ++records;
            CHECK(p.record.layout == Layout::B);
            CHECK(!p.record.ring_s);  // layout B has no Ring column: unknown, never 0
            CHECK(p.record.date);
            CHECK(p.record.date->year == 2020);
            CHECK(p.record.date->month == 12);  // dd/mm/yy, decided from the data
            CHECK(!p.date_order_assumed);
            intercom += p.record.direction == Direction::Intercom;
            in += p.record.direction == Direction::In;
            out += p.record.direction == Direction::Out;
            break;
        case LineKind::Header:
            ++headers;
            CHECK(p.header_layout == Layout::B);
            CHECK(p.form_feed);
            break;
        case LineKind::Rule: ++rules; break;
        default: ++errors; break;
        }
    }
    CHECK(records == 239);
    CHECK(headers == 5);
    CHECK(rules == 5);
    CHECK(errors == 1);  // the "# source:" line
    CHECK(intercom == 6);
    CHECK(in == 172);
    CHECK(out == 61);
}
