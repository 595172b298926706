#include "supervisor-gui/ui/reports_view.h"

#include "supervisor-gui/core/column_titles.h"
#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/report_panel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kParamsRole = Qt::UserRole + 2;
constexpr int kServerTitleRole = Qt::UserRole + 3;
} // namespace

ReportsView::ReportsView(Session& session, QWidget* parent) : QWidget(parent), session_(session) {
    list_ = new QListWidget(this);
    list_->setObjectName(u"reportList"_s);
    list_->setMaximumWidth(260);
    panel_ = new ReportPanel(session, this);
    auto* split = new QSplitter(this);
    split->addWidget(list_);
    split->addWidget(panel_);
    split->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item) return;
        panel_->set_report(item->data(kNameRole).toString(), item->data(kServerTitleRole).toString(),
                           item->data(kParamsRole).toStringList());
    });
    connect(&session_, &Session::catalogChanged, this, &ReportsView::fill_catalog);
    connect(&session_, &Session::loggedIn, this, [this](const protocol::LoginOk& ok) {
        QStringList groups;
        for (const auto& g : ok.groups) groups << QString::fromStdString(g);
        panel_->set_groups(groups);
    });
    fill_catalog();
}

void ReportsView::fill_catalog() {
    // A reconnect sends the same catalog again: keep the report on screen.
    QStringList names;
    for (const auto& info : session_.catalog()) names << QString::fromStdString(info.name);
    if (names == report_names() && !names.isEmpty()) return;
    const auto current = list_->currentItem() ? list_->currentItem()->data(kNameRole).toString() : QString();
    list_->clear();
    for (const auto& info : session_.catalog()) {
        const auto name = QString::fromStdString(info.name);
        const auto server_title = QString::fromStdString(info.title);
        auto* item = new QListWidgetItem(report_title(name, server_title), list_);
        item->setData(kNameRole, name);
        item->setData(kServerTitleRole, server_title);
        QStringList params;
        for (const auto& p : info.params) params << QString::fromStdString(p);
        item->setData(kParamsRole, params);
        item->setToolTip(name);
    }
    if (!current.isEmpty()) select(current);
    else if (list_->count() > 0) list_->setCurrentRow(0);
}

bool ReportsView::select(const QString& name) {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kNameRole).toString() == name) {
            list_->setCurrentRow(i);
            return true;
        }
    return false;
}

QStringList ReportsView::report_names() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) out << list_->item(i)->data(kNameRole).toString();
    return out;
}

} // namespace kxcti::supervisor
