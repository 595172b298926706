// kxcti-server erlang b|c, run as a program: JSON figures against independent references,
// usage errors, and large systems.
//
// Reference literals: tests/data/reports/erlang_reference.py --cli (Python 3.11, mpmath 1.3),
// pasted verbatim. B and C are exact rational arithmetic on the closed forms with factorials and
// powers (not kxcti's recursion), printed to 15 significant digits; the exponential in SL(T) is
// taken in mpmath at 50 digits. The program prints 10 significant digits, so each figure must
// match its reference to 1e-9 relative (half a unit in the 10th digit is 5e-10). The B points
// include entries of the published 1 %-blocking column (A = 37.901 at N = 50, 84.064 at 100;
// see tests/reports/erlang_test.cpp) and B(N=10, A=5) = 0.01838 of standard tables.
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

using kxcti::test::run_program;
using kxcti::test::RunResult;

namespace {

RunResult erlang(std::vector<std::string> words) {
    words.insert(words.begin(), {KXCTI_SERVER_EXE, "erlang"});
    return run_program(words);
}

// The value of "key" in the one-line JSON object the command prints: a number, or nullopt
// for null. Fails the test when the key is missing or the value is not a number.
std::optional<double> field(const std::string& json, const std::string& key) {
    auto at = json.find("\"" + key + "\":");
    INFO("JSON: " << json << " key: " << key);
    REQUIRE(at != std::string::npos);
    const char* start = json.c_str() + at + key.size() + 3;
    if (std::string(start, 4) == "null") return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(start, &end);
    REQUIRE(end != start);
    REQUIRE((*end == ',' || *end == '}'));
    return v;
}

double number(const std::string& json, const std::string& key) {
    auto v = field(json, key);
    INFO("JSON: " << json << " key: " << key);
    REQUIRE(v.has_value());
    return *v;
}

constexpr double kRel = 1e-9;

void check_close(double actual, double expected) {
    // Relative, with an absolute floor for values near 0 (none of the references is below 1e-3).
    CHECK(std::fabs(actual - expected) <= kRel * std::fabs(expected) + 1e-15);
}

struct BPoint {
    const char* traffic;
    int lines;
    double blocking;
};

struct CPoint {
    int calls, period_s, aht_s, agents, target_s;
    double wait_probability, service_level, asa_s, occupancy;
};

// clang-format off
constexpr BPoint kB[] = {
    {"0.5", 1, 0.333333333333333},
    {"5", 10, 0.0183845703366481},
    {"10", 15, 0.0364969454723708},
    {"20", 30, 0.0084574983401947},
    {"37.901", 50, 0.00999868950352433},
    {"100", 100, 0.075700452710861},
    {"950", 1000, 0.00364929368894241},
    {"1000", 1000, 0.0248119176461604},
};

constexpr CPoint kC[] = {
    // The classic: 360 calls in 30 min, AHT 240 s -> A = 48 E, 55 operators, 80/20 target.
    {360, 1800, 240, 55, 20, 0.238700936378009, 0.866796488172851, 8.18403210438889, 0.872727272727273},
    {100, 3600, 180, 8, 20, 0.167266506661757, 0.880148310766552, 10.0359903997054, 0.625},
    {200, 3600, 180, 12, 15, 0.449388224298271, 0.61960108075047, 40.4449401868444, 0.833333333333333},
    {19800, 3600, 180, 1000, 20, 0.659080421880854, 0.783035346715347, 11.8634475938554, 0.99},
    {19990, 3600, 180, 1000, 20, 0.980484296188816, 0.0725015959058041, 352.974346627974, 0.9995},
    {17000, 3600, 200, 1000, 30, 0.0453422551835707, 0.999989101105862, 0.163232118660854, 0.944444444444444},
};
// clang-format on

std::vector<std::string> c_args(const CPoint& p) {
    return {"c", "--calls", std::to_string(p.calls), "--period-s", std::to_string(p.period_s),
            "--aht-s", std::to_string(p.aht_s), "--agents", std::to_string(p.agents),
            "--target-s", std::to_string(p.target_s), "--format", "json"};
}

} // namespace

TEST_CASE("erlang b --format json gives the blocking of the reference values") {
    for (const auto& p : kB) {
        CAPTURE(p.traffic, p.lines);
        auto r = erlang({"b", "--traffic", p.traffic, "--lines", std::to_string(p.lines), "--format", "json"});
        REQUIRE(r.status == 0);
        CHECK(r.err.empty());
        CHECK(r.out.back() == '\n');
        CHECK(r.out.find('\n') == r.out.size() - 1);  // exactly one line
        check_close(number(r.out, "blocking"), p.blocking);
        CHECK(number(r.out, "lines") == p.lines);
        CHECK(number(r.out, "traffic") == std::strtod(p.traffic, nullptr));
    }
}

TEST_CASE("erlang b: lines needed for the 1 % target, as in the published tables") {
    // The 1 % column: 37.901 E needs 50 lines, 84.064 E needs 100 (each just under 1 %).
    auto r = erlang({"b", "--traffic", "37.901", "--lines", "10", "--format", "json"});
    REQUIRE(r.status == 0);
    CHECK(number(r.out, "lines_needed") == 50);
    r = erlang({"b", "--traffic", "84.064", "--lines", "10", "--format", "json"});
    REQUIRE(r.status == 0);
    CHECK(number(r.out, "lines_needed") == 100);
    // 0.1 %: exact B(84.064, 109) = 0.0013065, B(84.064, 110) = 0.00099744 (reference script).
    r = erlang({"b", "--traffic", "84.064", "--lines", "10", "--target", "0.001", "--format", "json"});
    REQUIRE(r.status == 0);
    CHECK(number(r.out, "lines_needed") == 110);
}

TEST_CASE("erlang c --format json gives wait probability, service level, ASA and occupancy") {
    for (const auto& p : kC) {
        CAPTURE(p.calls, p.period_s, p.aht_s, p.agents, p.target_s);
        auto r = erlang(c_args(p));
        REQUIRE(r.status == 0);
        CHECK(r.err.empty());
        check_close(number(r.out, "wait_probability"), p.wait_probability);
        check_close(number(r.out, "service_level"), p.service_level);
        check_close(number(r.out, "asa_s"), p.asa_s);
        check_close(number(r.out, "occupancy"), p.occupancy);
        check_close(number(r.out, "traffic"), double(p.calls) * p.aht_s / p.period_s);
    }
}

TEST_CASE("erlang c: the classic example needs 54 operators for 80/20 and schedules 78") {
    // By the definition, with the reference script's exact values at A = 48, AHT 240, T = 20:
    // SL(53) = 0.75177 < 0.8 <= SL(54) = 0.81725.
    auto r = erlang({"c", "--calls", "360", "--period-s", "1800", "--aht-s", "240", "--agents", "55",
                     "--target-s", "20", "--format", "json"});
    REQUIRE(r.status == 0);
    CHECK(number(r.out, "agents_needed") == 54);
    CHECK(number(r.out, "scheduled") == 78);  // ⌈54 ÷ 0.7⌉ = ⌈77.14⌉
}

TEST_CASE("erlang c at saturation: wait 1, service level 0, ASA null, occupancy 1") {
    // 20000 calls × 180 s ÷ 3600 s = 1000 E on 1000 operators: the queue never empties.
    auto r = erlang({"c", "--calls", "20000", "--period-s", "3600", "--aht-s", "180", "--agents", "1000",
                     "--target-s", "20", "--format", "json"});
    REQUIRE(r.status == 0);
    CHECK(number(r.out, "wait_probability") == 1.0);
    CHECK(number(r.out, "service_level") == 0.0);
    CHECK_FALSE(field(r.out, "asa_s").has_value());
    CHECK(number(r.out, "occupancy") == 1.0);
    // Reference: SL(1010) = 0.78256 < 0.8 <= SL(1011) = 0.81380 at A = 1000, AHT 180, T = 20.
    CHECK(number(r.out, "agents_needed") == 1011);
}

TEST_CASE("erlang b and c stay finite and monotone for N and A up to 1000") {
    // Blocking falls as lines are added and rises with traffic; every printed value is a finite
    // number in [0, 1] (no inf, nan or null from overflowing factorials).
    double previous = 2;
    for (int lines : {900, 950, 990, 999, 1000}) {
        auto r = erlang({"b", "--traffic", "1000", "--lines", std::to_string(lines), "--format", "json"});
        REQUIRE(r.status == 0);
        double b = number(r.out, "blocking");
        CAPTURE(lines, b);
        CHECK(std::isfinite(b));
        CHECK(b > 0);
        CHECK(b < previous);
        previous = b;
    }
    previous = -1;
    for (int calls : {18000, 19000, 19800, 19980, 19998}) {  // A = 900 … 999.9 E on 1000 operators
        auto r = erlang({"c", "--calls", std::to_string(calls), "--period-s", "3600", "--aht-s", "180",
                         "--agents", "1000", "--target-s", "20", "--format", "json"});
        REQUIRE(r.status == 0);
        double c = number(r.out, "wait_probability");
        double sl = number(r.out, "service_level");
        double asa = number(r.out, "asa_s");
        CAPTURE(calls, c, sl, asa);
        CHECK(c > previous);
        CHECK(c < 1);
        CHECK((sl >= 0 && sl <= 1));
        CHECK(std::isfinite(asa));
        CHECK(asa > 0);
        previous = c;
    }
}

TEST_CASE("erlang usage errors exit 2 with a message naming the problem") {
    struct Case {
        std::vector<std::string> words;
        std::string message;
    };
    const Case cases[] = {
        {{}, "which model? give b, c or a"},
        {{"x"}, "unknown model 'x': give b, c or a"},
        {{"b", "--lines", "10"}, "missing --traffic"},
        {{"b", "--traffic", "10"}, "missing --lines"},
        {{"b", "--traffic", "ten", "--lines", "10"}, "--traffic 'ten' is not a finite number"},
        {{"b", "--traffic", "10", "--lines", "-1"}, "--lines '-1' is not a whole number from 0 to 10000000"},
        {{"b", "--traffic", "10", "--lines", "2.5"}, "--lines '2.5' is not a whole number"},
        {{"b", "--traffic", "-3", "--lines", "10"}, "traffic = -3 is out of range"},
        {{"b", "--traffic", "10", "--lines", "10", "--target", "1.5"}, "blocking target = 1.5 is out of range"},
        {{"b", "--traffic", "10", "--lines", "10", "--format", "xml"}, "--format 'xml' is not table or json"},
        {{"b", "--traffic", "10", "--lines", "10", "--agents", "3"}, "agents"},
        {{"c", "--calls", "100", "--period-s", "3600", "--aht-s", "180", "--agents", "8"}, "missing --target-s"},
        {{"c", "--calls", "100", "--period-s", "0", "--aht-s", "180", "--agents", "8", "--target-s", "20"},
         "period = 0 is out of range: it must be a finite number of seconds greater than 0"},
        {{"c", "--calls", "100", "--period-s", "3600", "--aht-s", "inf", "--agents", "8", "--target-s", "20"},
         "--aht-s 'inf' is not a finite number"},
        {{"b", "--traffic", "10", "--lines", "10", "stray"}, "unexpected argument 'stray'"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.words);
        auto r = erlang(c.words);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.rfind("kxcti-server erlang: ", 0) == 0);
        CHECK(r.err.find("see kxcti-server erlang --help") != std::string::npos);
    }
}

TEST_CASE("erlang --help describes both models and exits 0") {
    auto r = erlang({"--help"});
    CHECK(r.status == 0);
    CHECK(r.out.find("kxcti-server erlang b --traffic A --lines N") != std::string::npos);
    CHECK(r.out.find("kxcti-server erlang c --calls C --period-s P --aht-s H --agents N --target-s T") !=
          std::string::npos);
}
