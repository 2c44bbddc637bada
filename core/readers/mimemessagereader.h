// Reads an Internet message (RFC 5322 with MIME, the .eml files mail programs save) with GMime 3:
// sender, Date, subject (RFC 2047 encoded words decoded), the body as text (text/plain preferred; an
// HTML-only message converted to text; quoted-printable and base64 decoded; any charset GMime knows,
// Windows-1252 included, converted to UTF-8), every attachment and inline image with its name (RFC 2231
// and 2047 names decoded), and a forwarded message (message/rfc822) as a whole message whose text is also
// added to the body. A file that is no message, or a message GMime finds truncated or malformed, is
// refused with a Dutch reason: better no case than half of one.
#pragma once

#include "documents/mailmessage.h"

class MimeMessageReader {
    Q_DECLARE_TR_FUNCTIONS(MimeMessageReader)
public:
    static MailReader::Result read(const QString& fileName, const QByteArray& bytes);
    // Writes a message as RFC 5322 text (for a message Outlook embedded in a .msg): sender, date, subject,
    // body as text/plain, and the attachments.
    static QByteArray compose(const MailMessage& message);
};
