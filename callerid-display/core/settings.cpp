#include "callerid-display/core/settings.h"

#include <QFile>
#include <QRegularExpression>

#include <utility>

namespace kxcti::callerid {
namespace {

const std::pair<PopupCorner, const char*> kCorners[] = {{PopupCorner::BottomRight, "bottom-right"},
                                                         {PopupCorner::TopRight, "top-right"},
                                                         {PopupCorner::BottomLeft, "bottom-left"},
                                                         {PopupCorner::TopLeft, "top-left"}};
const std::pair<HideOn, const char*> kHideOn[] = {{HideOn::Answer, "answer"}, {HideOn::HangUp, "hang-up"}};

// The keys, in one place (defaults are Settings' member initialisers).
namespace key {
constexpr auto host = "server/host", port = "server/port", tls = "server/tls", ca = "server/ca_file";
constexpr auto exts = "desk/extensions", user = "desk/user", password = "desk/password";
constexpr auto corner = "popup/corner", timeout = "popup/timeout_s", hide = "popup/hide_on",
               rows = "popup/history_rows";
constexpr auto crm = "crm/action", language = "app/language", autostart = "app/autostart";
} // namespace key

QString k(const char* s) { return QString::fromLatin1(s); }

int bounded(QSettings& s, const char* name, int fallback, int min, int max) {
    bool ok = false;
    const int v = s.value(k(name), fallback).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

template <class E, std::size_t N>
E from_key(const std::pair<E, const char*> (&table)[N], const QString& text, E fallback) {
    for (const auto& [value, name] : table)
        if (text == QLatin1String(name)) return value;
    return fallback;
}

template <class E, std::size_t N>
QString to_key(const std::pair<E, const char*> (&table)[N], E v) {
    for (const auto& [value, name] : table)
        if (value == v) return QString::fromLatin1(name);
    return {};
}

} // namespace

QString corner_key(PopupCorner c) { return to_key(kCorners, c); }
QString hide_on_key(HideOn h) { return to_key(kHideOn, h); }

Settings load_settings(QSettings& s) {
    Settings d;
    Settings out;
    out.host = s.value(k(key::host), d.host).toString().trimmed();
    if (out.host.isEmpty()) out.host = d.host;
    out.port = bounded(s, key::port, d.port, 1, 65535);
    out.tls = s.value(k(key::tls), d.tls).toBool();
    out.ca_file = s.value(k(key::ca), d.ca_file).toString();
    const auto exts = s.value(k(key::exts)).toString();
    for (const auto& e : exts.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out.extensions << e;
    out.user = s.value(k(key::user), d.user).toString();
    out.password = s.value(k(key::password), d.password).toString();
    out.corner = from_key(kCorners, s.value(k(key::corner)).toString(), d.corner);
    out.popup_timeout_s = bounded(s, key::timeout, d.popup_timeout_s, 0, kMaxPopupTimeoutS);
    out.hide_on = from_key(kHideOn, s.value(k(key::hide)).toString(), d.hide_on);
    out.history_rows = bounded(s, key::rows, d.history_rows, 0, kMaxHistoryRows);
    out.crm_action = s.value(k(key::crm), d.crm_action).toString();
    out.language = s.value(k(key::language), d.language).toString();
    out.autostart = s.value(k(key::autostart), d.autostart).toBool();
    return out;
}

void save_settings(QSettings& s, const Settings& v) {
    s.setValue(k(key::host), v.host);
    s.setValue(k(key::port), v.port);
    s.setValue(k(key::tls), v.tls);
    s.setValue(k(key::ca), v.ca_file);
    s.setValue(k(key::exts), v.extensions.join(QLatin1Char(',')));
    s.setValue(k(key::user), v.user);
    s.setValue(k(key::password), v.password);
    s.setValue(k(key::corner), corner_key(v.corner));
    s.setValue(k(key::timeout), v.popup_timeout_s);
    s.setValue(k(key::hide), hide_on_key(v.hide_on));
    s.setValue(k(key::rows), v.history_rows);
    s.setValue(k(key::crm), v.crm_action);
    s.setValue(k(key::language), v.language);
    s.setValue(k(key::autostart), v.autostart);
    s.sync();
    // The password (or token) is in there: readable by this user only.
    if (s.format() == QSettings::IniFormat)
        QFile::setPermissions(s.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<QSettings> open_settings(const QString& path) {
    if (!path.isEmpty()) return std::make_unique<QSettings>(path, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("kxcti"),
                                       QStringLiteral("kxcti-callerid"));
}

qtclient::ConnectionSettings connection_settings(const Settings& v) {
    qtclient::ConnectionSettings c;
    c.client.host = v.host.toStdString();
    c.client.port = static_cast<std::uint16_t>(v.port);
    c.client.tls = v.tls;
    c.client.ca_file = v.ca_file.toStdString();
    c.client.kind = protocol::ClientKind::CallerId;
    c.client.client_version = "kxcti-callerid " KXCTI_CALLERID_VERSION;
    c.client.live = true;
    c.user = v.user.toStdString();
    c.password = v.password.toStdString();
    if (v.extensions.size() == 1) c.extension = v.extensions.front().toStdString();
    return c;
}

} // namespace kxcti::callerid
