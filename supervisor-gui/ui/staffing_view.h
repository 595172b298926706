#pragma once
// Staffing: the engine's staffing report (Erlang C required vs present per interval) and a
// what-if calculator over the same Erlang functions: calls, handle time, target, operators,
// trunks -> service level, wait, occupancy, blocking. A finished report fills the calculator
// with its busiest interval.
#include "supervisor-gui/core/erlang_whatif.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class ReportPanel;
class Session;

class StaffingView : public QWidget {
    Q_OBJECT
public:
    StaffingView(Session& session, QWidget* parent = nullptr);

    ReportPanel* panel() const { return panel_; }
    void set_input(const WhatIfInput& in);
    WhatIfInput input() const;
    QString result_text() const;  // what the calculator shows

private:
    void recompute();
    void fill_from_report();

    ReportPanel* panel_;
    QDoubleSpinBox* calls_;
    QSpinBox* interval_;
    QDoubleSpinBox* aht_;
    QSpinBox* target_s_;
    QDoubleSpinBox* target_sl_;
    QDoubleSpinBox* shrinkage_;
    QSpinBox* agents_;
    QSpinBox* trunks_;
    QLabel* result_;
};

} // namespace kxcti::supervisor
