// The real Supervisor, offscreen, against a real kxcti-server run on loopback: login and
// reconnect, every report's table equal to `kxcti-server report`, a supervisor's rights, the
// live board, exports, screenshots of every screen in three languages.
#include "common/util/clock.h"
#include "supervisor-gui/core/live_board.h"
#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/admin_view.h"
#include "supervisor-gui/ui/application.h"
#include "supervisor-gui/ui/live_board_view.h"
#include "supervisor-gui/ui/login_dialog.h"
#include "supervisor-gui/ui/main_window.h"
#include "supervisor-gui/ui/report_document.h"
#include "supervisor-gui/ui/report_panel.h"
#include "supervisor-gui/ui/reports_view.h"
#include "supervisor-gui/ui/staffing_view.h"
#include "tests/supervisor/gui_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <csignal>
#include <map>

using namespace kxcti;
using namespace kxcti::supervisor;
using namespace kxcti::test;
using namespace Qt::StringLiterals;

namespace {

struct App {
    App(const LiveServer& server, const QString& user, const QString& language = u"en"_s) {
        gui_app();
        auto store = std::make_unique<QSettings>(QString::fromStdString((dir / "settings.ini").string()), QSettings::IniFormat);
        store->setValue(u"ui/language"_s, language);
        store->setValue(u"login/host"_s, u"127.0.0.1"_s);
        store->setValue(u"login/port"_s, server.port);
        store->setValue(u"login/user"_s, user);
        app = std::make_unique<SupervisorApp>(std::move(store), clock);
        app->start();
    }
    // Types the password and presses Connect; true once the main window shows the catalog.
    bool log_in(const QString& password = QString::fromUtf8(kPassword)) {
        auto* d = app->login_dialog();
        if (!d) return false;
        d->findChild<QLineEdit*>(u"password"_s)->setText(password);
        d->submit();
        return wait_for([&] { return app->window() && !app->session().catalog().empty(); });
    }
    MainWindow& window() { return *app->window(); }

    ScratchDir dir{"kxcti-supervisor-app"};
    RealClock clock;
    std::unique_ptr<SupervisorApp> app;
};

// Runs `name` on the Reports screen over history_day() and waits for the whole stream.
ReportPanel& run_report(App& a, const QString& name, const ReportFilters& extra = {}) {
    a.window().show_tab(MainWindow::ReportsTab);
    REQUIRE(a.window().reports()->select(name));
    auto* panel = a.window().reports()->panel();
    ReportFilters f = extra;
    f.from = f.to = QDate::fromString(QString::fromStdString(history_day()), Qt::ISODate);
    panel->set_filters(f);
    panel->run();
    REQUIRE(panel->running());
    REQUIRE(wait_for([&] { return !panel->running(); }));
    REQUIRE(panel->model().report().complete);
    return *panel;
}

// Every cell of the table equals the CLI's CSV of the same report (flags: CSV yes/no, protocol 1/0).
void check_equals_cli(const ReportTableModel& m, const std::vector<std::vector<std::string>>& cli) {
    REQUIRE(cli.size() >= 2);
    const auto& header = cli[0];
    const auto& r = m.report();
    REQUIRE(static_cast<std::size_t>(m.rowCount()) == cli.size() - 1);
    std::vector<int> column_of;
    for (const auto& key : header) {
        const auto c = r.column(QString::fromStdString(key));
        INFO("column " << key);
        REQUIRE(c);
        column_of.push_back(*c + (m.has_group_column() ? 1 : 0));
    }
    for (std::size_t i = 1; i < cli.size(); ++i)
        for (std::size_t c = 0; c < header.size(); ++c) {
            auto expected = cli[i][c];
            const int rc = column_of[c] - (m.has_group_column() ? 1 : 0);
            if (r.columns[rc].kind == protocol::ColumnKind::Integer && (expected == "yes" || expected == "no"))
                expected = expected == "yes" ? "1" : "0";
            INFO(r.name.toStdString() << " row " << i << " column " << header[c]);
            CHECK(m.data(m.index(static_cast<int>(i - 1), column_of[c]), ReportTableModel::kRawRole).toString().toStdString() ==
                  expected);
        }
}

} // namespace

TEST_CASE("login: a wrong password is refused in words - the right one opens the window and is remembered") {
    LiveServer server;
    App a(server, u"admin"_s);
    auto* d = a.app->login_dialog();
    REQUIRE(d);
    d->findChild<QLineEdit*>(u"password"_s)->setText(u"wrong-password"_s);
    d->submit();
    auto* status = d->findChild<QLabel*>(u"status"_s);
    REQUIRE(wait_for([&] { return status->text() == u"Wrong user name or password."_s; }));
    CHECK(a.app->window() == nullptr);

    REQUIRE(a.log_in());
    CHECK(a.window().connection_label()->text().contains(u"Connected as admin"_s));
    CHECK(a.window().tabs()->isTabVisible(MainWindow::AdminTab));
    QSettings saved(QString::fromStdString((a.dir / "settings.ini").string()), QSettings::IniFormat);
    CHECK(saved.value(u"login/port"_s).toInt() == server.port);
    CHECK(saved.value(u"login/user"_s).toString() == u"admin"_s);
    CHECK_FALSE(saved.allKeys().join(u' ').contains(u"password"_s));  // never stored
}

TEST_CASE("reconnect: the status says the server is gone, and the session comes back by itself") {
    LiveServer server;
    App a(server, u"admin"_s);
    REQUIRE(a.log_in());
    int logins = 0;
    QObject::connect(&a.app->session(), &Session::loggedIn, a.app.get(), [&] { ++logins; });
    // The server goes away: the status bar says so and counts down to the next attempt.
    server.server->signal(SIGTERM);
    REQUIRE(server.server->wait(20s) == 0);
    auto* label = a.window().connection_label();
    REQUIRE(wait_for([&] { return label->text().contains(u"Reconnecting in"_s); }));
    // The same server again on the same port (the config now names it).
    auto conf = read_all(server.dir / "kxcti.conf");
    conf.replace(conf.find("port = 0"), 8, "port = " + std::to_string(server.port));
    write_all(server.dir / "kxcti.conf", conf);
    server.server = std::make_unique<ChildProcess>(std::vector<std::string>{
        KXCTI_SERVER_EXE, "run", "--config", (server.dir / "kxcti.conf").string(), "--db", server.db.string(),
        "--data-dir", server.dir.path().string()});
    REQUIRE(wait_for([&] { return logins == 1 && label->text().contains(u"Connected as admin"_s); }));
}

TEST_CASE("every report of the catalog shows exactly what kxcti-server report prints for the same day") {
    LiveServer server;
    App a(server, u"admin"_s);
    REQUIRE(a.log_in());
    const auto names = a.window().reports()->report_names();
    CHECK(names.size() == 12);
    for (const auto& name : names) {
        auto& panel = run_report(a, name);
        const auto day = history_day();
        check_equals_cli(panel.model(), server.report_csv({name.toStdString(), "--from", day, "--to", day}));
    }
    // With an interval and a filter too.
    auto& hourly = run_report(a, u"hourly"_s, {{}, {}, u"602"_s, {}, {}, u"30"_s});
    check_equals_cli(hourly.model(), server.report_csv({"hourly", "--from", history_day(), "--to", history_day(),
                                                        "--group", "602", "--interval", "30"}));
    auto& channel = run_report(a, u"channels"_s, {{}, {}, {}, {}, u"Google Ads"_s, {}});
    check_equals_cli(channel.model(), server.report_csv({"channels", "--from", history_day(), "--to", history_day(),
                                                         "--channel", "Google Ads"}));
    // The definitions and thresholds the engine used are on screen.
    const auto notes = channel.notes_html();
    CHECK(notes.contains(u"Service level threshold T, s"_s));
    CHECK(notes.contains(u"new_callers"_s));
}

TEST_CASE("a supervisor sees only their group, and no administration") {
    LiveServer server;
    App a(server, u"sup601"_s);
    REQUIRE(a.log_in());
    CHECK_FALSE(a.window().tabs()->isTabVisible(MainWindow::AdminTab));
    auto& groups = run_report(a, u"summary"_s);
    check_equals_cli(groups.model(),
                     server.report_csv({"summary", "--from", history_day(), "--to", history_day(), "--group", "601"}));
    auto& ops = run_report(a, u"operators"_s);
    check_equals_cli(ops.model(),
                     server.report_csv({"operators", "--from", history_day(), "--to", history_day(), "--group", "601"}));
}

TEST_CASE("the live board: queue and operator states from the live events, today's figures from the engine") {
    LiveServer server;
    App a(server, u"admin"_s);
    REQUIRE(a.log_in());
    auto& groups = a.app->board().groups();
    auto& ops = a.app->board().operators();
    auto value = [](const QAbstractItemModel& m, int row, int column) {
        return row < 0 ? QVariant() : m.data(m.index(row, column), GroupBoardModel::kValueRole);
    };
    // The replay ends with call C ringing in 601 and at 402, and call D talking at 403.
    REQUIRE(wait_for([&] {
        return value(groups, groups.row_of(u"601"_s), GroupBoardModel::Waiting).toInt() == 1 &&
               value(ops, ops.row_of(u"402"_s), OperatorBoardModel::State).toInt() ==
                   static_cast<int>(protocol::OperatorActivity::Ringing) &&
               value(ops, ops.row_of(u"403"_s), OperatorBoardModel::State).toInt() ==
                   static_cast<int>(protocol::OperatorActivity::Talking);
    }));
    // Today's figures equal the engine's for today, once every line is stored.
    const auto today = today_iso();
    std::map<std::string, std::string> expected;
    std::string last;
    const bool stored = wait_for([&] {
        const auto cli = server.report_csv({"groups", "--from", today, "--to", today});
        last.clear();
        for (const auto& row : cli) {
            for (const auto& cell : row) last += cell + ",";
            last += "\n";
        }
        for (std::size_t i = 1; i < cli.size(); ++i)
            if (cli[i][0] == "601")
                for (std::size_t c = 0; c < cli[0].size(); ++c) expected[cli[0][c]] = cli[i][c];
        // All four of the replay's calls are in (the engine also counts the two under way).
        return expected["offered"] == "4";
    });
    INFO("kxcti-server report groups for today:\n" << last << "server log:\n" << server.server->err());
    REQUIRE(stored);
    a.app->board().refresh_today();
    const int r = groups.row_of(u"601"_s);
    REQUIRE(wait_for([&] {
        return value(groups, r, GroupBoardModel::Answered).toString().toStdString() == expected["answered"] &&
               value(groups, r, GroupBoardModel::Lost).toString().toStdString() == expected["lost"];
    }));
    CHECK(groups.data(groups.index(r, GroupBoardModel::ServiceLevel), GroupBoardModel::kValueRole).toDouble() ==
          Approx(std::stod(expected["service_level"])));
    CHECK(groups.data(groups.index(r, GroupBoardModel::Name), Qt::DisplayRole).toString() == u"Продажи"_s);
    const auto cli_ops = server.report_csv({"operators", "--from", today, "--to", today});
    for (std::size_t i = 1; i < cli_ops.size(); ++i)
        if (cli_ops[i][0] == "401") {
            const int o = ops.row_of(u"401"_s);
            CHECK(value(ops, o, OperatorBoardModel::CallsToday).toString().toStdString() == cli_ops[i][3]);
            CHECK(value(ops, o, OperatorBoardModel::CallsToday).toInt() == 1);
        }
    a.window().set_wallboard(true);
    CHECK(a.window().isFullScreen());
    CHECK(a.window().live()->wallboard());
    a.window().set_wallboard(false);
}

TEST_CASE("exports: CSV parsed back in English and Russian, PDF with the chart and the expected pages") {
    LiveServer server;
    App a(server, u"admin"_s);
    REQUIRE(a.log_in());
    auto& panel = run_report(a, u"operators"_s);
    const auto cli = server.report_csv({"operators", "--from", history_day(), "--to", history_day()});
    REQUIRE(static_cast<std::size_t>(panel.model().rowCount()) == cli.size() - 1);
    const auto csv_path = QString::fromStdString((a.dir / "operators.csv").string());
    REQUIRE(a.window().export_csv(csv_path));
    auto bytes = read_all(a.dir / "operators.csv");
    REQUIRE(bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    auto rows = parse_csv(bytes.substr(3), ',');
    // The table starts after the blank line that ends the header block.
    std::size_t at = 0;
    while (at < rows.size() && !rows[at].empty()) ++at;
    REQUIRE(rows.size() == at + 1 + cli.size());
    CHECK(rows[at + 1][0] == "Extension");
    for (std::size_t i = 1; i < cli.size(); ++i) CHECK(rows[at + 1 + i] == cli[i]);
    CHECK(bytes.find("Анна Петрова") != std::string::npos);

    a.app->set_language(u"ru"_s);  // rebuilds the window in Russian; the report reruns there
    auto& ru_panel = run_report(a, u"operators"_s);
    REQUIRE(a.window().export_csv(csv_path));
    bytes = read_all(a.dir / "operators.csv");
    rows = parse_csv(bytes.substr(3), ';');
    at = 0;
    while (at < rows.size() && !rows[at].empty()) ++at;
    CHECK(rows[at + 1][0] == "Внутренний номер");
    const auto asa = std::find(cli[0].begin(), cli[0].end(), "asa_s") - cli[0].begin();
    auto decimal_comma = cli[1][asa];
    std::replace(decimal_comma.begin(), decimal_comma.end(), '.', ',');
    CHECK(rows[at + 2][asa] == decimal_comma);

    const auto pdf = QString::fromStdString((a.dir / "operators.pdf").string());
    REQUIRE(a.window().export_pdf(pdf));
    const auto pdf_bytes = read_all(a.dir / "operators.pdf");
    REQUIRE(pdf_bytes.rfind("%PDF-", 0) == 0);
    const int expected_pages = 1 + (ru_panel.model().rowCount() + kRowsPerPage - 1) / kRowsPerPage;
    CHECK(pdf_bytes.find("/Count " + std::to_string(expected_pages)) != std::string::npos);
    CHECK(report_pages({u"x"_s, &ru_panel.model(), nullptr}) == expected_pages);
    CHECK(pdf_bytes.size() > 20'000);  // the chart is in it, not just text
}

TEST_CASE("screenshots of every screen in English, Russian and Ukrainian") {
    LiveServer server;
    for (const auto& lang : {u"en"_s, u"ru"_s, u"uk"_s}) {
        App a(server, u"admin"_s, lang);
        auto* d = a.app->login_dialog();
        REQUIRE(d);
        d->resize(460, 300);
        save_screenshot(*d, "login", lang);
        REQUIRE(a.log_in());
        auto& w = a.window();
        w.resize(1400, 860);
        w.show_tab(MainWindow::LiveTab);
        REQUIRE(wait_for([&] {
            auto& g = a.app->board().groups();
            return g.rowCount() > 0 && !g.data(g.index(g.row_of(u"601"_s), GroupBoardModel::Answered),
                                               GroupBoardModel::kValueRole).isNull();
        }));
        save_screenshot(w, "live-board", lang);
        auto& groups = run_report(a, u"groups"_s);
        groups.show_tab(0);
        save_screenshot(w, "report-table", lang);
        auto& hourly = run_report(a, u"hourly"_s);
        hourly.show_tab(1);
        REQUIRE(hourly.chart_view()->chart()->series().size() == 1);
        save_screenshot(w, "chart", lang);
        w.show_tab(MainWindow::StaffingTab);
        auto* staffing = w.staffing()->panel();
        staffing->set_filters({QDate::fromString(QString::fromStdString(history_day()), Qt::ISODate),
                               QDate::fromString(QString::fromStdString(history_day()), Qt::ISODate), {}, {}, {}, {}});
        staffing->run();
        REQUIRE(wait_for([&] { return !staffing->running(); }));
        CHECK(w.staffing()->input().calls > 0);  // the busiest interval filled the calculator
        save_screenshot(w, "staffing", lang);
        w.show_tab(MainWindow::AdminTab);
        int loaded = 0;
        QObject::connect(w.admin(), &AdminView::loaded, w.admin(), [&] { ++loaded; });
        w.admin()->load_from_server();
        REQUIRE(wait_for([&] { return loaded == 1; }));
        CHECK(w.admin()->draft().operators.size() >= 5);
        w.admin()->tabs()->setCurrentIndex(1);  // operators' names, as loaded from the server
        save_screenshot(w, "admin", lang);
    }
}
