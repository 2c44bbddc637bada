// A small PdfOutput for the beheer documents (the inzage overview): the PrintJob's HTML laid out
// by QTextDocument on A4 with the footer and page numbers on every page, drawn with QPdfWriter into
// the output writer's temporary file (PdfOutput::write) so that a failure never leaves half a file. Charts and
// letterheads are the letters' and reports' writer's business; this one draws text and images only.
#pragma once

#include "output/printjob.h"

#include <QCoreApplication>

class DocumentPdf : public PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(DocumentPdf)
protected:
    QString render(const PrintJob& job, QIODevice& device) override;
};
