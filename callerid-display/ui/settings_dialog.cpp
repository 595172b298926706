#include "callerid-display/ui/settings_dialog.h"

#include "callerid-display/core/language.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kxcti::callerid {

SettingsDialog::SettingsDialog(const Settings& s, QWidget* parent) : QDialog(parent), base_(s) {
    setWindowTitle(tr("kxcti Caller ID: settings"));
    setObjectName(QStringLiteral("callerid-settings"));

    host_ = new QLineEdit(s.host, this);
    port_ = new QSpinBox(this);
    port_->setRange(1, 65535);
    port_->setValue(s.port);
    tls_ = new QCheckBox(tr("Encrypt (TLS)"), this);
    tls_->setChecked(s.tls);
    ca_file_ = new QLineEdit(s.ca_file, this);
    ca_file_->setPlaceholderText(tr("the system's certificate authorities"));
    auto* server = new QGroupBox(tr("Server"), this);
    auto* server_form = new QFormLayout(server);
    server_form->addRow(tr("Host"), host_);
    server_form->addRow(tr("Port"), port_);
    server_form->addRow(QString(), tls_);
    server_form->addRow(tr("CA certificate (PEM)"), ca_file_);

    extensions_ = new QLineEdit(s.extensions.join(QStringLiteral(", ")), this);
    extensions_->setPlaceholderText(tr("e.g. 101 or 101, 102; empty: all of the user's"));
    user_ = new QLineEdit(s.user, this);
    password_ = new QLineEdit(s.password, this);
    password_->setEchoMode(QLineEdit::Password);
    auto* desk = new QGroupBox(tr("This desk"), this);
    auto* desk_form = new QFormLayout(desk);
    desk_form->addRow(tr("Extension(s)"), extensions_);
    desk_form->addRow(tr("User"), user_);
    desk_form->addRow(tr("Password or desk token"), password_);

    corner_ = new QComboBox(this);
    corner_->addItem(tr("Bottom right"), corner_key(PopupCorner::BottomRight));
    corner_->addItem(tr("Top right"), corner_key(PopupCorner::TopRight));
    corner_->addItem(tr("Bottom left"), corner_key(PopupCorner::BottomLeft));
    corner_->addItem(tr("Top left"), corner_key(PopupCorner::TopLeft));
    corner_->setCurrentIndex(corner_->findData(corner_key(s.corner)));
    timeout_ = new QSpinBox(this);
    timeout_->setRange(0, kMaxPopupTimeoutS);
    timeout_->setSuffix(tr(" s"));
    timeout_->setSpecialValueText(tr("none"));
    timeout_->setValue(s.popup_timeout_s);
    hide_on_ = new QComboBox(this);
    hide_on_->addItem(tr("when the call is answered"), hide_on_key(HideOn::Answer));
    hide_on_->addItem(tr("when the call ends"), hide_on_key(HideOn::HangUp));
    hide_on_->setCurrentIndex(hide_on_->findData(hide_on_key(s.hide_on)));
    history_rows_ = new QSpinBox(this);
    history_rows_->setRange(0, kMaxHistoryRows);
    history_rows_->setValue(s.history_rows);
    auto* popup = new QGroupBox(tr("Pop-up"), this);
    auto* popup_form = new QFormLayout(popup);
    popup_form->addRow(tr("Position"), corner_);
    popup_form->addRow(tr("Hide after"), timeout_);
    popup_form->addRow(tr("Hide"), hide_on_);
    popup_form->addRow(tr("Last calls shown"), history_rows_);

    crm_ = new QLineEdit(s.crm_action, this);
    crm_->setPlaceholderText(QStringLiteral("https://crm.example/search?phone={number}"));
    auto* crm_help = new QLabel(tr("An URL or a command; {number} {did} {ext} {name} are replaced by the call's values."), this);
    crm_help->setWordWrap(true);
    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), QString());
    for (const auto& code : supported_languages()) language_->addItem(language_name(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(s.language)));
    autostart_ = new QCheckBox(tr("Start with the desktop session"), this);
    autostart_->setChecked(s.autostart);
    auto* app = new QGroupBox(tr("Application"), this);
    auto* app_form = new QFormLayout(app);
    app_form->addRow(tr("CRM action"), crm_);
    app_form->addRow(QString(), crm_help);
    app_form->addRow(tr("Language"), language_);
    app_form->addRow(QString(), autostart_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    for (auto* g : {server, desk, popup, app}) layout->addWidget(g);
    layout->addWidget(buttons);
}

Settings SettingsDialog::settings() const {
    Settings s = base_;
    s.host = host_->text().trimmed();
    s.port = port_->value();
    s.tls = tls_->isChecked();
    s.ca_file = ca_file_->text().trimmed();
    s.extensions = extensions_->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    s.user = user_->text().trimmed();
    s.password = password_->text();
    s.corner = static_cast<PopupCorner>(std::max(0, corner_->currentIndex()));
    s.popup_timeout_s = timeout_->value();
    s.hide_on = hide_on_->currentIndex() == 1 ? HideOn::HangUp : HideOn::Answer;
    s.history_rows = history_rows_->value();
    s.crm_action = crm_->text().trimmed();
    s.language = language_->currentData().toString();
    s.autostart = autostart_->isChecked();
    return s;
}

} // namespace kxcti::callerid
