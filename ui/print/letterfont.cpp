#include "letterfont.h"

#include <QFontDatabase>
#include <QStringList>

namespace {

const QStringList bundledFaces{
    QStringLiteral(":/fonts/LiberationSans-Regular.ttf"), QStringLiteral(":/fonts/LiberationSans-Bold.ttf"),
    QStringLiteral(":/fonts/LiberationSans-Italic.ttf"), QStringLiteral(":/fonts/LiberationSans-BoldItalic.ttf")};

} // namespace

QString LetterFont::bundledFamily() {
    return QStringLiteral("Liberation Sans");
}

bool LetterFont::registerBundled() {
    // Once per process: QFontDatabase would otherwise hold every face as often as it was added.
    static const bool registered = [] {
        bool all = true;
        for (const QString& face : bundledFaces)
            all = QFontDatabase::addApplicationFont(face) >= 0 && all;
        return all;
    }();
    return registered;
}

bool LetterFont::isAvailable(const QString& family) {
    registerBundled();
    return !family.trimmed().isEmpty() && QFontDatabase::hasFamily(family.trimmed());
}

QString LetterFont::family(const QString& houseFont) {
    return isAvailable(houseFont) ? houseFont.trimmed() : bundledFamily();
}

QString LetterFont::fallbackNote(const QString& houseFont) {
    if (houseFont.trimmed().isEmpty() || isAvailable(houseFont))
        return {};
    return tr("Het huislettertype %1 is op deze computer niet geïnstalleerd. De brief wordt opgemaakt in het "
              "meegeleverde lettertype %2.")
        .arg(houseFont.trimmed(), bundledFamily());
}

QFont LetterFont::font(const QString& houseFont, qreal pointSize) {
    QFont font(family(houseFont));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(pointSize);
    return font;
}
