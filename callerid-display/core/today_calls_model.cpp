#include "callerid-display/core/today_calls_model.h"

#include "callerid-display/core/call_facts.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace kxcti::callerid {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QDate local_date(std::int64_t us) { return QDateTime::fromMSecsSinceEpoch(us / 1000).toLocalTime().date(); }
bool open(TodayStatus s) { return s == TodayStatus::Ringing || s == TodayStatus::Talking; }

} // namespace

TodayCallsModel::TodayCallsModel(std::function<bool(const std::string&)> is_mine, std::function<QDate()> today,
                                 QObject* parent)
    : QAbstractTableModel(parent), is_mine_(std::move(is_mine)), today_(std::move(today)) {}

int TodayCallsModel::row_of(const std::string& key) const {
    const auto k = q(key);
    for (int i = 0; i < static_cast<int>(calls_.size()); ++i)
        if (calls_[static_cast<std::size_t>(i)].key == k) return i;
    return -1;
}

void TodayCallsModel::set(int row, TodayStatus status) {
    calls_[static_cast<std::size_t>(row)].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TodayCallsModel::ring(const protocol::CallRinging& e) {
    if (!is_mine_(e.ext)) return;
    if (const int row = row_of(e.call_key); row >= 0 && open(calls_[static_cast<std::size_t>(row)].status)) {
        calls_[static_cast<std::size_t>(row)].ext = q(e.ext);  // rings on at another of the desk's extensions
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    add({e.call_key, e.at_us, e.ext, e.caller, e.caller_name, e.did, e.channel});
}

void TodayCallsModel::add(const NewCall& n) {
    dropOldDays();
    if (static_cast<int>(calls_.size()) >= kMaxTodayCalls) {
        beginRemoveRows({}, kMaxTodayCalls - 1, static_cast<int>(calls_.size()) - 1);
        calls_.resize(kMaxTodayCalls - 1);
        endRemoveRows();
    }
    TodayCall c;
    c.key = q(n.key);
    c.at_us = n.at_us;
    c.number = q(n.caller);
    c.name = q(n.name);
    c.did = q(n.did);
    c.channel = q(n.channel);
    c.ext = q(n.ext);
    beginInsertRows({}, 0, 0);
    calls_.insert(calls_.begin(), std::move(c));
    endInsertRows();
}

void TodayCallsModel::answered(const protocol::CallAnswered& e) {
    const int row = row_of(e.call_key);
    if (row < 0 || calls_[static_cast<std::size_t>(row)].status != TodayStatus::Ringing) return;
    auto& c = calls_[static_cast<std::size_t>(row)];
    c.ring_s = e.ring_s;
    if (is_mine_(e.ext)) c.ext = q(e.ext);
    set(row, is_mine_(e.ext) ? TodayStatus::Talking : TodayStatus::AnsweredElsewhere);
}

void TodayCallsModel::ended(const protocol::CallEnded& e) {
    int row = row_of(e.call_key);
    if (row < 0 || !open(calls_[static_cast<std::size_t>(row)].status)) {
        // Many PBXs print only final records (no RC/AN): the call appears when it ends here.
        if (!is_mine_(e.ext) || e.outcome == protocol::CallOutcome::Unknown) return;
        add({e.call_key, e.at_us, e.ext, e.caller, {}, {}, {}});
        row = 0;
    }
    auto& c = calls_[static_cast<std::size_t>(row)];
    if (e.outcome == protocol::CallOutcome::Abandoned && c.status == TodayStatus::Ringing) {
        c.ring_s = e.ring_s;
        set(row, TodayStatus::Missed);
    } else if (is_mine_(e.ext) && e.outcome == protocol::CallOutcome::Answered) {
        c.talk_s = e.duration_s;
        if (c.ring_s < 0) c.ring_s = e.ring_s;
        set(row, TodayStatus::Answered);
    } else if (c.status == TodayStatus::Talking && is_mine_(e.ext)) {
        set(row, TodayStatus::Answered);
    } else if (c.status == TodayStatus::Ringing && e.outcome == protocol::CallOutcome::Answered) {
        set(row, TodayStatus::AnsweredElsewhere);
    }
}

void TodayCallsModel::operatorState(const protocol::OperatorState& e) {
    if (e.activity != protocol::OperatorActivity::Idle || !is_mine_(e.ext)) return;
    // Idle while the call still rang here: it went elsewhere or the caller gave up; the desk
    // missed it either way (a later CallAnswered elsewhere refines nothing: it is missed here).
    for (int row = 0; row < static_cast<int>(calls_.size()); ++row) {
        auto& c = calls_[static_cast<std::size_t>(row)];
        if (c.ext == q(e.ext) && c.status == TodayStatus::Ringing) set(row, TodayStatus::Missed);
        if (c.ext == q(e.ext) && c.status == TodayStatus::Talking) set(row, TodayStatus::Answered);
    }
}

void TodayCallsModel::dropOldDays() {
    const auto today = today_();
    // Rows are newest first: the old days are a tail.
    auto first_old = static_cast<int>(calls_.size());
    while (first_old > 0 && local_date(calls_[static_cast<std::size_t>(first_old - 1)].at_us) < today) --first_old;
    if (first_old == static_cast<int>(calls_.size())) return;
    beginRemoveRows({}, first_old, static_cast<int>(calls_.size()) - 1);
    calls_.resize(static_cast<std::size_t>(first_old));
    endRemoveRows();
}

void TodayCallsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!calls_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TodayCallsModel::missedCount() const {
    int n = 0;
    for (const auto& c : calls_) n += c.status == TodayStatus::Missed;
    return n;
}

int TodayCallsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(calls_.size());
}

int TodayCallsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TodayCallsModel::status_text(const TodayCall& c) const {
    switch (c.status) {
    case TodayStatus::Ringing: return tr("ringing");
    case TodayStatus::Talking: return tr("talking");
    case TodayStatus::Answered: return tr("answered");
    case TodayStatus::AnsweredElsewhere: return tr("answered by a colleague");
    case TodayStatus::Missed: return tr("missed");
    }
    return {};
}

QVariant TodayCallsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(calls_.size())) return {};
    const auto& c = calls_[static_cast<std::size_t>(index.row())];
    const bool missed = c.status == TodayStatus::Missed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return QDateTime::fromMSecsSinceEpoch(c.at_us / 1000).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Number: return c.number.isEmpty() ? tr("withheld") : c.number;
        case Name: return c.name;
        case Line: return c.channel.isEmpty() ? c.did : c.did.isEmpty() ? c.channel : c.did + QStringLiteral(" · ") + c.channel;
        case Ext: return c.ext;
        case Result: return status_text(c);
        case Ring: return duration_text(c.ring_s);
        case Talk: return duration_text(c.talk_s);
        default: return {};
        }
    case Qt::BackgroundRole:
        return missed ? QVariant(QBrush(QColor(0xff, 0xe0, 0xe0))) : QVariant();
    case Qt::ForegroundRole:
        return missed ? QVariant(QBrush(QColor(0xa0, 0x00, 0x00))) : QVariant();
    case NumberRole:
        return c.number;
    case MissedRole:
        return missed;
    default:
        return {};
    }
}

QVariant TodayCallsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Time: return tr("Time");
    case Number: return tr("Number");
    case Name: return tr("Name");
    case Line: return tr("Line");
    case Ext: return tr("Ext.");
    case Result: return tr("Result");
    case Ring: return tr("Ring");
    case Talk: return tr("Talk");
    default: return {};
    }
}

} // namespace kxcti::callerid
