#include "supervisor-gui/core/report_table_model.h"

#include "supervisor-gui/core/column_titles.h"


namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {
}

void ReportTableModel::start(const QString& name, const QVector<ReportColumnInfo>& columns,
                             const KeyValues& request) {
    beginResetModel();
    data_ = {};
    data_.name = name;
    data_.columns = columns;
    data_.request = request;
    group_column_ = false;
    locale_ = QLocale();
    endResetModel();
}

void ReportTableModel::append_rows(const QVector<ReportRowData>& rows) {
    if (rows.isEmpty()) return;
    beginInsertRows({}, static_cast<int>(data_.rows.size()), static_cast<int>(data_.rows.size() + rows.size() - 1));
    data_.rows += rows;
    endInsertRows();
}

void ReportTableModel::finish(const QString& notes_text) {
    data_.notes = parse_report_notes(notes_text);
    data_.complete = true;
    if (data_.rows.isEmpty() && !data_.notes.totals.isEmpty()) {
        QVector<ReportRowData> rows;
        for (const auto& t : data_.notes.totals) {
            ReportRowData row{t.group, {}};
            for (const auto& c : data_.columns) {
                QString value;
                for (const auto& [k, v] : t.figures)
                    if (k == c.key) value = v;
                row.cells.push_back(value);
            }
            rows.push_back(row);
        }
        append_rows(rows);
    }
    if (needs_group_column(data_) != group_column_) {
        beginResetModel();
        group_column_ = !group_column_;
        endResetModel();
    }
    emit finished();
}

void ReportTableModel::clear() {
    start({}, {}, {});
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(data_.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(data_.columns.size()) + (group_column_ ? 1 : 0);
}

QString ReportTableModel::display_text(const QString& cell, ColumnKind kind) const {
    if (cell.isEmpty()) return kind == ColumnKind::Text ? QString() : u"?"_s;
    const auto n = cell_number(cell, kind);
    if (!n) return cell;
    switch (kind) {
    case ColumnKind::Integer: return locale_.toString(static_cast<qlonglong>(*n));
    case ColumnKind::Ratio: return locale_.toString(*n * 100.0, 'f', 1) + u" %"_s;
    case ColumnKind::Seconds: return locale_.toString(*n, 'f', cell.contains(u'.') ? 1 : 0);
    case ColumnKind::Decimal: return locale_.toString(*n, 'f', 2);
    default: return cell;
    }
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& row = data_.rows[index.row()];
    const int c = report_column(index.column());
    if (c < 0) {  // the group column
        if (role == Qt::DisplayRole || role == kRawRole || role == kSortRole)
            return row.group.isEmpty() ? tr("all") : row.group;
        return {};
    }
    if (c >= data_.columns.size()) return {};
    const auto kind = data_.columns[c].kind;
    const QString cell = c < row.cells.size() ? row.cells[c] : QString();
    switch (role) {
    case Qt::DisplayRole: return display_text(cell, kind);
    case kRawRole: return cell;
    case kSortRole:
        if (is_numeric(kind)) {
            // Unknown sorts below every number, whichever the direction.
            const auto n = cell_number(cell, kind);
            return n ? *n : -1e300;
        }
        return cell;
    case Qt::TextAlignmentRole:
        return is_numeric(kind) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (cell.isEmpty() && kind != ColumnKind::Text)
            return tr("Unknown: the PBX did not print it, or there is nothing to divide by");
        return {};
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    const int c = report_column(section);
    const QString key = c < 0 ? u"group"_s : (c < data_.columns.size() ? data_.columns[c].key : QString());
    switch (role) {
    case Qt::DisplayRole: return column_title(key);
    case Qt::ToolTipRole:
    case kKeyRole: return key;
    default: return {};
    }
}

} // namespace kxcti::supervisor
