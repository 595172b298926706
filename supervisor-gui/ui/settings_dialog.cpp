#include "supervisor-gui/ui/settings_dialog.h"

#include "supervisor-gui/core/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings& current, QWidget* parent) : QDialog(parent), current_(current) {
    setWindowTitle(tr("Settings"));
    language_ = new QComboBox(this);
    language_->setObjectName(u"language"_s);
    language_->addItem(tr("System language"), QString());
    for (const auto& code : supported_languages()) language_->addItem(language_name(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));

    auto ispin = [this](int lo, int hi, int v, const QString& suffix = {}) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(v);
        s->setSuffix(suffix);
        return s;
    };
    auto pspin = [this](double v) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(0, 100);
        s->setDecimals(0);
        s->setSuffix(u" %"_s);
        s->setValue(v * 100);
        return s;
    };
    const auto& b = current.board;
    const QString sec = u" "_s + tr("s");
    waiting_warn_ = ispin(1, 1000, b.waiting_warn);
    waiting_alarm_ = ispin(1, 1000, b.waiting_alarm);
    wait_warn_ = ispin(1, 3600, b.longest_wait_warn_s, sec);
    wait_alarm_ = ispin(1, 3600, b.longest_wait_alarm_s, sec);
    sl_target_ = pspin(b.service_level_target);
    sl_alarm_ = pspin(b.service_level_alarm);
    missed_warn_ = ispin(1, 1000, b.missed_warn);
    missed_alarm_ = ispin(1, 1000, b.missed_alarm);
    ringing_alarm_ = ispin(1, 600, b.ringing_alarm_s, sec);
    talking_warn_ = ispin(1, 86400, b.talking_warn_s, sec);

    auto* general = new QFormLayout;
    general->addRow(tr("Language"), language_);
    auto* board = new QGroupBox(tr("Live board colours: amber from / red from"), this);
    auto* form = new QFormLayout(board);
    auto pair = [this](QWidget* a, QWidget* b2) {
        auto* w = new QWidget(this);
        auto* l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a);
        l->addWidget(b2);
        return w;
    };
    form->addRow(tr("Calls waiting"), pair(waiting_warn_, waiting_alarm_));
    form->addRow(tr("Longest wait"), pair(wait_warn_, wait_alarm_));
    form->addRow(tr("Service level below"), pair(sl_target_, sl_alarm_));
    form->addRow(tr("Missed calls today"), pair(missed_warn_, missed_alarm_));
    form->addRow(tr("Ringing longer than (red)"), ringing_alarm_);
    form->addRow(tr("Talking longer than (amber)"), talking_warn_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(board);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::result() const {
    AppSettings a = current_;
    a.language = language_->currentData().toString();
    auto& b = a.board;
    b.waiting_warn = waiting_warn_->value();
    b.waiting_alarm = waiting_alarm_->value();
    b.longest_wait_warn_s = wait_warn_->value();
    b.longest_wait_alarm_s = wait_alarm_->value();
    b.service_level_target = sl_target_->value() / 100.0;
    b.service_level_alarm = sl_alarm_->value() / 100.0;
    b.missed_warn = missed_warn_->value();
    b.missed_alarm = missed_alarm_->value();
    b.ringing_alarm_s = ringing_alarm_->value();
    b.talking_warn_s = talking_warn_->value();
    return a;
}

} // namespace kxcti::supervisor
