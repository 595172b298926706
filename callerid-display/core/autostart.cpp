#include "callerid-display/core/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace kxcti::callerid {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("kxcti::callerid", text); }
QString program_or_self(const QString& program) {
    return program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
}

#ifdef Q_OS_WIN
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("kxcti-callerid");
#endif

} // namespace

QString desktop_entry(const QString& program) {
    // Exec quoting per the Desktop Entry Specification: the path in double quotes, with '"',
    // '`', '$' and '\' escaped by a backslash.
    QString quoted = program;
    for (const auto* c : {"\\", "\"", "`", "$"})
        quoted.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=kxcti Caller ID\n"
                          "Comment=Who is calling, before you pick up\n"
                          "Exec=\"%1\" --minimized\n"
                          "Icon=call-start\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoted);
}

QString autostart_location() {
#ifdef Q_OS_WIN
    return kRunKey + QLatin1Char('\\') + kRunValue;
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/kxcti-callerid.desktop");
#endif
}

bool autostart_enabled() {
#ifdef Q_OS_WIN
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(autostart_location());
#endif
}

bool set_autostart(bool enabled, QString* error, const QString& program) {
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, QStringLiteral("\"%1\" --minimized").arg(QDir::toNativeSeparators(program_or_self(program))));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error) *error = tr("Cannot write the registry value %1.").arg(autostart_location());
        return false;
    }
    return true;
#else
    const auto path = autostart_location();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path)) return true;
        if (error) *error = tr("Cannot remove %1: check its permissions.").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(desktop_entry(program_or_self(program)).toUtf8()) < 0 || !f.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace kxcti::callerid
