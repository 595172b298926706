#include "supervisor-gui/core/live_board_model.h"

#include <QLocale>

#include <algorithm>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

qint64 seconds_since(const Clock& clock, qint64 since_us) {
    if (since_us <= 0) return 0;
    return std::max<qint64>(0, (to_unix_us(clock.now()) - since_us) / 1'000'000);
}

// Numbers sort as numbers in extensions and groups ("99" before "101").
bool number_less(const QString& a, const QString& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    return a < b;
}

QString cell_of(const ReportData& r, const ReportRowData& row, const QString& key) {
    const auto c = r.column(key);
    return c && *c < row.cells.size() ? row.cells[*c] : QString();
}

QVariant number_or_null(const QString& cell) {
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? QVariant(v) : QVariant();
}

} // namespace

QString format_duration(qint64 s) {
    if (s < 0) s = 0;
    if (s >= 3600) return QString::asprintf("%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    return QString::asprintf("%lld:%02lld", s / 60, s % 60);
}

// ---- groups ----

GroupBoardModel::GroupBoardModel(const Clock& clock, QObject* parent) : QAbstractTableModel(parent), clock_(clock) {
}

void GroupBoardModel::set_thresholds(const BoardThresholds& t) {
    thresholds_ = t;
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

GroupBoardModel::Row& GroupBoardModel::row(const QString& group) {
    auto it = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return !number_less(r.group, group); });
    if (it != rows_.end() && it->group == group) return *it;
    const int at = static_cast<int>(it - rows_.begin());
    beginInsertRows({}, at, at);
    rows_.insert(at, Row{group, {}, 0, 0, {}, {}, {}});
    endInsertRows();
    return rows_[at];
}

int GroupBoardModel::row_of(const QString& group) const {
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].group == group) return i;
    return -1;
}

void GroupBoardModel::set_visible_groups(const QStringList& groups) {
    for (const auto& g : groups) row(g);
}

void GroupBoardModel::on_queue_state(const protocol::QueueState& q) {
    const auto group = QString::fromStdString(q.group);
    if (group.isEmpty()) return;
    auto& r = row(group);
    r.waiting = q.waiting;
    r.oldest_since_us = q.waiting ? q.oldest_since_us : 0;
    const int i = row_of(group);
    emit dataChanged(index(i, Waiting), index(i, LongestWait));
}

void GroupBoardModel::set_today(const ReportData& report) {
    for (auto& r : rows_) r.answered = r.lost = r.service_level = QString();
    for (const auto& rr : report.rows) {
        auto group = cell_of(report, rr, u"group"_s);
        if (group.isEmpty()) group = rr.group;
        if (group.isEmpty()) continue;
        auto& r = row(group);
        r.name = cell_of(report, rr, u"name"_s);
        r.answered = cell_of(report, rr, u"answered"_s);
        r.lost = cell_of(report, rr, u"lost"_s);
        r.service_level = cell_of(report, rr, u"service_level"_s);
    }
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GroupBoardModel::tick() {
    if (!rows_.isEmpty()) emit dataChanged(index(0, LongestWait), index(rowCount() - 1, LongestWait));
}

void GroupBoardModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int GroupBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}
int GroupBoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupBoardModel::value(const Row& r, int column) const {
    switch (column) {
    case Group: return r.group;
    case Name: return r.name;
    case Waiting: return r.waiting;
    case LongestWait: return r.waiting ? QVariant(seconds_since(clock_, r.oldest_since_us)) : QVariant(0);
    case Answered: return number_or_null(r.answered);
    case Lost: return number_or_null(r.lost);
    case ServiceLevel: return number_or_null(r.service_level);
    default: return {};
    }
}

Level GroupBoardModel::level(const Row& r, int column) const {
    const auto v = value(r, column);
    if (v.isNull()) return Level::Ok;
    switch (column) {
    case Waiting: return level_of(v.toDouble(), thresholds_.waiting_warn, thresholds_.waiting_alarm);
    case LongestWait:
        return level_of(v.toDouble(), thresholds_.longest_wait_warn_s, thresholds_.longest_wait_alarm_s);
    case ServiceLevel:
        return level_below(v.toDouble(), thresholds_.service_level_target, thresholds_.service_level_alarm);
    default: return Level::Ok;
    }
}

QVariant GroupBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const auto& r = rows_[index.row()];
    const int c = index.column();
    const auto v = value(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (c == LongestWait) return r.waiting ? format_duration(v.toLongLong()) : QString();
        if (v.isNull()) return c == Name ? QString() : u"?"_s;
        if (c == ServiceLevel) return QLocale().toString(v.toDouble() * 100.0, 'f', 1) + u" %"_s;
        if (c == Answered || c == Lost) return QLocale().toString(v.toLongLong());
        return v;
    case kValueRole: return v;
    case Qt::BackgroundRole:
        if (c == Waiting || c == LongestWait || c == ServiceLevel) return level_colour(level(r, c));
        return {};
    case Qt::ForegroundRole:
        if (c == Waiting || c == LongestWait || c == ServiceLevel) return QColor(Qt::black);
        return {};
    case Qt::TextAlignmentRole:
        return c <= Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant GroupBoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Group: return tr("Group");
    case Name: return tr("Name");
    case Waiting: return tr("Waiting");
    case LongestWait: return tr("Longest wait");
    case Answered: return tr("Answered today");
    case Lost: return tr("Lost today");
    case ServiceLevel: return tr("Service level today");
    default: return {};
    }
}

// ---- operators ----

OperatorBoardModel::OperatorBoardModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), clock_(clock) {
}

void OperatorBoardModel::set_thresholds(const BoardThresholds& t) {
    thresholds_ = t;
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

OperatorBoardModel::Row& OperatorBoardModel::row(const QString& ext) {
    auto it = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return !number_less(r.ext, ext); });
    if (it != rows_.end() && it->ext == ext) return *it;
    const int at = static_cast<int>(it - rows_.begin());
    beginInsertRows({}, at, at);
    Row r;
    r.ext = ext;
    rows_.insert(at, r);
    endInsertRows();
    return rows_[at];
}

int OperatorBoardModel::row_of(const QString& ext) const {
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].ext == ext) return i;
    return -1;
}

void OperatorBoardModel::on_operator_state(const protocol::OperatorState& s) {
    const auto ext = QString::fromStdString(s.ext);
    if (ext.isEmpty()) return;
    auto& r = row(ext);
    if (!s.group.empty()) r.group = QString::fromStdString(s.group);
    if (r.activity != s.activity || r.since_us == 0) r.since_us = s.at_us;
    r.activity = s.activity;
    r.caller = QString::fromStdString(s.caller);
    const int i = row_of(ext);
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void OperatorBoardModel::set_today(const ReportData& report) {
    for (auto& r : rows_) r.answered = r.missed = QString();
    for (const auto& rr : report.rows) {
        const auto ext = cell_of(report, rr, u"ext"_s);
        if (ext.isEmpty()) continue;
        auto& r = row(ext);
        r.name = cell_of(report, rr, u"name"_s);
        r.answered = cell_of(report, rr, u"answered"_s);
        r.missed = cell_of(report, rr, u"missed"_s);
    }
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OperatorBoardModel::tick() {
    if (!rows_.isEmpty()) emit dataChanged(index(0, TimeInState), index(rowCount() - 1, TimeInState));
}

void OperatorBoardModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int OperatorBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}
int OperatorBoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperatorBoardModel::activity_text(protocol::OperatorActivity a) {
    switch (a) {
    case protocol::OperatorActivity::Idle: return tr("Idle");
    case protocol::OperatorActivity::Ringing: return tr("Ringing");
    case protocol::OperatorActivity::Talking: return tr("Talking");
    case protocol::OperatorActivity::Unknown: break;
    }
    return tr("Unknown");
}

QVariant OperatorBoardModel::value(const Row& r, int column) const {
    switch (column) {
    case Extension: return r.ext;
    case Name: return r.name;
    case Group: return r.group;
    case State: return static_cast<int>(r.activity);
    case TimeInState: return r.since_us ? QVariant(seconds_since(clock_, r.since_us)) : QVariant();
    case Caller: return r.caller;
    case CallsToday: return number_or_null(r.answered);
    case MissedToday: return number_or_null(r.missed);
    default: return {};
    }
}

Level OperatorBoardModel::level(const Row& r, int column) const {
    switch (column) {
    case State:
    case TimeInState: {
        const auto t = value(r, TimeInState);
        if (t.isNull()) return Level::Ok;
        if (r.activity == protocol::OperatorActivity::Ringing)
            return t.toLongLong() >= thresholds_.ringing_alarm_s ? Level::Alarm : Level::Warn;
        if (r.activity == protocol::OperatorActivity::Talking && t.toLongLong() >= thresholds_.talking_warn_s)
            return Level::Warn;
        return Level::Ok;
    }
    case MissedToday: {
        const auto v = value(r, column);
        return v.isNull() ? Level::Ok : level_of(v.toDouble(), thresholds_.missed_warn, thresholds_.missed_alarm);
    }
    default: return Level::Ok;
    }
}

QVariant OperatorBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const auto& r = rows_[index.row()];
    const int c = index.column();
    const auto v = value(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (c == State) return activity_text(r.activity);
        if (c == TimeInState) return v.isNull() ? QString() : format_duration(v.toLongLong());
        if (c == CallsToday || c == MissedToday) return v.isNull() ? u"?"_s : QLocale().toString(v.toLongLong());
        return v;
    case kValueRole: return v;
    case Qt::BackgroundRole:
        if (c == State || c == TimeInState || c == MissedToday) return level_colour(level(r, c));
        return {};
    case Qt::ForegroundRole:
        if (c == State || c == TimeInState || c == MissedToday) return QColor(Qt::black);
        return {};
    case Qt::TextAlignmentRole:
        return c >= TimeInState && c != Caller ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant OperatorBoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Extension: return tr("Extension");
    case Name: return tr("Name");
    case Group: return tr("Group");
    case State: return tr("State");
    case TimeInState: return tr("Time in state");
    case Caller: return tr("Caller");
    case CallsToday: return tr("Calls today");
    case MissedToday: return tr("Missed today");
    default: return {};
    }
}

} // namespace kxcti::supervisor
