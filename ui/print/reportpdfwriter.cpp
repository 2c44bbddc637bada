#include "reportpdfwriter.h"

#include "charts/chartbuilder.h"
#include "charts/chartimage.h"
#include "letterfont.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <memory>

namespace {

constexpr qreal MarginMm = 20.0;
constexpr qreal FooterMm = 10.0; // below the text, inside the bottom margin's band
constexpr int Resolution = 300;

qreal mmToDots(qreal mm) {
    return mm / 25.4 * Resolution;
}

// A heading in the last lines of a page would stand alone above the footer while its table or chart
// starts on the next page: such a heading starts the next page instead.
void keepHeadingsWithText(QTextDocument& doc, qreal pageHeight) {
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    // Each moved heading shifts everything after it: decide one heading at a time, on a full layout.
    for (int round = 0; round < 50; ++round) {
        doc.pageCount(); // finishes the layout
        QTextBlock lonely;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal top = std::fmod(layout->blockBoundingRect(block).top(), pageHeight);
            if (pageHeight - top < pageHeight * 0.15) {
                lonely = block;
                break;
            }
        }
        if (!lonely.isValid())
            return;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(lonely).mergeBlockFormat(format);
    }
}

} // namespace

QSize ReportPdfWriter::chartSize() {
    // 170 mm of text width at 96 logical pixels per inch, and a height that suits a third of a page;
    // a chart of many long labels is drawn higher (ChartBuilder::preferredHeight).
    return {640, 300};
}

QTextDocument* ReportPdfWriter::document(const PrintJob& job) {
    auto* doc = new QTextDocument;
    doc->setDocumentMargin(0);
    doc->setDefaultFont(LetterFont::font(job.fontFamily, 10));
    doc->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; color: #1f2d3d; }"
                                             "h2 { font-size: 14pt; color: #1f4e79; margin-top: 18px; }"
                                             "h3 { font-size: 11pt; color: #1f2d3d; }"
                                             "th { background-color: #e8eef4; text-align: left; }"
                                             "td, th { padding: 3px 6px; }"
                                             "p { margin-bottom: 6px; }"));
    for (auto it = job.images.cbegin(); it != job.images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value()));
    for (const ChartData& chart : job.charts) {
        const QSize size(chartSize().width(), ChartBuilder::preferredHeight(chart, chartSize().height()));
        doc->addResource(QTextDocument::ImageResource, QUrl(chart.name),
                         ChartImage::render(chart, size, 3.0, LetterFont::family(job.fontFamily)));
    }
    doc->setHtml(job.html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, job.title);
    return doc;
}

QString ReportPdfWriter::failure(const QString& path, const QString& reason) const {
    return tr("Het verslag kon niet worden opgeslagen in %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

QString ReportPdfWriter::render(const PrintJob& job, QIODevice& device) {
    {
        QPdfWriter writer(&device);
        writer.setResolution(Resolution);
        writer.setTitle(job.title);
        writer.setCreator(QStringLiteral("Aan Tafel %1").arg(QStringLiteral(AANTAFEL_VERSION)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));

        std::unique_ptr<QTextDocument> doc(document(job));
        // Lay out for the PDF's resolution: fonts and images scale with it.
        doc->documentLayout()->setPaintDevice(&writer);
        const QRect paper = writer.pageLayout().paintRectPixels(Resolution);
        const qreal footer = mmToDots(FooterMm);
        const QSizeF body(paper.width(), paper.height() - footer);
        doc->setPageSize(body);
        keepHeadingsWithText(*doc, body.height());
        const int pages = doc->pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return tr("het verslag kon niet als PDF worden opgemaakt");
        // Charts are flat colour and small text: lossless keeps them sharp, where JPEG would blur the labels.
        painter.setRenderHint(QPainter::LosslessImageRendering);
        const QFont footerFont = LetterFont::font(job.fontFamily, 8);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF view(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -view.top());
            // The layout only skips blocks outside the clip; an image that moved to the next page
            // would still paint its overhang into this page's footer.
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF line(0, body.height() + footer * 0.35, body.width(), footer * 0.65);
            painter.drawLine(QPointF(0, line.top()), QPointF(body.width(), line.top()));
            const QRectF text = line.adjusted(0, mmToDots(1), 0, 0);
            if (!job.footer.isEmpty())
                painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, job.footer);
            painter.drawText(text, Qt::AlignRight | Qt::AlignTop, tr("pagina %1 van %2").arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return tr("het verslag kon niet als PDF worden opgemaakt");
    }
    return {};
}
