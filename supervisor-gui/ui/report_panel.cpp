#include "supervisor-gui/ui/report_panel.h"

#include "supervisor-gui/core/column_titles.h"
#include "supervisor-gui/core/report_definitions.h"
#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/report_chart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

ReportPanel::ReportPanel(Session& session, QWidget* parent) : QWidget(parent), session_(session) {
    title_ = new QLabel(this);
    title_->setObjectName(u"reportTitle"_s);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title_->setFont(f);

    const QDate today = QDate::currentDate();
    from_ = new QDateEdit(today, this);
    to_ = new QDateEdit(today, this);
    for (auto* d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    group_ = new QComboBox(this);
    group_->setEditable(true);
    group_->addItem(tr("all my groups"), QString());
    operator_ = new QLineEdit(this);
    operator_->setPlaceholderText(tr("any"));
    channel_ = new QLineEdit(this);
    channel_->setPlaceholderText(tr("any (name or DID)"));
    interval_ = new QComboBox(this);
    interval_->addItem(tr("whole period"), QString());
    interval_->addItem(tr("15 minutes"), u"15"_s);
    interval_->addItem(tr("30 minutes"), u"30"_s);
    interval_->addItem(tr("hour"), u"60"_s);
    interval_->addItem(tr("day"), u"day"_s);
    interval_->addItem(tr("weekday"), u"weekday"_s);
    run_ = new QPushButton(tr("Run"), this);
    run_->setObjectName(u"run"_s);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setVisible(false);
    progress_->setMaximumWidth(200);
    status_ = new QLabel(this);
    status_->setObjectName(u"reportStatus"_s);
    status_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    auto add = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    add(tr("From"), from_);
    add(tr("To"), to_);
    add(tr("Group"), group_);
    add(tr("Operator"), operator_);
    add(tr("Channel"), channel_);
    add(tr("By"), interval_);
    filters->addWidget(run_);
    filters->addWidget(cancel_);
    filters->addWidget(progress_);
    filters->addStretch(1);

    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(&model_);
    proxy_->setSortRole(ReportTableModel::kSortRole);
    table_ = new QTableView(this);
    table_->setObjectName(u"reportTable"_s);
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // the server's order until a header is clicked
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    chart_view_ = new QChartView(this);
    chart_view_->setObjectName(u"reportChart"_s);
    chart_view_->setRenderHint(QPainter::Antialiasing);
    notes_ = new QTextBrowser(this);
    notes_->setObjectName(u"reportNotes"_s);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(table_, tr("Table"));
    tabs_->addTab(chart_view_, tr("Chart"));
    tabs_->addTab(notes_, tr("Definitions and thresholds"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(filters);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);

    // Drill-down: a call's legs (group stages, operators rung, transfers) one per line.
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto& r = model_.report();
        const auto legs = r.column(u"legs"_s);
        if (!legs) return;
        const int row = proxy_->mapToSource(index).row();
        const auto& cells = r.rows[row].cells;
        const auto id = r.column(u"id"_s);
        QMessageBox::information(this, tr("Call %1").arg(id ? cells.value(*id) : QString()),
                                 cells.value(*legs).split(u' ', Qt::SkipEmptyParts).join(u'\n'));
    });
    connect(run_, &QPushButton::clicked, this, &ReportPanel::run);
    connect(cancel_, &QPushButton::clicked, this, &ReportPanel::cancel);
    connect(&model_, &ReportTableModel::finished, this, &ReportPanel::on_finished);
    connect(&session_, &Session::reportProgress, this, &ReportPanel::on_progress);
    connect(&session_, &Session::reportFailed, this, &ReportPanel::on_failed);
}

void ReportPanel::set_report(const QString& name, const QString& server_title, const QStringList& params) {
    if (running()) cancel();
    name_ = name;
    server_title_ = server_title;
    params_ = params;
    title_->setText(supervisor::report_title(name, server_title));
    group_->setEnabled(params.contains(u"group"_s));
    operator_->setEnabled(params.contains(u"operator"_s));
    channel_->setEnabled(params.contains(u"channel"_s));
    interval_->setEnabled(params.contains(u"interval"_s));
    tabs_->setTabEnabled(1, has_chart(name));
    model_.clear();
    chart_view_->setChart(new QChart);
    notes_->clear();
    status_->clear();
}

QString ReportPanel::report_title() const {
    return supervisor::report_title(name_, server_title_);
}

void ReportPanel::set_filters(const ReportFilters& f) {
    from_->setDate(f.from);
    to_->setDate(f.to);
    const int g = group_->findData(f.group);
    if (g >= 0) group_->setCurrentIndex(g);
    else group_->setEditText(f.group);
    operator_->setText(f.operator_ext);
    channel_->setText(f.channel);
    interval_->setCurrentIndex(std::max(0, interval_->findData(f.interval)));
}

ReportFilters ReportPanel::filters() const {
    ReportFilters f;
    f.from = from_->date();
    f.to = to_->date();
    const auto data = group_->currentData().toString();
    f.group = group_->currentText() == group_->itemText(group_->currentIndex()) ? data : group_->currentText().trimmed();
    f.operator_ext = operator_->text().trimmed();
    f.channel = channel_->text().trimmed();
    f.interval = interval_->currentData().toString();
    return f;
}

void ReportPanel::set_groups(const QStringList& groups) {
    const auto keep = filters().group;
    while (group_->count() > 1) group_->removeItem(1);
    for (const auto& g : groups) group_->addItem(g, g);
    const int i = group_->findData(keep);
    group_->setCurrentIndex(i >= 0 ? i : 0);
}

void ReportPanel::run() {
    if (name_.isEmpty()) return;
    const auto f = filters();
    if (f.to < f.from) {
        status_->setText(tr("The period ends before it starts: set To on or after From."));
        return;
    }
    KeyValues params{{u"from"_s, f.from.toString(Qt::ISODate)}, {u"to"_s, f.to.toString(Qt::ISODate)}};
    if (params_.contains(u"group"_s) && !f.group.isEmpty()) params.push_back({u"group"_s, f.group});
    if (params_.contains(u"operator"_s) && !f.operator_ext.isEmpty()) params.push_back({u"operator"_s, f.operator_ext});
    if (params_.contains(u"channel"_s) && !f.channel.isEmpty()) params.push_back({u"channel"_s, f.channel});
    if (params_.contains(u"interval"_s) && !f.interval.isEmpty()) params.push_back({u"interval"_s, f.interval});
    model_.clear();
    running_id_ = session_.run_report(name_, params, &model_);
    if (!running_id_) {
        status_->setText(tr("Not connected: the report runs once the connection is back."));
        return;
    }
    status_->setText(tr("Running…"));
    set_running(true);
}

void ReportPanel::cancel() {
    if (!running_id_) return;
    session_.abandon(running_id_);
    running_id_ = 0;
    set_running(false);
    status_->setText(tr("Cancelled."));
}

void ReportPanel::set_running(bool running) {
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
    progress_->setVisible(running);
    progress_->setRange(0, 0);  // busy until the server says how far it is
}

void ReportPanel::on_progress(quint32 id, quint64 done, quint64 total) {
    if (id != running_id_ || total == 0) return;
    progress_->setRange(0, 1000);
    progress_->setValue(static_cast<int>(1000 * done / total));
}

void ReportPanel::on_failed(quint32 id, const QString& text) {
    if (id != running_id_) return;
    running_id_ = 0;
    set_running(false);
    status_->setText(tr("The report failed: %1").arg(text));
    emit failed(text);
}

void ReportPanel::on_finished() {
    running_id_ = 0;
    set_running(false);
    status_->setText(tr("%n row(s).", nullptr, static_cast<int>(model_.rowCount())));
    table_->resizeColumnsToContents();
    auto* chart = make_chart();
    chart_view_->setChart(chart ? chart : new QChart);
    notes_->setHtml(notes_html());
    emit finished();
}

QChart* ReportPanel::make_chart() const {
    return build_chart(model_.report());
}

void ReportPanel::show_tab(int index) {
    tabs_->setCurrentIndex(index);
}

QString ReportPanel::notes_html() const {
    const auto& r = model_.report();
    QString html = u"<h3>"_s + report_title().toHtmlEscaped() + u"</h3>"_s;
    if (!r.notes.interval.isEmpty()) html += u"<p>"_s + r.notes.interval.toHtmlEscaped() + u"</p>"_s;
    html += u"<h4>"_s + tr("Parameters and thresholds") + u"</h4><table>"_s;
    for (const auto& [k, v] : r.notes.parameters)
        html += u"<tr><td>"_s + parameter_title(k).toHtmlEscaped() + u"&nbsp;&nbsp;</td><td>"_s + v.toHtmlEscaped() +
                u"</td></tr>"_s;
    html += u"</table>"_s;
    for (const auto& t : r.notes.totals) {
        html += u"<h4>"_s + (t.group.isEmpty() ? tr("Totals") : tr("Totals, group %1").arg(t.group)).toHtmlEscaped() +
                u"</h4><table>"_s;
        for (const auto& [k, v] : t.figures) {
            const auto c = r.column(k);
            const auto kind = c ? r.columns[*c].kind : ColumnKind::Decimal;
            html += u"<tr><td>"_s + column_title(k).toHtmlEscaped() + u"&nbsp;&nbsp;</td><td align=right>"_s +
                    model_.display_text(v, kind).toHtmlEscaped() + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    const auto defs = report_definitions(r.name, r.notes.parameters);
    if (!defs.isEmpty()) {
        // The engine's wording (English, like the engine's keys): definitions are the contract.
        html += u"<h4>"_s + tr("Definitions") + u"</h4><dl>"_s;
        for (const auto& [k, v] : defs)
            html += u"<dt><b>"_s + k.toHtmlEscaped() + u"</b></dt><dd>"_s + v.toHtmlEscaped() + u"</dd>"_s;
        html += u"</dl>"_s;
    }
    return html;
}

} // namespace kxcti::supervisor
