#pragma once
// Today's calls of this desk, for the history window: every call that rang at one of the
// desk's extensions since the application started (or since midnight, whichever is later),
// newest first, with how it ended. Missed calls are highlighted (BackgroundRole,
// ForegroundRole). Fed by the same live events as the pop-ups.
#include "common/qtclient/metatypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace kxcti::callerid {

enum class TodayStatus {
    Ringing,           // ringing at this desk now
    Talking,           // answered here, not ended yet
    Answered,          // answered here, ended
    AnsweredElsewhere, // a colleague answered it
    Missed,            // the caller gave up, or it stopped ringing here unanswered
};

struct TodayCall {
    QString key;       // the call's call_key
    std::int64_t at_us = 0;  // when it began ringing here
    QString number, name, did, channel, ext;
    TodayStatus status = TodayStatus::Ringing;
    std::int32_t ring_s = -1;
    std::int32_t talk_s = -1;
};

class TodayCallsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Number, Name, Line, Ext, Result, Ring, Talk, ColumnCount };
    // The row's number for copy / CRM (Qt::UserRole on every column).
    static constexpr int NumberRole = Qt::UserRole;
    static constexpr int MissedRole = Qt::UserRole + 1;

    // `is_mine` says whether an extension is this desk's; `today` is the local date (injected
    // so that tests choose the day).
    TodayCallsModel(std::function<bool(const std::string&)> is_mine, std::function<QDate()> today,
                    QObject* parent = nullptr);

    void ring(const protocol::CallRinging& e);
    void answered(const protocol::CallAnswered& e);
    void ended(const protocol::CallEnded& e);
    void operatorState(const protocol::OperatorState& e);
    // Drops the rows of earlier days (called on every event and by the window's midnight timer).
    void dropOldDays();
    // The language changed: headers and texts are asked for again.
    void retranslate();

    const std::vector<TodayCall>& calls() const { return calls_; }  // newest first
    int missedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct NewCall {
        const std::string& key;
        std::int64_t at_us;
        const std::string& ext;
        const std::string& caller;
        std::string name, did, channel;
    };
    void add(const NewCall& n);
    // The newest row of the call (calls repeat a key when the same caller rings again).
    int row_of(const std::string& key) const;
    void set(int row, TodayStatus status);
    QString status_text(const TodayCall& c) const;

    std::function<bool(const std::string&)> is_mine_;
    std::function<QDate()> today_;
    std::vector<TodayCall> calls_;
};

// Bound of the history window: an operator's busiest day fits many times over.
inline constexpr int kMaxTodayCalls = 2000;

} // namespace kxcti::callerid
