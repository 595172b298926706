// The Caller ID Display's parts without a server: the CRM action, what a history says, the
// ringing calls and when their pop-ups go, today's calls, settings, autostart, backoff.
#include "callerid-display/core/autostart.h"
#include "callerid-display/core/call_facts.h"
#include "callerid-display/core/crm_action.h"
#include "callerid-display/core/language.h"
#include "callerid-display/core/ring_tracker.h"
#include "callerid-display/core/settings.h"
#include "callerid-display/core/today_calls_model.h"
#include "tests/callerid/callerid_rig.h"

#include <catch2/catch.hpp>

#include <QBrush>
#include <QDateTime>
#include <QFile>

using namespace kxcti;
using namespace kxcti::callerid;
using namespace kxcti::protocol;
using kxcti::test::callerid::qt_app;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

HistoryCall call(const char* date, const char* time, const char* ext, CallDirection dir, int ring, int talk,
                 const char* cd) {
    HistoryCall c;
    c.date = date;
    c.time = time;
    c.ext = ext;
    c.direction = dir;
    c.ring_s = ring;
    c.duration_s = talk;
    c.condition = cd;
    return c;
}

CallRinging ring(const char* key, const char* ext, const char* caller, std::int64_t at_us = 1'795'424'400'000'000) {
    CallRinging r;
    r.call_key = key;
    r.at_us = at_us;
    r.ext = ext;
    r.group = "601";
    r.trunk = "05";
    r.caller = caller;
    r.did = "5550100";
    r.channel = "Google Ads";
    return r;
}

// Counts a tracker's signals.
struct Seen {
    explicit Seen(RingTracker& t) {
        QObject::connect(&t, &RingTracker::added, &t, [this](const QString& k) { events << QStringLiteral("+") + k; });
        QObject::connect(&t, &RingTracker::changed, &t, [this](const QString& k) { events << QStringLiteral("~") + k; });
        QObject::connect(&t, &RingTracker::removed, &t, [this](const QString& k) { events << QStringLiteral("-") + k; });
    }
    QStringList events;
};

} // namespace

TEST_CASE("CRM action: URL templates are percent-encoded, commands are split before values go in") {
    const CrmFields f{s("+380501234567"), s("5550100"), s("101"), s("Smith & Co #1")};
    auto url = expand_crm(s("https://crm.example/find?phone={number}&line={did}&ext={ext}&name={name}"), f);
    REQUIRE(url.kind == CrmAction::Kind::Url);
    CHECK(url.url.toString(QUrl::FullyEncoded) ==
          s("https://crm.example/find?phone=%2B380501234567&line=5550100&ext=101&name=Smith%20%26%20Co%20%231"));

    auto cmd = expand_crm(s("/usr/local/bin/crm-open --phone {number} \"--name={name}\" {did}"), f);
    REQUIRE(cmd.kind == CrmAction::Kind::Command);
    CHECK(cmd.program == s("/usr/local/bin/crm-open"));
    CHECK(cmd.arguments == QStringList{s("--phone"), s("+380501234567"), s("--name=Smith & Co #1"), s("5550100")});

    // A value holding a placeholder is not expanded again; a value never splits into arguments.
    auto tricky = expand_crm(s("crm {name}"), {s("1"), {}, {}, s("{number} ; rm -rf /")});
    CHECK(tricky.arguments == QStringList{s("{number} ; rm -rf /")});
    // A Windows path is a command, not an URL with scheme "C".
    CHECK(expand_crm(s("C:\\crm\\open.exe {number}"), f).kind == CrmAction::Kind::Command);
    CHECK(expand_crm(s("  "), f).kind == CrmAction::Kind::None);
    auto unclosed = expand_crm(s("\""), f);
    CHECK(unclosed.kind == CrmAction::Kind::Invalid);
    QString error;
    CHECK_FALSE(run_crm(expand_crm({}, f), &error));
    CHECK(error == s("No CRM action is set: Settings, CRM action."));
}

TEST_CASE("a number's history: results, the lost flag, texts") {
    qt_app();
    apply_language(s("en"));
    const auto answered = call("2026-11-20", "14:03:10", "101", CallDirection::In, 7, 135, "");
    const auto lost = call("2026-11-21", "10:15", "102", CallDirection::In, 31, 0, "NA");
    const auto group_leg = call("2026-11-22", "08:00", "601", CallDirection::In, 3, 0, "");
    const auto called_back = call("2026-11-22", "09:00", "101", CallDirection::Out, -1, 60, "");
    CHECK(result_of(answered) == CallResult::Answered);
    CHECK(result_of(lost) == CallResult::Lost);
    CHECK(result_of(group_leg) == CallResult::NotAnswered);
    CHECK(result_of(call("", "", "", CallDirection::In, -1, -1, "")) == CallResult::Unknown);

    CHECK(lost_flag({}) == LostFlag::None);
    CHECK(lost_flag({lost, answered}) == LostFlag::LostNotCalledBack);
    CHECK(lost_flag({group_leg, lost, answered}) == LostFlag::LostNotCalledBack);  // a group leg says nothing
    CHECK(lost_flag({answered, lost}) == LostFlag::None);                          // got through later
    CHECK(lost_flag({called_back, lost}) == LostFlag::LostCalledBack);

    CHECK(result_text(answered) == s("answered 2:15"));
    CHECK(result_text(lost) == s("lost after 0:31"));
    CHECK(result_text(group_leg) == s("not answered"));
    CHECK(when_text(answered) == s("2026-11-20 14:03"));
    CHECK(duration_text(3725) == s("1:02:05"));
    CHECK(duration_text(-1).isEmpty());
    CHECK(local_time_text(0).isEmpty());
}

TEST_CASE("ring tracker: this desk's extensions only - pop-ups go on answer, end, idle, dismiss") {
    qt_app();
    RingTracker t;
    Seen seen(t);
    t.setExtensions({s("101")});
    t.ring(ring("05|050", "102", "050"));  // a colleague's
    t.ring(ring("05|050", "601", "050"));  // the group's own number
    CHECK(t.keys().isEmpty());
    t.ring(ring("05|050", "101", "050"));
    t.ring(ring("06|060", "101", "060"));  // a second call at once: both stack
    CHECK(t.keys() == QStringList{s("05|050"), s("06|060")});

    HistoryResult h;
    h.total = 1;
    h.calls = {call("2026-11-21", "10:15", "102", CallDirection::In, 31, 0, "NA")};
    t.setHistory(s("05|050"), h);
    REQUIRE(t.find(s("05|050"))->history == h);

    t.answered({"05|050", 2, "101", "601", "05", "050", 4});  // HideOn::Answer (the default)
    t.ended({"06|060", 3, "601", "601", "06", "060", CallOutcome::Unknown, 3, 0});  // a group leg: stays
    CHECK(t.keys() == QStringList{s("06|060")});
    t.operatorState({4, "101", "601", OperatorActivity::Idle, ""});  // rang on elsewhere
    CHECK(t.keys().isEmpty());
    CHECK(seen.events == QStringList{s("+05|050"), s("+06|060"), s("~05|050"), s("-05|050"), s("-06|060")});

    // Hide on hang-up: answered here, it stays until the call ends; a colleague's answer takes it.
    seen.events.clear();
    t.setHideOn(HideOn::HangUp);
    t.ring(ring("05|050", "101", "050"));
    t.answered({"05|050", 2, "101", "601", "05", "050", 4});
    CHECK(t.find(s("05|050"))->answered_here);
    t.ended({"05|050", 9, "101", "601", "05", "050", CallOutcome::Answered, 4, 60});
    t.ring(ring("07|070", "101", "070"));
    t.answered({"07|070", 2, "102", "601", "07", "070", 4});
    t.ring(ring("08|080", "101", "080"));
    t.dismiss(s("08|080"));
    CHECK(seen.events == QStringList{s("+05|050"), s("~05|050"), s("-05|050"), s("+07|070"), s("-07|070"),
                                     s("+08|080"), s("-08|080")});

    // No desk extensions set: the session's (LoginOk) decide.
    RingTracker all;
    all.setSessionExtensions({"101", "103"});
    CHECK(all.isMine("103"));
    CHECK_FALSE(all.isMine("102"));
    CHECK_FALSE(all.isMine(""));
}

TEST_CASE("today's calls: rows newest first, outcomes, missed highlighted, earlier days dropped") {
    qt_app();
    apply_language(s("en"));
    QDate today(2026, 11, 23);
    const auto t0 = QDateTime(today, QTime(9, 0)).toMSecsSinceEpoch() * 1000;
    TodayCallsModel m([](const std::string& e) { return e == "101"; }, [&] { return today; });
    m.ring(ring("05|050", "101", "050", t0));
    m.answered({"05|050", t0 + 5'000'000, "101", "601", "05", "050", 5});
    m.ended({"05|050", t0 + 105'000'000, "101", "601", "05", "050", CallOutcome::Answered, 5, 100});
    m.ring(ring("06|060", "101", "060", t0 + 200'000'000));
    m.ended({"06|060", t0 + 231'000'000, "601", "601", "06", "060", CallOutcome::Abandoned, 31, 0});
    m.ring(ring("07|070", "101", "070", t0 + 300'000'000));
    m.answered({"07|070", t0 + 302'000'000, "102", "601", "07", "070", 2});
    m.ring(ring("08|", "102", "", t0 + 400'000'000));  // a colleague's: not here
    // A site that prints no RC/AN: the call appears when it ends.
    m.ended({"09|090", t0 + 500'000'000, "101", "601", "09", "090", CallOutcome::Abandoned, 12, 0});

    REQUIRE(m.rowCount() == 4);
    auto row = [&](int r) {
        QStringList out;
        for (int c = 0; c < TodayCallsModel::ColumnCount; ++c) out << m.index(r, c).data().toString();
        return out.join(QLatin1Char('|'));
    };
    CHECK(row(0) == s("09:08:20|090|||101|missed|0:12|"));
    CHECK(row(1) == s("09:05:00|070||5550100 · Google Ads|101|answered by a colleague|0:02|"));
    CHECK(row(2) == s("09:03:20|060||5550100 · Google Ads|101|missed|0:31|"));
    CHECK(row(3) == s("09:00:00|050||5550100 · Google Ads|101|answered|0:05|1:40"));
    CHECK(m.missedCount() == 2);
    CHECK(m.index(2, 0).data(TodayCallsModel::MissedRole).toBool());
    CHECK(m.index(2, 0).data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xff, 0xe0, 0xe0));
    CHECK_FALSE(m.index(3, 0).data(Qt::BackgroundRole).isValid());
    CHECK(m.index(1, TodayCallsModel::Name).data(TodayCallsModel::NumberRole).toString() == s("070"));
    CHECK(m.headerData(TodayCallsModel::Result, Qt::Horizontal, Qt::DisplayRole).toString() == s("Result"));

    today = today.addDays(1);  // midnight
    m.dropOldDays();
    CHECK(m.rowCount() == 0);
}

TEST_CASE("settings: every key round-trips - bad values fall back to defaults - the connection they describe") {
    qt_app();
    test::ScratchDir dir("kxcti-callerid");
    const auto file = QString::fromStdString((dir / "s.ini").string());
    Settings v;
    v.host = s("pbx-server");
    v.port = 7431;
    v.tls = true;
    v.ca_file = s("/etc/kxcti/ca.pem");
    v.extensions = {s("101"), s("102")};
    v.user = s("anna");
    v.password = s("token-1");
    v.corner = PopupCorner::TopLeft;
    v.popup_timeout_s = 45;
    v.hide_on = HideOn::HangUp;
    v.history_rows = 7;
    v.crm_action = s("https://crm/?p={number}");
    v.language = s("uk");
    v.autostart = true;
    {
        auto store = open_settings(file);
        save_settings(*store, v);
    }
    auto store = open_settings(file);
    const auto back = load_settings(*store);
    CHECK(back.host == v.host);
    CHECK(back.port == 7431);
    CHECK(back.tls);
    CHECK(back.ca_file == v.ca_file);
    CHECK(back.extensions == v.extensions);
    CHECK(back.user == v.user);
    CHECK(back.password == v.password);
    CHECK(back.corner == PopupCorner::TopLeft);
    CHECK(back.popup_timeout_s == 45);
    CHECK(back.hide_on == HideOn::HangUp);
    CHECK(back.history_rows == 7);
    CHECK(back.crm_action == v.crm_action);
    CHECK(back.language == s("uk"));
    CHECK(back.autostart);
    CHECK((QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)) == 0);  // holds a password

    store->setValue(s("server/port"), s("99999"));
    store->setValue(s("popup/timeout_s"), s("-3"));
    store->setValue(s("popup/corner"), s("middle"));
    const auto fallback = load_settings(*store);
    CHECK(fallback.port == 7430);
    CHECK(fallback.popup_timeout_s == 0);
    CHECK(fallback.corner == PopupCorner::BottomRight);

    auto c = connection_settings(back);
    CHECK(c.client.kind == ClientKind::CallerId);
    CHECK(c.client.live);
    CHECK(c.client.host == "pbx-server");
    CHECK(c.extension.empty());  // two extensions: all of the user's, filtered on the desk
    v.extensions = {s("101")};
    CHECK(connection_settings(v).extension == "101");
}

TEST_CASE("autostart: the .desktop entry is written and removed where the desktop looks") {
    qt_app();
    test::ScratchDir dir("kxcti-callerid");
    const auto old = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(dir.path().string()));
    const auto path = autostart_location();
    CHECK(path == QString::fromStdString((dir / "autostart" / "kxcti-callerid.desktop").string()));
    QString error;
    REQUIRE(set_autostart(true, &error, s("/opt/kxcti/bin/kxcti-callerid")));
    CHECK(autostart_enabled());
    CHECK(QString::fromStdString(test::read_all(path.toStdString())) == desktop_entry(s("/opt/kxcti/bin/kxcti-callerid")));
    CHECK(desktop_entry(s("/opt/a b/$x")).contains(s("Exec=\"/opt/a b/\\$x\" --minimized\n")));
    REQUIRE(set_autostart(false, &error));
    CHECK_FALSE(autostart_enabled());
    qputenv("XDG_CONFIG_HOME", old);
}

TEST_CASE("reconnect backoff doubles from the first delay and stops at the cap") {
    using namespace std::chrono_literals;
    std::vector<long long> got;
    for (unsigned n = 1; n <= 8; ++n) got.push_back(qtclient::backoff_delay(n, 1s, 30s).count());
    CHECK(got == std::vector<long long>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000});
    CHECK(qtclient::backoff_delay(1000, 1s, 30s) == 30s);
    CHECK(qtclient::backoff_delay(1, 50s, 30s) == 30s);
}
