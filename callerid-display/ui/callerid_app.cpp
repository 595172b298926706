#include "callerid-display/ui/callerid_app.h"

#include "callerid-display/core/autostart.h"
#include "callerid-display/core/crm_action.h"
#include "callerid-display/core/language.h"
#include "callerid-display/ui/settings_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QMessageBox>

#include <cstdio>
#include <cstdlib>

namespace kxcti::callerid {
namespace {

using Phase = qtclient::ConnectionState::Phase;
QString q(const std::string& s) { return QString::fromStdString(s); }

void say(const QString& text) { std::fprintf(stderr, "kxcti-callerid: %s\n", text.toLocal8Bit().constData()); }

} // namespace

QString usage_text() {
    return QStringLiteral(
        "usage: kxcti-callerid [options]\n"
        "  --settings FILE   settings in this INI file instead of the user's\n"
        "  --host HOST --port PORT --user NAME --ext EXT[,EXT]\n"
        "                    connect with these instead of the saved settings (not saved);\n"
        "                    the password then comes from KXCTI_PASSWORD\n"
        "  --minimized       start in the tray (the default; kept for autostart entries)\n"
        "  --show-status     show the status window even when there is a tray\n"
        "  --help            this text\n");
}

std::optional<AppOptions> parse_options(const QStringList& args, const std::function<QByteArray(const char*)>& getenv,
                                        QString* error) {
    AppOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                *error = a + QStringLiteral(" needs a value");
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a == QLatin1String("--minimized") || a == QLatin1String("--minimised")) {
        } else if (a == QLatin1String("--show-status")) {
            o.show_status = true;
        } else if (a == QLatin1String("--settings") || a == QLatin1String("--host") || a == QLatin1String("--user") ||
                   a == QLatin1String("--ext") || a == QLatin1String("--port")) {
            auto v = value();
            if (!v) return std::nullopt;
            if (a == QLatin1String("--settings")) o.settings_file = *v;
            if (a == QLatin1String("--host")) o.host = *v;
            if (a == QLatin1String("--user")) o.user = *v;
            if (a == QLatin1String("--ext")) o.extensions = v->split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (a == QLatin1String("--port")) {
                bool ok = false;
                const int port = v->toInt(&ok);
                if (!ok || port < 1 || port > 65535) {
                    *error = QStringLiteral("--port wants 1 to 65535, not '%1'").arg(*v);
                    return std::nullopt;
                }
                o.port = port;
            }
        } else if (a == QLatin1String("-platform") || a == QLatin1String("-display") || a == QLatin1String("-style") ||
                   a == QLatin1String("-qwindowgeometry")) {
            ++i;  // QApplication's own options: it takes them itself
        } else if (a.startsWith(QLatin1String("-psn_"))) {
            // macOS Finder's process serial number: not ours to refuse.
        } else {
            *error = QStringLiteral("unknown option '%1'%2")
                         .arg(a, a == QLatin1String("--password")
                                     ? QStringLiteral(" (give the password in KXCTI_PASSWORD)")
                                     : QString());
            return std::nullopt;
        }
    }
    if (o.host || o.user || o.extensions || o.port) {
        const auto pw = getenv("KXCTI_PASSWORD");
        if (!pw.isEmpty()) o.password = QString::fromUtf8(pw);
    }
    return o;
}

CallerIdApp::CallerIdApp(AppOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), store_(open_settings(options_.settings_file)),
      settings_(load_settings(*store_)) {
    if (options_.host) settings_.host = *options_.host;
    if (options_.port) settings_.port = *options_.port;
    if (options_.user) settings_.user = *options_.user;
    if (options_.extensions) settings_.extensions = *options_.extensions;
    if (options_.password) settings_.password = *options_.password;

    apply_language(effective_language(settings_.language));
    tracker_.setExtensions(settings_.extensions);
    tracker_.setHideOn(settings_.hide_on);
    today_ = std::make_unique<TodayCallsModel>([this](const std::string& ext) { return tracker_.isMine(ext); },
                                               [] { return QDate::currentDate(); });
    popups_ = std::make_unique<PopupStack>(tracker_);
    popups_->setCorner(settings_.corner);
    popups_->setTimeout(settings_.popup_timeout_s);
    popups_->setHistoryRows(settings_.history_rows);
    connect(popups_.get(), &PopupStack::copyRequested, this, [this](const QString& key) {
        if (const auto* c = tracker_.find(key)) copyNumber(q(c->ring.caller));
    });
    connect(popups_.get(), &PopupStack::crmRequested, this, &CallerIdApp::openCrmForCall);
    connect(&tracker_, &RingTracker::added, this, &CallerIdApp::look_up_history);

    connection_ = std::make_unique<qtclient::ClientConnection>(connection_for(settings_));
    auto* c = connection_.get();
    connect(c, &qtclient::ClientConnection::stateChanged, this, &CallerIdApp::on_state);
    connect(c, &qtclient::ClientConnection::loggedIn, this,
            [this](const protocol::LoginOk& ok) { tracker_.setSessionExtensions(ok.extensions); });
    connect(c, &qtclient::ClientConnection::callRinging, this, [this](const protocol::CallRinging& e) {
        today_->ring(e);
        tracker_.ring(e);
    });
    connect(c, &qtclient::ClientConnection::callAnswered, this, [this](const protocol::CallAnswered& e) {
        today_->answered(e);
        tracker_.answered(e);
    });
    connect(c, &qtclient::ClientConnection::callEnded, this, [this](const protocol::CallEnded& e) {
        today_->ended(e);
        tracker_.ended(e);
    });
    connect(c, &qtclient::ClientConnection::operatorState, this, [this](const protocol::OperatorState& e) {
        today_->operatorState(e);
        tracker_.operatorState(e);
    });
    connect(c, &qtclient::ClientConnection::historyReady, this, [this](quint32 id, const protocol::HistoryResult& h) {
        if (auto key = history_requests_.take(id); !key.isEmpty()) tracker_.setHistory(key, h);
    });
    connect(c, &qtclient::ClientConnection::requestFailed, this, [this](quint32 id, const QString& why) {
        if (auto key = history_requests_.take(id); !key.isEmpty()) tracker_.setHistoryError(key, why);
    });

    status_ = std::make_unique<StatusIndicator>();
    connect(status_.get(), &StatusIndicator::historyRequested, this, &CallerIdApp::showHistory);
    connect(status_.get(), &StatusIndicator::settingsRequested, this, &CallerIdApp::showSettings);
    connect(status_.get(), &StatusIndicator::reconnectRequested, connection_.get(),
            &qtclient::ClientConnection::reconnectNow);
    connect(status_.get(), &StatusIndicator::quitRequested, this, &CallerIdApp::quitRequested);
}

CallerIdApp::~CallerIdApp() {
    connection_->stop();
    delete history_.data();
}

qtclient::ConnectionSettings CallerIdApp::connection_for(const Settings& s) const {
    auto c = connection_settings(s);
    if (options_.backoff_initial) c.backoff_initial = *options_.backoff_initial;
    if (options_.backoff_max) c.backoff_max = *options_.backoff_max;
    return c;
}

QString CallerIdApp::desk_text() const { return settings_.extensions.join(QStringLiteral(", ")); }

void CallerIdApp::start() {
    status_->setState(connection_->state(), desk_text());
    if (!status_->usingTray() || options_.show_status) status_->showWindow();
    if (settings_.user.isEmpty()) {
        say(QStringLiteral("not configured yet: opening the settings"));
        showSettings();
        return;
    }
    connection_->start();
}

void CallerIdApp::on_state(const qtclient::ConnectionState& s) {
    status_->setState(s, desk_text());
    if (s.phase != last_phase_ || s.phase == Phase::Refused) say(qtclient::state_text(s));
    // Nothing shown is known to be ringing once the events stop: the pop-ups would go stale.
    if (last_phase_ == Phase::Connected && s.phase != Phase::Connected) tracker_.clear();
    last_phase_ = s.phase;
}

void CallerIdApp::look_up_history(const QString& key) {
    const auto* call = tracker_.find(key);
    if (!call || call->ring.caller.empty() || call->ring.earlier_calls == 0 || settings_.history_rows == 0) return;
    const auto id = connection_->lookupHistory(q(call->ring.caller), static_cast<quint32>(settings_.history_rows));
    history_requests_.insert(id, key);
}

void CallerIdApp::applySettings(const Settings& s) {
    const bool reconnect = s.host != settings_.host || s.port != settings_.port || s.tls != settings_.tls ||
                           s.ca_file != settings_.ca_file || s.extensions != settings_.extensions ||
                           s.user != settings_.user || s.password != settings_.password;
    const bool language = s.language != settings_.language;
    if (s.autostart != settings_.autostart || (s.autostart && !autostart_enabled())) {
        QString error;
        if (!set_autostart(s.autostart, &error)) say(error);
    }
    settings_ = s;
    save_settings(*store_, settings_);
    tracker_.setExtensions(s.extensions);
    tracker_.setHideOn(s.hide_on);
    popups_->setCorner(s.corner);
    popups_->setTimeout(s.popup_timeout_s);
    popups_->setHistoryRows(s.history_rows);
    if (language) {
        apply_language(effective_language(s.language));
        today_->retranslate();
        status_->retranslate();
    }
    status_->setState(connection_->state(), desk_text());
    if (reconnect && !s.user.isEmpty()) {
        connection_->setSettings(connection_for(s));
        connection_->start();  // no-op when already running
    }
}

void CallerIdApp::showHistory() {
    if (!history_) {
        history_ = new HistoryWindow(*today_);
        connect(history_, &HistoryWindow::copyRequested, this, &CallerIdApp::copyNumber);
        connect(history_, &HistoryWindow::crmRequested, this, &CallerIdApp::openCrmForRow);
    }
    today_->dropOldDays();
    history_->show();
    history_->raise();
    history_->activateWindow();
}

void CallerIdApp::showSettings() {
    auto* dialog = new SettingsDialog(settings_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CallerIdApp::copyNumber(const QString& number) {
    if (number.isEmpty()) return;
    QGuiApplication::clipboard()->setText(number);
}

void CallerIdApp::openCrmForCall(const QString& key) {
    const auto* c = tracker_.find(key);
    if (!c) return;
    open_crm(q(c->ring.caller), q(c->ring.did), q(c->ring.ext), q(c->ring.caller_name));
}

void CallerIdApp::openCrmForRow(int row) {
    const auto& calls = today_->calls();
    if (row < 0 || row >= static_cast<int>(calls.size())) return;
    const auto& c = calls[static_cast<std::size_t>(row)];
    open_crm(c.number, c.did, c.ext, c.name);
}

void CallerIdApp::open_crm(const QString& number, const QString& did, const QString& ext, const QString& name) {
    QString error;
    if (run_crm(expand_crm(settings_.crm_action, {number, did, ext, name}), &error)) return;
    say(error);
    emit crmFailed(error);
    // A message the operator asked for by clicking: it may take the focus.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("kxcti Caller ID"), error, QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

int app_main(int argc, char** argv) {
    // Options first: --help and usage errors must work without a display.
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto options = parse_options(args, [](const char* name) { return qgetenv(name); }, &error);
    if (!options) {
        std::fprintf(stderr, "kxcti-callerid: %s (kxcti-callerid --help)\n", error.toLocal8Bit().constData());
        return 2;
    }
    if (options->help) {
        std::fputs(usage_text().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("kxcti"));
    QCoreApplication::setApplicationName(QStringLiteral("kxcti-callerid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KXCTI_CALLERID_VERSION));
    QGuiApplication::setQuitOnLastWindowClosed(false);  // the tray keeps it running
    CallerIdApp callerid(*options);
    QObject::connect(&callerid, &CallerIdApp::quitRequested, &app, &QCoreApplication::quit);
    callerid.start();
    return app.exec();
}

} // namespace kxcti::callerid
