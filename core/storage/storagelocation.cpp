#include "storagelocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/statfs.h>
#endif

namespace {

const QString SharesKey = QStringLiteral("storage/treatAsNetworkShare");
const QString LocalKey = QStringLiteral("storage/treatAsLocalDisk");

std::unique_ptr<QSettings> machineSettings() {
    // The same file for the program and the command line, whatever their application names; the
    // default format, so that tests can send it to a folder of their own (QSettings::setPath).
    return std::make_unique<QSettings>(QSettings::defaultFormat(), QSettings::UserScope, QStringLiteral("Aan Tafel"),
                                       QStringLiteral("Aan Tafel"));
}

QString normalised(const QString& path) {
    QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
#ifdef Q_OS_WIN
    absolute = absolute.toLower();
#endif
    return absolute;
}

// The path itself or a folder above it is listed.
bool listedIn(const QStringList& entries, const QString& path) {
    const QString file = normalised(path);
    for (const QString& entry : entries) {
        const QString listed = normalised(entry);
        if (file == listed || file.startsWith(listed + u'/'))
            return true;
    }
    return false;
}

bool isUncPath(const QString& path) {
    // \\server\share\… or //server/share/… (Qt's own separators).
    return path.startsWith(QStringLiteral("\\\\")) || path.startsWith(QStringLiteral("//"));
}

// GNOME's file manager mounts Windows shares through GVFS, a FUSE file system whose statfs type
// does not say "network": /run/user/<uid>/gvfs/smb-share:server=…,share=…/…
bool isGvfsNetworkMount(const QString& absolute) {
    static const QRegularExpression gvfs(
        QStringLiteral("^/run/user/\\d+/gvfs/(smb-share|nfs|afp-volume|dav|davs|ftp|sftp)[:/]"));
    return gvfs.match(absolute).hasMatch();
}

} // namespace

std::optional<QString> StorageLocation::networkFileSystemName(qint64 type) {
    switch (quint32(type)) {
    case 0xFF534D42u: return QStringLiteral("CIFS/SMB");
    case 0xFE534D42u: return QStringLiteral("SMB2");
    case 0x517Bu: return QStringLiteral("SMB");
    case 0x6969u: return QStringLiteral("NFS");
    case 0x5346414Fu: return QStringLiteral("AFS");
    case 0x6B414653u: return QStringLiteral("AFS (kAFS)");
    case 0x73757245u: return QStringLiteral("Coda");
    case 0x564Cu: return QStringLiteral("NCP");
    case 0x01021997u: return QStringLiteral("9P");
    case 0x00C36400u: return QStringLiteral("Ceph");
    case 0x01161970u: return QStringLiteral("GFS2");
    case 0x7461636Fu: return QStringLiteral("OCFS2");
    case 0x0BD00BD0u: return QStringLiteral("Lustre");
    case 0x47504653u: return QStringLiteral("GPFS");
    default: return std::nullopt;
    }
}

StorageLocation::Probe StorageLocation::systemProbe() {
    return [](const QString& folder) -> std::optional<qint64> {
#ifdef Q_OS_WIN
        // The root of the drive ("D:\"): GetDriveTypeW wants a root with a trailing backslash.
        const QString root = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()).left(3);
        const UINT type = GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16()));
        if (type == DRIVE_UNKNOWN || type == DRIVE_NO_ROOT_DIR)
            return std::nullopt;
        return type == DRIVE_REMOTE ? WindowsRemoteDrive : 0;
#else
        struct statfs info {};
        if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
            return std::nullopt;
        return qint64(info.f_type);
#endif
    };
}

LocationInfo StorageLocation::detect(const QString& databasePath, const Probe& probe) {
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    if (isUncPath(databasePath) || isUncPath(QDir::toNativeSeparators(absolute)))
        return {Location::NetworkShare, tr("netwerkpad (UNC)"), false};
    if (isGvfsNetworkMount(absolute))
        return {Location::NetworkShare, tr("netwerkschijf via GVFS"), false};
    const std::optional<qint64> type = probe ? probe(QFileInfo(absolute).absolutePath()) : std::nullopt;
    if (!type)
        return {Location::LocalDisk, tr("soort schijf onbekend; behandeld als schijf van deze computer"), false};
#ifdef Q_OS_WIN
    if (*type == WindowsRemoteDrive)
        return {Location::NetworkShare, tr("netwerkstation"), false};
#else
    if (const std::optional<QString> name = networkFileSystemName(*type))
        return {Location::NetworkShare, tr("%1-netwerkschijf").arg(*name), false};
#endif
    return {Location::LocalDisk, tr("schijf van deze computer"), false};
}

LocationInfo StorageLocation::classify(const QString& databasePath, const Probe& probe) {
    const QByteArray environment = qgetenv("AANTAFEL_NETWORK_SHARE").trimmed();
    if (environment == "1")
        return {Location::NetworkShare, tr("omgevingsvariabele AANTAFEL_NETWORK_SHARE"), true};
    if (environment == "0")
        return {Location::LocalDisk, tr("omgevingsvariabele AANTAFEL_NETWORK_SHARE"), true};
    // The more careful choice wins when both lists name the file.
    if (listedIn(forcedShares(), databasePath))
        return {Location::NetworkShare, tr("instelling: behandelen als netwerkschijf"), true};
    if (listedIn(forcedLocal(), databasePath))
        return {Location::LocalDisk, tr("instelling: behandelen als schijf van deze computer"), true};
    return detect(databasePath, probe);
}

QStringList StorageLocation::list(const QString& key) {
    return machineSettings()->value(key).toStringList();
}

QStringList StorageLocation::forcedShares() {
    return list(SharesKey);
}

QStringList StorageLocation::forcedLocal() {
    return list(LocalKey);
}

std::optional<bool> StorageLocation::forcedFor(const QString& databasePath) {
    const QString file = normalised(databasePath);
    const auto names = [&](const QString& key) {
        const QStringList entries = list(key);
        return std::any_of(entries.cbegin(), entries.cend(), [&](const QString& e) { return normalised(e) == file; });
    };
    if (names(SharesKey))
        return true;
    if (names(LocalKey))
        return false;
    return std::nullopt;
}

void StorageLocation::setForced(const QString& databasePath, std::optional<bool> networkShare) {
    const std::unique_ptr<QSettings> settings = machineSettings();
    const QString file = normalised(databasePath);
    for (const QString& key : {SharesKey, LocalKey}) {
        QStringList entries = settings->value(key).toStringList();
        entries.removeIf([&](const QString& e) { return normalised(e) == file; });
        if (networkShare && (*networkShare == (key == SharesKey)))
            entries << file;
        if (entries.isEmpty())
            settings->remove(key);
        else
            settings->setValue(key, entries);
    }
}
