#include "supervisor-gui/core/app_settings.h"

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

int int_in(QSettings& s, const QString& key, int fallback, int lo, int hi) {
    bool ok = false;
    const int v = s.value(key, fallback).toInt(&ok);
    return ok && v >= lo && v <= hi ? v : fallback;
}

double fraction_in(QSettings& s, const QString& key, double fallback) {
    bool ok = false;
    const double v = s.value(key, fallback).toDouble(&ok);
    return ok && v >= 0.0 && v <= 1.0 ? v : fallback;
}

} // namespace

AppSettings load_settings(QSettings& s) {
    AppSettings a;
    a.login.host = s.value(u"login/host"_s, a.login.host).toString();
    a.login.port = int_in(s, u"login/port"_s, a.login.port, 1, 65535);
    a.login.user = s.value(u"login/user"_s, a.login.user).toString();
    a.login.tls = s.value(u"login/tls"_s, a.login.tls).toBool();
    a.login.ca_file = s.value(u"login/ca_file"_s, a.login.ca_file).toString();
    const auto lang = s.value(u"ui/language"_s).toString();
    a.language = lang == u"en"_s || lang == u"ru"_s || lang == u"uk"_s ? lang : QString();
    auto& b = a.board;
    const BoardThresholds d;
    b.waiting_warn = int_in(s, u"board/waiting_warn"_s, d.waiting_warn, 1, 1000);
    b.waiting_alarm = int_in(s, u"board/waiting_alarm"_s, d.waiting_alarm, 1, 1000);
    b.longest_wait_warn_s = int_in(s, u"board/longest_wait_warn_s"_s, d.longest_wait_warn_s, 1, 3600);
    b.longest_wait_alarm_s = int_in(s, u"board/longest_wait_alarm_s"_s, d.longest_wait_alarm_s, 1, 3600);
    b.service_level_target = fraction_in(s, u"board/service_level_target"_s, d.service_level_target);
    b.service_level_alarm = fraction_in(s, u"board/service_level_alarm"_s, d.service_level_alarm);
    b.missed_warn = int_in(s, u"board/missed_warn"_s, d.missed_warn, 1, 1000);
    b.missed_alarm = int_in(s, u"board/missed_alarm"_s, d.missed_alarm, 1, 1000);
    b.ringing_alarm_s = int_in(s, u"board/ringing_alarm_s"_s, d.ringing_alarm_s, 1, 600);
    b.talking_warn_s = int_in(s, u"board/talking_warn_s"_s, d.talking_warn_s, 1, 86400);
    return a;
}

void save_settings(QSettings& s, const AppSettings& a) {
    s.setValue(u"login/host"_s, a.login.host);
    s.setValue(u"login/port"_s, a.login.port);
    s.setValue(u"login/user"_s, a.login.user);
    s.setValue(u"login/tls"_s, a.login.tls);
    s.setValue(u"login/ca_file"_s, a.login.ca_file);
    s.setValue(u"ui/language"_s, a.language);
    const auto& b = a.board;
    s.setValue(u"board/waiting_warn"_s, b.waiting_warn);
    s.setValue(u"board/waiting_alarm"_s, b.waiting_alarm);
    s.setValue(u"board/longest_wait_warn_s"_s, b.longest_wait_warn_s);
    s.setValue(u"board/longest_wait_alarm_s"_s, b.longest_wait_alarm_s);
    s.setValue(u"board/service_level_target"_s, b.service_level_target);
    s.setValue(u"board/service_level_alarm"_s, b.service_level_alarm);
    s.setValue(u"board/missed_warn"_s, b.missed_warn);
    s.setValue(u"board/missed_alarm"_s, b.missed_alarm);
    s.setValue(u"board/ringing_alarm_s"_s, b.ringing_alarm_s);
    s.setValue(u"board/talking_warn_s"_s, b.talking_warn_s);
    s.sync();
}

std::unique_ptr<QSettings> open_settings() {
    const auto file = qEnvironmentVariable("KXCTI_SUPERVISOR_SETTINGS");
    if (!file.isEmpty()) return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(u"kxcti"_s, u"kxcti-supervisor"_s);
}

} // namespace kxcti::supervisor
