#pragma once
// One report as the server streamed it (docs/protocol.md, "Reports"): typed columns, rows that
// name their group, and ReportDone's notes, split into the parameters and thresholds the engine
// used and the totals it computed (per group for a supervisor's per-group runs).
#include "protocol/messages_report.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

namespace kxcti::supervisor {

using protocol::ColumnKind;

struct ReportColumnInfo {
    QString key;  // the engine's snake_case key: CSV header, translation key
    ColumnKind kind = ColumnKind::Text;
};

struct ReportRowData {
    QString group;      // "" = the whole site
    QStringList cells;  // as the server formats them; "" of a non-Text kind is unknown
};

using KeyValues = QVector<std::pair<QString, QString>>;

struct ReportTotals {
    QString group;  // "" when the run was over everything
    KeyValues figures;
};

// ReportDone's text: "TITLE; FROM to TO; k=v, k=v...; [group N ]totals: k=v, ..." per run.
struct ReportNotes {
    QString title;
    QString interval;
    KeyValues parameters;       // filters and thresholds as the engine printed them
    QVector<ReportTotals> totals;
    QString raw;                // the text itself, for what the parser did not recognise
};
ReportNotes parse_report_notes(const QString& text);

struct ReportData {
    QString name;
    QVector<ReportColumnInfo> columns;
    QVector<ReportRowData> rows;
    ReportNotes notes;
    KeyValues request;  // what was asked: from, to, group...
    bool complete = false;

    std::optional<int> column(const QString& key) const;
};

// Rows come from several per-group runs (a supervisor of several groups) and the report has no
// group column of its own: tables and exports then show the row's group first.
bool needs_group_column(const ReportData& report);

// A number out of a cell: nullopt for unknown (empty) or text.
std::optional<double> cell_number(const QString& cell, ColumnKind kind);
bool is_numeric(ColumnKind kind);

} // namespace kxcti::supervisor
