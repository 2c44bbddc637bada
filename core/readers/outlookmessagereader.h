// Reads an Outlook message (.msg, [MS-OXMSG]): an OLE2 compound file whose streams hold MAPI properties,
// read through libgsf. Sender (name, SMTP address), submit or delivery time, subject, body (PR_BODY, else
// PR_HTML as text), and each attachment (name, media type, bytes; an inline image, or a message Outlook
// embedded whole, which becomes an .eml document of its own). A file that is no compound file, or one
// without the properties of a message, is refused with a Dutch reason.
#pragma once

#include "documents/mailmessage.h"

class OutlookMessageReader {
    Q_DECLARE_TR_FUNCTIONS(OutlookMessageReader)
public:
    static MailReader::Result read(const QString& fileName, const QByteArray& bytes);
    // The first eight bytes of every OLE2 compound file.
    static bool isCompoundFile(const QByteArray& bytes);
};
