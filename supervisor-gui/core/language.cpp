#include "supervisor-gui/core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<QTranslator>& own_translator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qt_translator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
} // namespace

QStringList supported_languages() {
    return {u"en"_s, u"ru"_s, u"uk"_s};
}

QString effective_language(const QString& setting) {
    if (supported_languages().contains(setting)) return setting;
    const auto system = QLocale::system().name().left(2);
    return supported_languages().contains(system) ? system : u"en"_s;
}

QString language_name(const QString& code) {
    if (code == u"ru"_s) return u"Русский"_s;
    if (code == u"uk"_s) return u"Українська"_s;
    return u"English"_s;
}

bool apply_language(const QString& code) {
    auto* app = QCoreApplication::instance();
    for (auto* t : {own_translator().get(), qt_translator().get()})
        if (t && app) QCoreApplication::removeTranslator(t);
    own_translator().reset();
    qt_translator().reset();
    const QLocale locale(code == u"ru"_s ? QLocale::Russian : code == u"uk"_s ? QLocale::Ukrainian : QLocale::English,
                         code == u"ru"_s ? QLocale::Russia : code == u"uk"_s ? QLocale::Ukraine : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    bool ok = true;
    auto own = std::make_unique<QTranslator>();
    // English is the source language: its .qm is empty but loading it proves the build has them.
    if (own->load(u":/i18n/kxcti_supervisor_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(own.get());
        own_translator() = std::move(own);
    } else {
        ok = false;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt_translator() = std::move(qt);
    }
    return ok;
}

} // namespace kxcti::supervisor
