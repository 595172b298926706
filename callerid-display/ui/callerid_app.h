#pragma once
// The Caller ID Display as a whole: settings, the connection (kxcti_qtclient), the pop-ups,
// today's calls, the tray or status window, the settings dialog. main.cpp only makes the
// QApplication and calls app_main(); the tests build a CallerIdApp and drive it.
#include "callerid-display/core/ring_tracker.h"
#include "callerid-display/core/settings.h"
#include "callerid-display/core/today_calls_model.h"
#include "callerid-display/ui/history_window.h"
#include "callerid-display/ui/popup_stack.h"
#include "callerid-display/ui/status_indicator.h"
#include "common/qtclient/client_connection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>

#include <memory>
#include <optional>

namespace kxcti::callerid {

struct AppOptions {
    QString settings_file;  // --settings FILE: an INI file instead of the user's settings
    // Command-line overrides, not saved (--host, --port, --user, --ext); the password then
    // comes from KXCTI_PASSWORD.
    std::optional<QString> host, user;
    std::optional<int> port;
    std::optional<QStringList> extensions;
    std::optional<QString> password;
    // Reconnect backoff (tests); unset: qtclient's defaults.
    std::optional<std::chrono::milliseconds> backoff_initial, backoff_max;
    bool show_status = false;  // --show-status: the status window even when a tray exists
    bool help = false;
};

// Parses the arguments after the program name; nullopt with `error` set on a usage error.
std::optional<AppOptions> parse_options(const QStringList& args, const std::function<QByteArray(const char*)>& getenv,
                                        QString* error);
QString usage_text();

class CallerIdApp : public QObject {
    Q_OBJECT
public:
    explicit CallerIdApp(AppOptions options, QObject* parent = nullptr);
    ~CallerIdApp() override;

    // Applies the language, shows the tray (or the status window) and connects; opens the
    // settings first when nothing is configured yet.
    void start();

    const Settings& settings() const { return settings_; }
    // Saves (unless overridden from the command line), then applies: a new connection when
    // the server or the desk changed, the pop-ups' options, language, autostart.
    void applySettings(const Settings& settings);

    qtclient::ClientConnection& connection() { return *connection_; }
    RingTracker& tracker() { return tracker_; }
    PopupStack& popups() { return *popups_; }
    TodayCallsModel& today() { return *today_; }
    StatusIndicator& status() { return *status_; }
    HistoryWindow* historyWindow() const { return history_; }

    void showHistory();
    void showSettings();
    void copyNumber(const QString& number);
    // Opens the CRM for a ringing call's key, or a row of today's calls.
    void openCrmForCall(const QString& key);
    void openCrmForRow(int row);

signals:
    void crmFailed(const QString& error);
    void quitRequested();

private:
    void on_state(const qtclient::ConnectionState& state);
    void look_up_history(const QString& key);
    void open_crm(const QString& number, const QString& did, const QString& ext, const QString& name);
    QString desk_text() const;
    qtclient::ConnectionSettings connection_for(const Settings& s) const;

    AppOptions options_;
    std::unique_ptr<QSettings> store_;
    Settings settings_;
    RingTracker tracker_;
    std::unique_ptr<TodayCallsModel> today_;
    std::unique_ptr<qtclient::ClientConnection> connection_;
    std::unique_ptr<PopupStack> popups_;
    std::unique_ptr<StatusIndicator> status_;
    QPointer<HistoryWindow> history_;
    QHash<quint32, QString> history_requests_;  // look-up id -> call key
    qtclient::ConnectionState::Phase last_phase_ = qtclient::ConnectionState::Phase::Stopped;
};

// The whole program: QApplication, options, CallerIdApp, event loop.
int app_main(int argc, char** argv);

} // namespace kxcti::callerid
