#pragma once
// Server, port, user, password, TLS. What was typed (except the password) is remembered; the
// dialog stays open while the session connects and shows the server's answer in words.
#include "common/qtclient/connection.h"
#include "supervisor-gui/core/app_settings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kxcti::supervisor {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const LoginSettings& initial, QWidget* parent = nullptr);

    LoginSettings settings() const;
    QString password() const;
    void set_password(const QString& password);
    // The session's progress: Connecting, Refused (the reason), Reconnecting (server down).
    void show_state(const qtclient::ConnectionState& state);
    void submit();  // as if Connect was pressed
    void show_message(const QString& text);

signals:
    void connectRequested(const kxcti::supervisor::LoginSettings& settings, const QString& password);

private:
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* user_;
    QLineEdit* password_;
    QCheckBox* tls_;
    QLineEdit* ca_file_;
    QLabel* status_;
    QPushButton* connect_;
};

} // namespace kxcti::supervisor
