// Everything around the records: headers, rules, form feeds, blank lines, LOG IN/OUT, alarms,
// line ends, right-trimmed lines, non-ASCII bytes, and "unknown" never printed as 0.
#include "smdr_test_util.h"

using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {

ParsedLine one(std::string_view line, ParseOptions o = {}) {
    Parser p(o);
    return p.feed(line);
}

// Valid UTF-8 (RFC 3629), for checking the JSON of lines with arbitrary bytes.
bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
        if (n == 9 || i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += n + 1;
    }
    return true;
}

} // namespace

TEST_CASE("page noise: headers of each layout, rules, form feeds, blank lines") {
    CHECK(one(kHeaderA).header_layout == Layout::A);
    CHECK(one(kHeaderB).header_layout == Layout::B);
    CHECK(one("  Date     Time    Ext CO   Dial Number                                        Ring Duration Cost        Acc code   CD")
              .header_layout == Layout::C);
    CHECK(one("Date Time Ext. CO Dial number Duration Code").header_layout == Layout::TA);
    auto unknown = one("  Date     Time    Ext CO   Dial Number");
    CHECK(unknown.kind == LineKind::Header);
    CHECK(!unknown.header_layout);

    auto ff_header = one("\f" + std::string(kHeaderB));
    CHECK(ff_header.kind == LineKind::Header);
    CHECK(ff_header.form_feed);
    CHECK(one(std::string(80, '-')).kind == LineKind::Rule);
    CHECK(one("  ----  ").kind == LineKind::Rule);
    for (std::string_view blank : {"", " ", "        ", "\t", "\r", "\r\n"}) CHECK(one(blank).kind == LineKind::Blank);
    auto ff = one("\f");
    CHECK(ff.kind == LineKind::Blank);
    CHECK(ff.form_feed);
    CHECK(one("\f\f   ").form_feed);
}

TEST_CASE("a header switches the layout the next records are read with") {
    Parser p;
    p.feed(kHeaderA);
    CHECK(p.context().layout == Layout::A);
    p.feed(kHeaderB);
    CHECK(p.context().layout == Layout::B);
    auto r = p.feed(rtrim(line_b("07/12/20", "10:00", "401", "01", "0364538740", "00:00'40", "EU00000.00", "", "")));
    CHECK(r.record.layout == Layout::B);
}

TEST_CASE("LOG IN and LOG OUT: own kinds, extension and time, nothing invented") {
    for (auto [text, kind] : {std::pair{"LOG IN", LineKind::Login}, std::pair{"LOG OUT", LineKind::Logout}}) {
        INFO(text);
        check_record(one(line_a("07/12/20", "09:00AM", "1234", "", text, "", "", "", "")),
                     {.kind = kind, .layout = Layout::A, .date = "2020-12-07", .time = "09:00", .ext = "1234"});
        check_record(one(line_b("07/12/20", "09:00", "401", "", text, "", "", "", "")),
                     {.kind = kind, .layout = Layout::B, .date = "2020-12-07", .time = "09:00", .ext = "401"});
        // whitespace collapsed
        check_record(one(std::string("07/12/20 09:00 401 ") + text),
                     {.kind = kind, .date = "2020-12-07", .time = "09:00", .ext = "401"});
    }
}

TEST_CASE("alarm lines: ALM as a word, never inside a record's name") {
    CHECK(one("ALM 23 LINK DOWN").kind == LineKind::Alarm);
    CHECK(one("2020/12/31 10:00 ALM 23 card fault").kind == LineKind::Alarm);
    CHECK(one("\f  *** ALM-04 ***").kind == LineKind::Alarm);
    CHECK(one("\f  *** ALM-04 ***").form_feed);
    check_record(one(line_a("07/12/20", "09:00AM", "101", "01", "<I>ALMA SMITH0312345", "0'05", "00:01'00", "", "")),
                 {.layout = Layout::A, .date = "2020-12-07", .time = "09:00", .ext = "101", .co = "01",
                  .direction = Direction::In, .caller = "0312345", .ring_s = 5, .duration_s = 60, .name = "ALMA SMITH"});
    CHECK(one("PALM 23").kind == LineKind::Error);
}

TEST_CASE("CR and CRLF ends, split from a stream and handed to the parser") {
    auto padded = line_b("07/12/20", "10:00", "401", "01", "0364538740", "00:00'40", "EU00000.00", "", "");
    for (std::string_view end : {"\r", "\r\n", "\n"}) {
        std::string stream = std::string(kHeaderB) + std::string(end) + padded + std::string(end) + padded;  // last unterminated
        auto lines = split_lines(stream);
        REQUIRE(lines.size() == 3);
        auto parsed = parse_all(lines);
        CHECK(parsed[0].kind == LineKind::Header);
        CHECK(parsed[1].kind == LineKind::Record);
        CHECK(parsed[2].kind == LineKind::Record);
        CHECK(lines[1] == padded);
    }
    // A terminator left on the line is tolerated.
    CHECK(one(padded + "\r").record.dialed == "0364538740");
    CHECK(one(padded + "\r\n").record.dialed == "0364538740");
    CHECK(one(padded + "\r").full_width);
}

TEST_CASE("right-trimmed lines read like padded ones, in every fixed layout") {
    std::vector<std::string> lines = {
        line_a("07/12/20", "09:00AM", "101", "01", "<I>0312345678", "0'05", "00:01'00", "", ""),
        line_a("07/12/20", "09:00AM", "101", "01", "0312345678", "", "00:01'00", "1234", ""),
        line_a("07/12/20", "09:00AM", "101", "", "EXT102", "", "", "", ""),
        line_b("07/12/20", "10:00", "401", "01", "0364538740", "00:00'40", "EU00000.00", "", ""),
        line_b("07/12/20", "10:00", "401", "01", "0364538740-", "00:00'40", "EU00000.00", "", "TR"),
        line_b("07/12/20", "10:00", "402", "", "EXT401", "", "", "", ""),
        line_c("07/12/20", "10:00", "401", "0001", "<I>0312345678", "0'05", "00:00'40", "EU00000.00", "", "NA"),
    };
    for (const auto& l : lines) {
        INFO(l);
        auto full = one(l), trimmed = one(rtrim(l));
        REQUIRE(full.kind == LineKind::Record);
        REQUIRE(trimmed.kind == LineKind::Record);
        CHECK(to_json(1, "", full) == to_json(1, "", trimmed));
        CHECK(full.full_width);
        CHECK(!trimmed.full_width);
    }
}

TEST_CASE("non-ASCII bytes: CP1251 and UTF-8 names, bytes in junk, JSON stays valid UTF-8") {
    // "ИВАН ПЕТРОВ" in CP1251: one byte per letter, the columns stay where they are.
    std::string cp1251 = "\xC8\xC2\xC0\xCD \xCF\xC5\xD2\xD0\xCE\xC2";
    auto a = line_a("07/12/20", "09:00AM", "101", "01", "<I>" + cp1251 + "0312345678", "0'05", "00:01'00", "", "");
    REQUIRE(a.size() == 80);
    check_record(one(a), {.layout = Layout::A, .date = "2020-12-07", .time = "09:00", .ext = "101", .co = "01",
                          .direction = Direction::In, .caller = "0312345678", .ring_s = 5, .duration_s = 60,
                          .name = cp1251});
    // The same name in UTF-8 takes 20 bytes for 10 letters: every later column moves right.
    std::string utf8 = "\xD0\x98\xD0\x92\xD0\x90\xD0\x9D \xD0\x9F\xD0\x95\xD0\xA2\xD0\xA0\xD0\x9E\xD0\x92";
    auto shifted = "07/12/20 09:00AM   101 01 <I>" + utf8 + "0312345678 0'05 00:01'00";
    check_record(one(shifted), {.layout = Layout::A, .date = "2020-12-07", .time = "09:00", .ext = "101", .co = "01",
                                .direction = Direction::In, .caller = "0312345678", .ring_s = 5, .duration_s = 60,
                                .name = utf8});
    // Outgoing with a directory name.
    CHECK(one(line_b("07/12/20", "10:00", "401", "01", "\xCE\xD4\xC8\xD1" "0364538740", "00:00'40", "EU00000.00", "", ""))
              .record.name == "\xCE\xD4\xC8\xD1");
    // Where a number or code must be, a non-ASCII byte is an error, with its reason.
    auto bad_ext = one(line_b("07/12/20", "10:00", "4\xE9" "1", "01", "0364538740", "00:00'40", "EU00000.00", "", ""));
    CHECK(bad_ext.kind == LineKind::Error);
    CHECK(bad_ext.error.find("extension") != std::string::npos);
    auto bad_acc = one(line_b("07/12/20", "10:00", "401", "01", "0364538740", "00:00'40", "EU00000.00", "\xE9t\xE9", ""));
    CHECK(bad_acc.kind == LineKind::Error);
    for (const auto& raw : {a, shifted, std::string("\xFF\xFE\x80 junk \xC3"), std::string("07/12/20 \x00\x01\x7F", 12)}) {
        auto json = to_json(1, raw, one(raw));
        CHECK(valid_utf8(json));
        CHECK(json.find('\n') == std::string::npos);
    }
}

TEST_CASE("a field the layout lacks is null, a printed zero is 0") {
    auto b = one(line_b("07/12/20", "10:00", "601", "05", "<I>234", "00:00'00", "EU00000.00", "", ""));
    CHECK(!b.record.ring_s);  // B has no Ring column
    CHECK(b.record.duration_s == 0);
    auto json_b = to_json(7, "raw", b);
    CHECK(json_b.find("\"ring_s\":null") != std::string::npos);
    CHECK(json_b.find("\"duration_s\":0") != std::string::npos);
    CHECK(json_b.find("\"account\":null") != std::string::npos);

    auto a = one(line_a("07/12/20", "09:00AM", "601", "05", "<I>234", "0'00", "00:00'00", "", "NA"));
    CHECK(!a.record.cost);  // A has no Cost column
    CHECK(a.record.ring_s == 0);
    auto json_a = to_json(1, "raw", a);
    CHECK(json_a.find("\"cost\":null") != std::string::npos);
    CHECK(json_a.find("\"ring_s\":0") != std::string::npos);

    auto ta = one("12/31/98 12:53PM 103 02 < incoming > 00:01'43 ....");
    CHECK(!ta.record.ring_s);
    CHECK(!ta.record.cost);
    CHECK(!ta.record.account);
    CHECK(!ta.record.caller);

    // The JSON of every kind, exactly.
    CHECK(json_b ==
          "{\"line\":7,\"kind\":\"record\",\"layout\":\"B\",\"date\":\"2020-12-07\",\"time\":\"10:00\",\"ext\":\"601\","
          "\"co\":\"05\",\"direction\":\"in\",\"caller\":\"234\",\"did\":null,\"dialed\":null,\"ring_s\":null,"
          "\"duration_s\":0,\"cost\":\"EU00000.00\",\"account\":null,\"cd\":null,\"transferred\":false,"
          "\"transfer_digits\":null,\"name\":null,\"did_name\":null,\"raw\":\"raw\"}");
    CHECK(to_json(2, "\f", one("\f")) == "{\"line\":2,\"kind\":\"blank\",\"raw\":\"\\f\"}");
    CHECK(to_json(3, "x", one(kHeaderB)) == "{\"line\":3,\"kind\":\"header\",\"layout\":\"B\",\"raw\":\"x\"}");
    CHECK(to_json(4, "ALM 1", one("ALM 1")) == "{\"line\":4,\"kind\":\"alarm\",\"raw\":\"ALM 1\"}");
    CHECK(to_json(5, "x", one("hello")) ==
          "{\"line\":5,\"kind\":\"error\",\"error\":\"not an SMDR record: expected a date (dd/mm/yy, mm/dd/yy or "
          "yy/mm/dd) at the start, found 'hello'\",\"raw\":\"x\"}");
}
