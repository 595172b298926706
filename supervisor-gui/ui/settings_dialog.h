#pragma once
// Settings: the language (system, English, Russian, Ukrainian) and the live board's colour
// thresholds.
#include "supervisor-gui/core/app_settings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const AppSettings& current, QWidget* parent = nullptr);
    // The dialog's values over `current` (login settings untouched).
    AppSettings result() const;

private:
    AppSettings current_;
    QComboBox* language_;
    QSpinBox* waiting_warn_;
    QSpinBox* waiting_alarm_;
    QSpinBox* wait_warn_;
    QSpinBox* wait_alarm_;
    QDoubleSpinBox* sl_target_;
    QDoubleSpinBox* sl_alarm_;
    QSpinBox* missed_warn_;
    QSpinBox* missed_alarm_;
    QSpinBox* ringing_alarm_;
    QSpinBox* talking_warn_;
};

} // namespace kxcti::supervisor
