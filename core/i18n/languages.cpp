#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifndef AANTAFEL_TRANSLATIONS_RELDIR
#define AANTAFEL_TRANSLATIONS_RELDIR "../share/aantafel/translations"
#endif
#ifndef AANTAFEL_TRANSLATIONS_LIBEXEC_RELDIR
#define AANTAFEL_TRANSLATIONS_LIBEXEC_RELDIR "../../share/aantafel/translations"
#endif

namespace {

// The catalogue of the language: the installed one (the install rules put the .qm files in
// share/aantafel/translations, seen from the bin folder or from libexec/aantafel) where it exists, so that
// a corrected translation can be dropped in; otherwise the one embedded in the program.
QString catalogue(const QString& lang) {
    const QString name = QStringLiteral("aantafel_%1.qm").arg(lang);
    const QDir programDir(QCoreApplication::applicationDirPath());
    for (const char* reldir : {AANTAFEL_TRANSLATIONS_RELDIR, AANTAFEL_TRANSLATIONS_LIBEXEC_RELDIR}) {
        const QString installed = programDir.filePath(QString::fromUtf8(reldir) + QLatin1Char('/') + name);
        if (QFileInfo::exists(installed))
            return installed;
    }
    return QStringLiteral(":/i18n/") + name;
}

} // namespace

bool Languages::install(const QString& language, QtStrings qtStrings) {
    const QString lang = available().contains(language) ? language : QStringLiteral("nl");
    // Owned by the application object, so they live exactly as long as it does.
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    const bool ownLoaded = own->load(catalogue(lang));
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    if (qtStrings == QtStrings::Load) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Dutch, QLocale::Netherlands));
    return ownLoaded;
}

QLocale Languages::locale() {
    const QLocale current;
    return current.language() == QLocale::English ? current : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QStringList Languages::available() {
    return {QStringLiteral("nl"), QStringLiteral("en")};
}
