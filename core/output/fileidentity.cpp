#include "fileidentity.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <QHash>
#else
#include <sys/stat.h>
#endif

std::optional<FileIdentity> FileIdentity::of(const QString& path) {
    if (path.isEmpty())
        return std::nullopt;
#ifdef Q_OS_WIN
    // Without a volume serial and file index (GetFileInformationByHandle) the canonical path is the
    // closest identity: it resolves links and "..", not hard links.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    return FileIdentity{0, quint64(qHash(canonical.toCaseFolded()))};
#else
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
#endif
}

bool FileIdentity::same(const QString& a, const QString& b) {
    const std::optional<FileIdentity> first = of(a);
    return first && first == of(b);
}
