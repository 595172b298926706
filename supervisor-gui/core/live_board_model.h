#pragma once
// The live board: one table per group (waiting now, longest wait, answered / lost / service
// level today) and one per operator (state, time in it, calls and missed today).
// "Now" comes from the live events (QueueState, OperatorState); "today" from the engine's
// groups and operators reports for today, which the board re-runs as calls end, so the board
// and a report of the same day never disagree. Time is injected (a Clock) for the tests.
#include "common/util/clock.h"
#include "protocol/messages_live.h"
#include "supervisor-gui/core/board_thresholds.h"
#include "supervisor-gui/core/report_data.h"

#include <QAbstractTableModel>
#include <QMap>

namespace kxcti::supervisor {

class GroupBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Name, Waiting, LongestWait, Answered, Lost, ServiceLevel, ColumnCount };
    static constexpr int kValueRole = Qt::UserRole + 1;  // the number behind a cell; null: unknown

    GroupBoardModel(const Clock& clock, QObject* parent = nullptr);

    void set_thresholds(const BoardThresholds& t);
    void set_visible_groups(const QStringList& groups);  // LoginOk's groups (admins: empty)
    void on_queue_state(const protocol::QueueState& q);
    // The engine's `groups` report for today.
    void set_today(const ReportData& groups_report);
    void tick();  // longest wait moves on: repaint that column
    void clear();

    int row_of(const QString& group) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString group, name;
        quint32 waiting = 0;
        qint64 oldest_since_us = 0;
        QString answered, lost, service_level;  // the engine's cells; "" unknown
    };
    Row& row(const QString& group);
    QVariant value(const Row& r, int column) const;
    Level level(const Row& r, int column) const;

    const Clock& clock_;
    BoardThresholds thresholds_;
    QVector<Row> rows_;
};

class OperatorBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Extension, Name, Group, State, TimeInState, Caller, CallsToday, MissedToday, ColumnCount };
    static constexpr int kValueRole = Qt::UserRole + 1;

    OperatorBoardModel(const Clock& clock, QObject* parent = nullptr);

    void set_thresholds(const BoardThresholds& t);
    void on_operator_state(const protocol::OperatorState& s);
    // The engine's `operators` report for today.
    void set_today(const ReportData& operators_report);
    void tick();
    void clear();

    int row_of(const QString& ext) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString activity_text(protocol::OperatorActivity a);

private:
    struct Row {
        QString ext, name, group, caller;
        protocol::OperatorActivity activity = protocol::OperatorActivity::Unknown;
        qint64 since_us = 0;  // 0: no state seen yet
        QString answered, missed;
    };
    Row& row(const QString& ext);
    QVariant value(const Row& r, int column) const;
    Level level(const Row& r, int column) const;

    const Clock& clock_;
    BoardThresholds thresholds_;
    QVector<Row> rows_;
};

// "m:ss" / "h:mm:ss" for a duration on the board.
QString format_duration(qint64 seconds);

} // namespace kxcti::supervisor
