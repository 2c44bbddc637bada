#include "mailfilereader.h"

#include "mimemessagereader.h"
#include "outlookmessagereader.h"

MailReader::Result MailFileReader::read(const QString& fileName, const QByteArray& bytes) const {
    if (OutlookMessageReader::isCompoundFile(bytes) || fileName.endsWith(QLatin1String(".msg"), Qt::CaseInsensitive))
        return OutlookMessageReader::read(fileName, bytes);
    return MimeMessageReader::read(fileName, bytes);
}
