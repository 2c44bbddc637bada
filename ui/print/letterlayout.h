// The page layout of a letter, shared by paper and PDF so that both look exactly alike: A4 with
// 25 mm side margins, the footer in small grey on every page and "pagina N van M" from the second
// page of a letter on. The body is the PrintJob's HTML, laid out once for the device it is drawn on and cut
// into pages between lines, never through one; the job's images are available to the HTML by name.
// The logo (job.images["logo"]) heads the first page: the composed letters place it themselves in
// their letterhead (<img src="logo">, so that every copy of a letter has it); for HTML that does not,
// the layout draws it above the text, which then starts lower on every page. A document of several
// copies (each starting on a new page, page-break-before in the HTML) numbers each copy by itself.
// Everything is drawn in the document font (LetterFont: the house font when installed, else the
// bundled Liberation Sans), and the label columns of the reference lines are widened to what their
// labels measure in it (LabelColumns), so no label wraps whatever the font.
#pragma once

#include "output/printjob.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QTextCursor>

#include <memory>
#include <utility>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

class LetterLayout {
    Q_DECLARE_TR_FUNCTIONS(LetterLayout)
public:
    // Sets the device to A4 portrait without margins (the layout draws its own), so that the
    // coordinates are the paper's. Call before laying out for it or opening a painter on it.
    static void prepare(QPagedPaintDevice& device);

    // Lays out the job for the device's resolution; the device must have been prepared.
    LetterLayout(const PrintJob& job, QPagedPaintDevice& device);
    ~LetterLayout();
    LetterLayout(const LetterLayout&) = delete;
    LetterLayout& operator=(const LetterLayout&) = delete;

    int pageCount() const;
    // Draws every page, starting a new page on the device between them. The painter is active on
    // the device the layout was made for.
    void paint(QPainter& painter) const;

    // "pagina 2 van 3"
    static QString pageNumberText(int page, int pageCount);
    // The font of the letter text for the municipality's house font setting (empty: none), for an
    // editor that should show the letter as it will print.
    static QFont bodyFont(const QString& houseFont);
    // The width of the text between the side margins, in millimetres.
    static qreal bodyWidthMm();

private:
    QList<QTextCursor> forcedPageBreaks() const;
    void keepParagraphsTogether();
    void findCopies(const QList<QTextCursor>& starts);
    // The page's number within its copy, and the number of pages of that copy.
    std::pair<int, int> pageOfCopy(int page) const;
    void paintPage(QPainter& painter, int page) const;
    void paintLetterhead(QPainter& painter) const;
    void paintFooter(QPainter& painter) const;
    void paintPageNumber(QPainter& painter, int number, int count) const;
    QFont smallFont() const;
    qreal mm(qreal millimetres) const;

    QPagedPaintDevice& m_device;
    PrintJob m_job;
    QImage m_logo;
    bool m_drawLogo = false; // the HTML does not place the logo itself
    std::unique_ptr<QTextDocument> m_document;
    QRectF m_body;           // the text area of every page, in device units
    QList<int> m_copyStarts; // the first page (0-based) of each copy
};
