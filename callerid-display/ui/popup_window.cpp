#include "callerid-display/ui/popup_window.h"

#include "callerid-display/core/call_facts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

namespace kxcti::callerid {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
// Wide enough for a long name and a history row; the stack lines pop-ups up by this width.
constexpr int kPopupWidth = 380;
} // namespace

PopupWindow::PopupWindow(const QString& key, int timeout_s, QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus),
      key_(key), timeout_(this) {
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("callerid-popup"));
    setFixedWidth(kPopupWidth);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#callerid-popup { border: 2px solid #2a6db0; background: #fdfdfd; }"
                                 "QLabel#number { font-size: 20pt; font-weight: bold; }"
                                 "QLabel#name { font-size: 13pt; }"
                                 "QLabel#flag { color: white; background: #c62828; padding: 3px 6px; font-weight: bold; }"));

    number_ = new QLabel(this);
    number_->setObjectName(QStringLiteral("number"));
    number_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    name_ = new QLabel(this);
    name_->setObjectName(QStringLiteral("name"));
    line_ = new QLabel(this);
    line_->setWordWrap(true);  // extension, DID, channel and trunk overflow one line in Russian
    earlier_ = new QLabel(this);
    earlier_->setWordWrap(true);
    flag_ = new QLabel(this);
    flag_->setObjectName(QStringLiteral("flag"));
    flag_->hide();
    history_title_ = new QLabel(this);
    history_ = new QTreeWidget(this);
    history_->setColumnCount(3);
    history_->setRootIsDecorated(false);
    history_->setFocusPolicy(Qt::NoFocus);
    history_->setSelectionMode(QAbstractItemView::NoSelection);
    history_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    history_->setMaximumHeight(140);

    copy_ = new QPushButton(this);
    crm_ = new QPushButton(this);
    dismiss_ = new QPushButton(this);
    for (auto* b : {copy_, crm_, dismiss_}) b->setFocusPolicy(Qt::NoFocus);
    connect(copy_, &QPushButton::clicked, this, [this] { emit copyRequested(key_); });
    connect(crm_, &QPushButton::clicked, this, [this] { emit crmRequested(key_); });
    connect(dismiss_, &QPushButton::clicked, this, [this] { emit dismissRequested(key_); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy_);
    buttons->addWidget(crm_);
    buttons->addStretch();
    buttons->addWidget(dismiss_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    for (QWidget* w : {static_cast<QWidget*>(number_), static_cast<QWidget*>(name_), static_cast<QWidget*>(line_),
                       static_cast<QWidget*>(earlier_), static_cast<QWidget*>(flag_),
                       static_cast<QWidget*>(history_title_), static_cast<QWidget*>(history_)})
        layout->addWidget(w);
    layout->addLayout(buttons);

    if (timeout_s > 0) {
        timeout_.setSingleShot(true);
        timeout_.setInterval(timeout_s * 1000);
        connect(&timeout_, &QTimer::timeout, this, [this] { emit dismissRequested(key_); });
        timeout_.start();
    }
    retranslate();
}

void PopupWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void PopupWindow::retranslate() {
    copy_->setText(tr("Copy number"));
    crm_->setText(tr("Open CRM"));
    dismiss_->setText(tr("Dismiss"));
    history_->setHeaderLabels({tr("When"), tr("Operator"), tr("Result")});
    if (!call_.ring.call_key.empty()) show_call(call_, history_rows_);
}

void PopupWindow::show_call(const RingingCall& call, int history_rows) {
    call_ = call;
    history_rows_ = history_rows;
    const auto& r = call.ring;
    number_->setText(r.caller.empty() ? tr("Number withheld") : q(r.caller));
    name_->setText(r.caller_name.empty() ? tr("Not in the phonebook") : q(r.caller_name));
    QString line;
    if (!r.did.empty() && !r.channel.empty()) line = tr("Line %1 · %2").arg(q(r.did), q(r.channel));
    else if (!r.did.empty()) line = tr("Line %1").arg(q(r.did));
    else if (!r.channel.empty()) line = q(r.channel);
    if (!r.trunk.empty()) line += (line.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("CO %1").arg(q(r.trunk));
    line_->setText(tr("Ext. %1").arg(q(r.ext)) + (line.isEmpty() ? QString() : QStringLiteral(" · ") + line));
    if (r.earlier_calls == 0)
        earlier_->setText(tr("First call from this number"));
    else
        earlier_->setText(tr("%n earlier call(s), the last %1", "", static_cast<int>(r.earlier_calls))
                              .arg(local_time_text(r.last_call_us)));

    history_->clear();
    flag_->hide();
    const bool show_history = history_rows > 0 && !r.caller.empty() && r.earlier_calls > 0;
    history_title_->setVisible(show_history);
    history_->setVisible(show_history);
    if (!show_history) {
        adjustSize();
        return;
    }
    if (!call.history) {
        history_title_->setText(call.history_error.isEmpty() ? tr("Last calls: looking up…")
                                                             : tr("Last calls: %1").arg(call.history_error));
        history_->hide();
        adjustSize();
        return;
    }
    history_title_->setText(tr("Last calls"));
    int shown = 0;
    for (const auto& c : call.history->calls) {
        if (shown++ >= history_rows) break;
        auto* item = new QTreeWidgetItem(history_, {when_text(c), q(c.ext), result_text(c)});
        if (result_of(c) == CallResult::Lost) item->setForeground(2, QBrush(QColor(0xc6, 0x28, 0x28)));
    }
    switch (lost_flag(call.history->calls)) {
    case LostFlag::LostNotCalledBack:
        flag_->setText(tr("Lost before, not called back"));
        flag_->show();
        break;
    case LostFlag::LostCalledBack:
        flag_->setText(tr("Lost before, called back since"));
        flag_->show();
        break;
    case LostFlag::None:
        break;
    }
    adjustSize();
}

QStringList PopupWindow::historyLines() const {
    QStringList out;
    for (int i = 0; i < history_->topLevelItemCount(); ++i) {
        const auto* item = history_->topLevelItem(i);
        out << item->text(0) + QStringLiteral(" | ") + item->text(1) + QStringLiteral(" | ") + item->text(2);
    }
    return out;
}

} // namespace kxcti::callerid
