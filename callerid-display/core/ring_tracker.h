#pragma once
// The calls ringing at this desk, one pop-up each: fed by the live events, it decides which
// rings are this desk's (its extensions only) and when a pop-up goes away. No widgets: the
// pop-up stack shows what it holds.
//
// A call's pop-up goes away when
//   - anyone answers it (HideOn::Answer), or the call ends (either setting);
//   - the desk's extension stops ringing with it (OperatorState Idle: the ring moved on, or
//     a colleague the desk cannot see answered it);
//   - the operator dismisses it, or its timeout passes (the window's timer calls dismiss()).
#include "callerid-display/core/settings.h"
#include "common/qtclient/metatypes.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kxcti::callerid {

struct RingingCall {
    protocol::CallRinging ring;
    bool answered_here = false;  // one of this desk's extensions answered (HideOn::HangUp keeps it)
    std::optional<protocol::HistoryResult> history;  // the number's last calls, once looked up
    QString history_error;                           // the look-up failed: why
};

class RingTracker : public QObject {
    Q_OBJECT
public:
    explicit RingTracker(QObject* parent = nullptr);

    // The desk's extensions; empty: every extension the session sees (LoginOk's).
    void setExtensions(const QStringList& extensions);
    void setSessionExtensions(const std::vector<std::string>& extensions);
    void setHideOn(HideOn hide_on) { hide_on_ = hide_on; }
    bool isMine(const std::string& ext) const;

    void ring(const protocol::CallRinging& e);
    void answered(const protocol::CallAnswered& e);
    void ended(const protocol::CallEnded& e);
    void operatorState(const protocol::OperatorState& e);
    void setHistory(const QString& key, const protocol::HistoryResult& history);
    void setHistoryError(const QString& key, const QString& error);
    void dismiss(const QString& key);
    void clear();  // the connection was lost: nothing shown is known to be ringing any more

    const RingingCall* find(const QString& key) const;
    // Keys in the order the calls began ringing.
    const QStringList& keys() const { return order_; }

signals:
    void added(const QString& key);    // a new call rings here: show a pop-up
    void changed(const QString& key);  // its facts changed (history arrived, rang on at another extension)
    void removed(const QString& key);  // hide its pop-up

private:
    std::vector<RingingCall>::iterator at(const QString& key);

    QSet<QString> desk_;
    QSet<QString> session_;
    HideOn hide_on_ = HideOn::Answer;
    std::vector<RingingCall> calls_;
    QStringList order_;
};

} // namespace kxcti::callerid
