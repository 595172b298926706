#include "supervisor-gui/ui/report_document.h"

#include "supervisor-gui/core/column_titles.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

// Smallest type that still prints legibly; wide reports shrink their table to it, then elide.
constexpr qreal kMinTablePointSize = 5.0;
constexpr qreal kTablePointSize = 8.0;
constexpr qreal kTitlePointSize = 16.0;
constexpr qreal kTextPointSize = 9.0;

QString tr_doc(const char* text) {
    return QCoreApplication::translate("ReportDocument", text);
}

QStringList header_of(const ReportTableModel& m) {
    QStringList h;
    for (int c = 0; c < m.columnCount(); ++c) h << m.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return h;
}

QStringList row_of(const ReportTableModel& m, int r) {
    QStringList cells;
    for (int c = 0; c < m.columnCount(); ++c) cells << m.data(m.index(r, c), Qt::DisplayRole).toString();
    return cells;
}

void draw_table_page(QPainter& p, const QRectF& area, const ReportTableModel& m, int first, int last) {
    const auto header = header_of(m);
    const int columns = static_cast<int>(header.size());
    if (columns == 0) return;
    QFont f = p.font();
    f.setPointSizeF(kTablePointSize);
    // Column widths from content; shrink the type until they fit the page width.
    QVector<qreal> widths(columns);
    for (qreal size = kTablePointSize; size >= kMinTablePointSize; size -= 0.5) {
        f.setPointSizeF(size);
        const QFontMetricsF fm(f, p.device());
        qreal total = 0;
        for (int c = 0; c < columns; ++c) {
            qreal w = fm.horizontalAdvance(header[c]);
            for (int r = first; r < last; ++r) w = std::max(w, fm.horizontalAdvance(m.data(m.index(r, c), Qt::DisplayRole).toString()));
            widths[c] = w + fm.height() * 0.6;
            total += widths[c];
        }
        if (total <= area.width()) break;
        if (size - 0.5 < kMinTablePointSize) {
            const qreal k = area.width() / total;
            for (auto& w : widths) w *= k;
        }
    }
    p.setFont(f);
    const qreal row_h = area.height() / (kRowsPerPage + 1);
    auto draw_row = [&](const QStringList& cells, qreal y, bool bold) {
        QFont rf = f;
        rf.setBold(bold);
        p.setFont(rf);
        const QFontMetricsF fm(rf, p.device());
        qreal x = area.left();
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + 2, y, widths[c] - 4, row_h);
            const auto text = fm.elidedText(cells.value(c), Qt::ElideRight, cell.width());
            const auto align = m.data(m.index(std::max(first, 0), c), Qt::TextAlignmentRole);
            p.drawText(cell, (align.isValid() ? align.toInt() : int(Qt::AlignLeft)) | Qt::AlignVCenter, text);
            x += widths[c];
        }
        p.drawLine(QPointF(area.left(), y + row_h), QPointF(x, y + row_h));
    };
    draw_row(header, area.top(), true);
    for (int r = first; r < last; ++r) draw_row(row_of(m, r), area.top() + row_h * (r - first + 1), false);
}

} // namespace

int report_pages(const ReportDocument& doc) {
    const int rows = doc.model ? doc.model->rowCount() : 0;
    return 1 + std::max(1, (rows + kRowsPerPage - 1) / kRowsPerPage);
}

int render_report(QPagedPaintDevice& device, const ReportDocument& doc) {
    QPainter p(&device);
    const QRectF page(0, 0, device.width(), device.height());
    const qreal margin = page.height() * 0.02;
    const QRectF body = page.adjusted(0, 0, 0, -margin * 2);  // room for the footer
    const int total = report_pages(doc);
    int number = 0;
    auto footer = [&] {
        ++number;
        QFont f = p.font();
        f.setPointSizeF(kTextPointSize * 0.8);
        p.setFont(f);
        p.drawText(QRectF(page.left(), page.bottom() - margin * 1.5, page.width(), margin * 1.5),
                   Qt::AlignRight | Qt::AlignVCenter,
                   tr_doc(QT_TRANSLATE_NOOP("ReportDocument", "%1 · page %2 of %3"))
                       .arg(doc.title)
                       .arg(number)
                       .arg(total));
    };

    // Page 1: title, interval, parameters and thresholds, the chart.
    QFont f = p.font();
    f.setPointSizeF(kTitlePointSize);
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF title_fm(f, &device);
    qreal y = body.top();
    p.drawText(QRectF(body.left(), y, body.width(), title_fm.height() * 1.3), Qt::AlignLeft | Qt::AlignVCenter, doc.title);
    y += title_fm.height() * 1.5;
    f.setPointSizeF(kTextPointSize);
    f.setBold(false);
    p.setFont(f);
    const QFontMetricsF fm(f, &device);
    QStringList lines;
    if (doc.model) {
        const auto& r = doc.model->report();
        if (!r.notes.interval.isEmpty()) lines << r.notes.interval;
        const auto& params = r.notes.parameters.isEmpty() ? r.request : r.notes.parameters;
        for (const auto& [k, v] : params) lines << parameter_title(k) + u": "_s + v;
    }
    lines << tr_doc(QT_TRANSLATE_NOOP("ReportDocument", "Printed %1 by kxcti Supervisor"))
                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    for (const auto& l : lines) {
        p.drawText(QRectF(body.left(), y, body.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, l);
        y += fm.height() * 1.15;
    }
    if (doc.chart) {
        const QRectF chart_area(body.left(), y + fm.height(), body.width(), body.bottom() - y - fm.height());
        // The chart draws through a view of the page's proportions at screen resolution, then
        // scales: its fonts keep their on-screen size relative to the plot.
        QChartView view(doc.chart);
        view.setRenderHint(QPainter::Antialiasing);
        const qreal aspect = chart_area.width() / std::max<qreal>(1, chart_area.height());
        view.resize(static_cast<int>(std::round(600 * aspect)), 600);
        doc.chart->resize(view.size());
        view.render(&p, chart_area);
        view.setChart(new QChart);  // releases doc.chart: the caller still owns it
    }
    footer();

    // The table.
    const int rows = doc.model ? doc.model->rowCount() : 0;
    for (int first = 0; first < rows; first += kRowsPerPage) {
        device.newPage();
        draw_table_page(p, body, *doc.model, first, std::min(rows, first + kRowsPerPage));
        footer();
    }
    if (rows == 0) {
        device.newPage();
        p.drawText(body, Qt::AlignCenter, tr_doc(QT_TRANSLATE_NOOP("ReportDocument", "No rows.")));
        footer();
    }
    return number;
}

bool export_pdf(const QString& path, const ReportDocument& doc, QString* error) {
    QPdfWriter writer(path);
    if (!QFileInfo(path).absoluteDir().exists()) {
        if (error) *error = tr_doc(QT_TRANSLATE_NOOP("ReportDocument", "the folder of %1 does not exist")).arg(path);
        return false;
    }
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
    writer.setResolution(300);
    writer.setTitle(doc.title);
    writer.setCreator(u"kxcti Supervisor"_s);
    render_report(writer, doc);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error) *error = tr_doc(QT_TRANSLATE_NOOP("ReportDocument", "could not write %1: check the folder's permissions"))
                                .arg(path);
        return false;
    }
    return true;
}

} // namespace kxcti::supervisor
