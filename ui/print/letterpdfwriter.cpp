#include "letterpdfwriter.h"

#include "letterlayout.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

QString LetterPdfWriter::render(const PrintJob& job, QIODevice& device) {
    QPdfWriter pdf(&device);
    LetterLayout::prepare(pdf);
    pdf.setTitle(job.title);
    pdf.setCreator(QStringLiteral("Aan Tafel"));
    const LetterLayout layout(job, pdf);
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("het document kan niet worden opgebouwd");
    layout.paint(painter);
    if (!painter.end())
        return tr("het document kan niet worden opgebouwd");
    return {};
}

void LetterPdfWriter::preparePrinter(const PrintJob& job, QPrinter& printer) {
    printer.setFullPage(true);
    LetterLayout::prepare(printer);
    printer.setDocName(job.title);
    printer.setCreator(QStringLiteral("Aan Tafel"));
}

QString LetterPdfWriter::print(const PrintJob& job, QPrinter& printer) {
    // "Print to file" in the print dialog would let the printer write any path itself, the
    // municipality file included: such a PDF goes through the output writer instead.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty() && printer.paintEngine() &&
        printer.paintEngine()->type() == QPaintEngine::Pdf)
        return LetterPdfWriter().write(job, printer.outputFileName());
    // The handler may have picked another paper size in the dialog; a Dutch letter is A4.
    preparePrinter(job, printer);
    const LetterLayout layout(job, printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("De brief kan niet worden afgedrukt: de printer %1 is niet beschikbaar.").arg(printer.printerName());
    layout.paint(painter);
    painter.end();
    return {};
}
