#include "supervisor-gui/ui/login_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kxcti::supervisor {

using Phase = qtclient::ConnectionState::Phase;

LoginDialog::LoginDialog(const LoginSettings& initial, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("kxcti Supervisor: log in"));
    setObjectName(QStringLiteral("loginDialog"));
    host_ = new QLineEdit(initial.host, this);
    host_->setObjectName(QStringLiteral("host"));
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setValue(initial.port);
    user_ = new QLineEdit(initial.user, this);
    user_->setObjectName(QStringLiteral("user"));
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    tls_ = new QCheckBox(tr("Encrypt the connection (TLS)"), this);
    tls_->setObjectName(QStringLiteral("tls"));
    tls_->setChecked(initial.tls);
    ca_file_ = new QLineEdit(initial.ca_file, this);
    ca_file_->setPlaceholderText(tr("the system's certificate authorities"));
    ca_file_->setEnabled(initial.tls);
    connect(tls_, &QCheckBox::toggled, ca_file_, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(tr("User:"), user_);
    form->addRow(tr("Password:"), password_);
    form->addRow(QString(), tls_);
    form->addRow(tr("CA certificate:"), ca_file_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setMinimumWidth(360);

    auto* buttons = new QDialogButtonBox(this);
    connect_ = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connect_->setObjectName(QStringLiteral("connect"));
    connect_->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    if (!initial.user.isEmpty()) password_->setFocus();
}

LoginSettings LoginDialog::settings() const {
    LoginSettings s;
    s.host = host_->text().trimmed();
    s.port = port_->value();
    s.user = user_->text().trimmed();
    s.tls = tls_->isChecked();
    s.ca_file = ca_file_->text().trimmed();
    return s;
}

QString LoginDialog::password() const {
    return password_->text();
}

void LoginDialog::set_password(const QString& password) {
    password_->setText(password);
}

void LoginDialog::submit() {
    const auto s = settings();
    if (s.host.isEmpty() || s.user.isEmpty()) {
        status_->setText(tr("Enter the server's address and your user name."));
        return;
    }
    status_->setText(tr("Connecting to %1:%2…").arg(s.host).arg(s.port));
    connect_->setEnabled(false);
    emit connectRequested(s, password());
}

void LoginDialog::show_message(const QString& text) {
    status_->setText(text);
}

void LoginDialog::show_state(const qtclient::ConnectionState& state) {
    switch (state.phase) {
    case Phase::Connecting: status_->setText(tr("Connecting…")); break;
    case Phase::Connected: status_->setText(tr("Connected.")); break;
    case Phase::Reconnecting:
        status_->setText(tr("Cannot reach the server: %1. Trying again in %2 s; check the address and port, "
                            "or that kxcti-server is running.")
                             .arg(state.reason)
                             .arg(state.retry_in_s));
        connect_->setEnabled(true);
        break;
    case Phase::Refused:
        if (state.refusal == protocol::LoginRefusal::BadCredentials)
            status_->setText(tr("Wrong user name or password."));
        else if (state.refusal == protocol::LoginRefusal::SeatsFull)
            status_->setText(tr("Every Supervisor seat is taken: %1").arg(state.reason));
        else if (state.refusal == protocol::LoginRefusal::NotAllowed)
            status_->setText(tr("This user may not use the Supervisor: %1").arg(state.reason));
        else
            status_->setText(tr("The server refused: %1").arg(state.reason));
        connect_->setEnabled(true);
        break;
    case Phase::Stopped: connect_->setEnabled(true); break;
    }
}

} // namespace kxcti::supervisor
