#pragma once
// Where the connection state shows: a tray icon (colour by state, tooltip with the state in
// words, menu: History, Settings, Reconnect, Quit), or, on a desktop without a system tray, a
// small status window with the same actions. The tray is looked for again every few seconds,
// so a panel that starts after the application still gets the icon.
#include "common/qtclient/connection.h"

#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace kxcti::callerid {

// The state's colour as an icon (green connected, amber connecting, red refused or lost).
QIcon state_icon(const qtclient::ConnectionState& state);

class StatusWindow : public QWidget {
    Q_OBJECT
public:
    explicit StatusWindow(QWidget* parent = nullptr);
    void setState(const qtclient::ConnectionState& state, const QString& desk);
    QString stateText() const { return state_->text(); }

signals:
    void historyRequested();
    void settingsRequested();
    void reconnectRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    QLabel* icon_;
    QLabel* state_;
    QPushButton* history_;
    QPushButton* settings_;
    QPushButton* reconnect_;
    QPushButton* quit_;
    qtclient::ConnectionState last_;
    QString desk_;
};

class StatusIndicator : public QObject {
    Q_OBJECT
public:
    explicit StatusIndicator(QObject* parent = nullptr);
    ~StatusIndicator() override;

    void setState(const qtclient::ConnectionState& state, const QString& desk);
    void retranslate();
    // Brings the status window up (the tray's "show" equivalent where no tray exists).
    void showWindow();

    bool usingTray() const { return tray_ != nullptr; }
    QSystemTrayIcon* tray() const { return tray_.get(); }
    StatusWindow* window() const { return window_; }
    // The tooltip / status line text.
    QString text() const;

signals:
    void historyRequested();
    void settingsRequested();
    void reconnectRequested();
    void quitRequested();

private:
    void look_for_tray();
    void build_tray();

    std::unique_ptr<QSystemTrayIcon> tray_;
    std::unique_ptr<QMenu> menu_;
    QPointer<StatusWindow> window_;
    QTimer tray_check_;
    qtclient::ConnectionState state_;
    QString desk_;
};

} // namespace kxcti::callerid
