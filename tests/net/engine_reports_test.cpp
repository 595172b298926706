// The reports engine behind the protocol: the same figures as `kxcti-server report`, each
// supervisor getting only their groups' rows and totals.
#include "net_fixture.h"
#include "raw_client.h"
#include "records.h"
#include "server/net/engine_reports.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::protocol;
using kxcti::test::as;
using kxcti::test::NetFixture;
using kxcti::test::RawClient;

namespace {

struct Result {
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    std::string text;
};

Result run(NetFixture& f, const std::string& user, std::vector<ReportParam> params) {
    RawClient c(f.port());
    as<LoginOk>(c.log_in(user, "password1", ClientKind::Supervisor, false));
    c.send(ReportRequest{1, "groups", std::move(params)});
    Result r;
    r.columns = as<ReportColumns>(c.next()).columns;
    while (true) {
        auto m = c.next();
        REQUIRE(m.has_value());
        if (auto* rows = std::get_if<ReportRows>(&*m)) r.rows.insert(r.rows.end(), rows->rows.begin(), rows->rows.end());
        if (auto* done = std::get_if<ReportDone>(&*m)) {
            CHECK(done->rows == r.rows.size());
            r.text = done->text;
            return r;
        }
    }
}

std::vector<std::string> offered(const Result& r) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row.group + ":" + row.cells.at(2));
    return out;
}

} // namespace

TEST_CASE("engine reports over the protocol: the admin sees every group, a supervisor theirs") {
    NetFixture f;
    f.add_user("root", Role::Admin);
    f.add_user("anna", Role::Supervisor, {"601"});
    f.add_user("both", Role::Supervisor, {"601", "602"});
    using test::store_record;
    store_record(f.db, 1, "2026-11-20", "09:00", "601", "0111", "", 5, 0, 1);
    store_record(f.db, 2, "2026-11-20", "09:01", "101", "0111", "", 5, 60, 2);
    store_record(f.db, 3, "2026-11-20", "10:00", "602", "0222", "", 7, 0, 3);
    store_record(f.db, 4, "2026-11-20", "10:01", "201", "0222", "", 7, 30, 4);
    store_record(f.db, 5, "2026-11-20", "11:00", "601", "0333", "NA", 20, 0, 5);
    server::net::EngineReports engine(f.dir / "kxcti.db");
    f.start(&engine);
    const std::vector<ReportParam> day{{"from", "2026-11-20"}, {"to", "2026-11-20"}};

    auto admin = run(f, "root", day);
    REQUIRE(admin.columns.size() > 3);
    CHECK(admin.columns[0] == ReportColumn{"group", ColumnKind::Text});
    CHECK(admin.columns[2] == ReportColumn{"offered", ColumnKind::Integer});
    CHECK(offered(admin) == std::vector<std::string>{"601:2", "602:1"});
    CHECK_THAT(admin.text, Catch::Contains("; 2026-11-20 00:00:00 to 2026-11-21 00:00:00; from=2026-11-20 00:00"));
    CHECK_THAT(admin.text, Catch::Contains("totals: offered=3"));

    auto anna = run(f, "anna", day);
    CHECK(offered(anna) == std::vector<std::string>{"601:2"});
    CHECK_THAT(anna.text, Catch::Contains("group 601 totals: offered=2"));
    CHECK_THAT(anna.text, !Catch::Contains("offered=3"));

    CHECK(offered(run(f, "both", day)) == std::vector<std::string>{"601:2", "602:1"});

    RawClient c(f.port());
    as<LoginOk>(c.log_in("anna", "password1", ClientKind::Supervisor, false));
    c.send(ReportRequest{2, "groups", {{"from", "2026-11-20"}, {"to", "2026-11-20"}, {"group", "602"}}});
    auto denied = as<RequestFailed>(c.next());
    CHECK(denied.code == ErrorCode::NotAllowed);
    CHECK(denied.text == "group 602 is not one of your groups");
    c.send(ReportRequest{3, "groups", {{"from", "yesterday"}}});
    auto bad = as<RequestFailed>(c.next());
    CHECK(bad.code == ErrorCode::BadRequest);
    CHECK_THAT(bad.text, Catch::Contains("yesterday"));
    c.send(ReportCatalogRequest{4});
    auto catalog = as<ReportCatalog>(c.next());
    CHECK(catalog.reports.size() >= 10);
    CHECK(catalog.reports[0].name == "summary");
}
