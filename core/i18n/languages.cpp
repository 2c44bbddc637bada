#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Languages::install(const QString& language) {
    const QString lang = available().contains(language) ? language : QStringLiteral("nl");
    // Owned by the application object, so they live exactly as long as it does.
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/aantafel_%1.qm").arg(lang));
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Dutch, QLocale::Netherlands));
    return ownLoaded;
}

QStringList Languages::available() {
    return {QStringLiteral("nl"), QStringLiteral("en")};
}
