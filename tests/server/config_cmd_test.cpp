// kxcti-server config get|set|unset|import, run as a program on a real database file.
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using kxcti::test::RunResult;
using kxcti::test::ScratchDir;

namespace {

RunResult config(const std::vector<std::string>& words) {
    std::vector<std::string> argv{KXCTI_SERVER_EXE, "config"};
    argv.insert(argv.end(), words.begin(), words.end());
    return kxcti::test::run_program(argv);
}

// config with --db DB appended.
RunResult config(const std::vector<std::string>& words, const std::filesystem::path& db) {
    auto w = words;
    w.insert(w.end(), {"--db", db.string()});
    return config(w);
}

constexpr const char* kDefaults = "trunks = \n"
                                  "threshold.service_level_s = 20\n"
                                  "threshold.service_level_target = 0.8\n"
                                  "threshold.short_abandon_s = 5\n"
                                  "threshold.abandon_policy = against\n"
                                  "threshold.callback_window_s = 86400\n"
                                  "threshold.talk_short_below_s = 40\n"
                                  "threshold.talk_long_above_s = 180\n"
                                  "threshold.slow_answer_ring_s = 15\n"
                                  "threshold.trunk_blocking_target = 0.01\n"
                                  "threshold.shrinkage = 0.3\n";

constexpr const char* kSiteIni = "trunks = 24\n"
                                 "[threshold]\n"
                                 "service_level_s = 15\n"
                                 "[operator.101]\n"
                                 "name = Anna Петрова\n"
                                 "[operator.99]\n"
                                 "name = Boris\n"
                                 "[group.601]\n"
                                 "name = Sales\n"
                                 "members = 101, 99\n"
                                 "[channel.5551234]\n"
                                 "name = Google Ads\n"
                                 "to = 2024-03-31\n"
                                 "spend = 1500\n"
                                 "[channel.5551234#2]\n"
                                 "name = Billboard\n"
                                 "from = 2024-04-01\n";

} // namespace

TEST_CASE("config get before anything is configured prints kpi.md's defaults and creates nothing") {
    ScratchDir dir;
    auto r = config({"get"}, dir / "kxcti.db");
    CHECK(r.status == 0);
    CHECK(r.out == kDefaults);
    CHECK(r.err == "kxcti-server config: database " + (dir / "kxcti.db").string() +
                       " does not exist yet: showing the defaults\n");
    CHECK_FALSE(std::filesystem::exists(dir / "kxcti.db"));
    r = config({"get", "--format", "json"}, dir / "kxcti.db");
    CHECK(r.status == 0);
    CHECK(r.out == R"({"trunks":null,"thresholds":{"service_level_s":20,"service_level_target":0.8,)"
                   R"("short_abandon_s":5,"abandon_policy":"against","callback_window_s":86400,)"
                   R"("talk_short_below_s":40,"talk_long_above_s":180,"slow_answer_ring_s":15,)"
                   R"("trunk_blocking_target":0.01,"shrinkage":0.3},"operators":[],"groups":[],"channels":[]})"
                   "\n");
}

TEST_CASE("config set stores a key, config get prints one key, an entity or everything") {
    ScratchDir dir;
    const auto db = dir / "data" / "kxcti.db";  // the directory is created on the first write
    auto r = config({"set", "operator.101.name", "Anna Petrova"}, db);
    CHECK(r.status == 0);
    CHECK(r.out == "operator.101.name = Anna Petrova\n");
    CHECK(config({"set", "group.601.members", "101, 102"}, db).out == "group.601.members = 101,102\n");
    CHECK(config({"set", "threshold.service_level_target", "90%"}, db).out == "threshold.service_level_target = 0.9\n");
    CHECK(config({"set", "channel.5551234.spend", "1500.50"}, db).out == "channel.5551234.spend = 1500.5\n");

    r = config({"get", "threshold.service_level_target"}, db);
    CHECK(r.status == 0);
    CHECK(r.out == "0.9\n");  // a full key: the value alone, for scripts
    CHECK(config({"get", "group.601"}, db).out == "group.601.name = \ngroup.601.members = 101,102\n");
    CHECK(config({"get", "group.601.members", "--format", "json"}, db).out == R"({"group.601.members":["101","102"]})"
                                                                              "\n");
    CHECK(config({"get", "channel.5551234#1.spend", "--format", "json"}, db).out == R"({"channel.5551234.spend":1500.5})"
                                                                                    "\n");
    r = config({"get"}, db);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("threshold.service_level_target = 0.9\n") != std::string::npos);
    CHECK(r.out.find("operator.101.name = Anna Petrova\n"
                     "group.601.name = \n"
                     "group.601.members = 101,102\n"
                     "channel.5551234.name = \n"
                     "channel.5551234.from = \n"
                     "channel.5551234.to = \n"
                     "channel.5551234.spend = 1500.5\n") != std::string::npos);
}

TEST_CASE("config unset returns a key to its default or removes an entity") {
    ScratchDir dir;
    const auto db = dir / "kxcti.db";
    config({"set", "threshold.short_abandon_s", "8"}, db);
    config({"set", "operator.101.name", "Anna"}, db);
    auto r = config({"unset", "threshold.short_abandon_s"}, db);
    CHECK(r.status == 0);
    CHECK(r.out == "threshold.short_abandon_s = 5\n");
    CHECK(config({"unset", "operator.101"}, db).out == "operator.101 removed\n");
    r = config({"unset", "operator.101"}, db);
    CHECK(r.status == 0);
    CHECK(r.out == "operator.101 was not set: nothing changed\n");
    r = config({"get", "operator.101"}, db);
    CHECK(r.status == 1);
    CHECK(r.err == "kxcti-server config: operator.101 is not configured (config set adds it)\n");
    CHECK(config({"get"}, db).out == kDefaults);
}

TEST_CASE("config set refuses bad keys and values with exit 2 and changes nothing") {
    ScratchDir dir;
    const auto db = dir / "kxcti.db";
    config({"set", "channel.555.to", "2024-03-31"}, db);
    const std::string before = config({"get"}, db).out;
    struct Case {
        std::vector<std::string> words;
        std::string message;
    };
    const Case cases[] = {
        {{"set", "threshold.service_level_s", "20s"},
         "threshold.service_level_s: '20s' is not a whole number of seconds from 0 to 3600"},
        {{"set", "operater.101.name", "Anna"}, "unknown key 'operater.101.name': keys are trunks"},
        {{"set", "channel.555.from", "2024-04-01"},
         "channel.555: ends (2024-03-31) before it starts (2024-04-01): swap .from and .to"},
        {{"set", "channel.555#2.name", "TV"}, "DID 555: periods channel.555 (since ever to 2024-03-31) and "
                                              "channel.555#2 (since ever to open) overlap"},
        {{"set", "trunks", "lots"}, "trunks: 'lots' is not a whole number of trunks from 1 to 10000"},
        {{"unset", "thresholds"}, "unknown key 'thresholds'"},
        {{"get", "group"}, "unknown key 'group'"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.words);
        auto r = config(c.words, db);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("kxcti-server config: ", 0) == 0);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find("(see kxcti-server config --help)") != std::string::npos);
    }
    CHECK(config({"get"}, db).out == before);
}

TEST_CASE("config import reads an INI file, and get's output imports back to the same configuration") {
    ScratchDir dir;
    const auto db = dir / "kxcti.db";
    kxcti::test::write_all(dir / "site.ini", kSiteIni);
    auto r = config({"import", (dir / "site.ini").string()}, db);
    CHECK(r.status == 0);
    CHECK(r.out == (dir / "site.ini").string() +
                       ": 11 keys imported; now 2 operators, 1 group, 2 channel periods, trunks 24, 1 of 10 "
                       "thresholds set\n");
    const std::string printed = config({"get"}, db).out;
    CHECK(printed.find("operator.99.name = Boris\noperator.101.name = Anna Петрова\n") != std::string::npos);
    CHECK(printed.find("channel.5551234#2.name = Billboard\n") != std::string::npos);

    kxcti::test::write_all(dir / "printed.ini", printed);
    r = config({"import", (dir / "printed.ini").string(), "--replace"}, dir / "copy.db");
    CHECK(r.status == 0);
    CHECK(r.out.find("(replacing the whole configuration)") != std::string::npos);
    CHECK(config({"get"}, dir / "copy.db").out == printed);
    CHECK(config({"get", "--format", "json"}, dir / "copy.db").out == config({"get", "--format", "json"}, db).out);

    // --replace with a smaller file leaves only what it names.
    kxcti::test::write_all(dir / "one.ini", "[operator.200]\nname = Zoe\n");
    r = config({"import", (dir / "one.ini").string(), "--replace"}, db);
    CHECK(r.status == 0);
    CHECK(r.out == (dir / "one.ini").string() +
                       ": 1 key imported (replacing the whole configuration); now 1 operator, 0 groups, 0 channel "
                       "periods, trunks unknown, 0 of 10 thresholds set\n");
    CHECK(config({"get"}, db).out == std::string(kDefaults) + "operator.200.name = Zoe\n");
}

TEST_CASE("config import of a file with errors exits 1, lists them by line and imports nothing") {
    ScratchDir dir;
    const auto db = dir / "kxcti.db";
    config({"set", "operator.101.name", "Anna"}, db);
    const std::string before = config({"get"}, db).out;
    const auto file = (dir / "bad.ini").string();
    kxcti::test::write_all(dir / "bad.ini", "trunks = 24\n"
                                            "[group.601]\n"
                                            "members = 101 101\n"
                                            "[operator.102]\n"
                                            "name = Boris\n"
                                            "nick = Bob\n");
    auto r = config({"import", file}, db);
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "kxcti-server config import: " + file + ": 2 problems, nothing was imported\n  " + file +
                       ":3: group.601.members: member 101 is listed twice\n  " + file +
                       ":6: unknown key 'operator.102.nick': an operator has only .name\n");
    CHECK(config({"get"}, db).out == before);

    r = config({"import", (dir / "missing.ini").string()}, db);
    CHECK(r.status == 2);
    CHECK(r.err.find("cannot read " + (dir / "missing.ini").string() + ": No such file or directory") !=
          std::string::npos);
}

TEST_CASE("config finds the database through --config like every command") {
    ScratchDir dir;
    kxcti::test::write_all(dir / "kxcti.conf", "[server]\ndata_dir = " + (dir / "var").string() + "\n");
    auto r = config({"set", "trunks", "12", "--config", (dir / "kxcti.conf").string()});
    CHECK(r.status == 0);
    CHECK(std::filesystem::exists(dir / "var" / "kxcti.db"));
    CHECK(config({"get", "trunks"}, dir / "var" / "kxcti.db").out == "12\n");
    r = config({"get", "trunks", "--config", (dir / "kxcti.conf").string(), "--data-dir", (dir / "other").string()});
    CHECK(r.out == "\n");  // --data-dir overrides the file: a database that does not exist yet
}

TEST_CASE("config usage errors exit 2 and name the problem, --help lists keys and the file format") {
    ScratchDir dir;
    const auto db = dir / "kxcti.db";
    struct Case {
        std::vector<std::string> words;
        std::string message;
    };
    const Case cases[] = {
        {{}, "which action? give get, set, unset or import"},
        {{"show"}, "unknown action 'show': give get, set, unset or import"},
        {{"set", "trunks"}, "set takes KEY VALUE (quote a VALUE with spaces)"},
        {{"set", "trunks", "1", "2"}, "set takes KEY VALUE (quote a VALUE with spaces)"},
        {{"unset"}, "unset takes one KEY"},
        {{"import"}, "import takes one FILE"},
        {{"get", "a", "b"}, "get takes at most one KEY"},
        {{"get", "--format", "xml"}, "--format 'xml' is not table or json"},
        {{"set", "trunks", "1", "--format", "json"}, "unknown option --format"},
        {{"get", "--replace"}, "unknown option --replace"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.words);
        auto r = config(c.words, db);
        CHECK(r.status == 2);
        CHECK(r.err == "kxcti-server config: " + c.message + " (see kxcti-server config --help)\n");
    }
    auto r = config({"--help"});
    CHECK(r.status == 0);
    for (const char* text : {"config get [KEY] [--format table|json]", "config set KEY VALUE", "config unset KEY",
                             "config import FILE [--replace]", "channel.DID#K.FIELD", "threshold.shrinkage = 0.3\n",
                             "import file (INI, UTF-8)", "[operator.101]"})
        CHECK(r.out.find(text) != std::string::npos);
}
