#include "common/util/line_splitter.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

namespace {
using Lines = std::vector<std::pair<std::string, kxcti::LineEnd>>;

Lines split(const std::vector<std::string>& chunks, kxcti::LineEnd at_end = kxcti::LineEnd::EndOfFile,
            std::size_t max_line = kxcti::kMaxLineBytes) {
    kxcti::LineSplitter s(max_line);
    Lines out;
    auto sink = [&](std::string&& l, kxcti::LineEnd e) { out.emplace_back(std::move(l), e); };
    for (const auto& c : chunks) s.feed(c, sink);
    s.finish(at_end, sink);
    return out;
}
} // namespace

using kxcti::LineEnd;

TEST_CASE("CR, LF and CRLF each end exactly one line") {
    auto out = split({"a\rb\nc\r\nd\n"});
    REQUIRE(out == Lines{{"a", LineEnd::Terminator}, {"b", LineEnd::Terminator},
                         {"c", LineEnd::Terminator}, {"d", LineEnd::Terminator}});
}

TEST_CASE("a CRLF split across two reads is one terminator") {
    auto out = split({"abc\r", "\ndef\r", "\r\n"});
    REQUIRE(out == Lines{{"abc", LineEnd::Terminator}, {"def", LineEnd::Terminator},
                         {"", LineEnd::Terminator}});
}

TEST_CASE("blank lines, form feeds and high bytes are kept") {
    auto out = split({"\n\n\f  Date\n\xff\x80x\n"});
    REQUIRE(out == Lines{{"", LineEnd::Terminator}, {"", LineEnd::Terminator},
                         {"\f  Date", LineEnd::Terminator}, {"\xff\x80x", LineEnd::Terminator}});
}

TEST_CASE("a partial last line is handed on with why it ended") {
    auto out = split({"one\ntw"}, LineEnd::LinkDropped);
    REQUIRE(out == Lines{{"one", LineEnd::Terminator}, {"tw", LineEnd::LinkDropped}});
    REQUIRE(split({"x\n"}, LineEnd::LinkDropped) == Lines{{"x", LineEnd::Terminator}});
}

TEST_CASE("a runaway line is cut at the limit and the rest follows") {
    auto out = split({std::string(10, 'a') + "bb\n"}, LineEnd::EndOfFile, 5);
    REQUIRE(out == Lines{{"aaaaa", LineEnd::TooLong}, {"aaaaa", LineEnd::TooLong},
                         {"bb", LineEnd::Terminator}});
}

TEST_CASE("NUL bytes do not end a line") {
    std::string chunk("a\0b\n", 4);
    auto out = split({chunk});
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].first == std::string("a\0b", 3));
}
