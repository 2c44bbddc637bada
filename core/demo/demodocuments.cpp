#include "demodocuments.h"

#include "documents/document.h"
#include "storage/documentrepository.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QLocale>
#include <QStringList>

namespace {

// A PDF string literal: Latin-1 bytes with the three special characters escaped.
QByteArray pdfString(const QString& text) {
    QByteArray out;
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QString klagerName(const Case& c) {
    return c.anonymous || c.klager.name.isEmpty() ? QStringLiteral("Anonieme klager") : c.klager.name;
}

} // namespace

QByteArray DemoDocuments::pdf(const QStringList& lines) {
    QByteArray content = "BT /F1 11 Tf 72 770 Td 14 TL\n";
    for (const QString& line : lines)
        content += "(" + pdfString(line) + ") '\n";
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray DemoDocuments::eml(const Case& c) {
    const QLocale english(QLocale::English);
    const QString date =
        english.toString(QDateTime(c.received, QTime(9, 12)), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    const QString address = c.klager.email.isEmpty() ? QStringLiteral("klager@example.nl") : c.klager.email;
    QByteArray m;
    m += "From: =?UTF-8?B?" + klagerName(c).toUtf8().toBase64() + "?= <" + address.toUtf8() + ">\r\n";
    m += "To: klachten@gemeente.example.nl\r\n";
    m += "Subject: Klacht\r\n";
    m += "Date: " + date.toLatin1() + " +0100\r\n";
    m += "Message-ID: <demo-" + c.reference.toLatin1() + "@example.nl>\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = (QStringLiteral("Geachte heer/mevrouw,\n\n") + c.story +
                             QStringLiteral("\n\nMet vriendelijke groet,\n") + klagerName(c))
                                .toUtf8()
                                .toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        m += body.mid(i, 76) + "\r\n";
    return m;
}

void DemoDocuments::add(Database& db, const Clock& clock, const QList<Case>& batch, int firstIndex, int documentEvery) {
    if (documentEvery <= 0)
        return;
    DocumentRepository documents(db, clock, QStringLiteral("demo"));
    Transaction transaction(db);
    const auto store = [&](const Case& c, const QString& name, DocumentKind kind, const QString& mediaType,
                           const QByteArray& bytes, const QString& text) {
        NewDocument d;
        d.caseId = c.id;
        d.name = name;
        d.kind = kind;
        d.mediaType = mediaType;
        d.received = c.received;
        d.text = text;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        documents.add(d, buffer, 50 * 1024 * 1024);
    };
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if ((firstIndex + i) % documentEvery != 0)
            continue;
        const Case& c = batch.at(i);
        if (c.id <= 0)
            continue;
        if (c.channel == Channel::Email) {
            store(c, QStringLiteral("Klacht %1.eml").arg(c.reference), DocumentKind::Email,
                  QStringLiteral("message/rfc822"), eml(c), QStringLiteral("Klacht\n\n") + c.story);
        } else {
            const QStringList lines{QStringLiteral("Klaagschrift"),
                                    klagerName(c),
                                    QString(),
                                    QStringLiteral("Betreft: klacht, ontvangen ") +
                                        c.received.toString(QStringLiteral("dd-MM-yyyy")),
                                    QString(),
                                    c.story.left(90),
                                    c.story.mid(90, 90),
                                    c.story.mid(180, 90)};
            store(c, QStringLiteral("klaagschrift %1.pdf").arg(c.reference), DocumentKind::ComplaintLetter,
                  QStringLiteral("application/pdf"), pdf(lines), lines.join(u'\n'));
        }
    }
    transaction.commit();
}
