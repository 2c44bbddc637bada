#include "textextractor.h"

#include <QStringDecoder>

QString TextExtractor::plainText(const QByteArray& data) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (utf8.hasError()) {
        // Most plain text that is no UTF-8 here is Windows-1252 (Latin-1 plus € and curly quotes).
        QStringDecoder cp1252("windows-1252");
        text = cp1252.isValid() ? cp1252(data) : QString::fromLatin1(data);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.left(MaxText);
}

bool TextExtractor::isPlainText(const QString& mediaType) {
    return mediaType == QLatin1String("text/plain") || mediaType == QLatin1String("text/csv") ||
           mediaType == QLatin1String("text/markdown");
}
