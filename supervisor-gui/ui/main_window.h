#pragma once
// The Supervisor's window: Live board, Reports, Staffing and (admins) Administration tabs; the
// connection's state always visible in the status bar, with "Reconnect now"; File > Export
// CSV / PDF and Print for the report on screen; View > Wallboard (full screen).
#include "supervisor-gui/core/app_settings.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class AdminView;
class LiveBoard;
class LiveBoardView;
class ReportPanel;
class ReportsView;
class Session;
class StaffingView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { LiveTab, ReportsTab, StaffingTab, AdminTab };

    MainWindow(Session& session, LiveBoard& board, QWidget* parent = nullptr);

    LiveBoardView* live() const { return live_; }
    ReportsView* reports() const { return reports_; }
    StaffingView* staffing() const { return staffing_; }
    AdminView* admin() const { return admin_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* connection_label() const { return connection_; }
    void show_tab(Tab t);
    // The report panel of the current tab (Reports or Staffing); nullptr elsewhere.
    ReportPanel* current_panel() const;

    bool export_csv(const QString& path, QString* error = nullptr);
    bool export_pdf(const QString& path, QString* error = nullptr);
    void set_wallboard(bool on);

signals:
    void settingsRequested();
    void logoutRequested();

private:
    void update_connection();
    void update_admin();
    void update_actions();

    Session& session_;
    QTabWidget* tabs_;
    LiveBoardView* live_;
    ReportsView* reports_;
    StaffingView* staffing_;
    AdminView* admin_;
    QLabel* connection_;
    QPushButton* reconnect_;
    QAction* export_csv_;
    QAction* export_pdf_;
    QAction* print_;
    QAction* wallboard_;
};

} // namespace kxcti::supervisor
