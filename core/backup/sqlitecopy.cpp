#include "sqlitecopy.h"

#include "output/outputfile.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static QString notOurs(const QString& file) {
        return tr("%1 is geen Aan Tafel-bestand of reservekopie daarvan.").arg(file);
    }
    static QString damaged(const QString& file) {
        return tr("%1 is beschadigd en kan niet als reservekopie dienen.").arg(file);
    }
    static QString newer(const QString& file, int version) {
        return tr("%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie kent tot en "
                  "met %3). Werk Aan Tafel bij om deze reservekopie te gebruiken.")
            .arg(file)
            .arg(version)
            .arg(Database::CurrentVersion);
    }
    static QString exists(const QString& file) {
        return tr("%1 bestaat al; kies een andere naam voor de reservekopie.").arg(file);
    }
    static QString folderNotWritable(const QString& folder) {
        return tr("In de map %1 kan niet worden geschreven; de reservekopie is niet gemaakt. Kies een andere map.")
            .arg(folder);
    }
    static QString refused(const QString& file, const QString& reason) {
        return tr("De reservekopie kan niet als %1 worden opgeslagen: %2. Er is niets gewijzigd.").arg(file, reason);
    }
    static QString notRenamed(const QString& file) {
        return tr("De reservekopie kon niet als %1 worden opgeslagen; er is niets gewijzigd.").arg(file);
    }
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

namespace SqliteCopy {

CreatedFolders::CreatedFolders(const QString& folder) {
    // The outermost folder that does not exist yet is the one to remove again on failure.
    QString missing;
    for (QFileInfo at(QFileInfo(folder).absoluteFilePath()); !at.exists() && !at.isSymLink();
         at = QFileInfo(at.absolutePath())) {
        missing = at.absoluteFilePath();
        if (at.isRoot() || at.absolutePath() == at.absoluteFilePath())
            break;
    }
    m_ok = QDir().mkpath(folder);
    if (!missing.isEmpty()) {
        for (QString at = QFileInfo(folder).absoluteFilePath(); at.startsWith(missing);
             at = QFileInfo(at).absolutePath()) {
            m_created.append(at);
            if (at == missing)
                break;
        }
    }
}

CreatedFolders::~CreatedFolders() {
    if (m_kept)
        return;
    // Deepest first; a folder something else wrote into meanwhile is not empty and stays.
    for (const QString& folder : std::as_const(m_created))
        QDir().rmdir(folder);
}

} // namespace SqliteCopy

namespace SqliteCopy {

Connection::~Connection() {
    if (m_db)
        sqlite3_close_v2(m_db);
    if (!m_path.isEmpty())
        OutputFile::releaseOpenFile(m_path);
}

void Connection::open(const QString& path, bool readOnly, int busyTimeoutMs) {
    m_path = path;
    OutputFile::protectOpenFile(m_path);
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        throw StorageError::fromSqlite(rc, detail, path);
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

namespace {

QString columnText(sqlite3_stmt* statement, int column) {
    const auto* text = sqlite3_column_text(statement, column);
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

} // namespace

QString Connection::scalar(const char* sql) {
    QString value;
    bool first = true;
    each(sql, {}, [&value, &first](sqlite3_stmt* statement, int) {
        if (first)
            value = columnText(statement, 0);
        first = false;
    });
    return value;
}

void Connection::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    const QString detail = QString::fromUtf8(message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throw StorageError::fromSqlite(rc, detail, m_path);
}

void Connection::exec(const char* sql, const Parameters& parameters) {
    each(sql, parameters, [](sqlite3_stmt*, int) {});
}

QList<QStringList> Connection::rows(const char* sql, const Parameters& parameters) {
    QList<QStringList> result;
    each(sql, parameters, [&result](sqlite3_stmt* statement, int columns) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << columnText(statement, c);
        result << row;
    });
    return result;
}

QList<QHash<QString, QString>> Connection::records(const char* sql, const Parameters& parameters) {
    QList<QHash<QString, QString>> result;
    each(sql, parameters, [&result](sqlite3_stmt* statement, int columns) {
        QHash<QString, QString> row;
        for (int c = 0; c < columns; ++c)
            row.insert(QString::fromUtf8(sqlite3_column_name(statement, c)), columnText(statement, c));
        result << row;
    });
    return result;
}

void Connection::each(const char* sql, const Parameters& parameters,
                      const std::function<void(sqlite3_stmt*, int)>& visit) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    for (auto it = parameters.cbegin(); rc == SQLITE_OK && it != parameters.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(statement, it.key().toUtf8().constData());
        const QByteArray utf8 = it.value().toUtf8();
        rc = index == 0 ? SQLITE_RANGE
                        : sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    while (rc == SQLITE_OK) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            rc = step;
            break;
        }
        visit(statement, sqlite3_column_count(statement));
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK)
        throw StorageError::fromSqlite(rc, detail, m_path);
}

bool Connection::hasTable(const char* name) {
    return !rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name",
                 {{QStringLiteral(":name"), QString::fromUtf8(name)}})
                .isEmpty();
}

void copy(sqlite3* source, sqlite3* target, const QString& targetPath, int busyTimeoutMs) {
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        throw StorageError::fromSqlite(sqlite3_errcode(target), QString::fromUtf8(sqlite3_errmsg(target)), targetPath);
    int rc = SQLITE_OK;
    int waited = 0;
    do {
        // All pages in one step: the copy is a single read snapshot of the source.
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            waited += 50;
        }
    } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited <= busyTimeoutMs);
    const int finish = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        rc = finish;
    if (rc != SQLITE_OK)
        throw StorageError::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(target)), targetPath);
}

Replacement::Replacement(sqlite3* source, sqlite3* target, const QString& targetPath, int busyTimeoutMs)
    : m_target(target)
    , m_targetPath(targetPath)
    , m_busyTimeoutMs(busyTimeoutMs) {
    m_backup = sqlite3_backup_init(target, "main", source, "main");
    if (!m_backup)
        throw StorageError::fromSqlite(sqlite3_errcode(target), QString::fromUtf8(sqlite3_errmsg(target)), targetPath);
    // A step of no pages opens the write transaction on the target and keeps it until the end.
    const int rc = step(0);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_backup_finish(m_backup);
        m_backup = nullptr;
        throw StorageError::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(target)), targetPath);
    }
}

Replacement::~Replacement() {
    if (m_backup)
        sqlite3_backup_finish(m_backup); // before SQLITE_DONE: the target's transaction rolls back
}

int Replacement::step(int pages) {
    int rc = SQLITE_OK;
    int waited = 0;
    do {
        rc = sqlite3_backup_step(m_backup, pages);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            return rc;
        sqlite3_sleep(50);
        waited += 50;
    } while (waited <= m_busyTimeoutMs);
    return rc;
}

void Replacement::complete() {
    int rc = step(-1);
    const int finish = sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (rc == SQLITE_DONE)
        rc = finish;
    if (rc != SQLITE_OK)
        throw StorageError::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_target)), m_targetPath);
}

void copyToNewFile(sqlite3* source, const QString& targetPath, int busyTimeoutMs) {
    const char* sourceName = sqlite3_db_filename(source, "main");
    writeNewFile(
        targetPath, {sourceName ? QFile::decodeName(sourceName) : QString()},
        [&](const QString& temporary) {
            Connection target;
            target.open(temporary, false, busyTimeoutMs);
            copy(source, target.handle(), temporary, busyTimeoutMs);
        },
        busyTimeoutMs);
}

void writeNewFile(const QString& targetPath, const QStringList& sources,
                  const std::function<void(const QString& temporaryPath)>& fill, int busyTimeoutMs) {
    // The same refusals as every other output: never over the source, its companions or another
    // municipality file, never a folder or a device.
    const QFileInfo info(targetPath);
    if (info.isFile())
        throw StorageError(StorageError::Kind::Invalid, Texts::exists(native(targetPath)));
    if (const QString refused = OutputFile::refusal(targetPath, sources); !refused.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, Texts::refused(native(targetPath), refused));
    if (info.exists() || info.isSymLink())
        throw StorageError(StorageError::Kind::Invalid, Texts::exists(native(targetPath)));
    const QString folder = info.absolutePath();
    CreatedFolders created(folder);
    if (!created.ok())
        throw StorageError(StorageError::Kind::Io, Texts::folderNotWritable(native(folder)));
    // The temporary name reserves a fresh file; SQLite treats an empty file as a new database. Its form is
    // temporaryTargetBase()'s.
    QTemporaryFile reserve(QDir(folder).filePath(QStringLiteral(".%1-XXXXXX.tmp").arg(info.completeBaseName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        throw StorageError(StorageError::Kind::Io, Texts::folderNotWritable(native(folder)), reserve.errorString());
    const QString temporary = reserve.fileName();
    reserve.close();
    const auto removeTemporary = [&] {
        for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(temporary + suffix);
    };
    try {
        fill(temporary);
        {
            Connection target;
            target.open(temporary, false, busyTimeoutMs);
            // A backup is one file that can be mailed or copied on its own, without a -wal beside it.
            target.scalar("PRAGMA journal_mode = DELETE");
            if (target.scalar("PRAGMA quick_check") != QLatin1String("ok"))
                throw StorageError(StorageError::Kind::Corrupt, Texts::damaged(native(targetPath)));
        }
        if (!QFile::rename(temporary, targetPath))
            throw StorageError(StorageError::Kind::Io, Texts::notRenamed(native(targetPath)));
        // A lock file the fill left behind belongs to nobody.
        QFile::remove(temporary + QStringLiteral(".lock"));
    } catch (...) {
        removeTemporary();
        throw;
    }
    created.keep();
}

QString temporaryTargetBase(const QString& fileName) {
    // writeNewFile()'s template and the companions its removeTemporary() lists.
    static const QRegularExpression temporary(
        QStringLiteral("^\\.(.+)-[A-Za-z0-9]{6}\\.tmp(?:-journal|-wal|-shm|\\.lock)?$"));
    const QRegularExpressionMatch match = temporary.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}

QDateTime lastChange(Connection& connection) {
    // Every change writes an audit row in its own transaction; updated_at covers files whose audit
    // trail was trimmed. Both are UTC ISO text, so text order is time order.
    const QString audit = connection.scalar("SELECT max(at) FROM audit_log");
    const QString updated = connection.scalar("SELECT max(updated_at) FROM cases");
    const QString newest = std::max(audit, updated);
    if (newest.isEmpty())
        return {};
    return QDateTime::fromString(newest, Qt::ISODateWithMs);
}

Inspection inspect(const QString& path, int busyTimeoutMs, bool checkPages) {
    const QString file = native(path);
    Database::requireRegularFile(path);
    Connection connection;
    connection.open(path, true, busyTimeoutMs);
    Inspection result;
    try {
        if (connection.scalar("PRAGMA application_id").toInt() != Database::ApplicationId)
            throw StorageError(StorageError::Kind::NotOurs, Texts::notOurs(file));
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Corrupt || e.kind() == StorageError::Kind::Io)
            throw StorageError(StorageError::Kind::NotOurs, Texts::notOurs(file), e.detail());
        throw;
    }
    result.version = connection.scalar("PRAGMA user_version").toInt();
    if (result.version > Database::CurrentVersion)
        throw StorageError(StorageError::Kind::Newer, Texts::newer(file, result.version));
    if (checkPages && connection.scalar("PRAGMA quick_check") != QLatin1String("ok"))
        throw StorageError(StorageError::Kind::Corrupt, Texts::damaged(file));
    result.lastChange = lastChange(connection);
    result.cases = connection.scalar("SELECT count(*) FROM cases").toLongLong();
    return result;
}

} // namespace SqliteCopy
