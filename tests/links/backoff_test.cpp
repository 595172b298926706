#include "server/links/backoff.h"

#include <catch2/catch.hpp>

using namespace kxcti::server;
using namespace std::chrono_literals;

TEST_CASE("backoff doubles from initial up to max, and starts over after reset") {
    Backoff b(1000ms, 60000ms);
    std::vector<long> got;
    for (int i = 0; i < 9; ++i) got.push_back(static_cast<long>(b.next().count()));
    CHECK(got == std::vector<long>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000});
    b.reset();
    CHECK(b.peek() == 1000ms);
    CHECK(b.next() == 1000ms);
}

TEST_CASE("backoff never waits zero and never less than initial at max") {
    Backoff zero(0ms, 0ms);
    CHECK(zero.next() == 1ms);
    CHECK(zero.next() == 1ms);
    Backoff inverted(500ms, 100ms);  // max below initial: initial wins
    CHECK(inverted.next() == 500ms);
    CHECK(inverted.next() == 500ms);
}

TEST_CASE("delays read as a person would write them") {
    CHECK(format_delay(250ms) == "250 ms");
    CHECK(format_delay(1000ms) == "1 s");
    CHECK(format_delay(1500ms) == "1.5 s");
    CHECK(format_delay(1050ms) == "1.05 s");
    CHECK(format_delay(60000ms) == "60 s");
    CHECK(format_delay(120000ms) == "2 min");
    CHECK(format_delay(125000ms) == "125 s");
}
