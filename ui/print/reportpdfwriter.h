// Writes a report PrintJob (the yearly publication of Awb 9:12a) as an A4 PDF: the job's HTML laid
// out by QTextDocument with margins of 20 mm, its charts drawn with Qt Charts into the images the
// HTML names, and on every page a footer with the job's footer text and "pagina N van M". The file
// is written by the output writer (PdfOutput::write): whole or not at all, never over a municipality file.
#pragma once

#include "output/printjob.h"

#include <QCoreApplication>
#include <QSize>

class QTextDocument;

class ReportPdfWriter : public PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
public:
    // The size, in points (1/72 inch), at which a chart is drawn: the width of the text column.
    static QSize chartSize();

    // The job's HTML with its images and charts as resources, as it is laid out in the PDF (also
    // used for a preview). The caller owns the document.
    static QTextDocument* document(const PrintJob& job);

protected:
    QString render(const PrintJob& job, QIODevice& device) override;
    QString failure(const QString& path, const QString& reason) const override;
};
