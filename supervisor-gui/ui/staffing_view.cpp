#include "supervisor-gui/ui/staffing_view.h"

#include "supervisor-gui/core/session.h"
#include "supervisor-gui/ui/report_panel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include <cmath>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {
// The calculator's ranges: beyond any single site we know, inside the engine's limits.
constexpr double kMaxCallsPerInterval = 100'000;
constexpr double kMaxAhtS = 7200;
constexpr int kMaxAgents = 5000;
} // namespace

StaffingView::StaffingView(Session& session, QWidget* parent) : QWidget(parent) {
    panel_ = new ReportPanel(session, this);
    panel_->set_report(u"staffing"_s, {}, {u"from"_s, u"to"_s, u"group"_s, u"operator"_s, u"channel"_s, u"interval"_s});
    connect(&session, &Session::catalogChanged, this, [this, &session] {
        for (const auto& info : session.catalog())
            if (info.name == "staffing") {
                QStringList params;
                for (const auto& p : info.params) params << QString::fromStdString(p);
                panel_->set_report(u"staffing"_s, QString::fromStdString(info.title), params);
            }
    });
    connect(&session, &Session::loggedIn, this, [this](const protocol::LoginOk& ok) {
        QStringList groups;
        for (const auto& g : ok.groups) groups << QString::fromStdString(g);
        panel_->set_groups(groups);
    });
    connect(panel_, &ReportPanel::finished, this, &StaffingView::fill_from_report);

    auto spin = [this](double lo, double hi, double v, int decimals) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        s->setValue(v);
        connect(s, &QDoubleSpinBox::valueChanged, this, &StaffingView::recompute);
        return s;
    };
    auto ispin = [this](int lo, int hi, int v, const QString& special = {}) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(v);
        if (!special.isEmpty()) s->setSpecialValueText(special);
        connect(s, &QSpinBox::valueChanged, this, &StaffingView::recompute);
        return s;
    };
    const WhatIfInput d;
    calls_ = spin(0, kMaxCallsPerInterval, d.calls, 0);
    calls_->setObjectName(u"whatIfCalls"_s);
    interval_ = ispin(1, 24 * 60, d.interval_min);
    aht_ = spin(1, kMaxAhtS, d.aht_s, 0);
    aht_->setObjectName(u"whatIfAht"_s);
    target_s_ = ispin(0, 3600, static_cast<int>(d.target_s));
    target_sl_ = spin(1, 99, d.target_sl * 100, 0);
    target_sl_->setSuffix(u" %"_s);
    shrinkage_ = spin(0, 90, d.shrinkage * 100, 0);
    shrinkage_->setSuffix(u" %"_s);
    agents_ = ispin(0, kMaxAgents, 0, tr("as required"));
    agents_->setObjectName(u"whatIfAgents"_s);
    trunks_ = ispin(0, kMaxAgents, 0, tr("unknown"));
    result_ = new QLabel(this);
    result_->setObjectName(u"whatIfResult"_s);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* box = new QGroupBox(tr("What if (Erlang C for operators, Erlang B for trunks)"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Calls per interval"), calls_);
    form->addRow(tr("Interval, minutes"), interval_);
    form->addRow(tr("Average handle time, s"), aht_);
    form->addRow(tr("Answer within T, s"), target_s_);
    form->addRow(tr("Service level target"), target_sl_);
    form->addRow(tr("Shrinkage"), shrinkage_);
    form->addRow(tr("Operators on the phones"), agents_);
    form->addRow(tr("Installed trunks"), trunks_);
    auto* inner = new QHBoxLayout(box);
    inner->addLayout(form);
    inner->addWidget(result_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(panel_, 3);
    layout->addWidget(box, 1);
    recompute();
}

void StaffingView::set_input(const WhatIfInput& in) {
    calls_->setValue(in.calls);
    interval_->setValue(in.interval_min);
    aht_->setValue(in.aht_s);
    target_s_->setValue(static_cast<int>(in.target_s));
    target_sl_->setValue(in.target_sl * 100);
    shrinkage_->setValue(in.shrinkage * 100);
    agents_->setValue(in.agents.value_or(0));
    trunks_->setValue(in.trunks.value_or(0));
    recompute();
}

WhatIfInput StaffingView::input() const {
    WhatIfInput in;
    in.calls = calls_->value();
    in.interval_min = interval_->value();
    in.aht_s = aht_->value();
    in.target_s = target_s_->value();
    in.target_sl = target_sl_->value() / 100.0;
    in.shrinkage = shrinkage_->value() / 100.0;
    if (agents_->value() > 0) in.agents = agents_->value();
    if (trunks_->value() > 0) in.trunks = trunks_->value();
    return in;
}

QString StaffingView::result_text() const {
    return result_->text();
}

void StaffingView::recompute() {
    const QLocale l;
    try {
        const auto r = what_if(input());
        QString text;
        text += tr("Traffic: %1 Erl").arg(l.toString(r.traffic, 'f', 2)) + u'\n';
        text += tr("Operators required: %1 (schedule %2 with shrinkage)").arg(r.required).arg(r.scheduled) + u'\n';
        text += tr("With %1 operators:").arg(r.agents) + u'\n';
        text += u"  "_s + tr("service level %1 %").arg(l.toString(r.service_level * 100, 'f', 1)) + u'\n';
        text += u"  "_s + tr("calls that wait %1 %").arg(l.toString(r.wait_probability * 100, 'f', 1)) + u'\n';
        text += u"  "_s +
                (std::isfinite(r.asa_s) ? tr("average wait %1 s").arg(l.toString(r.asa_s, 'f', 1))
                                        : tr("the queue grows without bound")) +
                u'\n';
        text += u"  "_s + tr("occupancy %1 %").arg(l.toString(r.occupancy * 100, 'f', 1)) + u'\n';
        text += tr("Trunk traffic %1 Erl: %2 trunks for 1 % blocking")
                    .arg(l.toString(r.trunk_traffic, 'f', 2))
                    .arg(r.trunks_needed);
        if (r.blocking) text += u'\n' + tr("Blocking at the installed trunks: %1 %").arg(l.toString(*r.blocking * 100, 'f', 2));
        result_->setText(text);
    } catch (const std::exception& e) {
        result_->setText(tr("Cannot compute: %1").arg(QString::fromUtf8(e.what())));
    }
}

void StaffingView::fill_from_report() {
    const auto& r = panel_->model().report();
    const auto offered = r.column(u"offered"_s);
    const auto aht = r.column(u"aht_s"_s);
    if (!offered || !aht) return;
    int best = -1;
    double most = -1;
    for (int i = 0; i < r.rows.size(); ++i) {
        const auto v = cell_number(r.rows[i].cells.value(*offered), ColumnKind::Integer);
        if (v && *v > most && cell_number(r.rows[i].cells.value(*aht), ColumnKind::Seconds)) {
            most = *v;
            best = i;
        }
    }
    if (best < 0) return;
    auto in = input();
    in.calls = most;
    in.aht_s = std::round(*cell_number(r.rows[best].cells.value(*aht), ColumnKind::Seconds));
    const auto interval = panel_->filters().interval.toInt();
    in.interval_min = interval > 0 ? interval : 60;
    set_input(in);
}

} // namespace kxcti::supervisor
