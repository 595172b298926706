#include "callerid-display/core/call_facts.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kxcti::callerid {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("kxcti::callerid", text); }
} // namespace

CallResult result_of(const protocol::HistoryCall& c) {
    if (c.condition == "NA") return CallResult::Lost;
    if (c.duration_s > 0) return CallResult::Answered;
    if (c.duration_s == 0 || c.ring_s >= 0) return CallResult::NotAnswered;
    return CallResult::Unknown;
}

LostFlag lost_flag(const std::vector<protocol::HistoryCall>& newest_first) {
    bool called_back = false;
    for (const auto& c : newest_first) {
        if (c.direction == protocol::CallDirection::Out) {
            called_back = true;
            continue;
        }
        switch (result_of(c)) {
        case CallResult::Answered:
            return LostFlag::None;
        case CallResult::Lost:
            return called_back ? LostFlag::LostCalledBack : LostFlag::LostNotCalledBack;
        default:
            break;  // a group's own leg or an unprinted outcome says nothing
        }
    }
    return LostFlag::None;
}

QString duration_text(std::int32_t s) {
    if (s < 0) return {};
    const int h = s / 3600, m = (s / 60) % 60, sec = s % 60;
    const auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0) return QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(sec));
    return QStringLiteral("%1:%2").arg(m).arg(two(sec));
}

QString result_text(const protocol::HistoryCall& c) {
    switch (result_of(c)) {
    case CallResult::Answered:
        return tr("answered %1").arg(duration_text(c.duration_s));
    case CallResult::Lost:
        return c.ring_s >= 0 ? tr("lost after %1").arg(duration_text(c.ring_s)) : tr("lost");
    case CallResult::NotAnswered:
        return tr("not answered");
    case CallResult::Unknown:
        break;
    }
    return {};
}

QString when_text(const protocol::HistoryCall& c) {
    auto time = QString::fromStdString(c.time);
    if (time.size() > 5) time.truncate(5);  // HH:MM:SS -> HH:MM
    return (QString::fromStdString(c.date) + QLatin1Char(' ') + time).trimmed();
}

QString local_time_text(std::int64_t unix_us) {
    if (unix_us == 0) return {};
    return QDateTime::fromMSecsSinceEpoch(unix_us / 1000).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace kxcti::callerid
