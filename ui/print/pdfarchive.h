// Makes a QPdfWriter write an archive-grade file: PDF/A-1b (ISO 19005-1, level B), with the document's
// title, the municipality as author and the kenmerk as subject in the XMP metadata (Dublin Core
// dc:title, dc:creator, dc:description; pdf:Keywords) next to the PDF/A identification (pdfaid:part 1,
// pdfaid:conformance B). Qt embeds the fonts and adds the sRGB output intent PDF/A requires.
// Letters and the yearly report are written this way (LetterPdfWriter, ReportPdfWriter).
#pragma once

#include "output/printjob.h"

#include <QByteArray>
#include <QDateTime>

class QPdfWriter;

namespace PdfArchive {
// Sets version, title, creator and the XMP metadata for the job. Call it right before painting starts:
// the XMP's creation date mirrors the one Qt writes in the document information dictionary.
void prepare(QPdfWriter& writer, const PrintJob& job);
// The XMP packet for the job (exposed for tests).
QByteArray xmp(const PrintJob& job, const QString& creatorTool, const QDateTime& created);
} // namespace PdfArchive
