#include "retentioncopies.h"

#include "backup/backupservice.h"
#include "retention.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

QStringList RetentionCopies::known(Database& db, const QStringList& extraFolders) {
    const QString file = db.path();
    const QString self = QFileInfo(file).absoluteFilePath();
    QSet<QString> paths;
    // A team server has no folder beside it: its copies are the ones recorded in backup_copies (aantafel-cli
    // backup of the server records the copies a beheerder makes) and those in the folders asked for.
    const bool server = db.isServer();
    QStringList folders;
    if (!server)
        folders << BackupService::defaultDirectory(file);
    folders += extraFolders;
    for (const QString& folder : std::as_const(folders)) {
        if (folder.isEmpty())
            continue;
        for (const BackupEntry& entry : BackupService::list(file, folder))
            paths.insert(QFileInfo(entry.path).absoluteFilePath());
    }
    // Beside the file only the copies made before a migration: other files there are other municipalities.
    if (!server) {
        const QFileInfo info(file);
        const QRegularExpression migration(
            QStringLiteral("^%1\\.voor-migratie-v\\d+(-\\d+)?\\.%2$")
                .arg(QRegularExpression::escape(info.completeBaseName()), Database::FileSuffix));
        for (const QFileInfo& entry : info.absoluteDir().entryInfoList(QDir::Files)) {
            if (migration.match(entry.fileName()).hasMatch())
                paths.insert(entry.absoluteFilePath());
        }
    }
    SqlQuery recorded(db, QStringLiteral("SELECT path FROM backup_copies ORDER BY path"));
    recorded.exec();
    while (recorded.next()) {
        const QFileInfo copy(recorded.value(0).toString());
        if (copy.isFile())
            paths.insert(copy.absoluteFilePath());
    }
    paths.remove(self);
    QStringList result(paths.cbegin(), paths.cend());
    std::sort(result.begin(), result.end());
    return result;
}

QList<RetentionCopy> RetentionCopies::stale(Database& db, const QStringList& extraFolders) {
    const QList<RetentionRunRecord> runs = RetentionLog::runs(db);
    QList<RetentionCopy> result;
    if (runs.isEmpty())
        return result;
    for (const QString& path : known(db, extraFolders)) {
        RetentionCopy copy;
        copy.path = path;
        copy.made = QFileInfo(path).lastModified();
        try {
            BackupService::lastChange(path); // ours and readable
        } catch (const StorageError&) {
            copy.readable = false;
        }
        copy.missing = RetentionLog::missingFrom(path, runs);
        if (!copy.missing.isEmpty())
            result << copy;
    }
    return result;
}

int RetentionCopies::scrub(const QString& copyPath, const QList<RetentionRunRecord>& runs, const Clock& clock,
                           const QString& user) {
    OpenOptions options;
    options.copy = true; // no pre-migration copy of it, no -wal beside it
    options.fullCheck = true;
    std::unique_ptr<Database> copy = Database::open(copyPath, options);
    Retention retention(*copy, clock, user);
    int changed = 0;
    for (const RetentionRunRecord& run : runs)
        changed += retention.reapply(run).cases;
    return changed;
}

void RetentionCopies::remove(const QString& copyPath) {
    for (const QString& suffix : {QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copyPath + suffix);
    if (QFileInfo::exists(copyPath) && !QFile::remove(copyPath))
        throw StorageError(
            StorageError::Kind::Io,
            tr("De reservekopie %1 kan niet worden verwijderd.").arg(QDir::toNativeSeparators(copyPath)));
}
