#pragma once
// Russian, Ukrainian and English: the system's language when it is one of them (English
// otherwise), or the one chosen in Settings. The .qm files are built by CMake and embedded
// under :/i18n; Qt's own strings (dialog buttons) come from Qt's translations when installed.
#include <QString>
#include <QStringList>

namespace kxcti::callerid {

QStringList supported_languages();  // "en", "ru", "uk"
// setting "" -> the system locale's language if supported, else "en".
QString effective_language(const QString& setting);
// The language's own name ("Русский") for the settings.
QString language_name(const QString& code);
// Replaces the application's translators and the default QLocale. Widgets get a LanguageChange
// event and retranslate; returns false when the .qm could not be loaded (English stays).
bool apply_language(const QString& code);

} // namespace kxcti::callerid
