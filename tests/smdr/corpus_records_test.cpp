// Representative real lines of each corpus file, every field spelled out (values read off the
// raw line with the reference's column table; see tests/data/smdr/README.md).
#include "smdr_test_util.h"

using namespace kxcti::smdr;
using namespace kxcti::smdr::test;

namespace {

constexpr const char* kCosta = "Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt";
constexpr const char* kSample = "Magicianred_gestionecentralino_gestionecentralino_Resources_sample_centralino_mock_source.txt";
constexpr const char* kManual = "easymanua.ls_panasonic_kx-ta616_manual_p106.txt";
constexpr const char* kSanaz = "sanaz-shahraeini_lotus-project_Alvand_utils.py.txt";

struct Parsed {
    std::vector<std::string> lines;
    std::vector<ParsedLine> parsed;
    // 1-based, like the file's line numbers
    const ParsedLine& at(std::size_t n) const {
        INFO("line " << n << ": " << lines.at(n - 1));
        return parsed.at(n - 1);
    }
};

Parsed load(const char* name) {
    Parsed p;
    p.lines = corpus_lines(name);
    p.parsed = parse_all(p.lines);
    return p;
}

} // namespace

TEST_CASE("costa: incoming record with caller and cost") {
    auto f = load(kCosta);
    REQUIRE(f.lines[1] == "04/12/20 17:18    401 01 <I>3488677149        00:00'12 EU00000.00               ");
    check_record(f.at(2), {.layout = Layout::B, .date = "2020-12-04", .time = "17:18", .ext = "401", .co = "01",
                           .direction = Direction::In, .caller = "3488677149", .duration_s = 12, .cost = "EU00000.00"});
    CHECK(f.at(2).full_width);
}

TEST_CASE("costa: page header after a form feed, then its rule") {
    auto f = load(kCosta);
    CHECK(f.at(3).kind == LineKind::Header);
    CHECK(f.at(3).form_feed);
    CHECK(f.at(3).header_layout == Layout::B);
    CHECK(f.at(4).kind == LineKind::Rule);
    CHECK(!f.at(4).form_feed);
}

TEST_CASE("costa: short internal caller, outgoing to the same number") {
    auto f = load(kCosta);
    check_record(f.at(5), {.layout = Layout::B, .date = "2020-12-07", .time = "11:00", .ext = "401", .co = "05",
                           .direction = Direction::In, .caller = "234", .duration_s = 12, .cost = "EU00000.00"});
    check_record(f.at(6), {.layout = Layout::B, .date = "2020-12-07", .time = "11:01", .ext = "401", .co = "06",
                           .direction = Direction::Out, .dialed = "234", .duration_s = 13, .cost = "EU00000.00"});
}

TEST_CASE("costa: not answered (NA) and its ICD group leg") {
    auto f = load(kCosta);
    check_record(f.at(9), {.layout = Layout::B, .date = "2020-12-07", .time = "11:22", .ext = "401", .co = "05",
                           .direction = Direction::In, .caller = "234", .duration_s = 0, .cost = "EU00000.00", .cd = "NA"});
    check_record(f.at(10), {.layout = Layout::B, .date = "2020-12-07", .time = "11:23", .ext = "611", .co = "05",
                            .direction = Direction::In, .caller = "234", .duration_s = 0, .cost = "EU00000.00"});
}

TEST_CASE("costa: forwarded to a trunk (FW)") {
    auto f = load(kCosta);
    check_record(f.at(12), {.layout = Layout::B, .date = "2020-12-07", .time = "13:25", .ext = "604", .co = "21",
                            .direction = Direction::In, .caller = "3476138179", .duration_s = 17, .cost = "EU00000.00"});
    check_record(f.at(13), {.layout = Layout::B, .date = "2020-12-07", .time = "13:25", .ext = "604", .co = "01",
                            .direction = Direction::Out, .dialed = "3356182041", .duration_s = 17,
                            .cost = "EU00000.00", .cd = "FW"});
}

TEST_CASE("costa: intercom line has no trunk, duration or cost (null, not 0)") {
    auto f = load(kCosta);
    REQUIRE(f.lines[18] == "07/12/20 14:53    402    EXT401                                                 ");
    check_record(f.at(19), {.layout = Layout::B, .date = "2020-12-07", .time = "14:53", .ext = "402",
                            .direction = Direction::Intercom, .dialed = "401"});
}

TEST_CASE("costa: transferred outgoing call (trailing '-', TR)") {
    auto f = load(kCosta);
    REQUIRE(f.lines[23] == "07/12/20 15:02    402 01 0376689064-          00:03'13 EU00000.00            TR ");
    check_record(f.at(24), {.layout = Layout::B, .date = "2020-12-07", .time = "15:02", .ext = "402", .co = "01",
                            .direction = Direction::Out, .dialed = "0376689064", .duration_s = 193,
                            .cost = "EU00000.00", .cd = "TR", .transferred = true});
}

TEST_CASE("costa: incoming record with TR keeps its caller") {
    auto f = load(kCosta);
    check_record(f.at(186), {.layout = Layout::B, .date = "2020-12-10", .time = "16:10", .ext = "401", .co = "02",
                             .direction = Direction::In, .caller = "3483049831", .duration_s = 33,
                             .cost = "EU00000.00", .cd = "TR"});
}

TEST_CASE("costa: the longest duration the PBX prints (11:59'59)") {
    auto f = load(kCosta);
    check_record(f.at(52), {.layout = Layout::B, .date = "2020-12-08", .time = "09:27", .ext = "601", .co = "21",
                            .direction = Direction::In, .caller = "3483238995", .duration_s = 11 * 3600 + 59 * 60 + 59,
                            .cost = "EU00000.00"});
}

TEST_CASE("costa: bare <I> (no caller ID) is incoming with caller unknown") {
    auto f = load(kCosta);
    check_record(f.at(238), {.layout = Layout::B, .date = "2020-12-11", .time = "09:28", .ext = "601", .co = "21",
                             .direction = Direction::In, .duration_s = 2, .cost = "EU00000.00"});
    check_record(f.at(250), {.layout = Layout::B, .date = "2020-12-11", .time = "10:07", .ext = "401", .co = "21",
                             .direction = Direction::In, .caller = "0364434546", .duration_s = 46, .cost = "EU00000.00"});
}

TEST_CASE("sample: record, header, rule and the empty last line") {
    auto f = load(kSample);
    REQUIRE(f.lines.size() == 5);
    check_record(f.at(2), {.layout = Layout::B, .date = "2020-12-04", .time = "17:18", .ext = "401", .co = "01",
                           .direction = Direction::In, .caller = "3488677149", .duration_s = 12, .cost = "EU00000.00"});
    // One date, 04/12/20, fits dd/mm and mm/dd: the default order was used, and says so.
    CHECK(f.at(2).date_order_assumed);
    CHECK(f.at(3).kind == LineKind::Header);
    CHECK(f.at(4).kind == LineKind::Rule);
    CHECK(f.at(5).kind == LineKind::Blank);
}

TEST_CASE("KX-TA616 manual: 12 h start times, '*' transfer, < incoming >, cut last line") {
    auto f = load(kManual);
    CHECK(f.at(2).kind == LineKind::Header);
    CHECK(f.at(2).header_layout == Layout::TA);
    check_record(f.at(3), {.layout = Layout::TA, .date = "1998-12-31", .time = "12:52", .ext = "103", .co = "05",
                           .direction = Direction::Out, .dialed = "12345678901234567890123456789012", .duration_s = 16});
    CHECK(f.at(3).record.time_is_start);
    check_record(f.at(4), {.layout = Layout::TA, .date = "1998-12-31", .time = "12:53", .ext = "103", .co = "02",
                           .direction = Direction::In, .duration_s = 103});
    check_record(f.at(5), {.layout = Layout::TA, .date = "1998-12-31", .time = "12:54", .ext = "101", .co = "02",
                           .direction = Direction::In, .duration_s = 7 * 60 + 48, .transferred = true});
    // "12/31/98 1:04" stops inside the time (1:04PM in the manual): never read as 01:04.
    REQUIRE(f.at(6).kind == LineKind::Error);
    CHECK(f.at(6).error == "line cut short after the Time (13 bytes)");
}

TEST_CASE("lotus-project comments: KX-TA incoming and a 24 h outgoing line") {
    auto f = load(kSanaz);
    check_record(f.at(2), {.layout = Layout::TA, .date = "2005-06-01", .time = "01:55", .ext = "107", .co = "01",
                           .direction = Direction::In, .duration_s = 45});
    CHECK(f.at(2).date_order_assumed);
    check_record(f.at(3), {.layout = Layout::TA, .date = "2011-01-06", .time = "15:11", .ext = "101", .co = "01",
                           .direction = Direction::Out, .dialed = "09338665005", .duration_s = 39});
    // The same lines under the other order.
    ParseOptions mdy;
    mdy.date_order = DateOrder::MDY;
    auto g = parse_all(f.lines, mdy);
    CHECK(date_text(g[1].record.date) == "2005-01-06");
    CHECK(date_text(g[2].record.date) == "2011-06-01");
    CHECK(!g[1].date_order_assumed);
}
