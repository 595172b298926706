// Keys on a model in memory: what config get prints, what set takes, and the JSON.
#include "common/site/keys.h"
#include "common/site/site.h"
#include "common/site/site_json.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using kxcti::reports::SiteModel;

namespace {

std::string listing(const std::vector<site::Entry>& entries) {
    std::string out;
    for (const auto& e : entries) out += e.key + " = " + e.value + (e.is_default ? " (default)" : "") + "\n";
    return out;
}

SiteModel configured() {
    SiteModel m;
    site::apply(m, "trunks", "24");
    site::apply(m, "threshold.shrinkage", "35%");
    site::apply(m, "operator.101.name", "Anna");
    site::apply(m, "group.601.name", "Sales \"A\"");
    site::apply(m, "group.601.members", "101 102");
    site::apply(m, "channel.5551234.name", "Google Ads");
    site::apply(m, "channel.5551234.to", "2024-03-31");
    site::apply(m, "channel.5551234#2.from", "2024-04-01");
    site::apply(m, "channel.5551234#2.spend", "1200.5");
    return m;
}

} // namespace

TEST_CASE("an unconfigured site lists every threshold at its default and unknown trunks") {
    CHECK(listing(site::entries(SiteModel{})) == "trunks =  (default)\n"
                                                 "threshold.service_level_s = 20 (default)\n"
                                                 "threshold.service_level_target = 0.8 (default)\n"
                                                 "threshold.short_abandon_s = 5 (default)\n"
                                                 "threshold.abandon_policy = against (default)\n"
                                                 "threshold.callback_window_s = 86400 (default)\n"
                                                 "threshold.talk_short_below_s = 40 (default)\n"
                                                 "threshold.talk_long_above_s = 180 (default)\n"
                                                 "threshold.slow_answer_ring_s = 15 (default)\n"
                                                 "threshold.trunk_blocking_target = 0.01 (default)\n"
                                                 "threshold.shrinkage = 0.3 (default)\n");
}

TEST_CASE("every key of a configured site, in canonical form") {
    auto all = site::entries(configured());
    REQUIRE(all.size() == 11 + 1 + 2 + 8);
    CHECK(listing({all.begin(), all.begin() + 1}) == "trunks = 24\n");
    CHECK(all[10].key == "threshold.shrinkage");
    CHECK(all[10].value == "0.35");
    CHECK_FALSE(all[10].is_default);
    CHECK(listing({all.begin() + 11, all.end()}) == "operator.101.name = Anna\n"
                                                    "group.601.name = Sales \"A\"\n"
                                                    "group.601.members = 101,102\n"
                                                    "channel.5551234.name = Google Ads\n"
                                                    "channel.5551234.from = \n"
                                                    "channel.5551234.to = 2024-03-31\n"
                                                    "channel.5551234.spend = \n"
                                                    "channel.5551234#2.name = \n"
                                                    "channel.5551234#2.from = 2024-04-01\n"
                                                    "channel.5551234#2.to = \n"
                                                    "channel.5551234#2.spend = 1200.5\n");
}

TEST_CASE("entries under a key or an entity key") {
    auto m = configured();
    CHECK(listing(site::entries(m, "threshold.service_level_s")) == "threshold.service_level_s = 20 (default)\n");
    CHECK(site::entries(m, "threshold").size() == 10);
    CHECK(listing(site::entries(m, "group.601")) == "group.601.name = Sales \"A\"\ngroup.601.members = 101,102\n");
    CHECK(listing(site::entries(m, "group.601.members")) == "group.601.members = 101,102\n");
    CHECK(site::entries(m, "channel.5551234").size() == 8);
    CHECK(listing(site::entries(m, "channel.5551234#2.spend")) == "channel.5551234#2.spend = 1200.5\n");
    CHECK(listing(site::entries(m, "channel.5551234#1.to")) == "channel.5551234.to = 2024-03-31\n");
    CHECK(site::entries(m, "channel.5551234#2").size() == 4);
    CHECK(site::entries(m, "operator.999").empty());    // well formed, not configured
    CHECK(site::entries(m, "channel.5550000").empty());
    CHECK_THROWS_WITH(site::entries(m, "operator"), Catch::StartsWith("unknown key 'operator': keys are"));
    CHECK_THROWS_WITH(site::entries(m, ""), Catch::StartsWith("unknown key '': keys are"));
    CHECK_THROWS_WITH(site::entries(m, "channel.555#0"),
                      "unknown key 'channel.555#0': #K after the DID is a period number from 1 to 1000");
}

TEST_CASE("values: percentages, trimming, clearing optional values") {
    SiteModel m;
    site::apply(m, "threshold.trunk_blocking_target", " 0.5% ");
    CHECK(m.thresholds.trunk_blocking_target == 0.005);
    site::apply(m, "threshold.shrinkage", "0");
    CHECK(m.thresholds.shrinkage == 0);
    CHECK_THROWS_WITH(site::apply(m, "threshold.shrinkage", "100%"),
                      "threshold.shrinkage: '100%' is not a fraction from 0 up to (not including) 1 (a decimal such as 0.25 or a percentage such as 25%)");
    CHECK_THROWS_WITH(site::apply(m, "threshold.service_level_target", "0x1p-1"),
                      Catch::StartsWith("threshold.service_level_target: '0x1p-1' is not a fraction"));
    CHECK_THROWS_WITH(site::apply(m, "threshold.service_level_target", "nan"), Catch::Contains("is not a fraction"));
    site::apply(m, "channel.9.name", "TV");
    site::apply(m, "channel.9.spend", "100");
    site::apply(m, "channel.9.spend", "");
    CHECK_FALSE(m.channels[0].monthly_spend.has_value());
    site::apply(m, "trunks", "8");
    site::apply(m, "trunks", " ");
    CHECK_FALSE(m.trunk_count.has_value());
    site::apply(m, "group.7.members", "D01, T12 *3");
    CHECK(m.groups[0].members == std::vector<std::string>{"D01", "T12", "*3"});
    CHECK(site::remove(m, "group.7"));
    CHECK_FALSE(site::remove(m, "group.7"));
    CHECK(site::remove(m, "threshold"));  // two were set above
    CHECK(m.thresholds.shrinkage == 0.3);
    CHECK_FALSE(site::remove(m, "threshold"));  // every threshold at its default already
}

TEST_CASE("validate lists every problem of a model at once") {
    SiteModel m;
    m.operators = {{"101", "Anna"}, {"101", "Anna again"}, {"102", ""}};
    m.groups = {{"102", " Sales", {"101", ""}}};
    m.thresholds.service_level_target = 1.5;
    m.trunk_count = 0;
    m.channels = {{"555", "x", reports::CivilDay{2024, 2, 30}, std::nullopt, -1.0}};
    try {
        site::validate(m);
        FAIL("accepted");
    } catch (const site::SiteError& e) {
        CHECK(std::string(e.what()) ==
              "the site configuration has 9 problems:\n"
              "  threshold.service_level_target: '1.5' is not a fraction above 0 and below 1 (a decimal such as 0.25 or a percentage such as 25%)\n"
              "  trunks = 0 is not from 1 to 10000\n"
              "  operator.101: the extension is configured twice\n"
              "  operator.102: has no name: give one or remove the operator\n"
              "  group.102: 102 is also operator.102: a number is either an extension or an ICD group; remove one\n"
              "  group.102: name has spaces around it\n"
              "  group.102: a member is empty or has a space or comma in it\n"
              "  channel.555: 2024-02-30 is not a calendar day\n"
              "  channel.555: spend '-1' is not an amount from 0 to 1000000000000 (digits and a decimal point, no "
              "currency sign)");
    }
}

TEST_CASE("the configuration as JSON: typed values, nulls for what is unknown, UTF-8 kept") {
    auto m = configured();
    site::apply(m, "operator.102.name", "Борис\\");
    CHECK(site::to_json(m) ==
          R"({"trunks":24,"thresholds":{"service_level_s":20,"service_level_target":0.8,"short_abandon_s":5,)"
          R"("abandon_policy":"against","callback_window_s":86400,"talk_short_below_s":40,"talk_long_above_s":180,)"
          R"("slow_answer_ring_s":15,"trunk_blocking_target":0.01,"shrinkage":0.35},)"
          R"("operators":[{"ext":"101","name":"Anna"},{"ext":"102","name":"Борис\\"}],)"
          R"("groups":[{"number":"601","name":"Sales \"A\"","members":["101","102"]}],)"
          R"("channels":[{"did":"5551234","period":1,"name":"Google Ads","from":null,"to":"2024-03-31",)"
          R"("monthly_spend":null},{"did":"5551234","period":2,"name":"","from":"2024-04-01","to":null,)"
          R"("monthly_spend":1200.5}]})");
    CHECK(site::to_json(site::entries(m, "group.601")) == R"({"group.601.name":"Sales \"A\"","group.601.members":["101","102"]})");
    CHECK(site::to_json(site::entries(SiteModel{}, "trunks")) == R"({"trunks":null})");
    CHECK(site::to_json(site::entries(m, "threshold.abandon_policy")) == R"({"threshold.abandon_policy":"against"})");
}
