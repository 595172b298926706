#pragma once
// One call's pop-up: who is calling (number, phonebook name), on which line (DID / channel),
// their last calls and whether the last one was lost and not called back; Copy number, Open CRM,
// Dismiss. It stays on top and never takes the keyboard focus: the operator may be typing.
#include "callerid-display/core/ring_tracker.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QWidget>

namespace kxcti::callerid {

class PopupWindow : public QWidget {
    Q_OBJECT
public:
    // `timeout_s` 0: no timeout.
    PopupWindow(const QString& key, int timeout_s, QWidget* parent = nullptr);

    const QString& key() const { return key_; }
    // Shows the call's current facts (called again whenever they change).
    void show_call(const RingingCall& call, int history_rows);

    // For tests and screenshots: what the window says.
    QString numberText() const { return number_->text(); }
    QString nameText() const { return name_->text(); }
    QString lineText() const { return line_->text(); }
    QString earlierText() const { return earlier_->text(); }
    QString flagText() const { return flag_->isHidden() ? QString() : flag_->text(); }
    QStringList historyLines() const;  // "date | ext | result" per row
    QPushButton* copyButton() const { return copy_; }
    QPushButton* crmButton() const { return crm_; }
    QPushButton* dismissButton() const { return dismiss_; }

signals:
    void copyRequested(const QString& key);
    void crmRequested(const QString& key);
    void dismissRequested(const QString& key);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();

    QString key_;
    RingingCall call_;
    int history_rows_ = 5;
    QLabel* number_;
    QLabel* name_;
    QLabel* line_;
    QLabel* earlier_;
    QLabel* flag_;
    QLabel* history_title_;
    QTreeWidget* history_;
    QPushButton* copy_;
    QPushButton* crm_;
    QPushButton* dismiss_;
    QTimer timeout_;
};

} // namespace kxcti::callerid
