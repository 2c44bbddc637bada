#include "mimemessagereader.h"

#include "gobjectref.h"
#include "htmltext.h"

#include <QTimeZone>

#include <gmime/gmime.h>

#include <mutex>

namespace {

void ensureInitialised() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString text(const char* utf8) {
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

// The decoded content of a leaf part (transfer encoding undone).
QByteArray contentOf(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectRef<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

// The text of a text part in UTF-8, whatever its charset.
QByteArray textOf(GMimePart* part) {
    if (!GMIME_IS_TEXT_PART(part))
        return contentOf(part);
    char* converted = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    if (!converted)
        return {};
    QByteArray result(converted);
    g_free(converted);
    return result;
}

QByteArray serialise(GMimeObject* object) {
    GObjectRef<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, memory.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

QString mediaTypeOf(GMimeObject* object) {
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    return (text(g_mime_content_type_get_media_type(type)) + u'/' + text(g_mime_content_type_get_media_subtype(type)))
        .toLower();
}

void readSender(GMimeMessage* message, MailMessage& mail) {
    InternetAddressList* from = g_mime_message_get_from(message);
    if (!from || internet_address_list_length(from) == 0)
        from = g_mime_message_get_sender(message);
    if (!from || internet_address_list_length(from) == 0)
        return;
    InternetAddress* address = internet_address_list_get_address(from, 0);
    mail.fromName = text(internet_address_get_name(address)).simplified();
    if (INTERNET_ADDRESS_IS_MAILBOX(address))
        mail.fromAddress = text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
    // "jansen@example.nl" <jansen@example.nl>: the address is no name.
    if (mail.fromName.compare(mail.fromAddress, Qt::CaseInsensitive) == 0)
        mail.fromName.clear();
}

QDateTime dateOf(GMimeMessage* message) {
    GDateTime* date = g_mime_message_get_date(message);
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offset));
}

struct Walk {
    QString plain;
    QString html;
    QStringList forwardedTexts;
    QList<MailAttachment> attachments;
    int unnamed = 0;
};

QString forwardedText(GMimeMessage* inner, const QString& body) {
    MailMessage header;
    readSender(inner, header);
    const QDateTime when = dateOf(inner);
    QStringList lines{MimeMessageReader::tr("---------- Doorgestuurd bericht ----------")};
    const QString who = header.fromName.isEmpty() ? header.fromAddress
                                                  : QStringLiteral("%1 <%2>").arg(header.fromName, header.fromAddress);
    lines << MimeMessageReader::tr("Van: %1").arg(who);
    if (when.isValid())
        lines << MimeMessageReader::tr("Datum: %1").arg(when.toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    lines << MimeMessageReader::tr("Onderwerp: %1").arg(text(g_mime_message_get_subject(inner)));
    return lines.join(u'\n') + QStringLiteral("\n\n") + body.trimmed();
}

QString bodyOf(GMimeMessage* message);

void walk(GMimeObject* object, Walk& w, bool inAlternative) {
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const bool alternative = mediaTypeOf(object) == QLatin1String("multipart/alternative");
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            walk(g_mime_multipart_get_part(multipart, i), w, alternative || inAlternative);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!inner)
            return;
        MailAttachment a;
        const QString subject = text(g_mime_message_get_subject(inner)).simplified();
        a.name = (subject.isEmpty() ? MimeMessageReader::tr("doorgestuurd bericht") : subject.left(80)) +
                 QStringLiteral(".eml");
        a.mediaType = QStringLiteral("message/rfc822");
        a.data = serialise(GMIME_OBJECT(inner));
        a.forwarded = true;
        w.attachments << a;
        w.forwardedTexts << forwardedText(inner, bodyOf(inner));
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart* part = GMIME_PART(object);
    const QString type = mediaTypeOf(object);
    GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object);
    const bool attached = disposition && g_mime_content_disposition_is_attachment(disposition);
    const QString filename = text(g_mime_part_get_filename(part));
    if (!attached && filename.isEmpty() && type == QLatin1String("text/plain") && w.plain.isEmpty()) {
        w.plain = QString::fromUtf8(textOf(part));
        return;
    }
    if (!attached && filename.isEmpty() && type == QLatin1String("text/html") && w.html.isEmpty()) {
        w.html = HtmlText::toPlainText(textOf(part));
        return;
    }
    if (inAlternative && !attached && type.startsWith(QLatin1String("text/")))
        return; // another rendering of the body (text/enriched, a second HTML)
    MailAttachment a;
    a.mediaType = type;
    a.data = contentOf(part);
    a.inlinePart =
        !attached && (g_mime_object_get_content_id(object) != nullptr || type.startsWith(QLatin1String("image/")));
    a.name = filename;
    if (a.name.isEmpty()) {
        const QString id = text(g_mime_object_get_content_id(object)).section(u'@', 0, 0);
        const QString extension = type.section(u'/', 1);
        a.name = (id.isEmpty() ? MimeMessageReader::tr("bijlage-%1").arg(++w.unnamed) : id) + u'.' +
                 (extension.isEmpty() ? QStringLiteral("bin") : extension);
    }
    w.attachments << a;
}

QString bodyFrom(const Walk& w) {
    QString body = !w.plain.trimmed().isEmpty() ? w.plain : w.html;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body = body.trimmed();
    for (const QString& forwarded : w.forwardedTexts)
        body += (body.isEmpty() ? QString() : QStringLiteral("\n\n")) + forwarded;
    return body;
}

QString bodyOf(GMimeMessage* message) {
    Walk w;
    if (GMimeObject* root = g_mime_message_get_mime_part(message))
        walk(root, w, false);
    return bodyFrom(w);
}

struct Issues {
    bool truncated = false;
    bool malformed = false;
};

void noteIssue(gint64, GMimeParserWarning code, const gchar*, gpointer data) {
    auto* issues = static_cast<Issues*>(data);
    switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE: issues->truncated = true; break;
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_MALFORMED_MESSAGE:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
    case GMIME_CRIT_NESTING_OVERFLOW:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: issues->malformed = true; break;
    default: break; // duplicated headers, odd parameters, 8-bit headers: everyday mail, still readable
    }
}

} // namespace

MailReader::Result MimeMessageReader::read(const QString& fileName, const QByteArray& bytes) {
    ensureInitialised();
    MailReader::Result result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("%1 is leeg: er staat geen e-mailbericht in. Er is niets geregistreerd.").arg(fileName);
        return result;
    }
    Issues issues;
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, noteIssue, &issues);
    GObjectRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectRef<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);

    const auto refuse = [&](const QString& why) {
        result.error = tr("%1 kan niet als e-mail worden gelezen: %2. Er is niets geregistreerd.").arg(fileName, why);
        return result;
    };
    if (!message)
        return refuse(tr("het bestand heeft geen kopregels van een e-mail (Van, Datum)"));
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message.get()));
    const bool looksLikeMail = g_mime_header_list_contains(headers, "From") ||
                               g_mime_header_list_contains(headers, "Date") ||
                               g_mime_header_list_contains(headers, "Message-ID");
    if (!looksLikeMail)
        return refuse(tr("het bestand heeft geen kopregels van een e-mail (Van, Datum)"));
    if (issues.truncated)
        return refuse(tr("het bericht is afgebroken; een deel ontbreekt"));
    if (issues.malformed)
        return refuse(tr("de opbouw van het bericht klopt niet (een deel of bijlage is beschadigd)"));

    MailMessage& mail = result.message;
    readSender(message.get(), mail);
    mail.date = dateOf(message.get());
    mail.subject = text(g_mime_message_get_subject(message.get())).simplified();
    Walk w;
    if (GMimeObject* root = g_mime_message_get_mime_part(message.get()))
        walk(root, w, false);
    mail.body = bodyFrom(w);
    mail.attachments = w.attachments;
    mail.fileName = fileName;
    mail.original = bytes;
    mail.originalMediaType = QStringLiteral("message/rfc822");
    if (mail.fromAddress.isEmpty() && mail.subject.isEmpty() && mail.body.isEmpty() && mail.attachments.isEmpty())
        return refuse(tr("er staat geen afzender, onderwerp, tekst of bijlage in"));
    return result;
}

QByteArray MimeMessageReader::compose(const MailMessage& m) {
    ensureInitialised();
    GObjectRef<GMimeMessage> message(g_mime_message_new(TRUE));
    const QByteArray name = m.fromName.toUtf8();
    const QByteArray address = m.fromAddress.toUtf8();
    if (!address.isEmpty())
        g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, name.constData(), address.constData());
    g_mime_message_set_subject(message.get(), m.subject.toUtf8().constData(), "utf-8");
    if (m.date.isValid()) {
        GTimeZone* zone = g_time_zone_new_offset(m.date.offsetFromUtc());
        GDateTime* utc = g_date_time_new_from_unix_utc(m.date.toSecsSinceEpoch());
        GDateTime* local = g_date_time_to_timezone(utc, zone);
        g_mime_message_set_date(message.get(), local);
        g_date_time_unref(local);
        g_date_time_unref(utc);
        g_time_zone_unref(zone);
    }
    const auto leaf = [](const QString& type, const QByteArray& data) {
        GMimePart* part = g_mime_part_new_with_type(type.section(u'/', 0, 0).toUtf8().constData(),
                                                    type.section(u'/', 1).toUtf8().constData());
        GObjectRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
        GObjectRef<GMimeDataWrapper> content(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(part, content.get());
        return part;
    };
    GMimeTextPart* body = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(body, m.body.toUtf8().constData());
    if (m.attachments.isEmpty()) {
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(body));
        g_object_unref(body);
    } else {
        GObjectRef<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(body));
        g_object_unref(body);
        for (const MailAttachment& a : m.attachments) {
            GMimePart* part =
                leaf(a.mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mediaType, a.data);
            g_mime_part_set_filename(part, a.name.toUtf8().constData());
            g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
            g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part));
            g_object_unref(part);
        }
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));
    }
    return serialise(GMIME_OBJECT(message.get()));
}
