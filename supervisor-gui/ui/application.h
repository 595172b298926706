#pragma once
// The Supervisor as a whole: settings, language, the session, the live board's data, the login
// dialog and the main window. A language change rebuilds the windows (every string is read
// through tr() when a window is made) while the session and the board's data carry on.
//
// Command line (kxcti-supervisor --help):
//   --server HOST[:PORT] --user NAME   log in at once (the password from KXCTI_PASSWORD or, if
//                                      unset, the first line of standard input); no dialog
//   --tls [--ca FILE]                  with TLS
//   --demo DATA_DIR                    the demo server of ./dev.sh run (kxcti-server run with the
//                                      simulator): logs in as demo-admin with the password the
//                                      server wrote to DATA_DIR/demo-accounts.txt (waiting for the
//                                      file while the server starts), at 127.0.0.1:7430 unless
//                                      --server says otherwise
//   --language en|ru|uk                for this run (Settings stores a lasting choice)
#include "common/util/clock.h"
#include "supervisor-gui/core/app_settings.h"
#include "supervisor-gui/ui/login_dialog.h"
#include "supervisor-gui/ui/main_window.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace kxcti::supervisor {

class LiveBoard;
class Session;

// The demo server's accounts file (server/daemon/demo_accounts.h: "user role password" lines)
// and the account the Supervisor uses from it.
inline constexpr const char* kDemoAccountsFile = "demo-accounts.txt";
inline constexpr const char* kDemoUser = "demo-admin";
// How long --demo waits for the server to write its accounts: a first build's server start.
inline constexpr int kDemoWaitMs = 120'000;
// The password of `user` in a demo accounts file; empty when the file or the user is missing.
QString demo_password(const QString& accounts_file, const QString& user);

class SupervisorApp : public QObject {
    Q_OBJECT
public:
    SupervisorApp(std::unique_ptr<QSettings> store, const Clock& clock, QObject* parent = nullptr);
    ~SupervisorApp() override;

    // Shows the login dialog, or with a password connects at once with the stored settings.
    void start(const std::optional<QString>& password = std::nullopt);
    // --demo: waits (polling, bounded) for the demo accounts file, then logs in from it.
    void start_demo(const QString& accounts_file);
    void set_language(const QString& code);  // "" = system; rebuilds the windows
    void apply_settings(const AppSettings& s);
    void logout();

    Session& session() { return *session_; }
    LiveBoard& board() { return *board_; }
    MainWindow* window() const { return window_; }
    LoginDialog* login_dialog() const { return login_; }
    const AppSettings& settings() const { return settings_; }
    QString language() const { return language_; }

signals:
    void windowRebuilt();

private:
    void show_login();
    void connect_with(const LoginSettings& login, const QString& password);
    void show_main();
    void edit_settings();

    std::unique_ptr<QSettings> store_;
    const Clock& clock_;
    AppSettings settings_;
    QString language_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<LiveBoard> board_;
    QPointer<LoginDialog> login_;
    QPointer<MainWindow> window_;
};

// main(): options, QApplication, the window; returns the exit status.
int run_application(int argc, char** argv);

} // namespace kxcti::supervisor
