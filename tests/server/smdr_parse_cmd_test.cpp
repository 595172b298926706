// kxcti-server smdr-parse, run as a program: a corpus file and standard input give one JSON
// object per line, in order; options change the reading; bad input says what went wrong.
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using kxcti::test::run_program;

namespace {

std::string smdr_data(const char* name) {
    std::string p = KXCTI_TEST_DATA_DIR;  // appended step by step: GCC 12 warns on a + b + c here
    p += "/smdr/";
    p += name;
    return p;
}

const std::string kCosta =
    smdr_data("Magicianred_gestionecentralino_gestionecentralino_Resources_costa_centralino_mock_source.txt");

std::vector<std::string> out_lines(const std::string& out) {
    std::vector<std::string> lines;
    std::istringstream in(out);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A run that must succeed, with nothing on stderr.
std::vector<std::string> parse(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), {KXCTI_SERVER_EXE, "smdr-parse"});
    auto r = run_program(args, input);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    return out_lines(r.out);
}

} // namespace

TEST_CASE("smdr-parse FILE: one JSON line per input line, exact objects") {
    auto lines = parse({kCosta});
    REQUIRE(lines.size() == 250);
    CHECK(lines[1] ==
          "{\"line\":2,\"kind\":\"record\",\"layout\":\"B\",\"date\":\"2020-12-04\",\"time\":\"17:18\",\"ext\":\"401\","
          "\"co\":\"01\",\"direction\":\"in\",\"caller\":\"3488677149\",\"did\":null,\"dialed\":null,\"ring_s\":null,"
          "\"duration_s\":12,\"cost\":\"EU00000.00\",\"account\":null,\"cd\":null,\"transferred\":false,"
          "\"transfer_digits\":null,\"name\":null,\"did_name\":null,"
          "\"raw\":\"04/12/20 17:18    401 01 <I>3488677149        00:00'12 EU00000.00               \"}");
    CHECK(lines[2] ==
          "{\"line\":3,\"kind\":\"header\",\"layout\":\"B\",\"raw\":\"\\f  Date     Time   Ext CO Dial Number          "
          "Duration Cost       Acc code   CD \"}");
    CHECK(lines[3] == "{\"line\":4,\"kind\":\"rule\",\"raw\":\"" + std::string(80, '-') + "\"}");
    CHECK(lines[18] ==
          "{\"line\":19,\"kind\":\"record\",\"layout\":\"B\",\"date\":\"2020-12-07\",\"time\":\"14:53\",\"ext\":\"402\","
          "\"co\":null,\"direction\":\"intercom\",\"caller\":null,\"did\":null,\"dialed\":\"401\",\"ring_s\":null,"
          "\"duration_s\":null,\"cost\":null,\"account\":null,\"cd\":null,\"transferred\":false,"
          "\"transfer_digits\":null,\"name\":null,\"did_name\":null,"
          "\"raw\":\"07/12/20 14:53    402    EXT401                                                 \"}");
    CHECK(lines[23].find("\"dialed\":\"0376689064\",\"ring_s\":null,\"duration_s\":193,\"cost\":\"EU00000.00\","
                         "\"account\":null,\"cd\":\"TR\",\"transferred\":true") != std::string::npos);
    // the "# source:" line: the one error, and the order was decided from the data
    CHECK(lines[0].rfind("{\"line\":1,\"kind\":\"error\",\"error\":\"not an SMDR record: expected a date (dd/mm/yy) "
                         "at the start, found '#'\"",
                         0) == 0);
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(lines[i].rfind("{\"line\":" + std::to_string(i + 1) + ",", 0) == 0);
}

TEST_CASE("smdr-parse FILE prints the golden file exactly") {
    auto want = read_file(smdr_data("easymanua.ls_panasonic_kx-ta616_manual_p106.expected.jsonl"));
    auto r = run_program({KXCTI_SERVER_EXE, "smdr-parse", smdr_data("easymanua.ls_panasonic_kx-ta616_manual_p106.txt")});
    CHECK(r.status == 0);
    CHECK(r.out == want);
}

TEST_CASE("smdr-parse -: standard input, CR and CRLF ends, the same objects as from the file") {
    auto from_file = parse({kCosta});
    auto from_stdin = parse({"-"}, read_file(kCosta));
    CHECK(from_stdin == from_file);
    // no FILE at all reads standard input too
    CHECK(parse({}, "07/12/20 11:01    401 06 234                  00:00'13 EU00000.00\r\n").size() == 1);
    auto cr = parse({"-"}, "\f  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD \r"
                           "07/12/20 11:01    401 06 234                  00:00'13 EU00000.00\r"
                           "\r"
                           "07/12/20 11:01    401    LOG IN");
    REQUIRE(cr.size() == 4);
    CHECK(cr[0].rfind("{\"line\":1,\"kind\":\"header\",\"layout\":\"B\"", 0) == 0);
    CHECK(cr[1].find("\"dialed\":\"234\",\"ring_s\":null,\"duration_s\":13,") != std::string::npos);
    CHECK(cr[2] == "{\"line\":3,\"kind\":\"blank\",\"raw\":\"\"}");
    CHECK(cr[3].rfind("{\"line\":4,\"kind\":\"login\",\"layout\":\"B\",\"date\":\"2020-12-07\",\"time\":\"11:01\",\"ext\":\"401\"", 0) == 0);
}

TEST_CASE("smdr-parse --date-order and --clock") {
    const std::string line = "07/12/20 01:01PM  401 06 234                  00:00'13 EU00000.00\n";
    auto date_of = [](const std::string& json) { return json.substr(json.find("\"date\":") + 7, 12); };
    CHECK(date_of(parse({"-"}, line)[0]) == "\"2020-12-07\"");  // nothing decides: dd/mm/yy
    CHECK(date_of(parse({"-", "--date-order", "dmy"}, line)[0]) == "\"2020-12-07\"");
    CHECK(date_of(parse({"-", "--date-order", "mdy"}, line)[0]) == "\"2020-07-12\"");
    CHECK(date_of(parse({"-", "--date-order", "ymd"}, line)[0]) == "\"2007-12-20\"");
    CHECK(parse({"-", "--clock", "12"}, line)[0].find("\"time\":\"13:01\"") != std::string::npos);
    CHECK(parse({"-"}, line)[0].find("\"time\":\"13:01\"") != std::string::npos);
    auto h24 = parse({"-", "--clock", "24"}, line);
    CHECK(h24[0].find("\"kind\":\"error\",\"error\":\"time '01:01PM' has AM/PM but the clock is set to 24 h\"") !=
          std::string::npos);
    // The costa file's days (04 to 11) fit mm/dd/yy too: set, it moves 04/12/20 to April 12th.
    auto mdy = parse({kCosta, "--date-order=mdy"});
    CHECK(mdy[1].find("\"date\":\"2020-04-12\"") != std::string::npos);
}

TEST_CASE("smdr-parse: a missing file is exit 1 with the path and the reason") {
    auto r = run_program({KXCTI_SERVER_EXE, "smdr-parse", "/nonexistent/smdr.txt"});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "kxcti-server smdr-parse: cannot read /nonexistent/smdr.txt: No such file or directory "
                   "(check the path and its permissions)\n");
    auto fixed = run_program({KXCTI_SERVER_EXE, "smdr-parse", "/nonexistent/smdr.txt", "--date-order", "dmy"});
    CHECK(fixed.status == 1);
    CHECK(fixed.err == r.err);
}

TEST_CASE("smdr-parse: bad options are exit 2 and name the option") {
    auto bad_order = run_program({KXCTI_SERVER_EXE, "smdr-parse", kCosta, "--date-order", "dym"});
    CHECK(bad_order.status == 2);
    CHECK(bad_order.out.empty());
    CHECK(bad_order.err.find("--date-order must be dmy, mdy, ymd or auto, not 'dym'") != std::string::npos);
    auto bad_clock = run_program({KXCTI_SERVER_EXE, "smdr-parse", kCosta, "--clock", "13"});
    CHECK(bad_clock.status == 2);
    CHECK(bad_clock.err.find("--clock must be 12, 24 or auto, not '13'") != std::string::npos);
    auto unknown = run_program({KXCTI_SERVER_EXE, "smdr-parse", kCosta, "--colour"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("colour") != std::string::npos);
    auto two = run_program({KXCTI_SERVER_EXE, "smdr-parse", kCosta, kCosta});
    CHECK(two.status == 2);
    CHECK(two.err.find("smdr-parse takes one FILE (or '-'), not 2") != std::string::npos);
}
