// site::load / save / set / unset on a real SQLite file.
#include "common/site/site.h"
#include "common/storage/schema.h"
#include "site_test_support.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using kxcti::reports::AbandonPolicy;
using kxcti::reports::CivilDay;
using kxcti::reports::SiteModel;
using kxcti::test::query_int;
using kxcti::test::query_text;

namespace {

SiteModel sample() {
    SiteModel m;
    m.trunk_count = 24;
    m.thresholds.service_level_s = 30;
    m.thresholds.abandon_policy = AbandonPolicy::Ignored;
    m.thresholds.shrinkage = 0.35;
    // Out of order on purpose: load sorts numbers as the PBX counts them.
    m.operators = {{"101", "Анна Петрова"}, {"99", "Boris"}, {"1002", "Chen"}};
    m.groups = {{"611", "Support", {}}, {"601", "Sales", {"102", "101", "99"}}};
    m.channels = {
        {"5551234", "Billboard M3", CivilDay{2024, 4, 1}, std::nullopt, 1499.99},
        {"5551234", "Google Ads", std::nullopt, CivilDay{2024, 3, 31}, 1500},
        {"5559999", "Radio", CivilDay{2024, 1, 1}, CivilDay{2024, 12, 31}, std::nullopt},
    };
    return m;
}

} // namespace

TEST_CASE("a new database has empty site tables, and load gives kpi.md's defaults") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    CHECK(test::site_rows(db) == 0);
    SiteModel m = site::load(db);
    CHECK(m.operators.empty());
    CHECK(m.groups.empty());
    CHECK(m.channels.empty());
    CHECK_FALSE(m.trunk_count.has_value());
    const auto& t = m.thresholds;
    CHECK(t.service_level_s == 20);
    CHECK(t.service_level_target == 0.80);
    CHECK(t.short_abandon_s == 5);
    CHECK(t.abandon_policy == AbandonPolicy::Against);
    CHECK(t.callback_window_s == 86400);
    CHECK(t.talk_short_below_s == 40);
    CHECK(t.talk_long_above_s == 180);
    CHECK(t.slow_answer_ring_s == 15);
    CHECK(t.trunk_blocking_target == 0.01);
    CHECK(t.shrinkage == 0.30);
}

TEST_CASE("save and load round-trip a full model, numbers in PBX order and periods by date") {
    test::ScratchDir dir;
    {
        auto db = storage::open_database(dir / "kxcti.db");
        site::save(db, sample());
    }
    auto db = storage::open_database(dir / "kxcti.db");  // a fresh connection reads the file
    SiteModel m = site::load(db);
    REQUIRE(m.operators.size() == 3);
    CHECK(m.operators[0].ext == "99");
    CHECK(m.operators[1].ext == "101");
    CHECK(m.operators[1].name == "Анна Петрова");
    CHECK(m.operators[2].ext == "1002");
    REQUIRE(m.groups.size() == 2);
    CHECK(m.groups[0].number == "601");
    CHECK(m.groups[0].members == std::vector<std::string>{"102", "101", "99"});  // ring order kept
    CHECK(m.groups[1].members.empty());
    REQUIRE(m.channels.size() == 3);
    CHECK(m.channels[0].name == "Google Ads");  // the open start comes first
    CHECK_FALSE(m.channels[0].valid_from.has_value());
    CHECK(m.channels[0].valid_to == CivilDay{2024, 3, 31});
    CHECK(m.channels[0].monthly_spend == 1500);
    CHECK(m.channels[1].name == "Billboard M3");
    CHECK(m.channels[1].monthly_spend == 1499.99);  // the decimal as entered, exactly
    CHECK(m.channels[2].did == "5559999");
    CHECK_FALSE(m.channels[2].monthly_spend.has_value());
    CHECK(m.trunk_count == 24u);
    CHECK(m.thresholds.service_level_s == 30);
    CHECK(m.thresholds.abandon_policy == AbandonPolicy::Ignored);
    CHECK(m.thresholds.shrinkage == 0.35);
    CHECK(m.thresholds.short_abandon_s == 5);
    // Only what differs from the defaults is stored, so defaults can improve later.
    CHECK(query_int(db, "SELECT COUNT(*) FROM site_setting") == 4);
    CHECK(query_text(db, "SELECT group_concat(key, ' ') FROM (SELECT key FROM site_setting ORDER BY key)") ==
          "threshold.abandon_policy threshold.service_level_s threshold.shrinkage trunks");
    CHECK(query_text(db, "SELECT monthly_spend FROM site_channel WHERE name = 'Billboard M3'") == "1499.99");
    CHECK(query_text(db, "SELECT valid_from FROM site_channel WHERE name = 'Billboard M3'") == "2024-04-01");
}

TEST_CASE("save replaces the stored configuration, and an invalid model changes nothing") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::save(db, sample());
    SiteModel small;
    small.operators = {{"200", "Dana"}};
    site::save(db, small);
    SiteModel m = site::load(db);
    REQUIRE(m.operators.size() == 1);
    CHECK(m.operators[0].name == "Dana");
    CHECK(m.groups.empty());
    CHECK(m.channels.empty());
    CHECK_FALSE(m.trunk_count.has_value());
    CHECK(m.thresholds.service_level_s == 20);

    SiteModel bad = sample();
    bad.thresholds.talk_short_below_s = 300;  // above talk_long_above_s = 180
    CHECK_THROWS_AS(site::save(db, bad), site::SiteError);
    CHECK(site::load(db).operators[0].name == "Dana");
    CHECK(test::site_rows(db) == 1);
}

TEST_CASE("set and unset change one key each, in the database") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::set(db, "operator.101.name", "  Anna  ");
    site::set(db, "group.601.members", "101, 102 103");
    site::set(db, "group.601.name", "Sales");
    site::set(db, "threshold.service_level_target", "90%");
    site::set(db, "trunks", "30");
    site::set(db, "channel.5551234.name", "Google Ads");
    site::set(db, "channel.5551234.spend", "1500.50");
    SiteModel m = site::load(db);
    REQUIRE(m.operators.size() == 1);
    CHECK(m.operators[0].name == "Anna");
    REQUIRE(m.groups.size() == 1);
    CHECK(m.groups[0].name == "Sales");
    CHECK(m.groups[0].members == std::vector<std::string>{"101", "102", "103"});
    CHECK(m.thresholds.service_level_target == 0.9);
    CHECK(m.trunk_count == 30u);
    REQUIRE(m.channels.size() == 1);
    CHECK(m.channels[0].monthly_spend == 1500.5);

    CHECK(site::unset(db, "threshold.service_level_target"));
    CHECK(site::unset(db, "trunks"));
    CHECK(site::unset(db, "group.601.members"));
    CHECK(site::unset(db, "operator.101"));
    CHECK(site::unset(db, "channel.5551234"));
    CHECK_FALSE(site::unset(db, "trunks"));  // already unknown
    CHECK_FALSE(site::unset(db, "operator.101"));
    m = site::load(db);
    CHECK(m.thresholds.service_level_target == 0.8);
    CHECK_FALSE(m.trunk_count.has_value());
    CHECK(m.groups[0].members.empty());
    CHECK(m.groups[0].name == "Sales");
    CHECK(m.operators.empty());
    CHECK(m.channels.empty());
    CHECK(query_int(db, "SELECT COUNT(*) FROM site_setting") == 0);
    // Setting an operator's name to nothing removes the operator.
    site::set(db, "operator.102.name", "Boris");
    site::set(db, "operator.102.name", "");
    CHECK(site::load(db).operators.empty());
}

TEST_CASE("a rejected set names the key and what is accepted, and leaves the database as it was") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::set(db, "threshold.talk_long_above_s", "200");
    site::set(db, "operator.101.name", "Anna");
    const auto rows = test::site_rows(db);
    struct Case {
        const char* key;
        const char* value;
        const char* message;
    };
    const Case cases[] = {
        {"threshold.service_level_s", "twenty",
         "threshold.service_level_s: 'twenty' is not a whole number of seconds from 0 to 3600"},
        {"threshold.service_level_s", "3601",
         "threshold.service_level_s: '3601' is not a whole number of seconds from 0 to 3600"},
        {"threshold.service_level_target", "1",
         "threshold.service_level_target: '1' is not a fraction above 0 and below 1 (a decimal such as 0.25 or a percentage such as 25%)"},
        {"threshold.abandon_policy", "maybe", "threshold.abandon_policy: 'maybe' is not against, ignored or for"},
        {"threshold.talk_short_below_s", "250",
         "threshold.talk_long_above_s (200) is below threshold.talk_short_below_s (250): short calls end where "
         "medium ones begin, long ones start after them"},
        {"threshold.service_level_s", "", "threshold.service_level_s: give a value (0-3600 seconds), or unset the key "
                                          "for the default"},
        {"trunks", "0", "trunks: '0' is not a whole number of trunks from 1 to 10000"},
        {"trunks", "1e3", "trunks: '1e3' is not a whole number of trunks from 1 to 10000"},
        {"threshold.speed", "1", "unknown key 'threshold.speed': thresholds are service_level_s, service_level_target, "
                                 "short_abandon_s, abandon_policy, callback_window_s, talk_short_below_s, "
                                 "talk_long_above_s, slow_answer_ring_s, trunk_blocking_target, shrinkage"},
        {"operators.101.name", "x", "unknown key 'operators.101.name': keys are trunks, threshold.NAME, "
                                    "operator.EXT.name, group.NUMBER.name|members, channel.DID[#K].name|from|to|spend"},
        {"operator.101.nick", "x", "unknown key 'operator.101.nick': an operator has only .name"},
        {"operator.1234567.name", "x", "unknown key 'operator.1234567.name': extension '1234567' is not an extension "
                                       "number as the PBX prints it: 1 to 5 of 0-9, A-Z, *, #"},
        {"group.601.members", "101,,102 101", "group.601.members: member 101 is listed twice"},
        {"group.101.name", "Clash", "group.101: 101 is also operator.101: a number is either an extension or an ICD "
                                    "group; remove one"},
        {"channel.555.from", "2023-02-29",
         "channel.555.from: date '2023-02-29' is not a calendar day written YYYY-MM-DD (e.g. 2024-03-31)"},
        {"channel.555.spend", "-5", "channel.555.spend: spend '-5' is not an amount from 0 to 1000000000000 (digits "
                                    "and a decimal point, no currency sign)"},
        {"channel.555.spend", "$5", "spend '$5' is not an amount"},
        {"channel.555#2.name", "x", "channel.555#2.name: DID 555 has 0 period(s): channel.555 adds the next one"},
        {"channel.55a5.name", "x", "unknown key 'channel.55a5.name': DID '55a5' is not a number as the PBX prints it"},
        {"operator.101.name", "Anna\tB", "operator.101.name: name 'Anna\tB' has a control character or is not UTF-8 "
                                         "text (byte 5): save the file as UTF-8"},
        {"operator.101.name", "\xC0\xAF", "is not UTF-8 text (byte 1)"},
        {"operator.101", "Anna", "operator.101: set operator.EXT.name"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.key, c.value);
        try {
            site::set(db, c.key, c.value);
            FAIL("accepted");
        } catch (const site::SiteError& e) {
            CHECK_THAT(e.what(), Catch::Contains(c.message));
        }
        CHECK(test::site_rows(db) == rows);
    }
    CHECK(site::load(db).thresholds.talk_long_above_s == 200);
}

TEST_CASE("channel periods: #K addresses them in date order, overlaps are refused") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    site::set(db, "channel.5551234.name", "Google Ads");
    site::set(db, "channel.5551234.to", "2024-03-31");
    // A second period with no dates would cover every day: overlap, refused.
    try {
        site::set(db, "channel.5551234#2.name", "Billboard");
        FAIL("accepted an overlap");
    } catch (const site::SiteError& e) {
        CHECK(std::string(e.what()) ==
              "DID 5551234: periods channel.5551234 (since ever to 2024-03-31) and channel.5551234#2 (since ever to "
              "open) overlap, so a call on a day in both has two channels: end one before the other starts "
              "(channel.5551234.to / channel.5551234#2.from)");
    }
    site::set(db, "channel.5551234#2.from", "2024-04-01");
    site::set(db, "channel.5551234#2.name", "Billboard");
    CHECK_THROWS_WITH(site::set(db, "channel.5551234#2.from", "2024-03-31"), Catch::Contains("overlap"));
    CHECK_THROWS_WITH(site::set(db, "channel.5551234#2.to", "2024-03-01"),
                      "channel.5551234#2: ends (2024-03-01) before it starts (2024-04-01): swap .from and .to");
    CHECK_THROWS_WITH(site::set(db, "channel.5551234#4.name", "x"),
                      "channel.5551234#4.name: DID 5551234 has 2 period(s): channel.5551234#3 adds the next one");
    auto m = site::load(db);
    REQUIRE(m.channels.size() == 2);
    CHECK(site::channel_on(m, "5551234", {2024, 3, 31})->name == "Google Ads");
    CHECK(site::channel_on(m, "5551234", {2020, 1, 1})->name == "Google Ads");
    CHECK(site::channel_on(m, "5551234", {2024, 4, 1})->name == "Billboard");
    CHECK(site::channel_on(m, "5551234", {2031, 1, 1})->name == "Billboard");
    CHECK(site::channel_on(m, "5550000", {2024, 4, 1}) == nullptr);
    // Removing the first period renumbers the second.
    CHECK(site::unset(db, "channel.5551234#1"));
    m = site::load(db);
    REQUIRE(m.channels.size() == 1);
    CHECK(m.channels[0].name == "Billboard");
    CHECK(site::channel_on(m, "5551234", {2024, 3, 31}) == nullptr);
}

TEST_CASE("lookups find operators and groups by number") {
    SiteModel m = sample();
    REQUIRE(site::find_operator(m, "99") != nullptr);
    CHECK(site::find_operator(m, "99")->name == "Boris");
    CHECK(site::find_operator(m, "98") == nullptr);
    REQUIRE(site::find_group(m, "601") != nullptr);
    CHECK(site::find_group(m, "601")->members.size() == 3);
    CHECK(site::find_group(m, "602") == nullptr);
}

TEST_CASE("a row broken by hand in SQL is reported with the table and row, unknown settings are ignored") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    db.exec("INSERT INTO site_setting VALUES('report.colour', 'blue')", "a newer kxcti's key");
    CHECK(site::load(db).thresholds.service_level_s == 20);
    db.exec("INSERT INTO site_setting VALUES('threshold.service_level_s', 'soon')", "a hand edit");
    CHECK_THROWS_WITH(site::load(db),
                      "database " + (dir / "kxcti.db").string() +
                          ": site_setting 'threshold.service_level_s' = 'soon' is invalid (threshold.service_level_s: "
                          "'soon' is not a whole number of seconds from 0 to 3600); it was edited by hand: correct or "
                          "delete that row with sqlite3");
    db.exec("DELETE FROM site_setting WHERE key = 'threshold.service_level_s';"
            "INSERT INTO site_channel(id, did, name, valid_from) VALUES(7, '555', 'x', '2024-13-01')",
            "another hand edit");
    CHECK_THROWS_WITH(site::load(db), Catch::Contains("site_channel row 7 is invalid (date '2024-13-01'"));
}
