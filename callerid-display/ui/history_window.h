#pragma once
// Today's calls of this desk (TodayCallsModel), missed ones highlighted. A click copies the
// caller's number; a double click (or the button) opens the CRM for it.
#include "callerid-display/core/today_calls_model.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QWidget>

namespace kxcti::callerid {

class HistoryWindow : public QWidget {
    Q_OBJECT
public:
    explicit HistoryWindow(TodayCallsModel& model, QWidget* parent = nullptr);
    QTableView* view() const { return view_; }
    QString summaryText() const { return summary_->text(); }

signals:
    void copyRequested(const QString& number);
    void crmRequested(int row);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void update_summary();

    TodayCallsModel& model_;
    QTableView* view_;
    QLabel* summary_;
    QPushButton* copy_;
    QPushButton* crm_;
};

} // namespace kxcti::callerid
