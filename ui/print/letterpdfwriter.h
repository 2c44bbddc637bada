// Draws letters (PrintJob::Layout::Letter) as PDF files and on printers, with one layout
// (LetterLayout) so that paper and PDF are the same letter. A PDF is written to a temporary file
// and only then renamed over the target, so a failure never leaves a half-written or damaged file
// behind; the failure comes back as a Dutch message.
#pragma once

#include "output/printjob.h"

#include <QCoreApplication>

class QPrinter;

class LetterPdfWriter : public PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(LetterPdfWriter)
public:
    // Writes the job to path as an A4 PDF; empty on success, otherwise why it could not.
    QString write(const PrintJob& job, const QString& path) override;

    // Prints the job on a printer the handler chose (QPrintDialog) or on the printer of a print
    // preview. Sets the printer to A4, full page. Empty on success, otherwise why it could not.
    static QString print(const PrintJob& job, QPrinter& printer);
    // Prepares a printer for a letter before a print or preview dialog shows it: A4, full page,
    // the job's title as document name.
    static void preparePrinter(const PrintJob& job, QPrinter& printer);
};
