#include "callerid-display/core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kxcti::callerid {
namespace {
// The installed translators: replaced, never stacked, on every switch.
std::unique_ptr<QTranslator>& own() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qt() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
} // namespace

QStringList supported_languages() { return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")}; }

QString effective_language(const QString& setting) {
    if (supported_languages().contains(setting)) return setting;
    for (const auto& ui : QLocale::system().uiLanguages()) {
        const auto code = ui.left(2).toLower();
        if (supported_languages().contains(code)) return code;
    }
    return QStringLiteral("en");
}

QString language_name(const QString& code) {
    if (code == QLatin1String("ru")) return QStringLiteral("Русский");
    if (code == QLatin1String("uk")) return QStringLiteral("Українська");
    return QStringLiteral("English");
}

bool apply_language(const QString& code) {
    for (auto* t : {&own(), &qt()}) {
        if (*t) QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // English too: the source strings are English, but their plural forms ("%n call(s)") are
    // the English translation's.
    auto mine = std::make_unique<QTranslator>();
    if (!mine->load(locale, QStringLiteral("kxcti_callerid"), QStringLiteral("_"), QStringLiteral(":/i18n"))) return false;
    QCoreApplication::installTranslator(mine.get());
    own() = std::move(mine);
    auto base = std::make_unique<QTranslator>();
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base.get());
        qt() = std::move(base);
    }
    return true;
}

} // namespace kxcti::callerid
