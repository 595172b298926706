// Random bytes and mutated corpus lines through one Parser, from a fixed seed: nothing throws,
// every line gives exactly one result, and every result is consistent with its line.
#include "smdr_test_util.h"

#include <algorithm>
#include <array>
#include <random>

using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {

// ~100k lines in about a second: half random bytes, half mutated real lines.
constexpr int kRandomLines = 50'000;
constexpr int kMutatedLines = 50'000;
constexpr std::size_t kMaxRandomLength = 200;  // beyond layout C's 120 columns

std::vector<std::string> seeds() {
    std::vector<std::string> out;
    for (const char* f : {"Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt",
                          "easymanua.ls_panasonic_kx-ta616_manual_p106.txt",
                          "sanaz-shahraeini_lotus-project_Alvand_utils.py.txt"})
        for (auto& l : corpus_lines(f)) out.push_back(std::move(l));
    out.push_back(line_a("07/12/20", "09:00AM", "101", "01", "<D>CDE9876<I>ABC CO0312", "0'05", "00:01'00", "1234", "TR"));
    out.push_back(line_c("07/12/20", "11:00", "401", "0001", "0039021234567-12", "1'05", "01:02'03", "EUR12.50", "ACC", "TR"));
    out.push_back(line_a("07/12/20", "09:00AM", "1234", "", "LOG IN", "", "", "", ""));
    out.push_back("07/12/20 09:00 401 LOG OUT");
    out.push_back("ALM 23 LINK DOWN");
    out.push_back("\"101\",\"0312345678\",\"2020-12-31 10:00:00\",\"2020-12-31 10:00:05\",\"2020-12-31 10:01:00\",60,55,\"ANSWERED\"");
    return out;
}

// Bytes that make lines interesting to a column parser.
char pick_byte(std::mt19937& rng) {
    static constexpr char kAlphabet[] = "0123456789/:' <>*-.,\"IDEXTNARCFWPM\f\r\n\t\x80\xff";
    if (rng() % 2) return static_cast<char>(rng());
    return kAlphabet[rng() % (sizeof kAlphabet - 1)];
}

std::string mutate(std::string s, std::mt19937& rng) {
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < edits; ++i) {
        std::size_t at = s.empty() ? 0 : rng() % s.size();
        switch (rng() % 5) {
        case 0: if (!s.empty()) s[at] = pick_byte(rng); break;                 // flip
        case 1: s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), pick_byte(rng)); break;  // insert
        case 2: if (!s.empty()) s.erase(at, 1 + rng() % 3); break;              // delete
        case 3: s.resize(at); break;                                            // truncate
        case 4: if (!s.empty()) std::swap(s[at], s[rng() % s.size()]); break;  // swap
        }
    }
    return s;
}

bool known_kind(LineKind k) { return static_cast<unsigned>(k) <= static_cast<unsigned>(LineKind::Error); }

void check_consistent(std::string_view line, const ParsedLine& p) {
    INFO("line: " << line);
    REQUIRE(known_kind(p.kind));
    if (p.kind == LineKind::Error) {
        REQUIRE(!p.error.empty());
        REQUIRE(p.error.size() < 400);  // quoted excerpts are bounded
        return;
    }
    REQUIRE(p.error.empty());
    if (p.kind != LineKind::Record && p.kind != LineKind::Login && p.kind != LineKind::Logout) return;
    const Record& r = p.record;
    if (r.time) {
        REQUIRE(r.time->hour >= 0);
        REQUIRE(r.time->hour <= 23);
        REQUIRE(r.time->minute >= 0);
        REQUIRE(r.time->minute <= 59);
    }
    if (r.date) {
        REQUIRE(r.date->month >= 1);
        REQUIRE(r.date->month <= 12);
        REQUIRE(r.date->day >= 1);
        REQUIRE(r.date->day <= 31);
        REQUIRE(r.date->year >= 1980);
    }
    if (r.ring_s) REQUIRE(*r.ring_s >= 0);
    if (r.duration_s) REQUIRE(*r.duration_s >= 0);
    if (r.layout != Layout::HtsCsv) REQUIRE(r.ext);  // a CSV line may name no extension
    // Every text in the record was cut out of the line, byte for byte.
    // (The CSV reader maps its status words to codes: "NO ANSWER" -> NA.)
    for (const auto* s : {&r.ext, &r.co, &r.caller, &r.did, &r.cost, &r.account, &r.name, &r.did_name,
                          &r.transfer_digits}) {
        if (!*s) continue;
        REQUIRE(!(*s)->empty());
        REQUIRE(line.find(**s) != std::string_view::npos);
    }
    if (r.cd && r.layout != Layout::HtsCsv) REQUIRE(line.find(*r.cd) != std::string_view::npos);
}

} // namespace

TEST_CASE("100k random and mutated lines: no throw, one result each, results consistent with their lines") {
    std::mt19937 rng(20261123);
    const auto base = seeds();
    Parser parser;
    std::vector<std::string> lines;
    lines.reserve(kRandomLines + kMutatedLines);
    for (int i = 0; i < kRandomLines; ++i) {
        std::string s(rng() % kMaxRandomLength, '\0');
        for (auto& c : s) c = pick_byte(rng);
        lines.push_back(std::move(s));
    }
    for (int i = 0; i < kMutatedLines; ++i) lines.push_back(mutate(base[rng() % base.size()], rng));
    std::shuffle(lines.begin(), lines.end(), rng);  // mutated records amid garbage: context changes often

    std::array<int, 8> kinds{};
    std::string json;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        ParsedLine p;
        REQUIRE_NOTHROW(p = parser.feed(line));
        check_consistent(line, p);
        ++kinds[static_cast<std::size_t>(p.kind)];
        // The JSON line keeps the bookkeeping: its number and the raw bytes, nothing else on it.
        json.clear();
        append_json(json, i + 1, line, p);
        REQUIRE(json.rfind("{\"line\":" + std::to_string(i + 1) + ",\"kind\":\"" + std::string(to_string(p.kind)) + "\"", 0) == 0);
        REQUIRE(json.find('\n') == std::string::npos);
        REQUIRE(json.back() == '}');
    }
    int total = 0;
    for (int k : kinds) total += k;
    CHECK(total == kRandomLines + kMutatedLines);
    // Mutations of real lines still read as records often enough that the record paths ran.
    INFO("records " << kinds[0] << ", headers " << kinds[1] << ", rules " << kinds[2] << ", blank " << kinds[3]
                    << ", login " << kinds[4] << ", logout " << kinds[5] << ", alarms " << kinds[6] << ", errors "
                    << kinds[7]);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Record)] > 5'000);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Error)] > 50'000);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Header)] > 100);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Blank)] > 0);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Rule)] > 100);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Login)] > 0);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Logout)] > 0);
    CHECK(kinds[static_cast<std::size_t>(LineKind::Alarm)] > 0);
}

TEST_CASE("a line of kMaxLineBytes and lines of one repeated byte") {
    Parser p;
    for (char c : {'0', '/', ':', '\'', ' ', '-', '<', '>', ',', '"', '*', '\f', '\xff'}) {
        for (std::size_t n : {1u, 2u, 8u, 80u, 120u, 1024u}) {
            std::string line(n, c);
            ParsedLine r;
            REQUIRE_NOTHROW(r = p.feed(line));
            check_consistent(line, r);
        }
    }
}
