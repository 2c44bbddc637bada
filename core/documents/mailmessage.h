// An e-mail as the intake needs it: who sent it, when, about what, what it says, and what came with
// it, plus the message itself as received. Reading a message (.eml: MIME; .msg: Outlook's OLE2
// compound file) takes GMime and libgsf, which core does not link: the entry points hand core a
// MailReader (readers/mailfilereader.h). The intake (mailintake.h) builds a case from a MailMessage.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct MailAttachment {
    QString name; // file name as the sender gave it (never trusted as a path)
    QString mediaType;
    QByteArray data;
    bool inlinePart = false; // shown in the body (an image in an HTML mail), not attached as such
    bool forwarded = false;  // a message forwarded as a whole (message/rfc822)

    bool operator==(const MailAttachment&) const = default;
};

struct MailMessage {
    QString fromName;    // display name of the sender; may be empty
    QString fromAddress; // e-mail address of the sender
    QDateTime date;      // the message's Date (invalid when it has none)
    QString subject;
    QString body; // plain text; an HTML-only message converted to text
    QList<MailAttachment> attachments;

    QString fileName;          // the file as dropped or named, e.g. "Klacht over de Wmo.msg"
    QByteArray original;       // the message as received, kept as the first document
    QString originalMediaType; // "message/rfc822" or "application/vnd.ms-outlook"

    bool operator==(const MailMessage&) const = default;
};

class MailReader {
    Q_DECLARE_TR_FUNCTIONS(MailReader)
public:
    virtual ~MailReader() = default;
    // Reads the message (a .eml or .msg file's bytes; the name tells which). On success error is empty.
    // A file that is no readable message gives a Dutch error and an empty message.
    struct Result {
        MailMessage message;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    virtual Result read(const QString& fileName, const QByteArray& bytes) const = 0;

    // Whether the name is that of a message file this program reads (.eml, .msg), whatever the case.
    static bool isMailFile(const QString& fileName);
    // Reads the file at path (refusing a file over maxBytes) and then the message in it.
    Result readFile(const QString& path, qint64 maxBytes) const;
};
