// The TextExtractor the entry points hand to core: the text of a PDF (poppler-cpp, every page, up to
// TextExtractor::MaxText characters), of an e-mail (.eml, .msg: subject and body), and of an HTML file.
// Anything else has no text for the search.
#pragma once

#include "documents/textextractor.h"

class DocumentTextReader final : public TextExtractor {
public:
    QString fromFile(const QString& path, const QString& mediaType) const override;
    QString fromData(const QByteArray& data, const QString& mediaType) const override;
};
