#include "callerid-display/core/crm_action.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>
#include <QRegularExpression>

namespace kxcti::callerid {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("kxcti::callerid", text); }

QString fill(QString text, const CrmFields& f, bool for_url) {
    auto value = [for_url](const QString& v) {
        return for_url ? QString::fromLatin1(QUrl::toPercentEncoding(v)) : v;
    };
    // One pass over the template, so that a value containing "{name}" is not expanded again.
    static const QRegularExpression placeholder(QStringLiteral("\\{(number|did|ext|name)\\}"));
    QString out;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const auto which = m.captured(1);
        if (which == QLatin1String("number")) out += value(f.number);
        else if (which == QLatin1String("did")) out += value(f.did);
        else if (which == QLatin1String("ext")) out += value(f.ext);
        else out += value(f.name);
        at = m.capturedEnd();
    }
    out += text.mid(at);
    return out;
}

} // namespace

CrmAction expand_crm(const QString& crm_template, const CrmFields& fields) {
    CrmAction a;
    const auto t = crm_template.trimmed();
    if (t.isEmpty()) return a;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    // "C:\crm.exe" is a Windows path, not a scheme: schemes have more than one letter.
    const auto m = scheme.match(t);
    if (m.hasMatch() && m.capturedLength() > 2) {
        a.url = QUrl(fill(t, fields, true), QUrl::StrictMode);
        if (!a.url.isValid()) {
            a.kind = CrmAction::Kind::Invalid;
            a.error = tr("The CRM URL template is not a valid URL: %1").arg(a.url.errorString());
            return a;
        }
        a.kind = CrmAction::Kind::Url;
        return a;
    }
    const auto words = QProcess::splitCommand(t);
    if (words.isEmpty()) {
        a.kind = CrmAction::Kind::Invalid;
        a.error = tr("The CRM command is empty or has an unclosed quote: %1").arg(t);
        return a;
    }
    a.kind = CrmAction::Kind::Command;
    a.program = fill(words.front(), fields, false);
    for (qsizetype i = 1; i < words.size(); ++i) a.arguments << fill(words[i], fields, false);
    return a;
}

bool run_crm(const CrmAction& action, QString* error) {
    switch (action.kind) {
    case CrmAction::Kind::None:
        if (error) *error = tr("No CRM action is set: Settings, CRM action.");
        return false;
    case CrmAction::Kind::Invalid:
        if (error) *error = action.error;
        return false;
    case CrmAction::Kind::Url:
        if (QDesktopServices::openUrl(action.url)) return true;
        if (error) *error = tr("No program opens %1 on this desktop.").arg(action.url.toString());
        return false;
    case CrmAction::Kind::Command:
        if (QProcess::startDetached(action.program, action.arguments)) return true;
        if (error) *error = tr("Cannot start the CRM command %1: check the path in Settings.").arg(action.program);
        return false;
    }
    return false;
}

} // namespace kxcti::callerid
