#include "backupservice.h"

#include "session/exclusivehold.h"
#include "sqlitecopy.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString stemOf(const QString& databasePath) {
    return QFileInfo(databasePath).completeBaseName();
}

// "<stem>-JJJJMMDD-HHMMSS.aantafel": the names of the automatic copies, and only those.
QRegularExpression automaticPattern(const QString& databasePath) {
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6})\\.%2$")
                                  .arg(QRegularExpression::escape(stemOf(databasePath)), Database::FileSuffix));
}

QString freeName(const QDir& dir, const QString& stem) {
    QString target = dir.filePath(stem + u'.' + Database::FileSuffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(stem + QStringLiteral("-%1.").arg(n) + Database::FileSuffix);
    return target;
}

QString shortMoment(const QDateTime& at) {
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm")) : BackupService::tr("nooit");
}

void removeJournalFiles(const QString& path) {
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString BackupService::defaultDirectory(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString BackupService::automaticName(const QString& databasePath, const QString& directory, const QDateTime& at) {
    return QDir(directory).filePath(stemOf(databasePath) + u'-' + at.toLocalTime().toString(StampFormat) + u'.' +
                                    Database::FileSuffix);
}

void BackupService::backup(Database& db, const QString& target) {
    auto* source = static_cast<sqlite3*>(db.sqliteHandle());
    if (!source)
        throw StorageError(StorageError::Kind::Io, Database::tr("%1 is niet geopend.").arg(native(db.path())));
    SqliteCopy::copyToNewFile(source, target, 5000);
}

void BackupService::backupFile(const QString& databasePath, const QString& target, int busyTimeoutMs) {
    // Never copy what is not ours; the pages are checked in the copy (copyToNewFile).
    SqliteCopy::inspect(databasePath, busyTimeoutMs, false);
    SqliteCopy::Connection source;
    // Read-write so that a file in WAL mode is read with its log, exactly as the program sees it.
    source.open(databasePath, false, busyTimeoutMs);
    SqliteCopy::copyToNewFile(source.handle(), target, busyTimeoutMs);
}

QString BackupService::automaticBackup(const QString& databasePath, const QString& directory, int keep,
                                       const QDateTime& now, int busyTimeoutMs) {
    const QList<BackupEntry> existing = list(databasePath, directory);
    const bool madeToday = std::any_of(existing.cbegin(), existing.cend(), [&](const BackupEntry& e) {
        return e.automatic && e.made.date() == now.toLocalTime().date();
    });
    if (madeToday)
        return {};
    const QString target = automaticName(databasePath, directory, now);
    if (QFileInfo::exists(target))
        return {};
    backupFile(databasePath, target, busyTimeoutMs);
    rotate(databasePath, directory, keep);
    return target;
}

int BackupService::rotate(const QString& databasePath, const QString& directory, int keep) {
    QList<BackupEntry> automatic = list(databasePath, directory);
    automatic.removeIf([](const BackupEntry& e) { return !e.automatic; });
    int removed = 0;
    for (qsizetype i = std::max(keep, 1); i < automatic.size(); ++i) {
        if (QFile::remove(automatic.at(i).path))
            ++removed;
    }
    return removed;
}

QList<BackupEntry> BackupService::list(const QString& databasePath, const QString& directory) {
    const QRegularExpression automatic = automaticPattern(databasePath);
    const QString prefix = stemOf(databasePath) + u'-';
    const QString self = QFileInfo(databasePath).absoluteFilePath();
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(directory).entryInfoList({QStringLiteral("*.") + Database::FileSuffix}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        // "<stem>-…" for ours, "<stem>.voor-migratie-vN" for the copy made before a migration.
        const bool mine = info.fileName().startsWith(prefix) || info.fileName().startsWith(stemOf(databasePath) + u'.');
        if (!mine || info.absoluteFilePath() == self)
            continue;
        BackupEntry entry;
        entry.path = info.absoluteFilePath();
        entry.size = info.size();
        const QRegularExpressionMatch match = automatic.match(info.fileName());
        entry.automatic = match.hasMatch();
        entry.made = entry.automatic ? QDateTime::fromString(match.captured(1), StampFormat) : QDateTime();
        if (!entry.made.isValid())
            entry.made = info.lastModified();
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return entries;
}

QDateTime BackupService::lastChange(const QString& path, int busyTimeoutMs) {
    return SqliteCopy::inspect(path, busyTimeoutMs, false).lastChange;
}

RestoreResult BackupService::restore(const QString& backupPath, const QString& targetPath,
                                     const RestoreOptions& options, const QDateTime& now) {
    const SqliteCopy::Inspection copy = SqliteCopy::inspect(backupPath, options.busyTimeoutMs);
    const QString target = native(targetPath);
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(targetPath).absoluteFilePath())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Een bestand kan niet op zichzelf worden teruggezet; er is niets gewijzigd."));

    RestoreResult result;
    if (!QFileInfo::exists(targetPath)) {
        SqliteCopy::Connection source;
        source.open(backupPath, true, options.busyTimeoutMs);
        SqliteCopy::copyToNewFile(source.handle(), targetPath, options.busyTimeoutMs);
        return result;
    }

    // The file to ourselves before anything is looked at: running writers finish first (or the
    // restore is refused), and none can start until the copy is back. So the check below and the
    // safety copy see the file exactly as it is replaced, and no write lands in between.
    ExclusiveHold hold(targetPath, ExclusiveHold::Purpose::Restore, options.holdWaitMs, options.user);

    // A damaged target is exactly what a restore is for: it is neither compared nor copied page by page.
    bool healthy = true;
    try {
        SqliteCopy::inspect(targetPath, options.busyTimeoutMs);
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Locked)
            throw;
        healthy = false;
    }

    const QDir safetyDir(options.safetyDirectory.isEmpty() ? defaultDirectory(targetPath) : options.safetyDirectory);
    result.safetyCopy = freeName(safetyDir, stemOf(targetPath) + QStringLiteral("-voor-terugzetten-") +
                                                now.toLocalTime().toString(StampFormat));
    if (healthy) {
        // Through the backup API the target changes in one transaction of its own, WAL included. Its
        // write lock is taken first, so that even a writer outside the gate cannot commit meanwhile.
        SqliteCopy::Connection current;
        current.open(targetPath, false, options.busyTimeoutMs);
        SqliteCopy::Connection source;
        source.open(backupPath, true, options.busyTimeoutMs);
        SqliteCopy::Replacement replacement(source.handle(), current.handle(), targetPath, options.busyTimeoutMs);

        SqliteCopy::Connection reader;
        reader.open(targetPath, false, options.busyTimeoutMs);
        const QDateTime targetChange = SqliteCopy::lastChange(reader);
        if (!options.force && targetChange.isValid() &&
            (!copy.lastChange.isValid() || targetChange > copy.lastChange)) {
            throw StorageError(StorageError::Kind::Conflict,
                               tr("%1 is later gewijzigd (%2) dan de reservekopie (%3); terugzetten zou die "
                                  "wijzigingen ongedaan maken. Er is niets gewijzigd.")
                                   .arg(target, shortMoment(targetChange), shortMoment(copy.lastChange)));
        }
        // The target as it was goes aside first, so that even a mistaken restore loses nothing.
        SqliteCopy::copyToNewFile(reader.handle(), result.safetyCopy, options.busyTimeoutMs);
        replacement.complete();
    } else {
        // The damaged file is replaced by another one: a program that still has it open would go on
        // writing into the old one, and those writes would be lost.
        QStringList present;
        for (const LockRecord& r : hold.others())
            present << r.describe();
        if (!present.isEmpty()) {
            throw StorageError(StorageError::Kind::Locked,
                               tr("%1 is beschadigd en is nog geopend door %2. Een beschadigd bestand kan pas worden "
                                  "vervangen als niemand het meer open heeft; er is niets gewijzigd.")
                                   .arg(target, present.join(QStringLiteral(", "))));
        }
        if (!QDir().mkpath(safetyDir.absolutePath()) || !QFile::copy(targetPath, result.safetyCopy))
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 kon niet opzij worden gezet in %2; er is niets gewijzigd.")
                                   .arg(target, native(safetyDir.absolutePath())));
        const QString fresh =
            freeName(QFileInfo(targetPath).absoluteDir(), stemOf(targetPath) + QStringLiteral("-terugzetten"));
        SqliteCopy::Connection source;
        source.open(backupPath, true, options.busyTimeoutMs);
        SqliteCopy::copyToNewFile(source.handle(), fresh, options.busyTimeoutMs);
        // A log left beside the damaged file would otherwise be replayed onto the restored one.
        removeJournalFiles(targetPath);
        // Atomic where the system allows replacing (POSIX); elsewhere the damaged file is already set aside.
        const bool replaced =
            std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(targetPath).constData()) == 0 ||
            (QFile::remove(targetPath) && QFile::rename(fresh, targetPath));
        if (!replaced) {
            QFile::remove(fresh);
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 kon niet worden vervangen; het staat nog zoals het was, een kopie staat in %2.")
                                   .arg(target, native(result.safetyCopy)));
        }
    }
    SqliteCopy::inspect(targetPath, options.busyTimeoutMs);
    return result;
}
