#include "letterlayout.h"

#include "labelcolumns.h"
#include "letterfont.h"

#include <algorithm>
#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace {

// The page in millimetres. The same body height on every page keeps the cutting into pages simple
// and predictable. A logo drawn by the layout needs the larger top margin; it keeps the recipient
// block below it where a window envelope shows it.
constexpr qreal PageWidth = 210.0;
constexpr qreal PageHeight = 297.0;
constexpr qreal SideMargin = 25.0;
constexpr qreal TopMargin = 20.0;
constexpr qreal TopMarginBelowLogo = 45.0;
constexpr qreal BottomMargin = 30.0;
constexpr qreal LogoTop = 12.0;
constexpr qreal LogoMaxHeight = 22.0;
constexpr qreal LogoMaxWidth = 70.0;
constexpr qreal FooterRule = PageHeight - 24.0;
constexpr qreal FooterTop = PageHeight - 22.0;
constexpr qreal PageNumberTop = 10.0;

const QColor Grey(0x5f, 0x5f, 0x5f);
const QColor RuleGrey(0xbb, 0xbb, 0xbb);

} // namespace

QFont LetterLayout::bodyFont(const QString& houseFont) {
    return LetterFont::font(houseFont, 10.5);
}

qreal LetterLayout::bodyWidthMm() {
    return PageWidth - 2 * SideMargin;
}

QFont LetterLayout::smallFont() const {
    return LetterFont::font(m_job.fontFamily, 7.5);
}

void LetterLayout::prepare(QPagedPaintDevice& device) {
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

LetterLayout::LetterLayout(const PrintJob& job, QPagedPaintDevice& device)
    : m_device(device)
    , m_job(job)
    , m_document(std::make_unique<QTextDocument>()) {
    m_logo = QImage::fromData(job.images.value(QStringLiteral("logo")));
    static const QRegularExpression placesLogo(QStringLiteral("<img[^>]+src\\s*=\\s*[\"']logo[\"']"),
                                               QRegularExpression::CaseInsensitiveOption);
    m_drawLogo = !m_logo.isNull() && !job.html.contains(placesLogo);
    const qreal top = m_drawLogo ? TopMarginBelowLogo : TopMargin;
    m_body = QRectF(mm(SideMargin), mm(top), mm(PageWidth - 2 * SideMargin), mm(PageHeight - top - BottomMargin));

    // Laid out for the device itself, so that font metrics and image sizes are the paper's.
    m_document->documentLayout()->setPaintDevice(&device);
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(bodyFont(job.fontFamily));
    m_document->setMetaInformation(QTextDocument::DocumentTitle, job.title);
    for (auto it = job.images.cbegin(); it != job.images.cend(); ++it)
        m_document->addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value()));
    m_document->setHtml(job.html);
    // A label column may take up to a third of the text width (in the HTML's 96 dpi pixels).
    LabelColumns::fit(*m_document, &device, bodyWidthMm() / 25.4 * 96.0 / 3.0);
    m_document->setPageSize(m_body.size());
    const QList<QTextCursor> copyStarts = forcedPageBreaks();
    keepParagraphsTogether();
    findCopies(copyStarts);
}

// Where the HTML itself starts a new page: one letter of several copies (the verdagingsbrief to
// klager and beklaagde) starts each copy so. A break may sit on a paragraph or on a table.
QList<QTextCursor> LetterLayout::forcedPageBreaks() const {
    QList<QTextCursor> breaks;
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame* frame = it.currentFrame()) {
            if (frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                breaks << frame->firstCursorPosition();
        } else if (it.currentBlock().blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            breaks << QTextCursor(it.currentBlock());
        }
    }
    return breaks;
}

// Each copy is numbered by itself and gets the letterhead the layout draws on its first page.
void LetterLayout::findCopies(const QList<QTextCursor>& starts) {
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    m_copyStarts = {0};
    for (const QTextCursor& start : starts) {
        const int page = int(std::floor(layout->blockBoundingRect(start.block()).top() / m_body.height() + 0.001));
        if (page > 0 && !m_copyStarts.contains(page))
            m_copyStarts << page;
    }
    std::sort(m_copyStarts.begin(), m_copyStarts.end());
}

std::pair<int, int> LetterLayout::pageOfCopy(int page) const {
    int first = 0;
    int next = pageCount();
    for (int start : m_copyStarts) {
        if (start <= page)
            first = start;
        else {
            next = start;
            break;
        }
    }
    return {page - first + 1, next - first};
}

LetterLayout::~LetterLayout() = default;

// A short paragraph moves to the next page whole rather than leaving a line behind, and takes up to
// two one-line paragraphs before it along (a heading, "Met vriendelijke groet," above a signature),
// also when the text layout itself moved it: a letter reads better so, and the text layout draws the
// last line above a page on that page too (clipped, but a PDF keeps clipped text, so it would be
// found twice). Paragraphs longer than a third of a page, and the cells of tables (which break
// between rows), still break where they must; a page break of the HTML itself is left alone.
void LetterLayout::keepParagraphsTogether() {
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    const qreal page = m_body.height();
    const auto pageOf = [page](qreal y) { return std::floor(y / page); };
    const auto inTable = [](const QTextBlock& b) { return QTextCursor(b).currentTable() != nullptr; };
    const auto breaksFreely = [](const QTextBlock& b) {
        return b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto;
    };
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (inTable(block) || !breaksFreely(block))
            continue;
        const QRectF r = layout->blockBoundingRect(block);
        const bool crosses = pageOf(r.top()) != pageOf(r.bottom() - 1.0);
        const QTextBlock previous = block.previous();
        const bool startsPage = previous.isValid() && !inTable(previous) &&
                                pageOf(layout->blockBoundingRect(previous).bottom() - 1.0) < pageOf(r.top());
        if ((!crosses && !startsPage) || (crosses && r.height() > page / 3))
            continue;
        QTextBlock first = block;
        for (int taken = 0; taken < 2; ++taken) {
            const QTextBlock before = first.previous();
            if (!before.isValid() || inTable(before) || !breaksFreely(before) || before.layout()->lineCount() != 1 ||
                r.bottom() - layout->blockBoundingRect(before).top() > page / 3)
                break;
            first = before;
        }
        if (first == block && !crosses)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).mergeBlockFormat(format);
        // The incremental layout after a format change can leave the blocks below without height:
        // lay out everything again.
        m_document->markContentsDirty(0, m_document->characterCount());
    }
}

qreal LetterLayout::mm(qreal millimetres) const {
    return millimetres / 25.4 * m_device.logicalDpiX();
}

int LetterLayout::pageCount() const {
    return m_document->pageCount();
}

QString LetterLayout::pageNumberText(int page, int pageCount) {
    return tr("pagina %1 van %2").arg(page).arg(pageCount);
}

void LetterLayout::paint(QPainter& painter) const {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_device.newPage();
        paintPage(painter, page);
    }
}

void LetterLayout::paintPage(QPainter& painter, int page) const {
    const auto [number, count] = pageOfCopy(page);
    if (number == 1)
        paintLetterhead(painter);
    else
        paintPageNumber(painter, number, count);
    paintFooter(painter);

    painter.save();
    const qreal height = m_body.height();
    painter.translate(m_body.left(), m_body.top() - page * height);
    // Half a device unit inside the page: a line that ends exactly on the page boundary belongs to the
    // page above only (the text layout draws every line touching the clip, and a PDF keeps clipped text).
    m_document->drawContents(&painter, QRectF(0, page * height + 0.5, m_body.width(), height - 1.0));
    painter.restore();
}

void LetterLayout::paintLetterhead(QPainter& painter) const {
    if (!m_drawLogo)
        return;
    QSizeF size = m_logo.size();
    size.scale(mm(LogoMaxWidth), mm(LogoMaxHeight), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(QPointF(mm(SideMargin), mm(LogoTop)), size), m_logo);
}

void LetterLayout::paintFooter(QPainter& painter) const {
    const QString footer = m_job.footer.trimmed();
    if (footer.isEmpty())
        return;
    painter.save();
    painter.setPen(QPen(RuleGrey, mm(0.2)));
    painter.drawLine(QPointF(mm(SideMargin), mm(FooterRule)), QPointF(mm(PageWidth - SideMargin), mm(FooterRule)));
    painter.setPen(Grey);
    painter.setFont(smallFont());
    const QRectF area(mm(SideMargin), mm(FooterTop), mm(PageWidth - 2 * SideMargin), mm(PageHeight - FooterTop));
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, footer);
    painter.restore();
}

void LetterLayout::paintPageNumber(QPainter& painter, int number, int count) const {
    painter.save();
    painter.setPen(Grey);
    painter.setFont(smallFont());
    const QRectF area(mm(SideMargin), mm(PageNumberTop), mm(PageWidth - 2 * SideMargin), mm(10));
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop, pageNumberText(number, count));
    painter.restore();
}
