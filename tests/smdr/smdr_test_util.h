#pragma once
// Helpers of the SMDR parser tests: corpus files read the way smdr-parse reads them, and one
// expectation per record that names every field (so a test shows what the line means).
#include "common/smdr/json.h"
#include "common/smdr/parser.h"
#include "common/util/line_splitter.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kxcti::smdr::test {

inline std::string data_path(const std::string& name) {
    std::string p = KXCTI_TEST_DATA_DIR;  // appended step by step: GCC 12 warns on a + b + c here
    p += "/smdr/";
    p += name;
    return p;
}

inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Lines as smdr-parse and the links see them: split on CR, LF or CRLF, terminators stripped.
inline std::vector<std::string> split_lines(std::string_view bytes) {
    std::vector<std::string> lines;
    LineSplitter splitter;
    auto add = [&](std::string&& l, LineEnd) { lines.push_back(std::move(l)); };
    splitter.feed(bytes, add);
    splitter.finish(LineEnd::EndOfFile, add);
    return lines;
}

inline std::vector<std::string> corpus_lines(const std::string& name) { return split_lines(read_bytes(data_path(name))); }

// What smdr-parse does with a file and no --date-order: decide the order over the whole file,
// then parse line by line with one Parser.
inline std::vector<ParsedLine> parse_all(const std::vector<std::string>& lines, ParseOptions options = {}) {
    Parser parser(options);
    if (options.date_order == DateOrder::Auto) {
        DateOrderVote vote;
        for (const auto& l : lines) vote.add(l);
        parser.set_date_order(vote.decide());
    }
    std::vector<ParsedLine> out;
    for (const auto& l : lines) out.push_back(parser.feed(l));
    return out;
}

inline std::vector<std::string> to_jsonl(const std::vector<std::string>& lines, const std::vector<ParsedLine>& parsed) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size(); ++i) out.push_back(to_json(i + 1, lines[i], parsed[i]));
    return out;
}

inline std::string date_text(const std::optional<CivilDate>& d) {
    if (!d) return "null";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return buf;
}

inline std::string time_text(const std::optional<TimeOfDay>& t) {
    if (!t) return "null";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", t->hour, t->minute);
    return buf;
}

using Str = std::optional<std::string>;

// Every field of a Record. Strings: nullopt = unknown/absent (null in JSON). Date "YYYY-MM-DD"
// and time "HH:MM" as text, "null" when unknown.
struct Expect {
    LineKind kind = LineKind::Record;
    Layout layout = Layout::Unknown;
    std::string date = "null";
    std::string time = "null";
    Str ext = {}, co = {};  // (every member initialised: designated initialisers may skip them)
    Direction direction = Direction::Unknown;
    Str caller = {}, did = {}, dialed = {};
    std::optional<int> ring_s = {}, duration_s = {};
    Str cost = {}, account = {}, cd = {};
    bool transferred = false;
    Str transfer_digits = {}, name = {}, did_name = {};
};

inline void check_record(const ParsedLine& p, const Expect& e) {
    INFO("error: " << p.error);
    REQUIRE(p.kind == e.kind);
    const Record& r = p.record;
    CHECK(r.layout == e.layout);
    CHECK(date_text(r.date) == e.date);
    CHECK(time_text(r.time) == e.time);
    CHECK(r.ext == e.ext);
    CHECK(r.co == e.co);
    CHECK(r.direction == e.direction);
    CHECK(r.caller == e.caller);
    CHECK(r.did == e.did);
    CHECK(r.dialed == e.dialed);
    CHECK(r.ring_s == e.ring_s);
    CHECK(r.duration_s == e.duration_s);
    CHECK(r.cost == e.cost);
    CHECK(r.account == e.account);
    CHECK(r.cd == e.cd);
    CHECK(r.transferred == e.transferred);
    CHECK(r.transfer_digits == e.transfer_digits);
    CHECK(r.name == e.name);
    CHECK(r.did_name == e.did_name);
}

// Builds a fixed-column line: each field placed at its 0-based column, left- or right-aligned
// in its width, the rest spaces, `width` bytes in all (the PBX pads every line).
struct Col {
    std::size_t start, width;
    std::string_view text;
    bool right = false;
};
inline std::string columns(std::size_t width, std::initializer_list<Col> cols) {
    std::string s(width, ' ');
    for (const auto& c : cols) {
        REQUIRE(c.text.size() <= c.width);
        std::size_t at = c.right ? c.start + c.width - c.text.size() : c.start;
        s.replace(at, c.text.size(), c.text);
    }
    return s;
}

// The reference's column tables (shared/reference/smdr-panasonic.md), one builder per layout.
inline std::string line_a(std::string_view date, std::string_view time, std::string_view ext, std::string_view co,
                          std::string_view dial, std::string_view ring, std::string_view duration,
                          std::string_view account, std::string_view cd) {
    return columns(80, {{0, 8, date}, {9, 7, time}, {17, 5, ext, true}, {23, 2, co, true}, {26, 25, dial},
                        {52, 4, ring, true}, {57, 8, duration}, {66, 10, account}, {77, 3, cd}});
}
inline std::string line_b(std::string_view date, std::string_view time, std::string_view ext, std::string_view co,
                          std::string_view dial, std::string_view duration, std::string_view cost,
                          std::string_view account, std::string_view cd) {
    return columns(80, {{0, 8, date}, {9, 7, time}, {16, 5, ext, true}, {22, 2, co, true}, {25, 20, dial},
                        {46, 8, duration}, {55, 10, cost, true}, {66, 10, account}, {77, 3, cd}});
}
inline std::string line_c(std::string_view date, std::string_view time, std::string_view ext, std::string_view co,
                          std::string_view dial, std::string_view ring, std::string_view duration,
                          std::string_view cost, std::string_view account, std::string_view cd) {
    return columns(120, {{0, 8, date}, {9, 7, time}, {17, 5, ext, true}, {23, 4, co, true}, {28, 50, dial},
                         {79, 4, ring, true}, {84, 8, duration}, {93, 11, cost, true}, {105, 10, account},
                         {116, 3, cd}});
}

inline std::string rtrim(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

// The page header lines of the reference.
inline constexpr std::string_view kHeaderA = "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD";
inline constexpr std::string_view kHeaderB = "  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD ";

} // namespace kxcti::smdr::test
