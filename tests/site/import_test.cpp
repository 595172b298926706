// config import: INI files, all or nothing, errors with line numbers.
#include "common/site/import.h"
#include "common/site/keys.h"
#include "common/storage/schema.h"
#include "site_test_support.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using kxcti::reports::CivilDay;
using kxcti::reports::SiteModel;

namespace {

constexpr const char* kSiteIni = "# Sales floor, as of April\r\n"
                                 "trunks = 24\r\n"
                                 "operator.105.name = Eve\r\n"
                                 "\r\n"
                                 "[threshold]\r\n"
                                 "service_level_s = 15\r\n"
                                 "abandon_policy = for\r\n"
                                 "; the medium bucket ends at five minutes\r\n"
                                 "talk_long_above_s = 300\r\n"
                                 "[operator.101]\r\n"
                                 "name = Anna Петрова\r\n"
                                 "[ group.601 ]\r\n"
                                 "name = Sales # main line\r\n"
                                 "members = 101, 105\r\n"
                                 "[channel.5551234]\r\n"
                                 "name = Google Ads\r\n"
                                 "to = 2024-03-31\r\n"
                                 "spend = 1500\r\n"
                                 "[channel.5551234#2]\r\n"
                                 "name = Billboard\r\n"
                                 "from = 2024-04-01\r\n";

std::string listing(const SiteModel& m) {
    std::string out;
    for (const auto& e : site::entries(m))
        if (!e.is_default) out += e.key + " = " + e.value + "\n";
    return out;
}

} // namespace

TEST_CASE("an INI file with sections, comments, CRLF and a BOM becomes the stored configuration") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    auto summary = site::import_ini(db, std::string("\xEF\xBB\xBF") + kSiteIni, "site.ini", site::ImportMode::Merge);
    CHECK(summary.keys == 13);
    SiteModel m = site::load(db);
    CHECK(listing(m) == "trunks = 24\n"
                        "threshold.service_level_s = 15\n"
                        "threshold.abandon_policy = for\n"
                        "threshold.talk_long_above_s = 300\n"
                        "operator.101.name = Anna Петрова\n"
                        "operator.105.name = Eve\n"
                        "group.601.name = Sales # main line\n"
                        "group.601.members = 101,105\n"
                        "channel.5551234.name = Google Ads\n"
                        "channel.5551234.from = \n"
                        "channel.5551234.to = 2024-03-31\n"
                        "channel.5551234.spend = 1500\n"
                        "channel.5551234#2.name = Billboard\n"
                        "channel.5551234#2.from = 2024-04-01\n"
                        "channel.5551234#2.to = \n"
                        "channel.5551234#2.spend = \n");
    CHECK(listing(summary.model) == listing(m));
}

TEST_CASE("merge keeps what the file does not mention, replace makes the file the whole configuration") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::import_ini(db, kSiteIni, "site.ini", site::ImportMode::Merge);
    site::import_ini(db, "[operator.101]\nname = Anna P.\n[threshold]\nshrinkage = 0.25\n", "more.ini",
                     site::ImportMode::Merge);
    SiteModel m = site::load(db);
    CHECK(m.operators.size() == 2);
    CHECK(m.operators[0].name == "Anna P.");
    CHECK(m.thresholds.shrinkage == 0.25);
    CHECK(m.thresholds.service_level_s == 15);
    CHECK(m.channels.size() == 2);

    site::import_ini(db, "operator.200.name = Zoe\n", "only.ini", site::ImportMode::Replace);
    m = site::load(db);
    REQUIRE(m.operators.size() == 1);
    CHECK(m.operators[0].ext == "200");
    CHECK(m.groups.empty());
    CHECK(m.channels.empty());
    CHECK_FALSE(m.trunk_count.has_value());
    CHECK(m.thresholds.service_level_s == 20);
    CHECK(test::site_rows(db) == 1);
}

TEST_CASE("config get's listing imports back to the same configuration") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::import_ini(db, kSiteIni, "site.ini", site::ImportMode::Merge);
    std::string printed;
    for (const auto& e : site::entries(site::load(db))) printed += e.key + " = " + e.value + "\n";
    auto other = storage::open_database(dir / "other.db");
    site::import_ini(other, printed, "printed.ini", site::ImportMode::Replace);
    CHECK(listing(site::load(other)) == listing(site::load(db)));
    CHECK(test::site_rows(other) == test::site_rows(db));
}

TEST_CASE("a file with errors imports nothing and lists each with its line") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::import_ini(db, "operator.101.name = Anna\n", "first.ini", site::ImportMode::Merge);
    const std::string bad = "trunks = 24\n"                      // 1: fine
                            "[threshold]\n"                      // 2
                            "service_level_s = soon\n"           // 3: bad number
                            "[operators.102]\n"                  // 4: bad section
                            "name = Boris\n"                     // 5: skipped under it
                            "[group.601]\n"                      // 6
                            "members 101 102\n"                  // 7: no '='
                            "name = Sales\n"                     // 8: fine
                            "[channel.555]\n"                    // 9
                            "from = 2024-02-30\n"                // 10: no such day
                            "group.601.name = x\n"               // 11: dotted key in a section
                            "[group.601]\n"                      // 12
                            "name = Sales again\n"               // 13: duplicate of line 8
                            "[threshold\n";                      // 14: unclosed
    try {
        site::import_ini(db, bad, "site.ini", site::ImportMode::Merge);
        FAIL("imported");
    } catch (const site::ImportError& e) {
        CHECK(e.problems == std::vector<std::string>{
                                "site.ini:3: threshold.service_level_s: 'soon' is not a whole number of seconds from 0 "
                                "to 3600",
                                "site.ini:4: [operators.102] is not a section: use [threshold], [operator.EXT], "
                                "[group.NUMBER] or [channel.DID] / [channel.DID#K]",
                                "site.ini:7: expected KEY = VALUE, a [section] or a # comment, not 'members 101 102'",
                                "site.ini:10: channel.555.from: date '2024-02-30' is not a calendar day written "
                                "YYYY-MM-DD (e.g. 2024-03-31)",
                                "site.ini:11: 'group.601.name' inside [channel.555]: give the last part only (e.g. name)",
                                "site.ini:13: group.601.name was already given on line 8: keep one of them",
                                "site.ini:14: a section line must end with ']'",
                            });
        CHECK_THAT(e.what(), Catch::StartsWith("site.ini: 7 problems, nothing was imported\n  site.ini:3: "));
    }
    SiteModel m = site::load(db);
    CHECK(m.operators.size() == 1);
    CHECK_FALSE(m.trunk_count.has_value());
    CHECK(m.groups.empty());
    CHECK(test::site_rows(db) == 1);
}

TEST_CASE("problems across keys point at the line that set the entity") {
    SiteModel base;
    const std::string text = "[channel.555]\n"
                             "name = Radio\n"
                             "from = 2024-01-01\n"
                             "[channel.555#2]\n"
                             "name = TV\n"
                             "from = 2024-06-01\n"
                             "[threshold]\n"
                             "talk_short_below_s = 400\n"
                             "[operator.601]\n"
                             "name = Anna\n"
                             "[group.601]\n"
                             "name = Sales\n";
    try {
        site::apply_ini(base, text, "x.ini");
        FAIL("accepted");
    } catch (const site::ImportError& e) {
        CHECK(e.problems ==
              std::vector<std::string>{
                  "x.ini:8: threshold.talk_long_above_s (180) is below threshold.talk_short_below_s (400): short "
                  "calls end where medium ones begin, long ones start after them",
                  "x.ini:12: group.601: 601 is also operator.601: a number is either an extension or an ICD group; "
                  "remove one",
                  "x.ini:6: DID 555: periods channel.555 (2024-01-01 to open) and channel.555#2 (2024-06-01 to open) "
                  "overlap, so a call on a day in both has two channels: end one before the other starts "
                  "(channel.555.to / channel.555#2.from)",
              });
    }
}

TEST_CASE("a huge file is refused before it is read as a configuration, and a long list of errors is cut") {
    std::string huge(site::kMaxImportBytes + 1, '#');
    CHECK_THROWS_WITH(site::apply_ini({}, huge, "smdr.log"),
                      "smdr.log: 1 problem, nothing was imported\n  smdr.log: the file is 4194305 bytes: a site "
                      "configuration is far smaller (at most 4194304); is it the right file?");
    std::string many;
    for (int i = 0; i < 25; ++i) many += "nonsense\n";
    try {
        site::apply_ini({}, many, "many.ini");
        FAIL("accepted");
    } catch (const site::ImportError& e) {
        CHECK(e.problems.size() == site::kMaxListedProblems);
        CHECK(e.problems.back() == "many.ini:20: expected KEY = VALUE, a [section] or a # comment, not 'nonsense'");
        CHECK_THAT(e.what(), Catch::StartsWith("many.ini: 25 problems, nothing was imported"));
        CHECK_THAT(e.what(), Catch::EndsWith("\n  ... and 5 more"));
    }
}
