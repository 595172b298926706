#pragma once
// The "Open CRM" button: a template the site sets, either an URL
//   https://crm.example/customers?phone={number}&line={did}
// or a command line
//   /usr/local/bin/crm-open --phone {number} --name "{name}"
// with {number} {did} {ext} {name} replaced by the call's values. Pure functions: the window
// only runs what expand_crm() returns.
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kxcti::callerid {

struct CrmFields {
    QString number;  // the caller
    QString did;     // the number they dialled
    QString ext;     // where it rang
    QString name;    // from the phonebook
};

struct CrmAction {
    enum class Kind { None, Url, Command, Invalid };
    Kind kind = Kind::None;
    QUrl url;             // Url
    QString program;      // Command
    QStringList arguments;
    QString error;        // Invalid: what is wrong with the template, for the user
};

// An URL when the template starts with a scheme ("https:", "http:", "callto:", ...): values are
// percent-encoded, so a name with '&' or '#' cannot change the URL's meaning. Otherwise a
// command: the template is split into arguments first (double quotes group words), then values
// replace placeholders inside each argument, so a value never becomes a second argument and no
// shell ever sees it.
CrmAction expand_crm(const QString& crm_template, const CrmFields& fields);

// Starts what expand_crm() made; false with `error` set when it could not.
bool run_crm(const CrmAction& action, QString* error);

} // namespace kxcti::callerid
