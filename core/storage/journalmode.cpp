#include "journalmode.h"

#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

QString JournalMode::current(Database& db) {
    return SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower();
}

void JournalMode::useWriteAheadLog(Database& db) {
    SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    SqlQuery::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void JournalMode::useRollbackJournal(Database& db, const QString& others) {
    const QString file = native(db.path());
    const auto refuse = [&](const QString& detail) {
        return StorageError(
            StorageError::Kind::Locked,
            others.isEmpty()
                ? tr("%1 staat op een netwerkschijf en heeft nog een schrijflogboek (WAL), dat over het netwerk niet "
                     "veilig is. Het wordt omgezet zodra geen ander programma het bestand meer open heeft; nu is "
                     "het nog ergens geopend. Er is niets gewijzigd.")
                      .arg(file)
                : tr("%1 staat op een netwerkschijf en heeft nog een schrijflogboek (WAL), dat over het netwerk niet "
                     "veilig is. Het wordt omgezet zodra geen ander programma het bestand meer open heeft; nu is "
                     "het nog geopend door %2. Er is niets gewijzigd.")
                      .arg(file, others),
            detail);
    };
    if (current(db) == QLatin1String("wal")) {
        bool busy = false;
        QString detail;
        try {
            // Every page of the log into the file first; busy means another connection still reads or writes.
            SqlQuery checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            checkpoint.exec();
            busy = checkpoint.next() && checkpoint.value(0).toInt() != 0;
            checkpoint.finish();
            if (busy) {
                detail = QStringLiteral("wal_checkpoint(TRUNCATE) busy");
            } else {
                const QString mode = SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString();
                busy = mode.toLower() != QLatin1String("delete");
                detail = QStringLiteral("journal_mode stayed %1").arg(mode);
            }
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::Locked)
                throw;
            busy = true;
            detail = e.detail();
        }
        if (busy)
            throw refuse(detail);
        // Verified as a colleague would find it: the mode, no log beside the file, the header.
        const qint64 logSize = QFileInfo(db.path() + QStringLiteral("-wal")).size();
        if (current(db) != QLatin1String("delete") || logSize > 0 || headerVersion(db.path()) != 1) {
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 kon niet veilig worden omgezet naar de werkwijze voor een netwerkschijf. Zet "
                                  "het bestand op een schijf van deze computer of vraag uw ICT-afdeling om hulp.")
                                   .arg(file),
                               QStringLiteral("after conversion: mode %1, wal %2 bytes, header %3")
                                   .arg(current(db))
                                   .arg(logSize)
                                   .arg(headerVersion(db.path())));
        }
    } else {
        SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    // With a rollback journal NORMAL can lose the last commit on power loss; FULL cannot.
    SqlQuery::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

int JournalMode::headerVersion(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(20);
    return header.size() == 20 ? int(quint8(header.at(18))) : 0;
}
