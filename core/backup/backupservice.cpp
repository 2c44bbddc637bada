#include "backupservice.h"

#include "domain/clock.h"
#include "output/fileidentity.h"
#include "output/outputfile.h"
#include "privacy/retentioncopies.h"
#include "privacy/retentionlog.h"
#include "session/exclusivehold.h"
#include "sqlitecopy.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "users/permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <optional>

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

// The copy to restore from: the chosen copy itself, or a prepared copy of it (retention runs applied
// again) that lives beside the target only while the restore runs.
class PreparedCopy {
public:
    explicit PreparedCopy(QString backupPath)
        : m_path(std::move(backupPath)) {}
    ~PreparedCopy() {
        if (m_temporary.isEmpty())
            return;
        removeJournalFiles(m_temporary);
        QFile::remove(m_temporary);
    }
    PreparedCopy(const PreparedCopy&) = delete;
    PreparedCopy& operator=(const PreparedCopy&) = delete;

    void make(const QString& folder, int busyTimeoutMs) {
        QTemporaryFile name(QDir(folder).filePath(QStringLiteral(".terugzetten-XXXXXX.tmp")));
        if (!name.open())
            throw StorageError(StorageError::Kind::Io,
                               BackupService::tr("In de map %1 kan niet worden geschreven; er is niets gewijzigd.")
                                   .arg(native(folder)));
        const QString temporary = name.fileName();
        name.close();
        name.remove();
        SqliteCopy::Connection from;
        from.open(m_path, true, busyTimeoutMs);
        m_temporary = temporary;
        SqliteCopy::copyToNewFile(from.handle(), m_temporary, busyTimeoutMs);
        m_path = m_temporary;
    }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QString m_temporary;
};

// Reads who may restore from the file itself (raw, read-only; also an older version): a file without
// users lets everybody; otherwise the account's own or linked user (or --as) must be a beheerder.
Permission restorePermission(const QString& path, const RestoreOptions& options) {
    SqliteCopy::Connection file;
    try {
        file.open(path, true, options.busyTimeoutMs);
        if (!file.hasTable("users") || file.scalar("SELECT count(*) FROM users").toInt() == 0)
            return Permission::allow();
    } catch (const StorageError&) {
        return Permission::allow(); // neither file nor copy can be read: nothing to decide by
    }
    const bool links = file.hasTable("user_accounts");
    const auto userFrom = [](const QHash<QString, QString>& row) {
        User u;
        u.id = row.value(QStringLiteral("id")).toLongLong();
        u.login = row.value(QStringLiteral("login"));
        u.name = row.value(QStringLiteral("name"));
        u.role = RoleText::fromCode(row.value(QStringLiteral("role"))).value_or(Role::Handler);
        u.active = true;
        return u;
    };
    std::optional<User> user;
    const QString account = options.account.trimmed();
    const QString login = options.asLogin.trimmed().isEmpty() ? account : options.asLogin.trimmed();
    const auto own = file.records("SELECT id, login, name, role FROM users WHERE active = 1 AND login = :login "
                                  "COLLATE NOCASE",
                                  {{QStringLiteral(":login"), login}});
    if (!own.isEmpty()) {
        const User candidate = userFrom(own.first());
        const bool mayAct =
            candidate.login.compare(account, Qt::CaseInsensitive) == 0 ||
            (links && !file.rows("SELECT 1 FROM user_accounts WHERE account = :account AND user_id = :user_id",
                                 {{QStringLiteral(":account"), account},
                                  {QStringLiteral(":user_id"), QString::number(candidate.id)}})
                           .isEmpty());
        if (mayAct)
            user = candidate;
    } else if (links && options.asLogin.trimmed().isEmpty()) {
        const auto linked = file.records(
            "SELECT u.id AS id, u.login AS login, u.name AS name, u.role AS role FROM users AS u JOIN user_accounts "
            "AS a ON a.user_id = u.id WHERE u.active = 1 AND a.account = :account",
            {{QStringLiteral(":account"), account}});
        if (linked.size() == 1)
            user = userFrom(linked.first());
    }
    return Permissions::check(user ? &*user : nullptr, Action::Restore);
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
    recordCopy(db.path(), target, BackupKind::Manual, QDateTime::currentDateTime());
}

void BackupService::backupFile(const QString& databasePath, const QString& target, int busyTimeoutMs) {
    copyFile(databasePath, target, busyTimeoutMs);
    recordCopy(databasePath, target, BackupKind::Manual, QDateTime::currentDateTime());
}

bool BackupService::recordCopy(const QString& databasePath, const QString& copyPath, BackupKind kind,
                               const QDateTime& at) {
    try {
        SqliteCopy::Connection connection;
        connection.open(databasePath, false, 5000);
        if (!connection.hasTable("backup_copies"))
            return false;
        connection.exec("INSERT OR REPLACE INTO backup_copies (path, made_at, kind) VALUES (:path, :made_at, :kind)",
                        {{QStringLiteral(":path"), QFileInfo(copyPath).absoluteFilePath()},
                         {QStringLiteral(":made_at"), SqlValue::moment(at).toString()},
                         {QStringLiteral(":kind"), BackupKinds::code(kind)}});
        return true;
    } catch (const StorageError&) {
        return false;
    }
}

QString BackupService::automaticBackup(const QString& databasePath, const QString& directory, int keep,
                                       const QDateTime& now, int busyTimeoutMs) {
    removeStaleTemporaries(databasePath, directory);
    const QList<BackupEntry> existing = list(databasePath, directory);
    const bool madeToday = std::any_of(existing.cbegin(), existing.cend(), [&](const BackupEntry& e) {
        return e.automatic && e.made.date() == now.toLocalTime().date();
    });
    if (madeToday)
        return {};
    const QString target = automaticName(databasePath, directory, now);
    if (QFileInfo::exists(target))
        return {};
    copyFile(databasePath, target, busyTimeoutMs);
    // Only a copy that passes the full check may push an older one out: a damaged file opened day
    // after day must not leave only damaged copies.
    if (const QStringList problems = fullCheck(target, busyTimeoutMs); !problems.isEmpty()) {
        QFile::remove(target);
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is beschadigd; er is geen nieuwe automatische reservekopie gemaakt en de oudere "
                              "kopieën blijven bewaard. Zet een reservekopie terug.")
                               .arg(native(databasePath)),
                           problems.join(QLatin1Char('\n')));
    }
    recordCopy(databasePath, target, BackupKind::Automatic, now);
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

int BackupService::removeStaleTemporaries(const QString& databasePath, const QString& directory) {
    // The temporaries of the automatic copies of this file (SqliteCopy::writeNewFile), with their companions.
    const QRegularExpression automatic = automaticPattern(databasePath);
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSecs);
    int removed = 0;
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& file : files) {
        const QString base = SqliteCopy::temporaryTargetBase(file.fileName());
        if (!base.isEmpty() && automatic.match(base + u'.' + Database::FileSuffix).hasMatch() &&
            file.lastModified().toUTC() < staleBefore && QFile::remove(file.absoluteFilePath()))
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

void BackupService::copyFile(const QString& databasePath, const QString& target, int busyTimeoutMs) {
    // The target is judged before the file is touched: even a look inside may create its companions.
    if (const QString refused = OutputFile::refusal(target, {databasePath});
        !refused.isEmpty() && !QFileInfo(target).isFile())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("De reservekopie kan niet als %1 worden opgeslagen: %2. Er is niets gewijzigd.")
                               .arg(native(target), refused));
    // Never copy what is not ours; the pages are checked in the copy (copyToNewFile).
    SqliteCopy::inspect(databasePath, busyTimeoutMs, false);
    SqliteCopy::Connection source;
    // Read-write so that a file in WAL mode is read with its log, exactly as the program sees it.
    source.open(databasePath, false, busyTimeoutMs);
    SqliteCopy::copyToNewFile(source.handle(), target, busyTimeoutMs);
}

QStringList BackupService::fullCheck(const QString& path, int busyTimeoutMs) {
    QStringList problems;
    try {
        SqliteCopy::Connection connection;
        connection.open(path, true, busyTimeoutMs);
        for (const QStringList& row : connection.rows("PRAGMA integrity_check")) {
            if (row.value(0) != QLatin1String("ok"))
                problems << row.value(0);
        }
        for (const auto& row : connection.records("PRAGMA foreign_key_check")) {
            problems << QStringLiteral("foreign key: %1 row %2 → %3")
                            .arg(row.value(QStringLiteral("table")), row.value(QStringLiteral("rowid")),
                                 row.value(QStringLiteral("parent")));
        }
    } catch (const StorageError& e) {
        problems << e.message();
    }
    return problems;
}

QDateTime BackupService::lastChange(const QString& path, int busyTimeoutMs) {
    return SqliteCopy::inspect(path, busyTimeoutMs, false).lastChange;
}

QString RestoreResult::reappliedText() const {
    if (reappliedRuns == 0)
        return {};
    return BackupService::
        tr("De reservekopie was ouder dan %n vernietigingsronde/vernietigingsrondes van de bewaartermijn; die is/zijn "
           "opnieuw toegepast (%1 zaken) voordat het bestand weer in gebruik ging.",
           nullptr, reappliedRuns)
            .arg(reappliedCases);
}

RestoreResult BackupService::restore(const QString& backupPath, const QString& targetPath,
                                     const RestoreOptions& options, const QDateTime& now) {
    const SqliteCopy::Inspection copy = SqliteCopy::inspect(backupPath, options.busyTimeoutMs);
    const QString target = native(targetPath);
    const QFileInfo targetInfo(targetPath);
    if (FileIdentity::same(backupPath, targetPath) ||
        QFileInfo(backupPath).absoluteFilePath() == targetInfo.absoluteFilePath())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Een bestand kan niet op zichzelf worden teruggezet; er is niets gewijzigd."));
    if (!OutputFile::representable(targetPath))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("De naam %1 bevat tekens die op dit systeem geen bestandsnaam kunnen vormen; er is niets "
                              "gewijzigd.")
                               .arg(target));
    if (targetInfo.isDir())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is een map, geen gemeentebestand; er is niets gewijzigd.").arg(target));
    if (targetInfo.exists() && !targetInfo.isFile())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("%1 is geen gewoon bestand (maar bijvoorbeeld een apparaat); er is niets gewijzigd.").arg(target));
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("De map %1 bestaat niet; er is niets gewijzigd.").arg(native(targetInfo.absolutePath())));

    // The file to ourselves before anything is looked at: running writers finish first (or the
    // restore is refused), and none can start until the copy is back. So the check below and the
    // safety copy see the file exactly as it is replaced, and no write lands in between.
    std::optional<ExclusiveHold> hold;
    if (targetInfo.exists())
        hold.emplace(targetPath, ExclusiveHold::Purpose::Restore, options.holdWaitMs, options.account);

    // A damaged target is exactly what a restore is for: it is neither compared nor copied page by page.
    const bool exists = targetInfo.exists();
    bool healthy = exists;
    if (exists) {
        try {
            SqliteCopy::inspect(targetPath, options.busyTimeoutMs);
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::Locked)
                throw;
            healthy = false;
        }
    }
    // Who may: a beheerder of the file, or of the copy when the file cannot be read.
    if (const Permission p = restorePermission(healthy ? targetPath : backupPath, options); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    RestoreResult result;
    const QDir safetyDir(options.safetyDirectory.isEmpty() ? defaultDirectory(targetPath) : options.safetyDirectory);
    // Destroyed data does not come back: the retention runs the copy predates are applied to a
    // prepared copy before anything is put in place.
    PreparedCopy prepared(backupPath);
    {
        QList<QList<RetentionRunRecord>> known;
        if (healthy)
            known << RetentionLog::runsOf(targetPath);
        for (const BackupEntry& entry : list(targetPath, safetyDir.absolutePath())) {
            try {
                known << RetentionLog::runsOf(entry.path);
            } catch (const StorageError&) {
                // An unreadable copy tells nothing.
            }
        }
        const QList<RetentionRunRecord> missing = RetentionLog::missingFrom(backupPath, RetentionLog::merged(known));
        if (!missing.isEmpty()) {
            prepared.make(targetInfo.absolutePath(), options.busyTimeoutMs);
            const FixedClock clock(now);
            result.reappliedCases = RetentionCopies::scrub(prepared.path(), missing, clock, options.account);
            result.reappliedRuns = int(missing.size());
        }
    }
    const QString source = prepared.path();

    if (!exists) {
        SqliteCopy::Connection from;
        from.open(source, true, options.busyTimeoutMs);
        SqliteCopy::copyToNewFile(from.handle(), targetPath, options.busyTimeoutMs);
        return result;
    }

    // The target as it was goes aside first, so that even a mistaken restore loses nothing.
    SqliteCopy::CreatedFolders folders(safetyDir.absolutePath());
    if (!folders.ok())
        throw StorageError(StorageError::Kind::Io, tr("%1 kon niet opzij worden gezet in %2; er is niets gewijzigd.")
                                                       .arg(target, native(safetyDir.absolutePath())));
    result.safetyCopy = freeName(safetyDir, stemOf(targetPath) + QStringLiteral("-voor-terugzetten-") +
                                                now.toLocalTime().toString(StampFormat));
    if (healthy) {
        // Through the backup API the target changes in one transaction of its own, WAL included. Its
        // write lock is taken first, so that even a writer outside the gate cannot commit meanwhile.
        SqliteCopy::Connection current;
        current.open(targetPath, false, options.busyTimeoutMs);
        SqliteCopy::Connection from;
        from.open(source, true, options.busyTimeoutMs);
        SqliteCopy::Replacement replacement(from.handle(), current.handle(), targetPath, options.busyTimeoutMs);

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
        for (const LockRecord& r : hold->others())
            present << r.describe();
        if (!present.isEmpty()) {
            throw StorageError(StorageError::Kind::Locked,
                               tr("%1 is beschadigd en is nog geopend door %2. Een beschadigd bestand kan pas worden "
                                  "vervangen als niemand het meer open heeft; er is niets gewijzigd.")
                                   .arg(target, present.join(QStringLiteral(", "))));
        }
        if (!QFile::copy(targetPath, result.safetyCopy))
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 kon niet opzij worden gezet in %2; er is niets gewijzigd.")
                                   .arg(target, native(safetyDir.absolutePath())));
        const QString fresh =
            freeName(QFileInfo(targetPath).absoluteDir(), stemOf(targetPath) + QStringLiteral("-terugzetten"));
        SqliteCopy::Connection from;
        from.open(source, true, options.busyTimeoutMs);
        SqliteCopy::copyToNewFile(from.handle(), fresh, options.busyTimeoutMs);
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
    folders.keep();
    SqliteCopy::inspect(targetPath, options.busyTimeoutMs);
    // The restored file knows its own safety copy, so that a later retention run finds it.
    recordCopy(targetPath, result.safetyCopy, BackupKind::Safety, now);
    return result;
}
