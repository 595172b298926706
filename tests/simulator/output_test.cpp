// What kxcti-pbxsim prints: deterministic for a seed, and read back by the real SMDR parser as
// exactly the records, headers and rules it meant, in every layout.
#include "common/smdr/parser.h"
#include "simulator/line_source.h"
#include "tests/support/pbxsim.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <map>

using namespace kxcti;
using namespace kxcti::test;

namespace {

struct Kinds {
    std::map<smdr::LineKind, std::size_t> count;
    std::vector<smdr::ParsedLine> records;
    std::vector<std::string> errors;
};

Kinds parse_all(const std::vector<std::string>& lines, smdr::ParseOptions options = {}) {
    smdr::Parser parser(options);
    Kinds k;
    for (const auto& line : lines) {
        auto p = parser.feed(line);
        ++k.count[p.kind];
        if (p.kind == smdr::LineKind::Record) k.records.push_back(p);
        if (p.kind == smdr::LineKind::Error) k.errors.push_back(line + " -> " + p.error);
    }
    return k;
}

std::size_t pages(std::size_t records, std::size_t page) { return page == 0 ? 0 : (records + page - 1) / page; }

} // namespace

TEST_CASE("simulator output: the same seed gives byte-identical output, another seed another") {
    ScratchDir dir;
    auto run = [&](const std::string& name, const std::string& seed) {
        auto file = dir / name;
        auto r = run_program({KXCTI_PBXSIM_EXE, "--out", file.string(), "--generate", "400", "--seed", seed,
                              "--garbage-every", "13"});
        REQUIRE(r.status == 0);
        return read_all(file);
    };
    auto a = run("a", "77"), b = run("b", "77"), c = run("c", "78");
    CHECK(a.size() > 400 * 80);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("simulator output: --generate N is exactly N records, whatever N") {
    for (std::uint64_t n = 1; n <= 80; ++n) {
        sim::GeneratorOptions g;
        g.seed = n;
        g.page = 7;
        sim::GeneratorSource source(g, n, false);
        std::uint64_t records = 0, lines = 0;
        while (auto line = source.next()) {
            ++lines;
            if (line->record) ++records;
        }
        INFO("N = " << n);
        CHECK(records == n);
        CHECK(lines == n + 2 * pages(n, 7));
    }
}

TEST_CASE("simulator output: the SMDR parser reads every generated line, in every layout") {
    struct Case {
        const char* layout;
        smdr::Layout expected;
        std::size_t width;
    };
    for (auto c : {Case{"A", smdr::Layout::A, 80}, Case{"B", smdr::Layout::B, 80}, Case{"C", smdr::Layout::C, 120}}) {
        INFO("layout " << c.layout);
        constexpr std::size_t kRecords = 500, kPage = 45;
        auto lines = pbxsim_lines({"--generate", std::to_string(kRecords), "--seed", "9", "--layout", c.layout,
                                   "--page", std::to_string(kPage)});
        auto k = parse_all(lines);
        CHECK(k.errors.empty());
        if (!k.errors.empty()) FAIL(k.errors.front());
        CHECK(k.count[smdr::LineKind::Record] == kRecords);
        CHECK(k.count[smdr::LineKind::Header] == pages(kRecords, kPage));
        CHECK(k.count[smdr::LineKind::Rule] == pages(kRecords, kPage));
        CHECK(lines.size() == kRecords + 2 * pages(kRecords, kPage));
        std::size_t incoming = 0, outgoing = 0, intercom = 0, na = 0, tr = 0, fw = 0;
        for (const auto& p : k.records) {
            REQUIRE(p.record.layout == c.expected);
            REQUIRE(p.record.date);
            REQUIRE(p.record.time);
            REQUIRE(p.record.ext);
            if (p.record.direction == smdr::Direction::In) ++incoming;
            if (p.record.direction == smdr::Direction::Out) ++outgoing;
            if (p.record.direction == smdr::Direction::Intercom) ++intercom;
            if (p.record.cd == "NA") ++na;
            if (p.record.cd == "TR") {
                ++tr;
                CHECK(p.record.transferred);
            }
            if (p.record.cd == "FW") ++fw;
            // Ring where the layout prints it, cost where it prints it.
            if (c.expected == smdr::Layout::B) CHECK_FALSE(p.record.ring_s);
            if (c.expected == smdr::Layout::A) CHECK_FALSE(p.record.cost);
        }
        // Every kind of call the generator makes is there.
        CHECK(incoming > 0);
        CHECK(outgoing > 0);
        CHECK(intercom > 0);
        CHECK(na > 0);
        CHECK(tr > 0);
        CHECK(fw > 0);
        CHECK(incoming + outgoing + intercom == kRecords);
        for (const auto& line : lines)
            if (!line.empty() && line[0] != '\f') CHECK(line.size() == (line[0] == '-' ? 80 : c.width));
    }
}

TEST_CASE("simulator output: date orders and the 12-hour clock read back as the same dates and times") {
    auto reference = parse_all(pbxsim_lines({"--generate", "200", "--seed", "4", "--page", "0"}));
    REQUIRE(reference.records.size() == 200);
    struct Case {
        const char* order;
        const char* clock;
        smdr::DateOrder parse_order;
    };
    for (auto c : {Case{"mdy", "24", smdr::DateOrder::MDY}, Case{"ymd", "12", smdr::DateOrder::YMD},
                   Case{"dmy", "12", smdr::DateOrder::DMY}}) {
        INFO(c.order << " " << c.clock);
        smdr::ParseOptions options;
        options.date_order = c.parse_order;
        auto k = parse_all(pbxsim_lines({"--generate", "200", "--seed", "4", "--page", "0", "--date-order", c.order,
                                         "--clock", c.clock}),
                           options);
        REQUIRE(k.errors.empty());
        REQUIRE(k.records.size() == 200);
        for (std::size_t i = 0; i < 200; ++i) {
            REQUIRE(k.records[i].record.date == reference.records[i].record.date);
            REQUIRE(k.records[i].record.time == reference.records[i].record.time);
        }
    }
}

TEST_CASE("simulator output: --start dates the first call, and the office is closed at weekends") {
    auto k = parse_all(pbxsim_lines({"--generate", "1500", "--seed", "6", "--start", "2025-03-14", "--page", "0"}));
    REQUIRE(k.records.size() == 1500);
    CHECK(k.records.front().record.date == smdr::CivilDate{2025, 3, 14});
    for (const auto& p : k.records) {
        auto d = std::chrono::year_month_day{std::chrono::year{p.record.date->year},
                                             std::chrono::month{static_cast<unsigned>(p.record.date->month)},
                                             std::chrono::day{static_cast<unsigned>(p.record.date->day)}};
        auto wd = std::chrono::weekday{std::chrono::sys_days{d}};
        REQUIRE(wd != std::chrono::Saturday);
        REQUIRE(wd != std::chrono::Sunday);
        REQUIRE(p.record.time->hour >= 8);
        REQUIRE(p.record.time->hour < 19);  // the last call of a day may end after closing
    }
    CHECK(k.records.back().record.date != k.records.front().record.date);
}
