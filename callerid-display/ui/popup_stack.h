#pragma once
// The pop-ups on screen: one per call the RingTracker holds, stacked from the chosen corner of
// the primary screen's free area (newest nearest the corner), re-stacked when one goes.
#include "callerid-display/core/ring_tracker.h"
#include "callerid-display/core/settings.h"
#include "callerid-display/ui/popup_window.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace kxcti::callerid {

class PopupStack : public QObject {
    Q_OBJECT
public:
    PopupStack(RingTracker& tracker, QObject* parent = nullptr);
    ~PopupStack() override;  // closes the pop-ups still shown (they are top-level windows)

    void setCorner(PopupCorner corner);
    void setTimeout(int seconds) { timeout_s_ = seconds; }
    void setHistoryRows(int rows) { history_rows_ = rows; }

    PopupWindow* popup(const QString& key) const;
    QList<PopupWindow*> popups() const;  // in stacking order, nearest the corner first

signals:
    void copyRequested(const QString& key);
    void crmRequested(const QString& key);
    void shown(const QString& key);  // a pop-up appeared (for tests and latency logs)

private:
    void add(const QString& key);
    void update(const QString& key);
    void remove(const QString& key);
    void restack();

    RingTracker& tracker_;
    PopupCorner corner_ = PopupCorner::BottomRight;
    int timeout_s_ = 0;
    int history_rows_ = 5;
    QHash<QString, QPointer<PopupWindow>> windows_;
};

} // namespace kxcti::callerid
