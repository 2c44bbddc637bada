#include "documenttextreader.h"

#include "htmltext.h"
#include "mailfilereader.h"

#include <QFile>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

namespace {

// Poppler reports every oddity of a damaged PDF on standard error; a document without text is answer enough.
void quietPoppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

QString pdfText(poppler::document* document) {
    if (!document || document->is_locked())
        return {};
    QString text;
    for (int i = 0; i < document->pages() && text.size() < TextExtractor::MaxText; ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text().to_utf8();
        text += QString::fromUtf8(utf8.data(), qsizetype(utf8.size())) + u'\n';
    }
    return text.left(TextExtractor::MaxText);
}

bool isMail(const QString& mediaType) {
    return mediaType == QLatin1String("message/rfc822") || mediaType == QLatin1String("application/vnd.ms-outlook");
}

} // namespace

QString DocumentTextReader::fromFile(const QString& path, const QString& mediaType) const {
    quietPoppler();
    if (mediaType == QLatin1String("application/pdf")) {
        std::unique_ptr<poppler::document> document(
            poppler::document::load_from_file(QFile::encodeName(path).toStdString()));
        return pdfText(document.get());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromData(file.readAll(), mediaType);
}

QString DocumentTextReader::fromData(const QByteArray& data, const QString& mediaType) const {
    quietPoppler();
    if (mediaType == QLatin1String("application/pdf")) {
        std::unique_ptr<poppler::document> document(
            poppler::document::load_from_raw_data(data.constData(), int(data.size())));
        return pdfText(document.get());
    }
    if (isMail(mediaType)) {
        const MailReader::Result mail = MailFileReader().read(QString(), data);
        return mail.ok() ? QString(mail.message.subject + QStringLiteral("\n\n") + mail.message.body).left(MaxText)
                         : QString();
    }
    if (mediaType == QLatin1String("text/html"))
        return HtmlText::toPlainText(data).left(MaxText);
    if (isPlainText(mediaType))
        return plainText(data);
    return {};
}
