// The fixed-column reader's fast path (common/smdr/fast_grid.cpp) against the general reader:
// on every line the fast path takes, both must give exactly the same result, field by field,
// under every layout, date order and clock; and the fast path must take the plain records (or
// it is dead code and the parse rate is lost).
#include "common/smdr/readers.h"
#include "smdr_test_util.h"

#include <random>

using namespace kxcti::smdr;
using namespace kxcti::smdr::detail;
using namespace kxcti::smdr::test;

namespace {

bool same(const ParsedLine& a, const ParsedLine& b) {
    const Record &x = a.record, &y = b.record;
    return a.kind == b.kind && a.form_feed == b.form_feed && a.header_layout == b.header_layout && a.error == b.error &&
           a.full_width == b.full_width && a.date_order == b.date_order &&
           a.date_order_assumed == b.date_order_assumed && a.date_order_decisive == b.date_order_decisive &&
           x.layout == y.layout && x.date == y.date && x.time == y.time && x.time_is_start == y.time_is_start &&
           x.ext == y.ext && x.co == y.co && x.direction == y.direction && x.caller == y.caller && x.did == y.did &&
           x.name == y.name && x.did_name == y.did_name && x.dialed == y.dialed && x.transferred == y.transferred &&
           x.transfer_digits == y.transfer_digits && x.ring_s == y.ring_s && x.duration_s == y.duration_s &&
           x.cost == y.cost && x.account == y.account && x.cd == y.cd;
}

struct Tally {
    int fast = 0, general_only = 0;
};

// Every layout, order and clock for one line.
void compare(std::string_view line, Tally& tally) {
    for (Layout layout : {Layout::A, Layout::B, Layout::C})
        for (DateOrder order : {DateOrder::Auto, DateOrder::DMY, DateOrder::MDY, DateOrder::YMD})
            for (ClockMode clock : {ClockMode::Auto, ClockMode::H12, ClockMode::H24})
                for (bool padded : {false, true}) {
                    LineRules rules;
                    rules.fixed_order = order;
                    rules.clock = clock;
                    rules.padded = padded;
                    ParsedLine fast, general;
                    if (!read_plain_grid(line, layout, rules, fast)) {
                        ++tally.general_only;
                        continue;
                    }
                    ++tally.fast;
                    INFO("line '" << line << "' layout " << to_string(layout) << " order " << int(order) << " clock "
                                  << int(clock));
                    REQUIRE(read_grid(line, layout, layout, rules, general));
                    INFO("general: " << to_json(1, line, general) << " fast: " << to_json(1, line, fast));
                    REQUIRE(same(fast, general));
                }
}

std::vector<std::string> plain_lines() {
    std::vector<std::string> out;
    for (auto& l : corpus_lines("Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt"))
        out.push_back(std::move(l));
    for (const char* t : {"12:00AM", "12:59PM", "01:06PM", "11:59AM", "00:00", "23:59", "24:00", "12:60", "13:00PM", "00:10AM"}) {
        out.push_back(line_a("31/12/20", t, "1234", "01", "<I>0312345678", "0'05", "00:01'05", "", "NA"));
        out.push_back(line_b("12/31/20", t, "401", "", "EXT402", "", "", "", ""));
        out.push_back(line_c("20/12/31", t, "12345", "1234", "0039021234567-", "9'59", "99:59'59", "EUR1234.56", "", "TR"));
    }
    out.push_back(line_a("31/12/20", "10:00", "101", "05", "<I>", "0'60", "00:01'05", "", ""));      // ring 60 s: no
    out.push_back(line_a("31/12/20", "10:00", "101", "05", "0123", "", "00:60'05", "", ""));       // minute 60: no
    out.push_back(line_a("31/12/20", "10:00", "101", "05", "0123", "", "", "", "RC"));             // no duration
    out.push_back(line_a("31/12/20", "10:00", "101", "05", "0123", "", "00:01'00", "", "N"));      // one-letter CD
    out.push_back(line_b("29/02/21", "10:00", "101", "05", "0123", "00:01'00", "EU1.00", "", ""));  // no such day
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "0123", "00:01'00", "1,00", "", ""));    // comma cost
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "0123", "00:01'00", "0.10EUR", "", "")); // currency after
    out.push_back(line_b("31/12/20", "10:00", "D01", "05", "0123", "00:01'00", "", "", ""));         // doorphone
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "<I>ABC1234", "00:01'00", "", "", ""));   // a name
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "0123-45", "00:01'00", "", "", "TR"));   // digits after -
    out.push_back(line_b("31/12/20", "10:00", "101", "", "LOG IN", "", "", "", ""));
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "123456XX", "00:01'00", "", "", ""));
    out.push_back(line_b("31/12/20", "10:00", "101", "05", "0123", "00:01'00", "", "ACC1", ""));
    out.push_back(line_b("**/**/**", "**:**", "101", "05", "0123", "00:01'00", "", "", ""));
    out.push_back(line_b("31/12/20", "10:00pm", "101", "05", "0123", "00:01'00", "", "", ""));
    return out;
}

} // namespace

TEST_CASE("fast path: the same result as the general fixed-column reader, on real and edge lines") {
    Tally tally;
    for (const auto& l : plain_lines()) {
        compare(l, tally);
        compare(rtrim(l), tally);  // never taken: not full width
        compare(l + " ", tally);   // never taken: longer
    }
    // The costa records (239) under B, each date order that fits and both clocks that allow 24 h.
    CHECK(tally.fast > 2000);
    CHECK(tally.general_only > tally.fast);
}

TEST_CASE("fast path: the same result on 200k mutated plain lines") {
    std::mt19937 rng(7);
    Tally tally;
    const auto base = plain_lines();
    static constexpr char kBytes[] = "0123456789 /:'-<>IEXTNARCFWPMU.$\t\xe9";
    for (int i = 0; i < 200'000 / 24; ++i) {
        std::string l = base[rng() % base.size()];
        for (int e = 1 + static_cast<int>(rng() % 3); e > 0; --e)
            l[rng() % l.size()] = kBytes[rng() % (sizeof kBytes - 1)];  // same length: stays full width
        compare(l, tally);
    }
    CHECK(tally.fast > 4'000);  // mutations that keep a line plain (a digit for a digit...)
}

TEST_CASE("fast path: a stream of plain records goes through it") {
    // Through parse_line: the costa capture's records all take the fast path once the order is
    // settled, and give what the golden file says (golden_test.cpp compares every line).
    auto lines = corpus_lines("Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt");
    LineRules rules;
    rules.fixed_order = DateOrder::DMY;
    int fast = 0, records = 0;
    for (const auto& l : lines) {
        ParsedLine p;
        fast += read_plain_grid(l, Layout::B, rules, p);
        records += p.kind == LineKind::Record;
    }
    CHECK(fast == 239);
    CHECK(records == 239);
}
