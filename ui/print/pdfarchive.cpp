#include "pdfarchive.h"

#include <QPdfWriter>

namespace {

QByteArray escaped(const QString& text) {
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray PdfArchive::xmp(const PrintJob& job, const QString& creatorTool, const QDateTime& created) {
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
         "</rdf:Description>\n"
         "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "<dc:format>application/pdf</dc:format>\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(job.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!job.author.trimmed().isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + escaped(job.author.trimmed()) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!job.subject.trimmed().isEmpty())
        x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(job.subject.trimmed()) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    x += "</rdf:Description>\n"
         "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "<xmp:CreatorTool>" +
         escaped(creatorTool) + "</xmp:CreatorTool>\n<xmp:CreateDate>" +
         created.toUTC().toString(Qt::ISODate).toLatin1() +
         "</xmp:CreateDate>\n"
         "</rdf:Description>\n"
         // The producer as Qt writes it in the information dictionary (PDF/A-1 6.7.3: the two agree).
         "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>Qt " +
         QByteArray(qVersion()) + "</pdf:Producer>\n";
    if (!job.subject.trimmed().isEmpty())
        x += "<pdf:Keywords>" + escaped(job.subject.trimmed()) + "</pdf:Keywords>\n";
    x += "</rdf:Description>\n";
    x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

void PdfArchive::prepare(QPdfWriter& writer, const PrintJob& job) {
    const QString tool = QStringLiteral("Aan Tafel %1").arg(QStringLiteral(AANTAFEL_VERSION));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(job.title);
    writer.setCreator(tool);
    writer.setDocumentXmpMetadata(xmp(job, tool, QDateTime::currentDateTimeUtc()));
}
