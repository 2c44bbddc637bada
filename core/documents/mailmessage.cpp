#include "mailmessage.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

bool MailReader::isMailFile(const QString& fileName) {
    return fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive) ||
           fileName.endsWith(QLatin1String(".msg"), Qt::CaseInsensitive);
}

MailReader::Result MailReader::readFile(const QString& path, qint64 maxBytes) const {
    Result result;
    try {
        Database::requireRegularFile(path);
    } catch (const StorageError& e) {
        result.error = e.message();
        return result;
    }
    const QFileInfo info(path);
    if (info.size() > maxBytes) {
        result.error =
            tr("Het bericht %1 is %2 MB; een document mag hoogstens %3 MB zijn. Er is niets geregistreerd.")
                .arg(info.fileName(), QLocale(QLocale::Dutch).toString(double(info.size()) / (1024.0 * 1024.0), 'f', 1),
                     QLocale(QLocale::Dutch).toString(double(maxBytes) / (1024.0 * 1024.0), 'f', 1));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Het bericht %1 kan niet worden gelezen: %2.").arg(info.fileName(), file.errorString());
        return result;
    }
    return read(info.fileName(), file.readAll());
}
