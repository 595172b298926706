// A supervisor of group A never sees group B: not in live events, not in report rows, not in
// caller history. Every figure below is exact: what each session receives, in order.
#include "common/site/site.h"
#include "net_fixture.h"
#include "raw_client.h"
#include "records.h"
#include "server/net/database_services.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::incoming;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

namespace {

// The next `n` messages.
std::vector<Message> received(RawClient& c, std::size_t n) {
    std::vector<Message> out;
    while (out.size() < n) {
        auto m = c.next();
        REQUIRE(m.has_value());
        out.push_back(*m);
    }
    return out;
}

// What a session received until (and without) the Pong of `marker`. Events are published
// asynchronously: call it once a session that sees everything has received the last event,
// because the hub queued the event to every session at the same moment, before the Ping.
std::vector<Message> received_until_pong(RawClient& c, std::uint32_t marker) {
    c.send(Ping{marker});
    std::vector<Message> out;
    while (true) {
        auto m = c.next();
        REQUIRE(m.has_value());
        if (auto* pong = std::get_if<Pong>(&*m); pong && pong->sequence == marker) return out;
        out.push_back(*m);
    }
}

std::vector<std::string> summary(const std::vector<Message>& messages) {
    std::vector<std::string> out;
    for (const auto& m : messages) {
        if (auto* e = std::get_if<CallRinging>(&m)) out.push_back("ringing " + e->ext + "/" + e->group);
        else if (auto* e = std::get_if<CallAnswered>(&m)) out.push_back("answered " + e->ext + "/" + e->group);
        else if (auto* e = std::get_if<CallEnded>(&m)) out.push_back("ended " + e->ext + "/" + e->group);
        else if (auto* e = std::get_if<QueueState>(&m)) out.push_back("queue " + e->group + " " + std::to_string(e->waiting));
        else if (auto* e = std::get_if<OperatorState>(&m))
            out.push_back("operator " + e->ext + " " + std::to_string(static_cast<int>(e->activity)));
        else out.push_back(std::string(message_name(static_cast<std::uint16_t>(message_type(m)))));
    }
    return out;
}

class BothGroupsReport final : public server::net::ReportService {
public:
    std::vector<ReportInfo> catalog() override { return {{"leaky", "rows of every group", {}}}; }
    server::net::ReportOutcome run(const std::string&, const std::vector<ReportParam>&, const server::accounts::Scope&,
                                   server::net::ReportSink& sink) override {
        // Ignores the scope on purpose: the session must still filter.
        sink.columns({{"group", ColumnKind::Text}});
        sink.rows({{"601", {"601"}}, {"602", {"602"}}, {"", {"site"}}, {"601", {"601 again"}}});
        return {true, ErrorCode::BadRequest, "done"};
    }
};

} // namespace

TEST_CASE("live events reach only the sessions whose groups or extensions they concern") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.add_user("bert", Role::Supervisor, {"602"});
    f.add_user("root", Role::Admin);
    f.add_user("op", Role::Operator, {}, {"101", "102"});
    f.start();
    f.server->set_site(test::two_groups());
    RawClient a(f.port()), b(f.port()), admin(f.port()), op(f.port());
    as<LoginOk>(a.log_in("anna", "password1"));
    as<LoginOk>(b.log_in("bert", "password1"));
    as<LoginOk>(admin.log_in("root", "password1"));
    as<LoginOk>(op.log_in("op", "password1", ClientKind::CallerId, true, "101"));

    const auto t = f.clock.now();
    f.server->publish_record(incoming("601", "01", "0111", "RC"), t);
    f.server->publish_record(incoming("201", "02", "0222", "RC"), t);
    f.server->publish_record(incoming("101", "01", "0111", "AN", 12), t);
    f.server->publish_record(incoming("201", "02", "0222", "NA", 31), t);
    f.server->publish_record(incoming("101", "01", "0111", "", 12, 65), t);

    const auto everything = summary(received(admin, 11));
    CHECK(received_until_pong(admin, 1).empty());
    CHECK(everything == std::vector<std::string>{"ringing 601/601", "queue 601 1", "ringing 201/602",
                                                 "operator 201 2", "answered 101/601", "queue 601 0",
                                                 "operator 101 3", "ended 201/602", "operator 201 1",
                                                 "ended 101/601", "operator 101 1"});
    CHECK(summary(received_until_pong(a, 2)) ==
          std::vector<std::string>{"ringing 601/601", "queue 601 1", "answered 101/601", "queue 601 0",
                                   "operator 101 3", "ended 101/601", "operator 101 1"});
    CHECK(summary(received_until_pong(b, 3)) ==
          std::vector<std::string>{"ringing 201/602", "operator 201 2", "ended 201/602", "operator 201 1"});
    CHECK(summary(received_until_pong(op, 4)) ==
          std::vector<std::string>{"answered 101/601", "operator 101 3", "ended 101/601", "operator 101 1"});
}

TEST_CASE("a supervisor logging in later gets the current queue states of their groups only") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.add_user("root", Role::Admin);
    f.start();
    f.server->set_site(test::two_groups());
    RawClient admin(f.port());
    as<LoginOk>(admin.log_in("root", "password1"));
    f.server->publish_record(incoming("601", "01", "0111", "RC"), f.clock.now());
    f.server->publish_record(incoming("602", "02", "0222", "RC"), f.clock.now());
    REQUIRE(summary(received(admin, 4)) ==
            std::vector<std::string>{"ringing 601/601", "queue 601 1", "ringing 602/602", "queue 602 1"});
    RawClient a(f.port());
    as<LoginOk>(a.log_in("anna", "password1"));
    CHECK(summary(received_until_pong(a, 2)) == std::vector<std::string>{"queue 601 1"});
}

TEST_CASE("report rows of another group are dropped by the session even when the report sends them") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.add_user("root", Role::Admin);
    BothGroupsReport leaky;
    f.start(&leaky);
    auto rows_for = [&](const std::string& user) {
        RawClient c(f.port());
        as<LoginOk>(c.log_in(user, "password1", ClientKind::Supervisor, false));
        c.send(ReportRequest{7, "leaky", {}});
        CHECK(as<ReportColumns>(c.next()).request_id == 7);
        auto rows = as<ReportRows>(c.next());
        CHECK(c.last_flags() == 0);
        auto done = as<ReportDone>(c.next());
        CHECK(done.rows == rows.rows.size());
        std::vector<std::string> cells;
        for (const auto& r : rows.rows) cells.push_back(r.cells.at(0));
        return cells;
    };
    CHECK(rows_for("anna") == std::vector<std::string>{"601", "601 again"});
    CHECK(rows_for("root") == std::vector<std::string>{"601", "602", "site", "601 again"});
}

TEST_CASE("caller history lists and counts only the asker's groups") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    f.add_user("root", Role::Admin);
    using test::store_record;
    store_record(f.db, 1, "2026-11-20", "09:00", "101", "0111", "", 5, 60, test::kT0us);
    store_record(f.db, 2, "2026-11-20", "09:05", "201", "0111", "", 7, 30, test::kT0us + 1);
    store_record(f.db, 3, "2026-11-21", "10:00", "601", "0111", "NA", 20, 0, test::kT0us + 2);
    store_record(f.db, 4, "2026-11-21", "10:01", "201", "0222", "", 3, 10, test::kT0us + 3);
    store_record(f.db, 5, "2026-11-21", "10:02", "101", "0111", "RC", 0, 0, test::kT0us + 4);  // a moment, not a call
    f.lookups.set_site(test::two_groups());
    f.start();

    RawClient a(f.port());
    as<LoginOk>(a.log_in("anna", "password1", ClientKind::Supervisor, false));
    a.send(HistoryLookup{2, "0111", 10});
    auto h = as<HistoryResult>(a.next());
    CHECK(h.total == 2);
    REQUIRE(h.calls.size() == 2);
    CHECK(h.calls[0].ext == "601");
    CHECK(h.calls[0].condition == "NA");
    CHECK(h.calls[1].ext == "101");
    CHECK(h.calls[1].duration_s == 60);

    RawClient admin(f.port());
    as<LoginOk>(admin.log_in("root", "password1", ClientKind::Supervisor, false));
    admin.send(HistoryLookup{3, "0111", 1});
    auto all = as<HistoryResult>(admin.next());
    CHECK(all.total == 3);
    REQUIRE(all.calls.size() == 1);
    CHECK(all.calls[0].ext == "601");

    a.send(ReportRequest{4, "calls", {{"from", "2026-11-01"}, {"to", "2026-11-30"}, {"group", "602"}}});
    auto refused = as<RequestFailed>(a.next());
    CHECK(refused.code == ErrorCode::NotAllowed);
    CHECK(refused.text == "group 602 is not one of your groups");
}

TEST_CASE("a ring counts the caller's earlier calls, not its own later records the writer already stored") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    constexpr std::int64_t kDayUs = 86'400'000'000;
    test::store_record(f.db, 1, "2026-11-22", "09:00", "101", "0111", "", 5, 60, test::kT0us - kDayUs);
    // The same call's end: the writer can commit it before the live thread enriches the ring.
    test::store_record(f.db, 2, "2026-11-23", "09:01", "101", "0111", "NA", 20, 0, test::kT0us + 1'000'000);
    f.start();
    RawClient a(f.port());
    as<LoginOk>(a.log_in("root", "password1"));
    f.server->publish_record(test::incoming("101", "05", "0111", "RC"), from_unix_us(test::kT0us));
    auto ring = as<CallRinging>(a.next());
    CHECK(ring.earlier_calls == 1);
    CHECK(ring.last_call_us == test::kT0us - kDayUs);
}

TEST_CASE("DatabaseServices: logins, look-ups and the site configuration from the database") {
    NetFixture f;
    f.add_user("anna", Role::Supervisor, {"601"});
    site::set(f.db, "group.601.members", "101,102");
    test::store_record(f.db, 1, "2026-11-20", "09:00", "101", "0111", "", 5, 60, test::kT0us);
    server::net::DatabaseServices services(f.dir / "kxcti.db", f.clock);
    server::net::NetServer net(f.io, f.config, services.services(), f.clock);
    net.set_site(services.load_site());
    net.start();
    std::thread io([&] { f.io.run(); });
    struct Stop {  // also when a REQUIRE fails: a joinable thread must not be destroyed
        server::net::NetServer& net;
        std::thread& io;
        ~Stop() {
            net.stop("test over");
            io.join();
        }
    } stop{net, io};
    {
        RawClient a(net.local_port());
        as<LoginOk>(a.log_in("anna", "password1"));
        // Extension 102 is a member of 601 by the site configuration: anna sees its calls.
        net.publish_record(test::incoming("102", "05", "0111", "AN", 3), f.clock.now());
        auto answered = as<CallAnswered>(a.next());
        CHECK(answered.ext == "102");
        CHECK(answered.group == "601");
        CHECK(as<OperatorState>(a.next()).activity == OperatorActivity::Talking);
        a.send(HistoryLookup{1, "0111", 5});
        auto h = as<HistoryResult>(a.next());
        CHECK(h.total == 1);
    }
}
