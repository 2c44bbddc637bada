// The picture of a document the Documenten tab shows beside the list: the first page of a PDF
// (Poppler's Qt 6 binding) or an image Qt's own readers know (PNG, JPEG, GIF, BMP, ...), scaled to fit
// the width asked for. Anything else has no preview (a null image): it opens in its own program.
// A preview never throws: a damaged or password-protected PDF, or an image Qt cannot read, gives a
// null image and a Dutch reason.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class DocumentPreview {
    Q_DECLARE_TR_FUNCTIONS(DocumentPreview)
public:
    struct Result {
        QImage image;  // null when there is no preview
        QString note;  // why not, or "pagina 1 van 3"; may be empty
        int pages = 0; // PDF pages; 1 for an image
    };
    // Whether the media type has a preview at all (decided before any byte is read).
    static bool canPreview(const QString& mediaType);
    // The preview of the document's bytes, at most width pixels wide.
    static Result render(const QByteArray& data, const QString& mediaType, int width);
};
