#pragma once
// What the Caller ID Display remembers (QSettings: ~/.config/kxcti/kxcti-callerid.conf on
// Linux, the registry on Windows). Every key with its default is in settings.cpp's one table;
// a malformed value falls back to its default.
#include "common/qtclient/connection.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace kxcti::callerid {

enum class PopupCorner { BottomRight, TopRight, BottomLeft, TopLeft };
// When a pop-up goes away by itself (besides its timeout and Dismiss).
enum class HideOn {
    Answer,  // when anyone answers the call: the ring is over
    HangUp,  // when the call ends: the operator keeps the caller's facts while talking
};

struct Settings {
    QString host = QStringLiteral("127.0.0.1");
    int port = 7430;  // kxcti-server's [clients] port
    bool tls = false;
    QString ca_file;  // TLS: a private CA's certificate (PEM); empty: the system's CAs
    QStringList extensions;  // this desk's extension(s); empty: all of the user's
    QString user;
    QString password;  // or the desk's token; stored in the settings file (mode 0600)
    PopupCorner corner = PopupCorner::BottomRight;
    int popup_timeout_s = 0;  // 0: the pop-up stays until the call is answered / ends
    HideOn hide_on = HideOn::Answer;
    int history_rows = 5;  // the number's last calls in a pop-up
    // An URL (https://crm/?phone={number}) or a command line (crm-open {number} {name}).
    QString crm_action;
    QString language;      // "" follows the system; "en", "ru", "uk"
    bool autostart = false;  // start with the desktop session (autostart.h)
};

// Bounds of the values a user can set, with their reasons.
inline constexpr int kMaxPopupTimeoutS = 3600;  // a pop-up left for an hour is a forgotten window
inline constexpr int kMaxHistoryRows = 20;      // a pop-up, not a report: more does not fit a glance

Settings load_settings(QSettings& store);
void save_settings(QSettings& store, const Settings& settings);

// The application's own store (organisation "kxcti", application "kxcti-callerid"), or the
// INI file `path` when it is not empty (--settings FILE: the tests and the demo use their own).
std::unique_ptr<QSettings> open_settings(const QString& path = {});

// The connection these settings describe: a Caller ID client with live events; the Login's
// extension is the desk's when it has exactly one (the server then checks it is the user's).
qtclient::ConnectionSettings connection_settings(const Settings& settings);

QString corner_key(PopupCorner c);
QString hide_on_key(HideOn h);

} // namespace kxcti::callerid
