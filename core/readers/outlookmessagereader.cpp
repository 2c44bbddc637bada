#include "outlookmessagereader.h"

#include "gobjectref.h"
#include "htmltext.h"
#include "mimemessagereader.h"

#include <QStringDecoder>
#include <QTimeZone>
#include <QtEndian>

#include <gmime/gmime.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>

#include <mutex>

namespace {

// MAPI property ids and types ([MS-OXPROPS]).
constexpr quint16 Subject = 0x0037;
constexpr quint16 ClientSubmitTime = 0x0039;
constexpr quint16 SentRepresentingName = 0x0042;
constexpr quint16 SentRepresentingEmail = 0x0065;
constexpr quint16 TransportHeaders = 0x007D;
constexpr quint16 SenderName = 0x0C1A;
constexpr quint16 SenderEmail = 0x0C1F;
constexpr quint16 DeliveryTime = 0x0E06;
constexpr quint16 Body = 0x1000;
constexpr quint16 Html = 0x1013;
constexpr quint16 AttachData = 0x3701;
constexpr quint16 AttachFilename = 0x3704;
constexpr quint16 AttachMethod = 0x3705;
constexpr quint16 AttachLongFilename = 0x3707;
constexpr quint16 AttachMimeTag = 0x370E;
constexpr quint16 AttachContentId = 0x3712;
constexpr quint16 DisplayName = 0x3001;
constexpr quint16 InternetCodepage = 0x3FDE;
constexpr quint16 SenderSmtpAddress = 0x5D01;
constexpr quint16 AttachmentHidden = 0x7FFE;

constexpr quint16 TypeLong = 0x0003;
constexpr quint16 TypeBoolean = 0x000B;
constexpr quint16 TypeObject = 0x000D;
constexpr quint16 TypeString8 = 0x001E;
constexpr quint16 TypeUnicode = 0x001F;
constexpr quint16 TypeTime = 0x0040;
constexpr quint16 TypeBinary = 0x0102;

constexpr int EmbeddedMessageMethod = 5;

void ensureInitialised() {
    static std::once_flag once;
    std::call_once(once, [] {
        gsf_init();
        g_mime_init();
    });
}

QByteArray readAll(GsfInput* input) {
    const gsf_off_t size = gsf_input_size(input);
    if (size <= 0)
        return {};
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (!gsf_input_read(input, size_t(size), reinterpret_cast<guint8*>(bytes.data())))
        return {};
    return bytes;
}

// "__substg1.0_0037001F": the stream of a variable-size property, its tag in upper-case hex.
QString streamName(quint16 id, quint16 type) {
    return QStringLiteral("__substg1.0_") +
           QStringLiteral("%1").arg(quint32(id) << 16 | type, 8, 16, QLatin1Char('0')).toUpper();
}

// One storage of the message: the message itself, an attachment, or an embedded message.
class Storage {
public:
    Storage(GsfInfile* infile, int headerSize)
        : m_infile(infile) {
        // The fixed-size properties: a header, then 16-byte entries (tag, flags, 8 bytes of value).
        GObjectRef<GsfInput> properties(gsf_infile_child_by_name(infile, "__properties_version1.0"));
        if (properties) {
            m_hasProperties = true;
            const QByteArray bytes = readAll(properties.get());
            for (qsizetype at = headerSize; at + 16 <= bytes.size(); at += 16) {
                const quint32 tag = qFromLittleEndian<quint32>(bytes.constData() + at);
                m_fixed.insert(tag, bytes.mid(at + 8, 8));
            }
        }
    }

    bool hasProperties() const { return m_hasProperties; }

    QByteArray binary(quint16 id) const { return stream(streamName(id, TypeBinary)); }

    QString string(quint16 id, const QByteArray& codepage) const {
        const QByteArray unicode = stream(streamName(id, TypeUnicode));
        if (!unicode.isNull()) {
            QStringDecoder utf16(QStringDecoder::Utf16LE);
            QString s = utf16(unicode);
            while (s.endsWith(QChar(0)))
                s.chop(1);
            return s;
        }
        const QByteArray eight = stream(streamName(id, TypeString8));
        if (eight.isNull())
            return {};
        QByteArray trimmed = eight;
        while (trimmed.endsWith('\0'))
            trimmed.chop(1);
        QStringDecoder decoder(codepage.constData());
        return decoder.isValid() ? decoder(trimmed) : QString::fromLatin1(trimmed);
    }

    std::optional<quint32> integer(quint16 id, quint16 type = TypeLong) const {
        const auto it = m_fixed.constFind(quint32(id) << 16 | type);
        if (it == m_fixed.constEnd())
            return std::nullopt;
        return qFromLittleEndian<quint32>(it->constData());
    }

    QDateTime time(quint16 id) const {
        const auto it = m_fixed.constFind(quint32(id) << 16 | TypeTime);
        if (it == m_fixed.constEnd())
            return {};
        // FILETIME: 100-nanosecond intervals since 1 January 1601 (UTC).
        const quint64 ticks = qFromLittleEndian<quint64>(it->constData());
        constexpr qint64 UnixEpochInTicks = 116444736000000000LL;
        if (ticks == 0 || qint64(ticks) < UnixEpochInTicks)
            return {};
        return QDateTime::fromMSecsSinceEpoch((qint64(ticks) - UnixEpochInTicks) / 10000, QTimeZone::utc());
    }

    GsfInfile* infile() const { return m_infile; }

private:
    QByteArray stream(const QString& name) const {
        GObjectRef<GsfInput> input(gsf_infile_child_by_name(m_infile, name.toLatin1().constData()));
        if (!input)
            return QByteArray();
        QByteArray bytes = readAll(input.get());
        if (bytes.isNull())
            bytes = QByteArray("");
        return bytes;
    }

    GsfInfile* m_infile;
    bool m_hasProperties = false;
    QHash<quint32, QByteArray> m_fixed;
};

QByteArray codepageOf(const Storage& s) {
    if (const std::optional<quint32> cp = s.integer(InternetCodepage))
        return *cp == 65001 ? QByteArray("UTF-8") : QByteArray("windows-") + QByteArray::number(*cp);
    return QByteArray("windows-1252");
}

// The address and date a message's Internet headers give, when the properties lack them.
void fromTransportHeaders(const QString& headers, MailMessage& mail) {
    if (headers.isEmpty())
        return;
    const QByteArray raw = headers.toUtf8() + "\r\n\r\n";
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage* message = g_mime_parser_construct_message(parser, nullptr);
    if (message) {
        if (!mail.date.isValid()) {
            if (GDateTime* date = g_mime_message_get_date(message)) {
                mail.date = QDateTime::fromSecsSinceEpoch(
                    g_date_time_to_unix(date), QTimeZone(int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND)));
            }
        }
        InternetAddressList* from = g_mime_message_get_from(message);
        if (!mail.fromAddress.contains(u'@') && from && internet_address_list_length(from) > 0) {
            InternetAddress* a = internet_address_list_get_address(from, 0);
            if (INTERNET_ADDRESS_IS_MAILBOX(a))
                mail.fromAddress = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
        }
        g_object_unref(message);
    }
    g_object_unref(parser);
    g_object_unref(stream);
}

MailMessage readMessage(const Storage& s, int depth);

MailAttachment readAttachment(GsfInfile* storage, int depth, int index) {
    const Storage a(storage, 8);
    const QByteArray codepage = QByteArray("windows-1252");
    MailAttachment attachment;
    attachment.name = a.string(AttachLongFilename, codepage);
    if (attachment.name.isEmpty())
        attachment.name = a.string(AttachFilename, codepage);
    if (attachment.name.isEmpty())
        attachment.name = a.string(DisplayName, codepage);
    attachment.mediaType = a.string(AttachMimeTag, codepage).toLower();
    const bool hidden = a.integer(AttachmentHidden, TypeBoolean).value_or(0) != 0;
    const bool contentId = !a.string(AttachContentId, codepage).isEmpty();
    if (a.integer(AttachMethod).value_or(1) == EmbeddedMessageMethod && depth < 8) {
        GObjectRef<GsfInput> embedded(
            gsf_infile_child_by_name(storage, streamName(AttachData, TypeObject).toLatin1().constData()));
        if (embedded && GSF_IS_INFILE(embedded.get())) {
            const MailMessage inner = readMessage(Storage(GSF_INFILE(embedded.get()), 24), depth + 1);
            attachment.data = MimeMessageReader::compose(inner);
            attachment.mediaType = QStringLiteral("message/rfc822");
            attachment.forwarded = true;
            const QString subject = inner.subject.simplified();
            attachment.name =
                (subject.isEmpty() ? OutlookMessageReader::tr("doorgestuurd bericht") : subject.left(80)) +
                QStringLiteral(".eml");
            return attachment;
        }
    }
    attachment.data = a.binary(AttachData);
    attachment.inlinePart = hidden || (contentId && attachment.mediaType.startsWith(QLatin1String("image/")));
    if (attachment.name.isEmpty())
        attachment.name = OutlookMessageReader::tr("bijlage-%1").arg(index + 1);
    if (attachment.mediaType.isEmpty())
        attachment.mediaType = QStringLiteral("application/octet-stream");
    return attachment;
}

MailMessage readMessage(const Storage& s, int depth) {
    MailMessage mail;
    const QByteArray codepage = codepageOf(s);
    mail.subject = s.string(Subject, codepage).simplified();
    mail.fromName = s.string(SenderName, codepage).simplified();
    if (mail.fromName.isEmpty())
        mail.fromName = s.string(SentRepresentingName, codepage).simplified();
    mail.fromAddress = s.string(SenderSmtpAddress, codepage).trimmed();
    if (!mail.fromAddress.contains(u'@'))
        mail.fromAddress = s.string(SenderEmail, codepage).trimmed();
    if (!mail.fromAddress.contains(u'@'))
        mail.fromAddress = s.string(SentRepresentingEmail, codepage).trimmed();
    mail.date = s.time(ClientSubmitTime);
    if (!mail.date.isValid())
        mail.date = s.time(DeliveryTime);
    fromTransportHeaders(s.string(TransportHeaders, codepage), mail);
    if (mail.date.isValid())
        mail.date = mail.date.toLocalTime();
    if (!mail.fromAddress.contains(u'@'))
        mail.fromAddress.clear(); // an Exchange name ("/O=EXCHANGE/…") is no address to write to
    if (mail.fromName.compare(mail.fromAddress, Qt::CaseInsensitive) == 0)
        mail.fromName.clear();
    mail.body = s.string(Body, codepage);
    if (mail.body.trimmed().isEmpty()) {
        QByteArray html = s.binary(Html);
        if (html.isEmpty())
            html = s.string(Html, codepage).toUtf8();
        else if (QStringDecoder decoder(codepage.constData()); decoder.isValid())
            html = decoder(html).operator QString().toUtf8();
        mail.body = HtmlText::toPlainText(html);
    }
    mail.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    mail.body = mail.body.trimmed();

    GsfInfile* infile = s.infile();
    for (int i = 0; i < gsf_infile_num_children(infile); ++i) {
        const QString name = QString::fromUtf8(gsf_infile_name_by_index(infile, i));
        if (!name.startsWith(QLatin1String("__attach_version1.0_#")))
            continue;
        GObjectRef<GsfInput> child(gsf_infile_child_by_index(infile, i));
        if (child && GSF_IS_INFILE(child.get()))
            mail.attachments << readAttachment(GSF_INFILE(child.get()), depth, int(mail.attachments.size()));
    }
    return mail;
}

} // namespace

bool OutlookMessageReader::isCompoundFile(const QByteArray& bytes) {
    static const QByteArray magic = QByteArray::fromHex("d0cf11e0a1b11ae1");
    return bytes.startsWith(magic);
}

MailReader::Result OutlookMessageReader::read(const QString& fileName, const QByteArray& bytes) {
    ensureInitialised();
    MailReader::Result result;
    const auto refuse = [&](const QString& why) {
        result.error =
            tr("%1 kan niet als Outlook-bericht worden gelezen: %2. Er is niets geregistreerd.").arg(fileName, why);
        return result;
    };
    if (!isCompoundFile(bytes))
        return refuse(tr("het is geen Outlook-bestand (.msg)"));
    GObjectRef<GsfInput> input(
        gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.constData()), gsf_off_t(bytes.size()), FALSE));
    GError* error = nullptr;
    GObjectRef<GsfInfile> ole(gsf_infile_msole_new(input.get(), &error));
    if (!ole) {
        if (error)
            g_error_free(error);
        return refuse(tr("het bestand is beschadigd of onvolledig"));
    }
    const Storage root(ole.get(), 32);
    if (!root.hasProperties())
        return refuse(tr("er staan geen berichtgegevens in"));
    result.message = readMessage(root, 0);
    MailMessage& mail = result.message;
    if (mail.fromAddress.isEmpty() && mail.fromName.isEmpty() && mail.subject.isEmpty() && mail.body.isEmpty())
        return refuse(tr("er staat geen afzender, onderwerp of tekst in"));
    mail.fileName = fileName;
    mail.original = bytes;
    mail.originalMediaType = QStringLiteral("application/vnd.ms-outlook");
    return result;
}
