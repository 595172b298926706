#pragma once
// Settings: the server (host, port, TLS), the desk (extensions, user, password or token), the
// pop-up (corner, timeout, when it hides, history rows), the CRM action, language, autostart.
#include "callerid-display/core/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace kxcti::callerid {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings& settings, QWidget* parent = nullptr);
    Settings settings() const;

private:
    Settings base_;
    QLineEdit* host_;
    QSpinBox* port_;
    QCheckBox* tls_;
    QLineEdit* ca_file_;
    QLineEdit* extensions_;
    QLineEdit* user_;
    QLineEdit* password_;
    QComboBox* corner_;
    QSpinBox* timeout_;
    QComboBox* hide_on_;
    QSpinBox* history_rows_;
    QLineEdit* crm_;
    QComboBox* language_;
    QCheckBox* autostart_;
};

} // namespace kxcti::callerid
