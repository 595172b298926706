#include "supervisor-gui/core/csv_export.h"

#include "supervisor-gui/core/column_titles.h"

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

CsvFormat csv_format_for(const QLocale& locale) {
    // Excel takes its list separator from the regional settings: where the decimal point is a
    // comma (ru, uk, most of Europe) the list separator is ';'.
    if (locale.decimalPoint() == u","_s) return {u';', u','};
    return {u',', u'.'};
}

QString csv_field(const QString& text, QChar separator) {
    QString t = text;
    // A cell starting with '=' or '@' would run as a formula (a caller name from a phonebook).
    if (t.startsWith(u'=') || t.startsWith(u'@')) t.prepend(u'\'');
    if (!t.contains(separator) && !t.contains(u'"') && !t.contains(u'\n') && !t.contains(u'\r')) return t;
    t.replace(u"\""_s, u"\"\""_s);
    return u'"' + t + u'"';
}

QByteArray report_csv(const ReportData& report, const QString& title, const CsvFormat& format) {
    const QChar sep = format.separator;
    QString out;
    auto line = [&](const QStringList& fields) {
        QStringList quoted;
        for (const auto& f : fields) quoted << csv_field(f, sep);
        out += quoted.join(sep) + u"\r\n"_s;
    };
    line({title});
    if (!report.notes.interval.isEmpty()) line({report.notes.interval});
    // The engine's own list when it came (filters and thresholds), else what was asked.
    const auto& params = report.notes.parameters.isEmpty() ? report.request : report.notes.parameters;
    for (const auto& [k, v] : params) line({parameter_title(k), v});
    out += u"\r\n"_s;

    QStringList header;
    const bool group_column = needs_group_column(report);
    if (group_column) header << column_title(u"group"_s);
    for (const auto& c : report.columns) header << column_title(c.key);
    line(header);
    for (const auto& row : report.rows) {
        QStringList fields;
        if (group_column) fields << row.group;
        for (int c = 0; c < report.columns.size(); ++c) {
            QString cell = c < row.cells.size() ? row.cells[c] : QString();
            if (is_numeric(report.columns[c].kind) && format.decimal_point != u'.') cell.replace(u'.', format.decimal_point);
            fields << cell;
        }
        line(fields);
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

} // namespace kxcti::supervisor
