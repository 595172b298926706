// The client library and kxcti-cli against a real server: watch, login, report, TLS; and a
// long report streamed in chunks.
#include "net_fixture.h"
#include "protocol/client/cli.h"
#include "protocol/client/client.h"
#include "raw_client.h"
#include "records.h"
#include "tests/support/child_process.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <thread>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

namespace {

struct CliRun {
    int status = -1;
    std::string out, err;
};

CliRun cli(std::vector<std::string> args, const std::string& input = {}, const char* password_env = nullptr) {
    std::istringstream in(input);
    std::ostringstream out, err;
    CliRun r;
    r.status = client::cli_main(args, in, out, err, [&](const char* name) -> const char* {
        return std::string(name) == "KXCTI_PASSWORD" ? password_env : nullptr;
    });
    r.out = out.str();
    r.err = err.str();
    return r;
}

// Waits (bounded, without sleeping on a timer) until the server counts `n` live sessions.
bool live_sessions_reach(NetFixture& f, std::size_t n) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (f.server->stats().live_sessions < n) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::yield();
    }
    return true;
}

class CountingReport final : public server::net::ReportService {
public:
    explicit CountingReport(int rows) : rows_(rows) {}
    std::vector<ReportInfo> catalog() override { return {{"count", "numbers", {"n"}}}; }
    server::net::ReportOutcome run(const std::string&, const std::vector<ReportParam>&, const server::accounts::Scope&,
                                   server::net::ReportSink& sink) override {
        sink.columns({{"n", ColumnKind::Integer}});
        std::vector<ReportRow> batch;
        for (int i = 1; i <= rows_; ++i) {
            batch.push_back({"601", {std::to_string(i)}});
            if (batch.size() == 100) {
                if (!sink.rows(std::move(batch)) || !sink.progress(static_cast<std::uint64_t>(i), rows_)) return {};
                batch.clear();
            }
        }
        if (!batch.empty()) sink.rows(std::move(batch));
        return {true, ErrorCode::BadRequest, "counted"};
    }

private:
    int rows_;
};

} // namespace

TEST_CASE("kxcti-cli watch prints live events as JSON lines") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    f.start();
    CliRun run;
    std::thread watcher([&] {
        run = cli({"watch", "--port", std::to_string(f.port()), "--user", "root", "--count", "2"}, "password1\n");
    });
    REQUIRE(live_sessions_reach(f, 1));
    f.server->publish(CallEnded{"05|0123", test::kT0us, "101", "601", "05", "0123", CallOutcome::Abandoned, 31, 0});
    f.server->publish(QueueState{test::kT0us + 1, "601", 2, test::kT0us - 5'000'000});
    watcher.join();
    INFO(run.err);
    CHECK(run.status == 0);
    CHECK(run.out ==
          "{\"event\":\"ended\",\"call\":\"05|0123\",\"at_us\":1795424400000000,\"at\":\"2026-11-23T09:00:00Z\","
          "\"ext\":\"101\",\"group\":\"601\",\"trunk\":\"05\",\"caller\":\"0123\",\"outcome\":\"abandoned\","
          "\"ring_s\":31,\"duration_s\":0}\n"
          "{\"event\":\"queue\",\"at_us\":1795424400000001,\"at\":\"2026-11-23T09:00:00Z\",\"group\":\"601\","
          "\"waiting\":2,\"oldest_since_us\":1795424395000000}\n");
}

TEST_CASE("kxcti-cli login: the password from the environment or stdin, refusals on stderr") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.start();
    const auto port = std::to_string(f.port());
    auto ok = cli({"login", "--port", port, "--user", "anna"}, "", "password1");
    CHECK(ok.status == 0);
    CHECK(ok.out == "{\"message\":\"LoginOk\",\"user\":\"anna\",\"role\":\"supervisor\",\"all_groups\":false,"
                    "\"groups\":[\"601\"],\"extensions\":[],\"text\":\"Supervisor seat 1 of 5\"}\n");
    auto wrong = cli({"login", "--port", port, "--user", "anna"}, "password2\n");
    CHECK(wrong.status == 1);
    CHECK(wrong.err == "kxcti-cli: login refused: wrong user name or password\n");
    auto argv_pw = cli({"login", "--port", port, "--user", "anna", "--password", "x"});
    CHECK(argv_pw.status == 2);
    CHECK(argv_pw.err == "kxcti-cli: unknown option --password (give the password in KXCTI_PASSWORD or on standard "
                         "input) (kxcti-cli --help)\n");
    auto nobody = cli({"login", "--port", "1", "--user", "anna"}, "password1\n");
    CHECK(nobody.status == 1);
    CHECK_THAT(nobody.err, Catch::StartsWith("kxcti-cli: cannot connect to 127.0.0.1:1: "));
}

TEST_CASE("kxcti-cli report and lookup print rows as JSON lines") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    test::store_record(f.db, 1, "2026-11-20", "09:00", "101", "0111", "", 5, 60, test::kT0us);
    test::store_record(f.db, 2, "2026-11-21", "10:00", "601", "0111", "NA", 20, 0, test::kT0us + 1);
    f.lookups.set_site(test::two_groups());
    f.lookups.set_phonebook({{"0111", "Smith"}});
    f.start();
    const auto port = std::to_string(f.port());
    auto groups = cli({"report", "groups", "--port", port, "--user", "root", "--from", "2026-11-20", "--to",
                       "2026-11-21"},
                      "password1\n");
    INFO(groups.err);
    CHECK(groups.status == 0);
    CHECK(groups.out ==
          "{\"group\":\"601\",\"name\":\"\",\"offered\":1,\"answered\":0,\"answer_rate\":0,\"lost\":1,"
          "\"lost_in_queue\":1,\"lost_at_operator\":0,\"short_abandons\":0,\"abandon_rate\":1,"
          "\"abandon_rate_incl_short\":1,\"forwarded_out\":0,\"overflowed\":0,\"unknown_outcome\":0,\"queued\":null,"
          "\"transferred\":0,\"asa_s\":null,\"max_wait_s\":null,\"avg_abandon_wait_s\":20.000,\"max_wait_lost_s\":20,"
          "\"wait_unknown\":0,\"service_level\":null,\"talk_s\":0,\"avg_talk_s\":null,\"max_talk_s\":null,"
          "\"aht_s\":null,\"talk_unknown\":0,\"operators_rang\":0,\"ring_no_answer\":0}\n");
    CHECK_THAT(groups.err, Catch::StartsWith("report groups: 1 of 1\nreport groups: 1 rows; ICD groups: "));
    auto list = cli({"report", "list", "--port", port, "--user", "root"}, "password1\n");
    CHECK_THAT(list.out, Catch::StartsWith("summary  Summary  (--from --to --group --operator --channel --interval)\n"
                                           "groups  ICD groups  (--from --to --group --operator --channel --interval)\n"));
    auto lookup = cli({"lookup", "0111", "--port", port, "--user", "root", "--limit", "1"}, "password1\n");
    CHECK(lookup.out == "{\"phonebook\":\"0111\",\"name\":\"Smith\"}\n"
                        "{\"date\":\"2026-11-21\",\"time\":\"10:00\",\"ext\":\"601\",\"group\":\"601\",\"trunk\":\"01\","
                        "\"ring_s\":20,\"duration_s\":0,\"cd\":\"NA\"}\n"
                        "{\"total\":2}\n");
    auto unknown = cli({"report", "nope", "--port", port, "--user", "root"}, "password1\n");
    CHECK(unknown.status == 1);
    CHECK(unknown.err == "kxcti-cli: no report named 'nope' (the reports are summary, groups, operators, hourly, "
                         "busy-hour, staffing, service-level, talk-buckets, lost-not-called-back, repeat-callers, "
                         "channels, calls)\n");
}

TEST_CASE("a long report streams in chunks: kFlagMore on all but the last, progress between") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    CountingReport counting(1200);
    f.start(&counting);
    RawClient c(f.port());
    as<LoginOk>(c.log_in("root", "password1", ClientKind::Supervisor, false));
    c.send(ReportRequest{9, "count", {}});
    CHECK(as<ReportColumns>(c.next()).columns == std::vector<ReportColumn>{{"n", ColumnKind::Integer}});
    std::vector<std::size_t> chunks;
    std::vector<std::uint16_t> flags;
    std::vector<std::uint64_t> progress;
    int expected = 1;
    while (true) {
        auto m = c.next();
        REQUIRE(m.has_value());
        if (auto* p = std::get_if<ReportProgress>(&*m)) {
            progress.push_back(p->done);
            CHECK(p->total == 1200);
            continue;
        }
        if (auto* done = std::get_if<ReportDone>(&*m)) {
            CHECK(done->rows == 1200);
            CHECK(done->text == "counted");
            break;
        }
        auto rows = as<ReportRows>(m);
        chunks.push_back(rows.rows.size());
        flags.push_back(c.last_flags());
        for (const auto& r : rows.rows) CHECK(r.cells[0] == std::to_string(expected++));
    }
    CHECK(chunks == std::vector<std::size_t>{500, 500, 200});
    CHECK(flags == std::vector<std::uint16_t>{kFlagMore, kFlagMore, 0});
    CHECK(progress.size() == 12);
    CHECK(progress.back() == 1200);
}

TEST_CASE("TLS: a trusted certificate logs in, a plain client and an untrusting one are refused") {
    NetFixture f;
    const auto key = (f.dir / "server.key").string();
    const auto cert = (f.dir / "server.crt").string();
    auto made = test::run_program({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                                   "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days",
                                   "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"});
    INFO(made.err);
    REQUIRE(made.status == 0);
    f.config.tls = {true, cert, key};
    f.add_user("root", Role::Admin);
    f.start();

    client::ClientOptions o;
    o.host = "localhost";
    o.port = f.port();
    o.tls = true;
    o.ca_file = cert;
    client::Client c(o);
    CHECK(c.connect().version == 1);
    CHECK(c.login("root", "password1").user == "root");
    CHECK(c.catalog().size() == 12);

    RawClient plain(f.port());
    plain.send(make_hello(ClientKind::Cli, "plain", {}));
    CHECK(plain.closed_by_server());

    client::ClientOptions untrusting = o;
    untrusting.ca_file.clear();  // the system's CAs do not know our self-signed certificate
    client::Client u(untrusting);
    try {
        u.connect();
        FAIL("connected without trusting the certificate");
    } catch (const client::ClientError& e) {
        CHECK_THAT(e.what(), Catch::StartsWith("TLS with localhost:" + std::to_string(f.port()) + " failed: "));
        CHECK_THAT(e.what(), Catch::EndsWith("(is the server's certificate trusted? --ca FILE)"));
    }
}

TEST_CASE("a TLS certificate that cannot be read stops start() with the path and the setting") {
    NetFixture f;
    f.config.tls = {true, f.dir / "missing.crt", f.dir / "missing.key"};
    try {
        f.start();
        FAIL("started without a certificate");
    } catch (const server::net::NetError& e) {
        CHECK_THAT(e.what(), Catch::StartsWith("cannot load the TLS certificate " + (f.dir / "missing.crt").string()));
        CHECK_THAT(e.what(), Catch::EndsWith("(set [tls] certificate to a readable PEM file, or enabled = no)"));
    }
}
