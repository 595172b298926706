// The CTI link end to end, as a site runs it: kxcti-pbxsim serves its CSTA port, kxcti-server
// run reads it per [csta], and a kxcti-cli watcher sees the ring, the answer and the end of a
// call that only CSTA reported (the server has no SMDR link here: every event it publishes
// comes from the CTI link).
#include "tests/e2e/e2e_support.h"
#include "tests/support/raw_tcp.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdlib>
#include <regex>

using namespace kxcti;
using namespace kxcti::test;

namespace {

constexpr const char* kPassword = "e2e-csta-pw1";

// One call at 08:30:00 on DID 2301 to group 601: 401 answers after 4 s and talks a minute.
constexpr const char* kScenario = R"(
[site]
trunks = 4
patience = none
log_in_out = no
[operators]
talk = fixed:60
answer = fixed:4
[did.2301]
group = 601
calls_per_day = 1
profile = 0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
arrivals = even
[group.601]
members = 401
)";

std::uint16_t listening_port(ChildProcess& server, const std::string& what) {
    const std::regex pattern(what + " listening on 127\\.0\\.0\\.1:([0-9]+)");
    std::smatch m;
    REQUIRE(wait_until([&] { return std::regex_search(server.err(), m, pattern); }));
    return static_cast<std::uint16_t>(std::stoi(m[1].str()));
}

std::string without_clock(const std::string& line) {
    static const std::regex at("\"at_us\":[0-9]+,\"at\":\"[^\"]*\",");
    return std::regex_replace(line, at, "");
}

} // namespace

TEST_CASE("kxcti-server run with [csta]: a watcher sees the ring, answer and end from the CTI link", "[csta]") {
    ScratchDir dir("kxcti-e2e-csta");
    const auto data = dir / "data";
    std::filesystem::create_directories(data);
    {
        const auto r = run_program({KXCTI_SERVER_EXE, "user", "add", "desk", "--role", "admin", "--data-dir", data.string()},
                                   std::string(kPassword) + "\n");
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    write_all(dir / "scenario.ini", kScenario);
    // The traffic waits for a CTI client that monitors every device, and runs as its SMDR
    // client reads: the test holds the SMDR side until the watcher is in.
    Pbx pbx({"--traffic", (dir / "scenario.ini").string(), "--rate", "0", "--page", "0", "--csta-port", "0",
             "--csta-wait", "--truth", (dir / "truth.jsonl").string()});
    const auto csta_line = pbx.process->wait_for_line("CSTA listening on 127.0.0.1:", kE2eDeadline);
    REQUIRE(csta_line);
    const std::string csta_port = csta_line->substr(csta_line->rfind(':') + 1);

    const auto config = dir / "kxcti.conf";
    write_all(config, "[server]\ndemo_simulator = no\n"
                      "[clients]\naddress = 127.0.0.1\nport = 0\n"
                      "[csta]\nenabled = yes\nhost = 127.0.0.1\nport = " + csta_port + "\n");
    auto server = start_server(config, data);
    const auto port = std::to_string(listening_port(*server, "clients"));
    REQUIRE(wait_until([&] { return server->err().find("live events come from the CTI link now") != std::string::npos; }));

    ::setenv("KXCTI_PASSWORD", kPassword, 1);
    ChildProcess watch({KXCTI_CLI_EXE, "watch", "--port", port, "--user", "desk"});
    REQUIRE(wait_until([&] { return server->err().find("user desk (") != std::string::npos; }));

    // Now the PBX's day may begin: log in as its SMDR client and let the records flow.
    RawTcp smdr(pbx.port);
    REQUIRE(smdr.read_until("-", kE2eDeadline));
    smdr.send("SMDR\r\n");
    REQUIRE(smdr.read_until("Enter Password:", kE2eDeadline));
    smdr.send("PCCSMDR\r\n");

    std::string caller;
    REQUIRE(wait_until([&] {
        const auto truth = read_all(dir / "truth.jsonl");
        std::smatch m;
        if (!std::regex_search(truth, m, std::regex(R"re("caller":"(\d+)")re"))) return false;
        caller = m[1];
        return true;
    }));
    const std::string key = R"("call":"01|)" + caller + R"(",)";
    const std::string ring = R"({"event":"ringing",)" + key + R"("ext":"601","group":"601","trunk":"01","caller":")" +
                             caller + R"(","did":"2301","channel":"","name":"","earlier_calls":0,"last_call_us":0})";
    const std::string answered = R"({"event":"answered",)" + key + R"("ext":"401","group":"601","trunk":"01","caller":")" +
                                 caller + R"(","ring_s":4})";
    const std::string ended = R"({"event":"ended",)" + key + R"("ext":"401","group":"601","trunk":"01","caller":")" +
                              caller + R"(","outcome":"answered","ring_s":4,"duration_s":60})";
    // Queue and operator states come between them; the call's own events come in this order.
    std::vector<std::string> calls;
    while (calls.size() < 4) {
        const auto line = watch.read_line(kE2eDeadline);
        REQUIRE(line);
        const auto l = without_clock(*line);
        if (l.find(R"("event":"ringing")") != std::string::npos || l.find(R"("event":"answered")") != std::string::npos ||
            l.find(R"("event":"ended")") != std::string::npos)
            calls.push_back(l);
    }
    CHECK(calls == std::vector<std::string>{
                       ring,
                       R"({"event":"ringing",)" + key + R"("ext":"401","group":"601","trunk":"01","caller":")" + caller +
                           R"(","did":"2301","channel":"","name":"","earlier_calls":0,"last_call_us":0})",
                       answered,
                       ended,
                   });
    server->signal(SIGTERM);
    REQUIRE(server->wait(kE2eDeadline) == 0);
}
