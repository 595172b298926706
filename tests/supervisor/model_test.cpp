// The Supervisor's models without a server: report notes, the report table, CSV export, the
// live board, the what-if calculator, the admin screen's files.
#include "common/reports/erlang.h"
#include "supervisor-gui/core/csv_export.h"
#include "supervisor-gui/core/erlang_whatif.h"
#include "supervisor-gui/core/language.h"
#include "supervisor-gui/core/live_board_model.h"
#include "supervisor-gui/core/report_table_model.h"
#include "supervisor-gui/core/site_draft.h"
#include "tests/supervisor/gui_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

using namespace kxcti;
using namespace kxcti::supervisor;
using namespace kxcti::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNotes =
    u"Summary: calls offered, answered and lost, waits and talk; 2026-11-16 00:00:00 to 2026-11-17 00:00:00; "
    u"from=2026-11-16 00:00, to=2026-11-17 00:00, interval=none, service_level_T_s=20, service_level_target=80%, "
    u"talk_buckets_s=<40, 40..180, >180, short_abandon_S_s=5; group 601 totals: offered=10, answered=7; "
    u"group 602 totals: offered=4, answered="_s;

QVector<ReportColumnInfo> summary_columns() {
    return {{u"offered"_s, ColumnKind::Integer}, {u"answered"_s, ColumnKind::Integer},
            {u"answer_rate"_s, ColumnKind::Ratio}, {u"asa_s"_s, ColumnKind::Seconds}, {u"name"_s, ColumnKind::Text}};
}

// The texts these tests compare are the English ones, whatever an earlier test installed.
void english() {
    gui_app();
    apply_language(u"en"_s);
}

} // namespace

TEST_CASE("ReportDone's notes split into title, interval, parameters and per-group totals") {
    const auto n = parse_report_notes(kNotes);
    CHECK(n.title == u"Summary: calls offered, answered and lost, waits and talk"_s);
    CHECK(n.interval == u"2026-11-16 00:00:00 to 2026-11-17 00:00:00"_s);
    REQUIRE(n.parameters.size() == 7);
    CHECK(n.parameters[5].first == u"talk_buckets_s"_s);
    CHECK(n.parameters[5].second == u"<40, 40..180, >180"_s);  // the commas inside a value stay
    CHECK(n.parameters[6] == std::pair{u"short_abandon_S_s"_s, u"5"_s});
    REQUIRE(n.totals.size() == 2);
    CHECK(n.totals[0].group == u"601"_s);
    CHECK(n.totals[0].figures == KeyValues{{u"offered"_s, u"10"_s}, {u"answered"_s, u"7"_s}});
    CHECK(n.totals[1].figures[1] == std::pair{u"answered"_s, QString()});
}

TEST_CASE("the report table shows cells in the locale, sorts by value, and keeps the server's text") {
    english();
    ReportTableModel m;
    int finished = 0;
    QObject::connect(&m, &ReportTableModel::finished, &m, [&] { ++finished; });
    m.start(u"operators"_s, summary_columns(), {{u"from"_s, u"2026-11-16"_s}});
    m.append_rows({{u"601"_s, {u"1412"_s, u"9"_s, u"0.542493"_s, u"27.225"_s, u"Анна"_s}},
                   {u"601"_s, {u"80"_s, u"10"_s, u""_s, u"3"_s, u""_s}}});
    m.finish(u"Operators; a to b"_s);
    CHECK(finished == 1);
    REQUIRE(m.rowCount() == 2);
    REQUIRE(m.columnCount() == 5);  // one group: no group column
    CHECK(m.data(m.index(0, 0), Qt::DisplayRole).toString() == u"1,412"_s);
    CHECK(m.data(m.index(0, 2), Qt::DisplayRole).toString() == u"54.2 %"_s);
    CHECK(m.data(m.index(0, 3), Qt::DisplayRole).toString() == u"27.2"_s);
    CHECK(m.data(m.index(1, 2), Qt::DisplayRole).toString() == u"?"_s);  // unknown, not 0
    CHECK(m.data(m.index(1, 2), ReportTableModel::kRawRole).toString().isEmpty());
    CHECK(m.data(m.index(0, 0), ReportTableModel::kRawRole).toString() == u"1412"_s);
    // Numbers sort as numbers: 9 < 10, which text order would invert.
    CHECK(m.data(m.index(0, 1), ReportTableModel::kSortRole).toDouble() <
          m.data(m.index(1, 1), ReportTableModel::kSortRole).toDouble());
    CHECK(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == u"Answer rate"_s);
    CHECK(m.headerData(2, Qt::Horizontal, ReportTableModel::kKeyRole).toString() == u"answer_rate"_s);
}

TEST_CASE("a report of totals only gets one row per group run, and a group column") {
    gui_app();
    ReportTableModel m;
    m.start(u"summary"_s, summary_columns(), {});
    m.finish(kNotes);
    REQUIRE(m.rowCount() == 2);
    REQUIRE(m.has_group_column());
    CHECK(m.data(m.index(0, 0), Qt::DisplayRole).toString() == u"601"_s);
    CHECK(m.data(m.index(0, 1), ReportTableModel::kRawRole).toString() == u"10"_s);
    CHECK(m.data(m.index(1, 2), ReportTableModel::kRawRole).toString().isEmpty());
}

TEST_CASE("CSV for Excel: BOM, semicolons and decimal commas under ru and uk, commas and points under en") {
    gui_app();
    ReportData r;
    r.name = u"operators"_s;
    r.columns = summary_columns();
    r.rows = {{u"601"_s, {u"1412"_s, u"9"_s, u"0.542493"_s, u"27.225"_s, u"Анна; \"Аня\""_s}}};
    r.notes = parse_report_notes(kNotes);
    for (const auto& [locale, sep, value] :
         {std::tuple{QLocale(QLocale::Russian, QLocale::Russia), ';', "0,542493"},
          std::tuple{QLocale(QLocale::Ukrainian, QLocale::Ukraine), ';', "0,542493"},
          std::tuple{QLocale(QLocale::English, QLocale::UnitedStates), ',', "0.542493"}}) {
        const auto bytes = report_csv(r, u"Операторы"_s, csv_format_for(locale));
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = parse_csv(bytes.mid(3).toStdString(), sep);
        REQUIRE(rows.size() == 12);  // title, interval, 7 parameters, blank, header, 1 row
        CHECK(rows[0][0] == "Операторы");
        CHECK(rows[9].empty());
        // Two groups' runs in the notes: each row says its group first.
        CHECK(rows[10].size() == 6);
        CHECK(rows[11] ==
              std::vector<std::string>{"601", "1412", "9", value, sep == ';' ? "27,225" : "27.225", "Анна; \"Аня\""});
    }
    CHECK(csv_field(u"=HYPERLINK(1)"_s, u',') == u"'=HYPERLINK(1)"_s);  // never a formula in Excel
}

TEST_CASE("the live board: waiting and longest wait from the live events, colours from the thresholds") {
    gui_app();
    ManualClock clock(from_unix_us(1'795'424'400'000'000));
    GroupBoardModel groups(clock);
    BoardThresholds t;
    groups.set_thresholds(t);
    groups.set_visible_groups({u"601"_s, u"602"_s});
    REQUIRE(groups.rowCount() == 2);
    protocol::QueueState q;
    q.at_us = to_unix_us(clock.now());
    q.group = "601";
    q.waiting = 3;
    q.oldest_since_us = q.at_us - 5'000'000;
    groups.on_queue_state(q);
    const int r = groups.row_of(u"601"_s);
    CHECK(groups.data(groups.index(r, GroupBoardModel::Waiting), Qt::DisplayRole).toInt() == 3);
    CHECK(groups.data(groups.index(r, GroupBoardModel::LongestWait), Qt::DisplayRole).toString() == u"0:05"_s);
    CHECK(groups.data(groups.index(r, GroupBoardModel::Waiting), Qt::BackgroundRole).value<QColor>() ==
          level_colour(Level::Alarm));
    CHECK(groups.data(groups.index(r, GroupBoardModel::LongestWait), Qt::BackgroundRole).value<QColor>() ==
          level_colour(Level::Ok));
    clock.advance(std::chrono::seconds(70));
    CHECK(groups.data(groups.index(r, GroupBoardModel::LongestWait), Qt::DisplayRole).toString() == u"1:15"_s);
    CHECK(groups.data(groups.index(r, GroupBoardModel::LongestWait), Qt::BackgroundRole).value<QColor>() ==
          level_colour(Level::Alarm));

    ReportData today;
    today.columns = {{u"group"_s, ColumnKind::Text}, {u"name"_s, ColumnKind::Text}, {u"answered"_s, ColumnKind::Integer},
                     {u"lost"_s, ColumnKind::Integer}, {u"service_level"_s, ColumnKind::Ratio}};
    today.rows = {{u"601"_s, {u"601"_s, u"Продажи"_s, u"40"_s, u"3"_s, u"0.7"_s}}};
    groups.set_today(today);
    CHECK(groups.data(groups.index(r, GroupBoardModel::Answered), GroupBoardModel::kValueRole).toInt() == 40);
    CHECK(groups.data(groups.index(r, GroupBoardModel::ServiceLevel), Qt::BackgroundRole).value<QColor>() ==
          level_colour(Level::Warn));  // 70 % is below 80 %, above 60 %
    const int r602 = groups.row_of(u"602"_s);
    CHECK(groups.data(groups.index(r602, GroupBoardModel::ServiceLevel), Qt::DisplayRole).toString() == u"?"_s);

    OperatorBoardModel ops(clock);
    protocol::OperatorState s;
    s.at_us = to_unix_us(clock.now());
    s.ext = "401";
    s.group = "601";
    s.activity = protocol::OperatorActivity::Ringing;
    ops.on_operator_state(s);
    clock.advance(std::chrono::seconds(20));
    const int o = ops.row_of(u"401"_s);
    CHECK(ops.data(ops.index(o, OperatorBoardModel::TimeInState), Qt::DisplayRole).toString() == u"0:20"_s);
    CHECK(ops.data(ops.index(o, OperatorBoardModel::State), Qt::BackgroundRole).value<QColor>() ==
          level_colour(Level::Alarm));  // ringing 20 s > 15 s
    s.activity = protocol::OperatorActivity::Talking;
    s.at_us = to_unix_us(clock.now());
    ops.on_operator_state(s);
    CHECK(ops.data(ops.index(o, OperatorBoardModel::TimeInState), Qt::DisplayRole).toString() == u"0:00"_s);
}

TEST_CASE("the what-if calculator gives the engine's Erlang figures") {
    WhatIfInput in;
    in.calls = 100;
    in.interval_min = 60;
    in.aht_s = 180;
    in.trunks = 8;
    const auto r = what_if(in);
    CHECK(r.traffic == Approx(5.0));
    CHECK(r.required == reports::agents_needed(5.0, 180, 20, 0.8));
    CHECK(r.required == 8);
    CHECK(r.scheduled == reports::scheduled_agents(r.required, 0.3));
    CHECK(r.service_level == Approx(reports::erlang_c(5.0, r.required, 180, 20).service_level));
    CHECK(r.service_level >= 0.8);
    REQUIRE(r.blocking);
    CHECK(*r.blocking == Approx(reports::erlang_b(r.trunk_traffic, 8)));
    in.agents = 5;  // N = A: the queue never empties
    const auto over = what_if(in);
    CHECK(over.service_level == 0);
    CHECK(std::isinf(over.asa_s));
}

TEST_CASE("the admin screen's configuration file is what kxcti-server config import takes") {
    english();
    ScratchDir dir("kxcti-supervisor");
    SiteDraft d;
    d.trunks = u"24"_s;
    d.operators = {{u"401"_s, u"Анна Петрова"_s}};
    d.groups = {{u"601"_s, u"Продажи"_s, u"401, 402"_s}};
    d.channels = {{u"2301"_s, u"Google Ads"_s, u"2026-01-01"_s, {}, u"1500,50"_s}};
    d.thresholds = {{u"service_level_s"_s, u"30"_s}, {u"abandon_policy"_s, u"ignored"_s}};
    write_all(dir / "site.conf", site_config_ini(d).toStdString());
    const auto db = (dir / "k.db").string();
    auto r = run_program({KXCTI_SERVER_EXE, "config", "import", (dir / "site.conf").string(), "--db", db});
    REQUIRE(r.status == 0);
    r = run_program({KXCTI_SERVER_EXE, "config", "get", "--db", db});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("trunks = 24\n") != std::string::npos);
    CHECK(r.out.find("operator.401.name = Анна Петрова\n") != std::string::npos);
    CHECK(r.out.find("group.601.members = 401,402") != std::string::npos);
    CHECK(r.out.find("channel.2301.spend = 1500.5") != std::string::npos);
    CHECK(r.out.find("threshold.service_level_s = 30\n") != std::string::npos);
    CHECK(r.out.find("threshold.abandon_policy = ignored\n") != std::string::npos);

    d.groups[0].members = u"401, anna"_s;
    CHECK_THROWS_WITH(site_config_ini(d), Catch::Contains("member 'anna' is not an extension number"));
    d.users = {{u"olga"_s, u"supervisor"_s, u"601,602"_s, {}}};
    CHECK(user_commands(d).contains(u"kxcti-server user add olga --role supervisor --group 601 --group 602\n"_s));
}

TEST_CASE("phonebook CSV: UTF-8 with BOM or Windows-1251, either column order, problems named by line") {
    english();
    const auto utf8 = parse_phonebook_csv("\xEF\xBB\xBFName;Number\nАнна Петрова;+380 (44) 123-45-67\nOleg;0501234567\nbad;call me\n");
    REQUIRE(utf8.rows.size() == 2);
    CHECK(utf8.rows[0].number == u"+380441234567"_s);
    CHECK(utf8.rows[0].name == u"Анна Петрова"_s);
    REQUIRE(utf8.problems.size() == 1);
    CHECK(utf8.problems[0].startsWith(u"line 4:"_s));
    // "0441234567,Олег" in Windows-1251 (О = 0xCE, л = 0xEB, е = 0xE5, г = 0xE3).
    const auto cp1251 = parse_phonebook_csv("0441234567,\xCE\xEB\xE5\xE3\r\n");
    REQUIRE(cp1251.rows.size() == 1);
    CHECK(cp1251.rows[0].name == u"Олег"_s);
}
