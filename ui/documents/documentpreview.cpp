#include "documentpreview.h"

#include <QBuffer>
#include <QImageReader>

#include <poppler/qt6/poppler-qt6.h>

namespace {

bool isPdf(const QString& mediaType) {
    return mediaType == QLatin1String("application/pdf");
}

} // namespace

bool DocumentPreview::canPreview(const QString& mediaType) {
    if (isPdf(mediaType))
        return true;
    if (!mediaType.startsWith(QLatin1String("image/")))
        return false;
    return QImageReader::supportedMimeTypes().contains(mediaType.toLatin1());
}

DocumentPreview::Result DocumentPreview::render(const QByteArray& data, const QString& mediaType, int width) {
    Result r;
    width = std::max(width, 64);
    if (isPdf(mediaType)) {
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(data);
        if (!pdf || pdf->isLocked()) {
            r.note = pdf ? tr("Dit PDF-document is beveiligd met een wachtwoord; open het in het eigen programma.")
                         : tr("Dit PDF-document kan niet worden gelezen; open het in het eigen programma.");
            return r;
        }
        r.pages = pdf->numPages();
        const std::unique_ptr<Poppler::Page> page = r.pages > 0 ? pdf->page(0) : nullptr;
        if (!page) {
            r.note = tr("Dit PDF-document heeft geen pagina's.");
            return r;
        }
        pdf->setRenderHint(Poppler::Document::Antialiasing);
        pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        const double pointsWide = std::max(1.0, page->pageSizeF().width());
        const double dpi = std::clamp(72.0 * width / pointsWide, 10.0, 300.0);
        r.image = page->renderToImage(dpi, dpi);
        r.note = tr("Pagina 1 van %1").arg(r.pages);
        if (r.image.isNull())
            r.note = tr("De eerste pagina van dit PDF-document kan niet worden getekend.");
        return r;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos from a phone are stored sideways with an EXIF rotation
    const QSize size = reader.size();
    if (size.isValid() && size.width() > width)
        reader.setScaledSize(size.scaled(width, size.height() * width / size.width() + 1, Qt::KeepAspectRatio));
    r.image = reader.read();
    if (r.image.isNull()) {
        r.note = tr("Deze afbeelding kan niet worden gelezen: %1").arg(reader.errorString());
        return r;
    }
    r.pages = 1;
    if (size.isValid())
        r.note = tr("%1 × %2 beeldpunten").arg(size.width()).arg(size.height());
    return r;
}
