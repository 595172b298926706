#include "common/smdr/parser.h"

#include <catch2/catch.hpp>

TEST_CASE("parse_line never reports a record for an empty line") {
    kxcti::smdr::Parser p;
    auto r = p.feed("");
    CHECK(r.kind != kxcti::smdr::LineKind::Record);
}
