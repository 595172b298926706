#include "common/calls/assembler.h"

#include <catch2/catch.hpp>

TEST_CASE("empty input assembles into no calls") {
    CHECK(kxcti::calls::assemble({}).empty());
}
