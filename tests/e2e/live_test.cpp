// Live events end to end, as a site runs them: kxcti-pbxsim prints a PBX's ring, answer and
// end records, kxcti-server run reads them, and real kxcti-cli processes and an NCID client
// receive the events; reports over the protocol equal the server's own; SIGTERM says goodbye.
#include "tests/e2e/e2e_support.h"
#include "tests/support/raw_tcp.h"
#include "tests/support/socat_pty.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>

using namespace kxcti;
using namespace kxcti::test;

namespace {

constexpr const char* kPassword = "e2e-live-pw1";

// A layout A line (../shared/reference/smdr-panasonic.md, column table): Date 8@0, Time 7@9,
// Ext 5@17, CO 2@23, Dial Number 25@26, Ring 4@52, Duration 8@57, CD 3@77.
std::string layout_a(const std::string& time, const std::string& ext, const std::string& co, const std::string& dial,
                     const std::string& ring, const std::string& duration, const std::string& cd) {
    std::string line(80, ' ');
    auto put = [&](const std::string& v, std::size_t at) { line.replace(at, v.size(), v); };
    put("23/11/26", 0);
    put(time, 9);
    put(ext, 17);
    put(co, 23);
    put(dial, 26);
    put(ring, 52);
    put(duration, 57);
    put(cd, 77);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
}

// What the PBX prints: a DID call to group 601 answered at 401, a direct call to 402 that the
// caller gives up, a withheld number ringing at 403, and lines that make no live event.
std::vector<std::string> pbx_script() {
    return {
        "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD",
        std::string(80, '-'),
        layout_a("09:00", "601", "05", "<D>2301<I>0612345678", "", "", "RC"),
        layout_a("09:00", "401", "05", "<D>2301<I>0612345678", "", "", "AN"),
        layout_a("09:01", "402", "06", "<I>0298765432", "", "", "RC"),
        layout_a("09:01", "405", "01", "0123456789", "", "00:00'40", ""),  // outgoing: nothing
        layout_a("09:01", "402", "06", "<I>0298765432", "0'31", "00:00'00", "NA"),
        layout_a("09:02", "601", "05", "<D>2301<I>0612345678", "0'07", "00:00'00", ""),
        layout_a("09:02", "401", "05", "<D>2301<I>0612345678", "0'07", "00:01'50", ""),
        layout_a("09:03", "403", "21", "<I>", "", "", "RC"),
    };
}

std::filesystem::path server_exe() { return KXCTI_SERVER_EXE; }

// Runs a kxcti-server command on the data directory; the output when it succeeds.
std::string admin(const std::filesystem::path& data, std::vector<std::string> args, const std::string& input = {}) {
    std::vector<std::string> argv{server_exe().string()};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--data-dir", data.string()});
    const auto r = run_program(argv, input);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.out;
}

// The port the server's log names for a listener ("clients listening on 127.0.0.1:PORT").
std::uint16_t listening_port(ChildProcess& server, const std::string& what) {
    const std::regex pattern(what + " listening on 127\\.0\\.0\\.1:([0-9]+)");
    std::smatch m;
    REQUIRE(wait_until([&] { return std::regex_search(server.err(), m, pattern); }));
    return static_cast<std::uint16_t>(std::stoi(m[1].str()));
}

// kxcti-cli as a client process; the password in its environment, as a script would give it.
std::unique_ptr<ChildProcess> cli(std::vector<std::string> args) {
    ::setenv("KXCTI_PASSWORD", kPassword, 1);
    args.insert(args.begin(), KXCTI_CLI_EXE);
    return std::make_unique<ChildProcess>(args);
}

// An event line without the server's clock (when the line arrived is not the PBX's truth).
std::string without_clock(const std::string& line) {
    static const std::regex at("\"at_us\":[0-9]+,\"at\":\"[^\"]*\",");
    static const std::regex oldest("\"oldest_since_us\":[1-9][0-9]*");
    return std::regex_replace(std::regex_replace(line, at, ""), oldest, "\"oldest_since_us\":T");
}

std::vector<std::string> read_lines(ChildProcess& p, std::size_t n) {
    std::vector<std::string> out;
    while (out.size() < n) {
        auto l = p.read_line(kE2eDeadline);
        if (!l) break;
        out.push_back(without_clock(*l));
    }
    return out;
}

bool logged_in(ChildProcess& server, const std::string& user, int times = 1) {
    const std::string needle = "user " + user + " (";
    const auto& log = server.err();
    int n = 0;
    for (auto at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
        n += log.compare(log.find(')', at), 12, ") logged in ") == 0;
    return n >= times;
}

} // namespace

TEST_CASE("a PBX's ring, answer and end records reach kxcti-cli watch and NCID clients in order, exactly") {
    ScratchDir dir("kxcti-e2e-live");
    const auto data = dir / "data";
    std::filesystem::create_directories(data);
    admin(data, {"user", "add", "desk", "--role", "admin"}, std::string(kPassword) + "\n");
    admin(data, {"user", "add", "anna", "--role", "operator", "--ext", "402"}, std::string(kPassword) + "\n");
    admin(data, {"config", "set", "group.601.members", "401,402"});
    admin(data, {"config", "set", "channel.2301.name", "Google Ads"});

    SocatPty pty(dir.path());
    const auto config = dir / "kxcti.conf";
    write_all(config, "[link rs232]\ntype = serial\ndevice = " + pty.server_end().string() +
                          "\nbackoff_initial_ms = 10\nbackoff_max_ms = 50\n"
                          "[clients]\naddress = 127.0.0.1\nport = 0\n"
                          "[ncid]\nenabled = yes\nport = 0\n");
    auto server = start_server(config, data);
    const auto port = std::to_string(listening_port(*server, "clients"));
    RawTcp ncid(listening_port(*server, "NCID feed"));
    REQUIRE(ncid.read_until("300 End of connection startup\r\n", kE2eDeadline));
    REQUIRE(wait_until([&] { return server->err().find("reading " + pty.server_end().string()) != std::string::npos; }));

    // The desk sees everything; anna's Caller ID only extension 402's call.
    auto desk = cli({"watch", "--port", port, "--user", "desk", "--count", "14"});
    auto anna = cli({"watch", "--port", port, "--user", "anna", "--count", "4"});
    REQUIRE(wait_until([&] { return logged_in(*server, "desk") && logged_in(*server, "anna"); }));

    std::vector<std::string> argv{KXCTI_PBXSIM_EXE, "--replay", (dir / "pbx.txt").string(), "--rate", "0",
                                  "--serial", pty.pbx_end().string()};
    std::string script;
    for (const auto& l : pbx_script()) script += l + "\n";
    write_all(dir / "pbx.txt", script);
    REQUIRE(run_program(argv).status == 0);

    const std::string a = R"("call":"05|0612345678",)";
    const std::string b = R"("call":"06|0298765432",)";
    const std::string c = R"("call":"21|",)";
    CHECK(read_lines(*desk, 14) == std::vector<std::string>{
        R"({"event":"ringing",)" + a + R"("ext":"601","group":"601","trunk":"05","caller":"0612345678","did":"2301","channel":"Google Ads","name":"","earlier_calls":0,"last_call_us":0})",
        R"({"event":"queue","group":"601","waiting":1,"oldest_since_us":T})",
        R"({"event":"answered",)" + a + R"("ext":"401","group":"601","trunk":"05","caller":"0612345678","ring_s":-1})",
        R"({"event":"queue","group":"601","waiting":0,"oldest_since_us":0})",
        R"({"event":"operator","ext":"401","group":"601","activity":"talking","caller":"0612345678"})",
        R"({"event":"ringing",)" + b + R"("ext":"402","group":"601","trunk":"06","caller":"0298765432","did":"","channel":"","name":"","earlier_calls":0,"last_call_us":0})",
        R"({"event":"operator","ext":"402","group":"601","activity":"ringing","caller":"0298765432"})",
        R"({"event":"ended",)" + b + R"("ext":"402","group":"601","trunk":"06","caller":"0298765432","outcome":"abandoned","ring_s":31,"duration_s":0})",
        R"({"event":"operator","ext":"402","group":"601","activity":"idle","caller":""})",
        R"({"event":"ended",)" + a + R"("ext":"601","group":"601","trunk":"05","caller":"0612345678","outcome":"unknown","ring_s":7,"duration_s":0})",
        // The call is over once the PBX prints its first final record: 401 is idle again.
        R"({"event":"operator","ext":"401","group":"601","activity":"idle","caller":""})",
        R"({"event":"ended",)" + a + R"("ext":"401","group":"601","trunk":"05","caller":"0612345678","outcome":"answered","ring_s":7,"duration_s":110})",
        R"({"event":"ringing",)" + c + R"("ext":"403","group":"","trunk":"21","caller":"","did":"","channel":"","name":"","earlier_calls":0,"last_call_us":0})",
        R"({"event":"operator","ext":"403","group":"","activity":"ringing","caller":""})",
    });
    CHECK(read_lines(*anna, 4) == std::vector<std::string>{
        R"({"event":"ringing",)" + b + R"("ext":"402","group":"601","trunk":"06","caller":"0298765432","did":"","channel":"","name":"","earlier_calls":0,"last_call_us":0})",
        R"({"event":"operator","ext":"402","group":"601","activity":"ringing","caller":"0298765432"})",
        R"({"event":"ended",)" + b + R"("ext":"402","group":"601","trunk":"06","caller":"0298765432","outcome":"abandoned","ring_s":31,"duration_s":0})",
        R"({"event":"operator","ext":"402","group":"601","activity":"idle","caller":""})",
    });
    CHECK(desk->wait(kE2eDeadline) == 0);
    CHECK(anna->wait(kE2eDeadline) == 0);

    // NCID displays get one CID line per ring, stamped with the server's local clock.
    const std::regex cid(R"(CID: \*DATE\*[0-9]{8}\*TIME\*[0-9]{4}\*LINE\*(.*)\*NMBR\*(.*)\*MESG\*NONE\*NAME\*(.*)\*\r)");
    std::string feed;
    while (std::count(feed.begin(), feed.end(), '\n') < 3) {
        auto more = ncid.read_until("\r\n", kE2eDeadline);
        REQUIRE(more);
        feed += *more;
    }
    std::vector<std::string> rings;
    std::istringstream lines(feed);
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        std::smatch m;
        REQUIRE(std::regex_match(line, m, cid));
        rings.push_back(m[1].str() + " " + m[2].str() + " " + m[3].str());
    }
    CHECK(rings == std::vector<std::string>{"05 0612345678 NO NAME", "06 0298765432 NO NAME", "21 OUT-OF-AREA NO NAME"});

    // Shutdown: a client still watching is told why; the server finishes within its deadline.
    auto late = cli({"watch", "--port", port, "--user", "desk"});
    REQUIRE(wait_until([&] { return logged_in(*server, "desk", 2); }));
    server->signal(SIGTERM);
    CHECK(ncid.read_until("MSG: server shutting down: SIGTERM received\r\n", kE2eDeadline));
    REQUIRE(late->wait(kE2eDeadline) == 1);
    CHECK(late->err() == "kxcti-cli: the server said goodbye: server shutting down: SIGTERM received\n");
    REQUIRE(server->wait(kE2eDeadline) == 0);
    CHECK(server->err().find("stopping (SIGTERM received)") != std::string::npos);
}

namespace {

using Row = std::map<std::string, std::string>;

// The rows of a flat JSON object per row (numbers, null, strings without escapes): both
// programs print rows so.
std::vector<Row> flat_objects(const std::string& text) {
    static const std::regex object(R"(\{[^{}]*\})");
    static const std::regex field(R"re("([^"]+)":("[^"]*"|[^,}]+))re");
    std::vector<Row> rows;
    for (std::sregex_iterator o(text.begin(), text.end(), object), end; o != end; ++o) {
        Row row;
        const std::string body = o->str();
        for (std::sregex_iterator f(body.begin(), body.end(), field); f != end; ++f) row[(*f)[1]] = (*f)[2];
        rows.push_back(std::move(row));
    }
    return rows;
}

// The server's value as the protocol carries it: cells are text, fractions to 6 significant
// digits (protocol/client/json.cpp prints them back as numbers).
std::string as_cell(const std::string& value) {
    if (value.find('.') == std::string::npos) return value;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", std::stod(value));
    return buf;
}

// Both numbers and equal as numbers ("338.000" is the protocol's Seconds cell for 338).
bool same_number(const std::string& a, const std::string& b) {
    char* end_a = nullptr;
    char* end_b = nullptr;
    const double x = std::strtod(a.c_str(), &end_a);
    const double y = std::strtod(b.c_str(), &end_b);
    return !a.empty() && !b.empty() && *end_a == '\0' && *end_b == '\0' && x == y;
}

// Every cell that differs, as "row N key: got X, want Y" lines (Catch cannot print maps).
std::string differences(const std::vector<Row>& got, const std::vector<Row>& want) {
    std::string out;
    for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
        const Row none;
        const Row& g = i < got.size() ? got[i] : none;
        const Row& w = i < want.size() ? want[i] : none;
        Row keys = g;
        keys.insert(w.begin(), w.end());
        for (const auto& [key, ignored] : keys) {
            const auto gv = g.count(key) ? g.at(key) : "(none)";
            const auto wv = w.count(key) ? w.at(key) : "(none)";
            if (gv != wv && !same_number(gv, wv)) out += "row " + std::to_string(i) + " " + key + ": got " + gv + ", want " + wv + "\n";
        }
    }
    return out;
}

} // namespace

TEST_CASE("kxcti-cli report over the protocol gives kxcti-server report's figures for the same interval") {
    ScratchDir dir("kxcti-e2e-live");
    const auto data = dir / "data";
    std::filesystem::create_directories(data);
    admin(data, {"user", "add", "boss", "--role", "admin"}, std::string(kPassword) + "\n");
    admin(data, {"config", "set", "group.601.members", "401,402,403,404,405,406"});
    const std::vector<std::string> generation{"--generate", "600", "--seed", "23", "--rate", "0", "--start",
                                              "2026-11-23"};
    const auto expected = pbx_lines(dir, generation);
    Pbx pbx(generation);
    auto server = start_server(tcp_link_config(dir, pbx.port), data);
    const auto port = std::to_string(listening_port(*server, "clients"));
    const auto db = data / "kxcti.db";
    REQUIRE(wait_until([&] {
        return db_int(db, "SELECT COUNT(*) FROM journal") >= static_cast<std::int64_t>(expected.size());
    }));

    for (const std::string report : {"summary", "groups", "operators"}) {
        const std::vector<std::string> interval{"--from", "2026-11-23", "--to", "2026-11-27"};
        std::vector<std::string> over_protocol{KXCTI_CLI_EXE, "report", report, "--port", port, "--user", "boss"};
        over_protocol.insert(over_protocol.end(), interval.begin(), interval.end());
        const auto remote = run_program(over_protocol, std::string(kPassword) + "\n");
        INFO(report << ": " << remote.err);
        REQUIRE(remote.status == 0);
        auto local_args = std::vector<std::string>{"report", report, "--format", "json"};
        local_args.insert(local_args.end(), interval.begin(), interval.end());
        const auto local = admin(data, local_args);
        const auto rows_at = local.find("\"rows\":[");
        REQUIRE(rows_at != std::string::npos);

        const auto got = flat_objects(remote.out);
        auto want = flat_objects(local.substr(rows_at));
        REQUIRE(!want.empty());
        CHECK(want.front().at("offered") != "0");  // the generated days are in the interval
        for (auto& row : want)
            for (auto& [key, value] : row) value = as_cell(value);
        CHECK(differences(got, want) == "");
        CHECK(got.size() == want.size());
    }
    server->signal(SIGTERM);
    REQUIRE(server->wait(kE2eDeadline) == 0);
}
