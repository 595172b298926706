#include "supervisor-gui/ui/report_chart.h"

#include "supervisor-gui/core/column_titles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

// A chart over more categories than this is unreadable: the table is the answer then.
constexpr int kMaxCategories = 96;  // 15-minute slots of a whole day

QString tr_chart(const char* text) {
    return QCoreApplication::translate("Chart", text);
}

QString label_of(const ReportData& r, const ReportRowData& row, const QStringList& keys) {
    QStringList parts;
    for (const auto& k : keys)
        if (auto c = r.column(k); c && *c < row.cells.size() && !row.cells[*c].isEmpty()) parts << row.cells[*c];
    if (parts.isEmpty()) return row.group.isEmpty() ? tr_chart(QT_TRANSLATE_NOOP("Chart", "all")) : row.group;
    return parts.join(u' ');
}

double number(const ReportData& r, const ReportRowData& row, const QString& key, double scale = 1.0) {
    const auto c = r.column(key);
    if (!c || *c >= row.cells.size()) return 0.0;
    return cell_number(row.cells[*c], r.columns[*c].kind).value_or(0.0) * scale;
}

QChart* bars(const ReportData& r, const QString& title, const QStringList& label_keys, const QStringList& value_keys,
             bool stacked, double scale = 1.0) {
    if (r.rows.isEmpty() || r.rows.size() > kMaxCategories) return nullptr;
    QStringList categories;
    for (const auto& row : r.rows) categories << label_of(r, row, label_keys);
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    for (const auto& key : value_keys) {
        if (!r.column(key)) continue;
        auto* set = new QBarSet(column_title(key));
        for (const auto& row : r.rows) *set << number(r, row, key, scale);
        series->append(set);
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        double sum = 0, mx = 0;
        for (auto* set : series->barSets()) {
            sum += set->at(i);
            mx = std::max(mx, set->at(i));
        }
        top = std::max(top, stacked ? sum : mx);
    }
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 12) x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1.0);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* lines(const ReportData& r, const QString& title, const QStringList& label_keys, const QStringList& value_keys,
              double scale, const QString& y_format) {
    if (r.rows.size() < 2 || r.rows.size() > kMaxCategories * 31) return nullptr;
    auto* chart = new QChart;
    chart->setTitle(title);
    QStringList categories;
    for (const auto& row : r.rows) categories << label_of(r, row, label_keys);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 12) x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setLabelFormat(y_format);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const auto& key : value_keys) {
        const auto c = r.column(key);
        if (!c) continue;
        auto* s = new QLineSeries;
        s->setName(column_title(key));
        for (int i = 0; i < r.rows.size(); ++i) {
            const auto v = cell_number(r.rows[i].cells.value(*c), r.columns[*c].kind);
            if (!v) continue;  // unknown is a gap, not a zero
            s->append(i, *v * scale);
            top = std::max(top, *v * scale);
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1.0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

bool has_chart(const QString& n) {
    return n != u"calls"_s && n != u"lost-not-called-back"_s && n != u"repeat-callers"_s;
}

QChart* build_chart(const ReportData& r) {
    const auto& n = r.name;
    if (n == u"hourly"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Calls by hour: offered, answered, lost")), {u"bucket"_s},
                    {u"offered"_s, u"answered"_s, u"lost"_s}, false);
    if (n == u"service-level"_s) {
        if (r.rows.size() >= 2)
            return lines(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Service level over time, %")), {u"bucket"_s},
                         {u"service_level"_s, u"target"_s}, 100.0, u"%.0f"_s);
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Service level by abandon policy, %")), {}, 
                    {u"sl_abandons_against"_s, u"sl_abandons_ignored"_s, u"sl_abandons_for"_s}, false, 100.0);
    }
    if (n == u"summary"_s) {
        if (r.rows.size() >= 2)
            return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Answered and lost")), {u"bucket"_s},
                        {u"answered"_s, u"lost_in_queue"_s, u"lost_at_operator"_s, u"short_abandons"_s}, true);
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Answered and lost")), {},
                    {u"answered"_s, u"lost_in_queue"_s, u"lost_at_operator"_s, u"short_abandons"_s}, false);
    }
    if (n == u"talk-buckets"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Talk length per operator")), {u"ext"_s, u"name"_s},
                    {u"short"_s, u"medium"_s, u"long"_s, u"talk_unknown"_s}, true);
    if (n == u"channels"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Advertising channels compared")), {u"channel"_s, u"did"_s},
                    {u"offered"_s, u"answered"_s, u"lost"_s, u"new_callers"_s}, false);
    if (n == u"busy-hour"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Busy hour per day: trunk traffic and peak")),
                    {u"date"_s, u"busy_hour_start"_s}, {u"busy_hour_erlangs"_s, u"peak_simultaneous"_s, u"trunks_needed"_s},
                    false);
    if (n == u"groups"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Groups: answered and lost")), {u"group"_s, u"bucket"_s},
                    {u"answered"_s, u"lost_in_queue"_s, u"lost_at_operator"_s, u"short_abandons"_s}, true);
    if (n == u"operators"_s)
        return bars(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Operators: answered and missed")), {u"ext"_s, u"bucket"_s},
                    {u"answered"_s, u"missed"_s}, false);
    if (n == u"staffing"_s)
        return lines(r, tr_chart(QT_TRANSLATE_NOOP("Chart", "Operators required, scheduled and present")),
                     {u"interval_start"_s}, {u"required_agents"_s, u"scheduled_agents"_s, u"present_agents"_s}, 1.0,
                     u"%.0f"_s);
    return nullptr;
}

} // namespace kxcti::supervisor
