// kxcti-server run end to end: the demo feed, a LAN PBX with faults, kill -9 and restart, and a
// serial PBX through a real pty pair. Each test reads the database back and checks every line.
#include "common/smdr/parser.h"
#include "tests/e2e/e2e_support.h"
#include "tests/support/socat_pty.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>

using namespace kxcti;
using namespace kxcti::test;

namespace {

constexpr const char* kCompleteLines = "SELECT raw FROM journal WHERE line_end = 0 ORDER BY id";
constexpr const char* kCountComplete = "SELECT COUNT(*) FROM journal WHERE line_end = 0";

std::size_t records_in(const std::vector<std::string>& lines) {
    smdr::Parser parser;
    std::size_t n = 0;
    for (const auto& l : lines) n += parser.feed(l).kind == smdr::LineKind::Record;
    return n;
}

// True when `got` is `expected` with some lines left out, in order, none repeated.
bool is_subsequence(const std::vector<std::string>& got, const std::vector<std::string>& expected) {
    std::size_t j = 0;
    for (const auto& g : got) {
        while (j < expected.size() && expected[j] != g) ++j;
        if (j == expected.size()) return false;
        ++j;
    }
    return true;
}

} // namespace

TEST_CASE("with no PBX configured, run records the demo simulator and stops cleanly on SIGTERM") {
    ScratchDir dir("kxcti-e2e");
    const auto config = dir / "empty.conf";
    // Nothing configured but the clients' port (any free one, so that tests run side by side).
    write_all(config, "[clients]\naddress = 127.0.0.1\nport = 0\n");
    const auto db = dir / "data" / "kxcti.db";
    ChildProcess server({KXCTI_SERVER_EXE, "run", "--config", config.string(), "--data-dir", (dir / "data").string(),
                         "--demo-rate", "500"});
    REQUIRE(wait_until([&] { return db_int(db, "SELECT COUNT(*) FROM smdr_record") >= 200; }));
    server.signal(SIGTERM);
    REQUIRE(server.wait(kE2eDeadline) == 0);

    const auto& log = server.err();
    CHECK(log.find("reading the built-in PBX simulator") != std::string::npos);
    CHECK(log.find("sqlite3 " + db.string()) != std::string::npos);  // tells the user where to look
    const auto journaled = db_int(db, "SELECT COUNT(*) FROM journal");
    CHECK(log.find("stopped: " + std::to_string(journaled) + " lines journaled") != std::string::npos);
    // The generator prints no garbage: the only unreadable line can be the one cut by the stop.
    CHECK(db_int(db, "SELECT COUNT(*) FROM journal WHERE kind = 7 AND line_end <> 1") == 0);
    CHECK(db_int(db, "SELECT COUNT(*) FROM journal WHERE line_end = 1") <= 1);
    CHECK(db_column(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
}

TEST_CASE("a LAN PBX refusing logins and dropping mid-line loses no record and duplicates none") {
    ScratchDir dir("kxcti-e2e");
    const std::vector<std::string> generation{"--generate", "1500", "--seed", "11", "--rate", "0"};
    const auto expected = pbx_lines(dir, generation);
    REQUIRE(expected.size() > 1500);

    auto args = generation;
    args.insert(args.end(), {"--refuse-logins", "2", "--drop-mid-line-after", "400"});
    Pbx pbx(args);
    const auto db = dir / "data" / "kxcti.db";
    auto server = start_server(tcp_link_config(dir, pbx.port), dir / "data");
    REQUIRE(wait_until([&] { return db_int(db, kCountComplete) >= static_cast<std::int64_t>(expected.size()); }));
    server->signal(SIGTERM);
    REQUIRE(server->wait(kE2eDeadline) == 0);

    // Every line exactly once, in order, each record parsed once.
    CHECK(db_column(db, kCompleteLines) == expected);
    CHECK(db_int(db, "SELECT COUNT(*) FROM smdr_record r JOIN journal j ON j.id = r.journal_id WHERE j.kind = 0") ==
          static_cast<std::int64_t>(records_in(expected)));
    // The halves cut by the drops are kept, as errors, and each is the start of the line resent.
    const auto cut = db_column(db, "SELECT raw FROM journal WHERE line_end = 1 ORDER BY id");
    CHECK(cut.size() == expected.size() / 400);
    for (const auto& half : cut) {
        CHECK_FALSE(half.empty());
        CHECK(std::any_of(expected.begin(), expected.end(), [&](const std::string& l) {
            return l.size() > half.size() && l.compare(0, half.size(), half) == 0;
        }));
    }
    CHECK(db_int(db, "SELECT COUNT(*) FROM journal WHERE line_end = 1 AND kind <> 7") == 0);
    const auto& log = server->err();
    CHECK(log.find("PBX rejected the login") != std::string::npos);  // one clear line per refused attempt
}

TEST_CASE("kill -9 during a live feed, then a restart: every line journaled before the kill is kept, none twice") {
    ScratchDir dir("kxcti-e2e");
    const std::vector<std::string> generation{"--generate", "3000", "--seed", "5", "--rate", "0"};
    const auto expected = pbx_lines(dir, generation);
    auto paced = generation;
    paced.back() = "1500";  // lines per second: the feed is still running when the kill comes
    Pbx pbx(paced);
    const auto config = tcp_link_config(dir, pbx.port);
    const auto db = dir / "data" / "kxcti.db";

    auto server = start_server(config, dir / "data");
    REQUIRE(wait_until([&] { return db_int(db, kCountComplete) >= 600; }));
    server->signal(SIGKILL);
    REQUIRE(server->wait(kE2eDeadline) == 128 + SIGKILL);
    const auto before = db_column(db, "SELECT id || ':' || hex(raw) FROM journal ORDER BY id");
    REQUIRE(before.size() >= 600);
    REQUIRE(before.size() < expected.size());  // killed mid-feed, not after it

    server = start_server(config, dir / "data");
    // The PBX resends from the first record it could not deliver; lines that were in the dead
    // server's memory (sent, not yet committed) are the only ones that may be missing.
    REQUIRE(wait_until([&] {
        const auto lines = db_column(db, kCompleteLines);
        return !lines.empty() && lines.back() == expected.back();
    }));
    server->signal(SIGTERM);
    REQUIRE(server->wait(kE2eDeadline) == 0);

    const auto after = db_column(db, "SELECT id || ':' || hex(raw) FROM journal ORDER BY id");
    REQUIRE(after.size() >= before.size());
    CHECK(std::equal(before.begin(), before.end(), after.begin()));  // untouched, same ids, same bytes
    const auto lines = db_column(db, kCompleteLines);
    CHECK(is_subsequence(lines, expected));  // nothing twice, nothing reordered
    const auto missing = expected.size() - lines.size();
    INFO("lines in flight at the kill, never committed: " << missing);
    CHECK(missing < 300);  // bounded by what the socket and the queue held, never a whole run
    CHECK(db_column(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
}

TEST_CASE("a serial PBX through a real pty pair: every line exactly once") {
    ScratchDir dir("kxcti-e2e");
    SocatPty pty(dir.path());
    const std::vector<std::string> generation{"--generate", "800", "--seed", "3", "--rate", "0", "--layout", "A"};
    const auto expected = pbx_lines(dir, generation);
    const auto config = dir / "serial.conf";
    write_all(config, "[link rs232]\ntype = serial\ndevice = " + pty.server_end().string() +
                          "\nbaud = 9600\nbackoff_initial_ms = 10\nbackoff_max_ms = 50\n");
    auto server = start_server(config, dir / "data");
    // The port must be open before the PBX prints: a pty nobody reads does not keep bytes.
    REQUIRE(wait_until([&] { return server->err().find("reading " + pty.server_end().string()) != std::string::npos; }));

    auto args = generation;
    args.insert(args.end(), {"--serial", pty.pbx_end().string()});
    const auto pbx = run_program([&] {
        std::vector<std::string> argv{KXCTI_PBXSIM_EXE};
        argv.insert(argv.end(), args.begin(), args.end());
        return argv;
    }());
    REQUIRE(pbx.status == 0);
    const auto db = dir / "data" / "kxcti.db";
    REQUIRE(wait_until([&] { return db_int(db, kCountComplete) >= static_cast<std::int64_t>(expected.size()); }));
    server->signal(SIGTERM);
    REQUIRE(server->wait(kE2eDeadline) == 0);
    CHECK(db_column(db, kCompleteLines) == expected);
    CHECK(db_int(db, "SELECT COUNT(*) FROM journal WHERE kind = 7") == 0);
}
