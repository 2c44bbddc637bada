#include "documentpdf.h"

#include "print/letterfont.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

QString DocumentPdf::render(const PrintJob& job, QIODevice& device) {
    {
        QPdfWriter writer(&device);
        writer.setTitle(job.title);
        writer.setCreator(QStringLiteral("Aan Tafel"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 22),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("de PDF kon niet worden opgemaakt");
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const int footerHeight = writer.resolution() / 3; // a third of an inch under the text

        QTextDocument doc;
        doc.setDocumentMargin(0);
        const QFont font = LetterFont::font(job.fontFamily, 10);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14px; } "
                                                "h3 { font-size: 11pt; } th { color: #444; padding-right: 12px; }"));
        for (auto it = job.images.cbegin(); it != job.images.cend(); ++it)
            doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value()));
        // Lay out in points and scale to the device, so font sizes mean what they say.
        const qreal scale = writer.resolution() / 72.0;
        const QSizeF pageSize(page.width() / scale, (page.height() - footerHeight) / scale);
        doc.setPageSize(pageSize);
        doc.setHtml(job.html);
        const int pages = doc.pageCount();
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -p * pageSize.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * pageSize.height(), pageSize.width(), pageSize.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            QFont small = font;
            small.setPointSizeF(8);
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRect footer(0, page.height() - footerHeight / 2, page.width(), footerHeight / 2);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, job.footer);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("pagina %1 van %2").arg(p + 1).arg(pages));
        }
        painter.end();
    }
    return {};
}
