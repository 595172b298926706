#include "supervisor-gui/ui/main_window.h"

#include "supervisor-gui/core/csv_export.h"
#include "supervisor-gui/core/live_board.h"
#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/admin_view.h"
#include "supervisor-gui/ui/live_board_view.h"
#include "supervisor-gui/ui/report_document.h"
#include "supervisor-gui/ui/report_panel.h"
#include "supervisor-gui/ui/reports_view.h"
#include "supervisor-gui/ui/staffing_view.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include <memory>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;
using Phase = qtclient::ConnectionState::Phase;

MainWindow::MainWindow(Session& session, LiveBoard& board, QWidget* parent) : QMainWindow(parent), session_(session) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("kxcti Supervisor"));
    tabs_ = new QTabWidget(this);
    live_ = new LiveBoardView(board, this);
    reports_ = new ReportsView(session, this);
    staffing_ = new StaffingView(session, this);
    admin_ = new AdminView(session, this);
    tabs_->addTab(live_, tr("Live board"));
    tabs_->addTab(reports_, tr("Reports"));
    tabs_->addTab(staffing_, tr("Staffing"));
    tabs_->addTab(admin_, tr("Administration"));
    setCentralWidget(tabs_);

    connection_ = new QLabel(this);
    connection_->setObjectName(u"connectionState"_s);
    reconnect_ = new QPushButton(tr("Reconnect now"), this);
    connect(reconnect_, &QPushButton::clicked, this, [this] { session_.reconnect_now(); });
    statusBar()->addWidget(connection_, 1);
    statusBar()->addPermanentWidget(reconnect_);

    auto* file = menuBar()->addMenu(tr("&File"));
    export_csv_ = file->addAction(tr("Export &CSV…"), this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export CSV"), {}, tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !export_csv(path, &error))
            QMessageBox::warning(this, tr("Export CSV"), tr("Not saved: %1").arg(error));
    });
    export_pdf_ = file->addAction(tr("Export &PDF…"), this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export PDF"), {}, tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !export_pdf(path, &error))
            QMessageBox::warning(this, tr("Export PDF"), tr("Not saved: %1").arg(error));
    });
    print_ = file->addAction(tr("&Print…"), this, [this] {
        auto* panel = current_panel();
        if (!panel) return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted) return;
        std::unique_ptr<QChart> chart(panel->make_chart());
        render_report(printer, {panel->report_title(), &panel->model(), chart.get()});
    });
    print_->setShortcut(QKeySequence::Print);
    file->addSeparator();
    file->addAction(tr("&Log out"), this, &MainWindow::logoutRequested);
    auto* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    auto* view = menuBar()->addMenu(tr("&View"));
    wallboard_ = view->addAction(tr("&Wallboard (full screen)"));
    wallboard_->setCheckable(true);
    wallboard_->setShortcut(Qt::Key_F11);
    connect(wallboard_, &QAction::toggled, this, &MainWindow::set_wallboard);
    addAction(wallboard_);  // F11 also works while the menu bar is hidden
    menuBar()->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);

    connect(&session_, &Session::stateChanged, this, &MainWindow::update_connection);
    connect(&session_, &Session::loggedIn, this, &MainWindow::update_admin);
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::update_actions);
    update_connection();
    update_admin();
    update_actions();
    resize(1280, 800);
}

void MainWindow::update_connection() {
    const auto& s = session_.state();
    QString colour;
    switch (s.phase) {
    case Phase::Connected: colour = u"#2e7d32"_s; break;
    case Phase::Connecting:
    case Phase::Reconnecting: colour = u"#f9a825"_s; break;
    default: colour = u"#c62828"_s;
    }
    QString text;
    switch (s.phase) {
    case Phase::Connected: {
        const auto& login = session_.login();
        text = login ? tr("Connected as %1 (%2)").arg(QString::fromStdString(login->user), QString::fromStdString(login->text))
                     : tr("Connected");
        break;
    }
    case Phase::Connecting: text = tr("Connecting…"); break;
    case Phase::Reconnecting: text = tr("Connection lost: %1. Reconnecting in %2 s").arg(s.reason).arg(s.retry_in_s); break;
    case Phase::Refused: text = tr("Refused: %1").arg(s.reason); break;
    case Phase::Stopped: text = tr("Not connected"); break;
    }
    connection_->setText(u"<span style='color:%1'>&#9679;</span> "_s.arg(colour) + text.toHtmlEscaped());
    reconnect_->setVisible(s.phase == Phase::Reconnecting);
}

void MainWindow::update_admin() {
    // Operators may not use the Supervisor at all; supervisors see no administration.
    tabs_->setTabVisible(AdminTab, session_.is_admin());
}

void MainWindow::update_actions() {
    const bool report = current_panel() != nullptr;
    export_csv_->setEnabled(report);
    export_pdf_->setEnabled(report);
    print_->setEnabled(report);
}

void MainWindow::show_tab(Tab t) {
    tabs_->setCurrentIndex(t);
}

ReportPanel* MainWindow::current_panel() const {
    if (tabs_->currentIndex() == ReportsTab) return reports_->panel();
    if (tabs_->currentIndex() == StaffingTab) return staffing_->panel();
    return nullptr;
}

bool MainWindow::export_csv(const QString& path, QString* error) {
    auto* panel = current_panel();
    if (!panel) return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = f.errorString();
        return false;
    }
    f.write(report_csv(panel->model().report(), panel->report_title(), csv_format_for(QLocale())));
    return true;
}

bool MainWindow::export_pdf(const QString& path, QString* error) {
    auto* panel = current_panel();
    if (!panel) return false;
    std::unique_ptr<QChart> chart(panel->make_chart());
    return supervisor::export_pdf(path, {panel->report_title(), &panel->model(), chart.get()}, error);
}

void MainWindow::set_wallboard(bool on) {
    if (wallboard_->isChecked() != on) wallboard_->setChecked(on);
    live_->set_wallboard(on);
    if (on) show_tab(LiveTab);
    tabs_->tabBar()->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) showFullScreen();
    else showNormal();
}

} // namespace kxcti::supervisor
