#pragma once
// The live board's data, kept for the whole session (windows come and go with a language
// change; the states seen so far must not): the group and operator models fed by the live
// events, and today's figures re-run from the engine when calls end.
#include "common/util/clock.h"
#include "supervisor-gui/core/live_board_model.h"
#include "supervisor-gui/core/report_table_model.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kxcti::supervisor {

class Session;

// After a call ends the board re-runs today's reports this much later, gathering the burst
// of ends of a busy minute into one run and letting the server store the call first.
inline constexpr int kTodayRefreshDelayMs = 2000;
// And at least this often, so "today" rolls over at midnight and a quiet board stays true.
inline constexpr int kTodayRefreshEveryMs = 5 * 60 * 1000;
// Waits and times in state are shown in seconds.
inline constexpr int kBoardTickMs = 1000;

class LiveBoard : public QObject {
    Q_OBJECT
public:
    LiveBoard(Session& session, const Clock& clock, QObject* parent = nullptr);

    GroupBoardModel& groups() { return groups_; }
    OperatorBoardModel& operators() { return operators_; }
    void set_thresholds(const BoardThresholds& t);
    // Runs today's groups and operators reports now.
    void refresh_today();
    // When today's figures were last brought in; null before the first time.
    const QDateTime& updated() const { return updated_; }

signals:
    void todayRefreshed();

private:
    void today_done();

    Session& session_;
    const Clock& clock_;
    GroupBoardModel groups_;
    OperatorBoardModel operators_;
    ReportTableModel today_groups_;
    ReportTableModel today_operators_;
    int pending_today_ = 0;
    QDateTime updated_;
    QTimer tick_;
    QTimer refresh_soon_;
    QTimer refresh_every_;
};

} // namespace kxcti::supervisor
