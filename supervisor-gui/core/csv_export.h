#pragma once
// CSV that Excel opens as a table, in the user's language: UTF-8 with a BOM (without it Excel
// reads Cyrillic as ANSI), ';' between fields and ',' in numbers where the locale writes decimal
// commas (ru, uk: Excel there splits on ';'), ',' and '.' otherwise (en). The report's title,
// interval and thresholds head the file (kpi.md: every export states what it used).
#include "supervisor-gui/core/report_data.h"

#include <QByteArray>
#include <QLocale>

namespace kxcti::supervisor {

struct CsvFormat {
    QChar separator = u',';
    QChar decimal_point = u'.';
};
CsvFormat csv_format_for(const QLocale& locale);

// The lines before the table: title, interval, parameters (one "key;value" each), then a blank
// line. Column headers are the translated titles; cells are the server's values with the
// locale's decimal point, unknown left empty.
QByteArray report_csv(const ReportData& report, const QString& title, const CsvFormat& format);

// One field, quoted when it holds the separator, a quote or a line break.
QString csv_field(const QString& text, QChar separator);

} // namespace kxcti::supervisor
