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

// The same through the view interface, the stream cut into reads at the given offsets.
Lines split_views_at(const std::string& stream, const std::vector<std::size_t>& cuts,
                     kxcti::LineEnd at_end = kxcti::LineEnd::EndOfFile, std::size_t max_line = kxcti::kMaxLineBytes) {
    kxcti::LineSplitter s(max_line);
    Lines out;
    auto sink = [&](std::string_view l, kxcti::LineEnd e) { out.emplace_back(std::string(l), e); };
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        s.feed_views(std::string_view(stream).substr(from, cut - from), sink);
        from = cut;
    }
    s.feed_views(std::string_view(stream).substr(from), sink);
    s.finish_views(at_end, sink);
    return out;
}

// A line of n bytes that contains no terminator ('!'..'z', so a cut in the wrong place shows).
std::string body(std::size_t n, char salt = 0) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('!' + (i + static_cast<std::size_t>(salt)) % 90);
    return s;
}
} // namespace

using kxcti::LineEnd;
using kxcti::kMaxLineBytes;

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

TEST_CASE("a runaway line is one TooLong line of the first max bytes, and its tail up to the line end is dropped") {
    kxcti::LineSplitter s(5);
    Lines out;
    auto sink = [&](std::string_view l, LineEnd e) { out.emplace_back(std::string(l), e); };
    s.feed_views("aaaaabbbbbcc", sink);
    // Handed on as soon as byte 6 arrived, not held until the line ends.
    REQUIRE(out == Lines{{"aaaaa", LineEnd::TooLong}});
    CHECK(s.has_partial());
    s.feed_views("dd\nok\n", sink);
    s.finish_views(LineEnd::EndOfFile, sink);
    CHECK(out == Lines{{"aaaaa", LineEnd::TooLong}, {"ok", LineEnd::Terminator}});
    CHECK(s.dropped_bytes() == 9);  // "bbbbbcc" + "dd"
    CHECK_FALSE(s.has_partial());
}

TEST_CASE("a runaway tail cut by the end of the stream adds no line") {
    CHECK(split({"abcdefgh"}, LineEnd::LinkDropped, 5) == Lines{{"abcde", LineEnd::TooLong}});
    CHECK(split({"abcdefgh\r", "\n"}, LineEnd::LinkDropped, 5) == Lines{{"abcde", LineEnd::TooLong}});
    // Back to normal after the runaway's terminator, even when it was a CR split from its LF.
    CHECK(split({"abcdefgh\r", "\nxy\r\n"}, LineEnd::EndOfFile, 5) ==
          Lines{{"abcde", LineEnd::TooLong}, {"xy", LineEnd::Terminator}});
}

TEST_CASE("lines of kMaxLineBytes - 1, kMaxLineBytes and kMaxLineBytes + 1 bytes, with every terminator, "
          "split across reads at every offset") {
    REQUIRE(kMaxLineBytes == 1024);
    for (std::string_view term : {"\n", "\r", "\r\n"}) {
        for (std::size_t n : {kMaxLineBytes - 1, kMaxLineBytes, kMaxLineBytes + 1}) {
            // Lines on both sides of the one under test show that nothing leaks into them.
            const std::string line = body(n);
            const std::string stream = "before" + std::string(term) + line + std::string(term) + "after" +
                                       std::string(term) + body(kMaxLineBytes, 7);
            Lines want{{"before", LineEnd::Terminator}};
            if (n <= kMaxLineBytes) want.emplace_back(line, LineEnd::Terminator);
            else want.emplace_back(line.substr(0, kMaxLineBytes), LineEnd::TooLong);
            want.emplace_back("after", LineEnd::Terminator);
            want.emplace_back(body(kMaxLineBytes, 7), LineEnd::EndOfFile);  // a full-size last line, unterminated
            INFO("line of " << n << " bytes, terminator " << (term == "\n" ? "LF" : term == "\r" ? "CR" : "CRLF"));
            REQUIRE(split_views_at(stream, {}) == want);
            REQUIRE(split({stream}) == want);
            for (std::size_t cut = 1; cut < stream.size(); ++cut) {
                INFO("one read boundary at offset " << cut);
                REQUIRE(split_views_at(stream, {cut}) == want);
            }
            // One byte per read: every offset is a boundary at once.
            std::vector<std::size_t> every;
            for (std::size_t cut = 1; cut < stream.size(); ++cut) every.push_back(cut);
            REQUIRE(split_views_at(stream, every) == want);
        }
    }
}

TEST_CASE("a line of exactly the limit is no runaway: no TooLong and no empty line after it") {
    kxcti::LineSplitter s;
    Lines out;
    auto sink = [&](std::string_view l, LineEnd e) { out.emplace_back(std::string(l), e); };
    s.feed_views(body(kMaxLineBytes), sink);
    CHECK(out.empty());  // still waiting for its terminator
    s.feed_views("\r\n", sink);
    s.finish_views(LineEnd::LinkDropped, sink);
    CHECK(out == Lines{{body(kMaxLineBytes), LineEnd::Terminator}});
    CHECK(s.dropped_bytes() == 0);
}

TEST_CASE("an unlimited splitter never cuts") {
    const std::string big = body(10 * kMaxLineBytes);
    CHECK(split_views_at(big + "\n", {3, 5000}, LineEnd::EndOfFile, std::string::npos) ==
          Lines{{big, LineEnd::Terminator}});
}

TEST_CASE("NUL bytes do not end a line") {
    std::string chunk("a\0b\n", 4);
    auto out = split({chunk});
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].first == std::string("a\0b", 3));
}
