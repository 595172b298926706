#include "supervisor-gui/ui/application.h"

#include "supervisor-gui/core/language.h"
#include "supervisor-gui/core/live_board.h"
#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/live_board_view.h"
#include "supervisor-gui/ui/login_dialog.h"
#include "supervisor-gui/ui/main_window.h"
#include "supervisor-gui/ui/settings_dialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QTabWidget>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <iostream>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;
using Phase = qtclient::ConnectionState::Phase;

SupervisorApp::SupervisorApp(std::unique_ptr<QSettings> store, const Clock& clock, QObject* parent)
    : QObject(parent), store_(std::move(store)), clock_(clock) {
    settings_ = load_settings(*store_);
    language_ = effective_language(settings_.language);
    apply_language(language_);
    session_ = std::make_unique<Session>();
    board_ = std::make_unique<LiveBoard>(*session_, clock_);
    board_->set_thresholds(settings_.board);
    connect(session_.get(), &Session::stateChanged, this, [this](const qtclient::ConnectionState& s) {
        if (login_) login_->show_state(s);
    });
    connect(session_.get(), &Session::loggedIn, this, [this] { show_main(); });
}

SupervisorApp::~SupervisorApp() {
    delete window_;
    delete login_;
    board_.reset();
    session_.reset();
}

void SupervisorApp::start(const std::optional<QString>& password) {
    // The dialog shows even when logging in at once: it says what the connection is doing.
    show_login();
    if (password) {
        login_->set_password(*password);
        login_->submit();
    }
}

QString demo_password(const QString& accounts_file, const QString& user) {
    QFile f(accounts_file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    while (!f.atEnd()) {
        const auto fields = QString::fromUtf8(f.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() == 3 && fields[0] == user) return fields[2];
    }
    return {};
}

void SupervisorApp::start_demo(const QString& accounts_file) {
    show_login();
    auto* poll = new QTimer(this);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    // The server writes the file when it starts; poll for it a few times a second, bounded.
    poll->setInterval(250);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, accounts_file] {
        const auto password = demo_password(accounts_file, QString::fromUtf8(kDemoUser));
        if (!password.isEmpty()) {
            poll->deleteLater();
            if (login_) {
                login_->set_password(password);
                login_->submit();
            }
        } else if (waited->elapsed() > kDemoWaitMs) {
            poll->deleteLater();
            if (login_)
                login_->show_message(tr("No demo accounts in %1: is kxcti-server run (with the simulator) using that "
                                        "data directory? Log in by hand, or start it and try again.")
                                         .arg(accounts_file));
        }
    });
    if (login_) login_->show_message(tr("Waiting for the demo server's accounts in %1…").arg(accounts_file));
    poll->start();
}

void SupervisorApp::show_login() {
    if (!login_) {
        login_ = new LoginDialog(settings_.login);
        login_->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(login_, &LoginDialog::connectRequested, this,
                [this](const LoginSettings& s, const QString& password) { connect_with(s, password); });
        connect(login_, &QDialog::rejected, this, [this] {
            if (!window_) QCoreApplication::quit();
        });
    }
    login_->show();
    login_->raise();
}

void SupervisorApp::connect_with(const LoginSettings& login, const QString& password) {
    settings_.login = login;
    save_settings(*store_, settings_);
    session_->open(login, password);
}

void SupervisorApp::show_main() {
    if (login_) {
        login_->hide();
        login_->deleteLater();
        login_ = nullptr;
    }
    if (window_) return;
    window_ = new MainWindow(*session_, *board_);
    window_->setAttribute(Qt::WA_DeleteOnClose);
    connect(window_, &MainWindow::settingsRequested, this, &SupervisorApp::edit_settings);
    connect(window_, &MainWindow::logoutRequested, this, &SupervisorApp::logout);
    window_->show();
    emit windowRebuilt();
}

void SupervisorApp::logout() {
    session_->stop();
    delete window_;
    show_login();
}

void SupervisorApp::edit_settings() {
    SettingsDialog dialog(settings_, window_);
    if (dialog.exec() == QDialog::Accepted) apply_settings(dialog.result());
}

void SupervisorApp::apply_settings(const AppSettings& s) {
    const bool language_changed = s.language != settings_.language;
    settings_ = s;
    save_settings(*store_, settings_);
    board_->set_thresholds(settings_.board);
    if (language_changed) set_language(settings_.language);
}

void SupervisorApp::set_language(const QString& code) {
    language_ = effective_language(code);
    apply_language(language_);
    // Windows read their strings when they are made: make them again, on the same tab.
    if (window_) {
        const int tab = window_->tabs()->currentIndex();
        const bool wall = window_->live()->wallboard();
        delete window_;
        show_main();
        window_->tabs()->setCurrentIndex(tab);
        if (wall) window_->set_wallboard(true);
    }
    if (login_) {
        const auto s = login_->settings();
        delete login_;
        settings_.login = s;
        show_login();
    }
}

int run_application(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"kxcti-supervisor"_s);
    QApplication::setOrganizationName(u"kxcti"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(KXCTI_SUPERVISOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"kxcti Supervisor: live board, reports, staffing, administration"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server_opt(u"server"_s, u"log in to HOST[:PORT] at once (password: KXCTI_PASSWORD or stdin)"_s, u"HOST[:PORT]"_s);
    const QCommandLineOption user_opt(u"user"_s, u"user name for --server"_s, u"NAME"_s);
    const QCommandLineOption tls_opt(u"tls"_s, u"connect with TLS"_s);
    const QCommandLineOption ca_opt(u"ca"_s, u"TLS: trust this CA certificate (PEM)"_s, u"FILE"_s);
    const QCommandLineOption demo_opt(
        u"demo"_s, u"log in as demo-admin to the demo server of ./dev.sh run whose data directory is DIR"_s, u"DIR"_s);
    const QCommandLineOption lang_opt(u"language"_s, u"en, ru or uk for this run"_s, u"CODE"_s);
    parser.addOptions({server_opt, user_opt, tls_opt, ca_opt, demo_opt, lang_opt});
    parser.process(app);

    RealClock clock;
    SupervisorApp supervisor(open_settings(), clock);
    if (parser.isSet(lang_opt)) {
        const auto code = parser.value(lang_opt);
        if (!supported_languages().contains(code)) {
            std::cerr << "kxcti-supervisor: --language " << code.toStdString() << " is not en, ru or uk\n";
            return 2;
        }
        supervisor.set_language(code);
    }
    std::optional<QString> password;
    if (parser.isSet(demo_opt) || parser.isSet(server_opt)) {
        auto s = supervisor.settings();
        QString server = parser.isSet(server_opt) ? parser.value(server_opt) : u"127.0.0.1:7430"_s;
        s.login.user = parser.isSet(user_opt)   ? parser.value(user_opt)
                       : parser.isSet(demo_opt) ? QString::fromUtf8(kDemoUser)
                                                : s.login.user;
        const auto colon = server.lastIndexOf(u':');
        if (colon > 0) {
            bool ok = false;
            const int port = server.mid(colon + 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                std::cerr << "kxcti-supervisor: --server " << server.toStdString() << ": the port is not 1-65535\n";
                return 2;
            }
            s.login.port = port;
            server = server.left(colon);
        }
        s.login.host = server;
        s.login.tls = parser.isSet(tls_opt);
        if (parser.isSet(ca_opt)) s.login.ca_file = parser.value(ca_opt);
        if (s.login.user.isEmpty()) {
            std::cerr << "kxcti-supervisor: --server needs --user NAME\n";
            return 2;
        }
        supervisor.apply_settings(s);
        if (parser.isSet(demo_opt)) {
            supervisor.start_demo(QDir(parser.value(demo_opt)).filePath(QString::fromUtf8(kDemoAccountsFile)));
            return QApplication::exec();
        }
        if (qEnvironmentVariableIsSet("KXCTI_PASSWORD")) password = qEnvironmentVariable("KXCTI_PASSWORD");
        else {
            QTextStream in(stdin);
            password = in.readLine();
        }
    }
    supervisor.start(password);
    return QApplication::exec();
}

} // namespace kxcti::supervisor
