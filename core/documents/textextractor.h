// The text of a document for the full-text search: the words of a PDF, the body of an e-mail. Reading
// those formats takes libraries that core does not link (the layer rule): the entry points hand core an
// implementation (readers/documenttextreader.h) the way they hand it the PDF writers. Plain text needs
// no library and is read by core itself (plainText).
#pragma once

#include <QByteArray>
#include <QString>

class TextExtractor {
public:
    virtual ~TextExtractor() = default;
    // The text of the file at path, whose media type is given; empty when nothing can be extracted.
    // Never throws; a file it cannot read simply has no text.
    virtual QString fromFile(const QString& path, const QString& mediaType) const = 0;
    // The same for a document held in memory (an attachment of an e-mail).
    virtual QString fromData(const QByteArray& data, const QString& mediaType) const = 0;

    // At most this much text of one document goes into the search index.
    static constexpr qsizetype MaxText = 200000;
    // UTF-8 text (Windows-1252 when it is no valid UTF-8) for text/plain and similar, capped at MaxText.
    static QString plainText(const QByteArray& data);
    // Whether core reads this media type itself (plainText).
    static bool isPlainText(const QString& mediaType);
};
