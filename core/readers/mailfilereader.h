// The MailReader the entry points hand to core: an Outlook message (an OLE2 compound file, whatever its
// name) through OutlookMessageReader, anything else as an Internet message through MimeMessageReader.
#pragma once

#include "documents/mailmessage.h"

class MailFileReader final : public MailReader {
public:
    Result read(const QString& fileName, const QByteArray& bytes) const override;
};
