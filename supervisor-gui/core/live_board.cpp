#include "supervisor-gui/core/live_board.h"

#include "supervisor-gui/core/session.h"

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

LiveBoard::LiveBoard(Session& session, const Clock& clock, QObject* parent)
    : QObject(parent), session_(session), clock_(clock), groups_(clock), operators_(clock) {
    connect(&session_, &Session::queueState, this, [this](const protocol::QueueState& q) { groups_.on_queue_state(q); });
    connect(&session_, &Session::operatorState, this,
            [this](const protocol::OperatorState& s) { operators_.on_operator_state(s); });
    connect(&session_, &Session::callEnded, this, [this] {
        if (!refresh_soon_.isActive()) refresh_soon_.start();
    });
    connect(&session_, &Session::loggedIn, this, [this](const protocol::LoginOk& ok) {
        // A new session sends the current states again: start from them.
        groups_.clear();
        operators_.clear();
        QStringList visible;
        for (const auto& g : ok.groups) visible << QString::fromStdString(g);
        groups_.set_visible_groups(visible);
        refresh_today();
    });
    connect(&today_groups_, &ReportTableModel::finished, this, [this] {
        groups_.set_today(today_groups_.report());
        today_done();
    });
    connect(&today_operators_, &ReportTableModel::finished, this, [this] {
        operators_.set_today(today_operators_.report());
        today_done();
    });

    tick_.setInterval(kBoardTickMs);
    connect(&tick_, &QTimer::timeout, this, [this] {
        groups_.tick();
        operators_.tick();
    });
    tick_.start();
    refresh_soon_.setSingleShot(true);
    refresh_soon_.setInterval(kTodayRefreshDelayMs);
    connect(&refresh_soon_, &QTimer::timeout, this, &LiveBoard::refresh_today);
    refresh_every_.setInterval(kTodayRefreshEveryMs);
    connect(&refresh_every_, &QTimer::timeout, this, &LiveBoard::refresh_today);
    refresh_every_.start();
}

void LiveBoard::set_thresholds(const BoardThresholds& t) {
    groups_.set_thresholds(t);
    operators_.set_thresholds(t);
}

void LiveBoard::refresh_today() {
    if (!session_.connected()) return;
    // "Today" is the PBX's local day; the server and the desks share a time zone in practice.
    const auto today = QDateTime::fromMSecsSinceEpoch(to_unix_us(clock_.now()) / 1000).date().toString(Qt::ISODate);
    const KeyValues params{{u"from"_s, today}, {u"to"_s, today}};
    pending_today_ = 0;
    if (session_.run_report(u"groups"_s, params, &today_groups_)) ++pending_today_;
    if (session_.run_report(u"operators"_s, params, &today_operators_)) ++pending_today_;
}

void LiveBoard::today_done() {
    if (pending_today_ > 0 && --pending_today_ > 0) return;
    updated_ = QDateTime::fromMSecsSinceEpoch(to_unix_us(clock_.now()) / 1000);
    emit todayRefreshed();
}

} // namespace kxcti::supervisor
