#pragma once
// What the Supervisor remembers between runs (QSettings: ~/.config/kxcti/kxcti-supervisor.conf
// on Linux, the registry on Windows). Every key and its default in one place; the password is
// never stored.
#include "supervisor-gui/core/board_thresholds.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace kxcti::supervisor {

struct LoginSettings {
    QString host = QStringLiteral("127.0.0.1");
    int port = 7430;  // kxcti-server's [clients] port
    QString user;
    bool tls = false;
    QString ca_file;      // TLS: a private CA's certificate (PEM); empty: the system's CAs
    bool auto_login = false;  // --demo only: the password comes from the command line
};

struct AppSettings {
    LoginSettings login;
    QString language;  // "" follows the system; "en", "ru", "uk"
    BoardThresholds board;
};

// Reads every key over the defaults; a malformed value falls back to its default.
AppSettings load_settings(QSettings& store);
void save_settings(QSettings& store, const AppSettings& settings);

// The application's own store (organisation "kxcti", application "kxcti-supervisor"), or an INI
// file when KXCTI_SUPERVISOR_SETTINGS names one (the tests and --demo use their own).
std::unique_ptr<QSettings> open_settings();

} // namespace kxcti::supervisor
