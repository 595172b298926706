#pragma once
// A report on paper or in a PDF: landscape pages, the first with the title, the interval, the
// parameters and thresholds used and the chart; then the table, kRowsPerPage rows a page with
// its header repeated. The same drawing serves QPdfWriter (export) and QPrinter (print).
#include "supervisor-gui/core/report_table_model.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace kxcti::supervisor {

// Table rows per page: readable at A4 landscape and a fixed number, so the page count of a
// report is known from its rows (tests check it).
inline constexpr int kRowsPerPage = 35;

struct ReportDocument {
    QString title;
    const ReportTableModel* model = nullptr;
    QChart* chart = nullptr;  // drawn on the first page when given (not owned)
};

// Pages the document takes: 1 (title, parameters, chart) + the table's pages.
int report_pages(const ReportDocument& doc);
// Draws every page; returns the number drawn (report_pages(doc)).
int render_report(QPagedPaintDevice& device, const ReportDocument& doc);
// QPdfWriter at `path`; false (with `error`) when the file cannot be written.
bool export_pdf(const QString& path, const ReportDocument& doc, QString* error = nullptr);

} // namespace kxcti::supervisor
