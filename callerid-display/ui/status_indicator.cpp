#include "callerid-display/ui/status_indicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace kxcti::callerid {
namespace {
using Phase = qtclient::ConnectionState::Phase;
// A panel that starts after the application (desktop login) is usually up within seconds.
constexpr int kTrayCheckMs = 3000;

QString tooltip(const qtclient::ConnectionState& s, const QString& desk) {
    const auto head = desk.isEmpty() ? StatusIndicator::tr("kxcti Caller ID")
                                     : StatusIndicator::tr("kxcti Caller ID, ext. %1").arg(desk);
    return head + QLatin1Char('\n') + qtclient::state_text(s);
}
} // namespace

QIcon state_icon(const qtclient::ConnectionState& s) {
    QColor colour(0x9e, 0x9e, 0x9e);
    switch (s.phase) {
    case Phase::Connected: colour = QColor(0x2e, 0x7d, 0x32); break;
    case Phase::Connecting:
    case Phase::Reconnecting: colour = QColor(0xf9, 0xa8, 0x25); break;
    case Phase::Refused: colour = QColor(0xc6, 0x28, 0x28); break;
    case Phase::Stopped: break;
    }
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(QPen(colour.darker(140), 2));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
    // A handset: two ear pieces joined by an arc.
    p.drawArc(QRectF(8, 9, 16, 16), 200 * 16, 140 * 16);
    p.drawLine(QPointF(8.5, 19), QPointF(11, 21));
    p.drawLine(QPointF(23.5, 19), QPointF(21, 21));
    return QIcon(pm);
}

StatusWindow::StatusWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("callerid-status"));
    icon_ = new QLabel(this);
    state_ = new QLabel(this);
    state_->setWordWrap(true);
    state_->setMinimumWidth(260);
    history_ = new QPushButton(this);
    settings_ = new QPushButton(this);
    reconnect_ = new QPushButton(this);
    quit_ = new QPushButton(this);
    connect(history_, &QPushButton::clicked, this, &StatusWindow::historyRequested);
    connect(settings_, &QPushButton::clicked, this, &StatusWindow::settingsRequested);
    connect(reconnect_, &QPushButton::clicked, this, &StatusWindow::reconnectRequested);
    connect(quit_, &QPushButton::clicked, this, &StatusWindow::quitRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(icon_);
    top->addWidget(state_, 1);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {history_, settings_, reconnect_, quit_}) buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    retranslate();
}

void StatusWindow::setState(const qtclient::ConnectionState& state, const QString& desk) {
    last_ = state;
    desk_ = desk;
    icon_->setPixmap(state_icon(state).pixmap(32, 32));
    state_->setText(tooltip(state, desk));
    reconnect_->setEnabled(state.phase != Phase::Connected && state.phase != Phase::Connecting);
}

void StatusWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void StatusWindow::retranslate() {
    setWindowTitle(tr("kxcti Caller ID"));
    history_->setText(tr("Today's calls"));
    settings_->setText(tr("Settings"));
    reconnect_->setText(tr("Reconnect"));
    quit_->setText(tr("Quit"));
    setState(last_, desk_);
}

StatusIndicator::StatusIndicator(QObject* parent) : QObject(parent), tray_check_(this) {
    tray_check_.setInterval(kTrayCheckMs);
    connect(&tray_check_, &QTimer::timeout, this, &StatusIndicator::look_for_tray);
    look_for_tray();
    if (!tray_) tray_check_.start();
}

StatusIndicator::~StatusIndicator() { delete window_.data(); }

void StatusIndicator::look_for_tray() {
    if (tray_ || !QSystemTrayIcon::isSystemTrayAvailable()) return;
    tray_check_.stop();
    build_tray();
    if (window_) window_->hide();
}

void StatusIndicator::build_tray() {
    tray_ = std::make_unique<QSystemTrayIcon>();
    menu_ = std::make_unique<QMenu>();
    tray_->setContextMenu(menu_.get());
    connect(tray_.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) emit historyRequested();
    });
    retranslate();
    tray_->show();
}

void StatusIndicator::retranslate() {
    if (menu_) {
        menu_->clear();
        menu_->addAction(tr("Today's calls"), this, &StatusIndicator::historyRequested);
        menu_->addAction(tr("Settings…"), this, &StatusIndicator::settingsRequested);
        menu_->addAction(tr("Reconnect"), this, &StatusIndicator::reconnectRequested);
        menu_->addSeparator();
        menu_->addAction(tr("Quit"), this, &StatusIndicator::quitRequested);
    }
    setState(state_, desk_);
}

void StatusIndicator::showWindow() {
    if (!window_) {
        window_ = new StatusWindow;
        connect(window_, &StatusWindow::historyRequested, this, &StatusIndicator::historyRequested);
        connect(window_, &StatusWindow::settingsRequested, this, &StatusIndicator::settingsRequested);
        connect(window_, &StatusWindow::reconnectRequested, this, &StatusIndicator::reconnectRequested);
        connect(window_, &StatusWindow::quitRequested, this, &StatusIndicator::quitRequested);
        window_->setState(state_, desk_);
    }
    window_->show();
    window_->raise();
}

void StatusIndicator::setState(const qtclient::ConnectionState& state, const QString& desk) {
    state_ = state;
    desk_ = desk;
    if (tray_) {
        tray_->setIcon(state_icon(state));
        tray_->setToolTip(tooltip(state, desk));
    }
    if (window_) window_->setState(state, desk);
}

QString StatusIndicator::text() const { return tooltip(state_, desk_); }

} // namespace kxcti::callerid
