#include "callerid-display/ui/history_window.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

namespace kxcti::callerid {

HistoryWindow::HistoryWindow(TodayCallsModel& model, QWidget* parent) : QWidget(parent, Qt::Window), model_(model) {
    setObjectName(QStringLiteral("callerid-history"));
    view_ = new QTableView(this);
    view_->setModel(&model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->setAlternatingRowColors(false);  // the missed rows' colour must stand out
    summary_ = new QLabel(this);
    copy_ = new QPushButton(this);
    crm_ = new QPushButton(this);
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& i) {
        emit copyRequested(i.data(TodayCallsModel::NumberRole).toString());
    });
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { emit crmRequested(i.row()); });
    connect(copy_, &QPushButton::clicked, this, [this] {
        const auto i = view_->currentIndex();
        if (i.isValid()) emit copyRequested(i.data(TodayCallsModel::NumberRole).toString());
    });
    connect(crm_, &QPushButton::clicked, this, [this] {
        const auto i = view_->currentIndex();
        if (i.isValid()) emit crmRequested(i.row());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model_, signal, this, &HistoryWindow::update_summary);
    connect(&model_, &QAbstractItemModel::dataChanged, this, &HistoryWindow::update_summary);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(summary_, 1);
    buttons->addWidget(copy_);
    buttons->addWidget(crm_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_);
    layout->addLayout(buttons);
    resize(760, 380);
    retranslate();
}

void HistoryWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void HistoryWindow::retranslate() {
    setWindowTitle(tr("kxcti Caller ID: today's calls"));
    copy_->setText(tr("Copy number"));
    crm_->setText(tr("Open CRM"));
    update_summary();
}

void HistoryWindow::update_summary() {
    summary_->setText(tr("%n call(s) today", "", model_.rowCount()) + QStringLiteral(", ") +
                      tr("%n missed", "", model_.missedCount()));
}

} // namespace kxcti::callerid
