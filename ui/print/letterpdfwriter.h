// Draws letters (PrintJob::Layout::Letter) as PDF files and on printers, with one layout
// (LetterLayout) so that paper and PDF are the same letter. The PDF file is written by the output
// writer (PdfOutput::write, OutputFile): refused over a municipality file, whole or not at all; a
// failure comes back as a Dutch message.
#pragma once

#include "output/printjob.h"

#include <QCoreApplication>

class QPrinter;

class LetterPdfWriter : public PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(LetterPdfWriter)
public:
    // Prints the job on a printer the handler chose (QPrintDialog) or on the printer of a print
    // preview. Sets the printer to A4, full page. A printer that prints to a PDF file ("print to
    // file") gets the PDF through the output writer instead. Empty on success, otherwise why it could not.
    static QString print(const PrintJob& job, QPrinter& printer);
    // Prepares a printer for a letter before a print or preview dialog shows it: A4, full page,
    // the job's title as document name.
    static void preparePrinter(const PrintJob& job, QPrinter& printer);

protected:
    QString render(const PrintJob& job, QIODevice& device) override;
};
