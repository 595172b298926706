#pragma once
// A thin table over one streamed report: the server's columns and rows as they arrive, cells
// shown in the user's locale (percentages for ratios, "?" for unknown), sorted by value through
// kSortRole, the server's own text under kRawRole (what exports and tests compare).
#include "supervisor-gui/core/report_data.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace kxcti::supervisor {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kRawRole = Qt::UserRole + 1;   // the cell as the server sent it
    static constexpr int kSortRole = Qt::UserRole + 2;  // double for numbers, text otherwise
    static constexpr int kKeyRole = Qt::UserRole + 3;   // header: the column's engine key

    explicit ReportTableModel(QObject* parent = nullptr);

    // A new report: columns known, no rows yet.
    void start(const QString& name, const QVector<ReportColumnInfo>& columns, const KeyValues& request);
    void append_rows(const QVector<ReportRowData>& rows);
    // ReportDone: keeps the notes; a report of totals only (summary, service level without an
    // interval) gets one row per run built from them.
    void finish(const QString& notes_text);
    void clear();

    const ReportData& report() const { return data_; }
    // Column of the table (after the group column, when there is one) -> report column.
    int report_column(int table_column) const { return table_column - (group_column_ ? 1 : 0); }
    bool has_group_column() const { return group_column_; }
    QString display_text(const QString& cell, ColumnKind kind) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void finished();

private:
    ReportData data_;
    bool group_column_ = false;  // rows span several groups (a supervisor of several)
    QLocale locale_;
};

} // namespace kxcti::supervisor
