#include "database.h"

#include "deadlinestore.h"

#include "../backup/sqlitecopy.h"
#include "../output/outputfile.h"

#include "busywait.h"
#include "fileaccess.h"
#include "journalmode.h"
#include "migrations.h"
#include "serverconnection.h"
#include "serverlocation.h"
#include "serverschema.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace {

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("aantafel-%1").arg(++counter);
}

quint32 bigEndian32(const QByteArray& bytes, int offset) {
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// The checks that need no SQLite connection at all, so that a file that is not ours is never
// opened by the driver: existence, the SQLite magic, our application id (header offset 68) and a
// file shorter than its header says (a truncated copy).
// Returns whether the header's page count could be checked against the file size; when it could
// not, only the full check can tell a truncated file.
bool inspectHeader(const QString& path) {
    const QString file = nativePath(path);
    QFile f(path);
    Database::requireRegularFile(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io, Database::tr("%1 kan niet worden gelezen.").arg(file),
                           f.errorString());
    const QByteArray header = f.read(100);
    const qint64 size = f.size();
    f.close();

    const QByteArrayView magic("SQLite format 3\0", 16);
    if (header.size() < magic.size() || !header.startsWith(magic))
        throw StorageError(StorageError::Kind::NotSQLite, Database::tr("%1 is geen Aan Tafel-bestand.").arg(file));
    const QString damaged =
        Database::tr("%1 is beschadigd of onvolledig en kan niet worden geopend. Zet een reservekopie terug.")
            .arg(file);
    if (header.size() < 100)
        throw StorageError(StorageError::Kind::Corrupt, damaged, QStringLiteral("header shorter than 100 bytes"));
    if (bigEndian32(header, 68) != quint32(Database::ApplicationId)) {
        throw StorageError(
            StorageError::Kind::NotOurs,
            Database::tr("%1 is geen Aan Tafel-bestand: het is een database van een ander programma.").arg(file));
    }
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw StorageError(StorageError::Kind::Corrupt, damaged, QStringLiteral("invalid page size"));
    // With a write-ahead log the main file may legitimately lag behind its header until the log is
    // checkpointed; then quick_check decides.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return true;
    const qint64 pages = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 92) == bigEndian32(header, 24);
    if (size % pageSize != 0 || (pageCountValid && size < pages * pageSize)) {
        throw StorageError(
            StorageError::Kind::Corrupt, damaged,
            QStringLiteral("file has %1 bytes, header says %2 pages of %3").arg(size).arg(pages).arg(pageSize));
    }
    return pageCountValid;
}

} // namespace

void Database::requireRegularFile(const QString& path) {
    const QString file = nativePath(path);
    const QFileInfo info(path);
    if (info.isFile())
        return;
    if (!OutputFile::representable(path))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("De naam %1 bevat tekens die dit systeem niet kan weergeven (geen geldige UTF-8); het "
                              "bestand kan zo niet worden gevonden. Geef het bestand een naam zonder die tekens.")
                               .arg(file));
    if (info.isDir())
        throw StorageError(StorageError::Kind::NotSQLite, tr("%1 is een map, geen gemeentebestand.").arg(file));
    if (info.exists())
        throw StorageError(
            StorageError::Kind::NotSQLite,
            tr("%1 is geen gewoon bestand (maar bijvoorbeeld een apparaat) en dus geen gemeentebestand.").arg(file));
    if (info.isSymLink())
        throw StorageError(
            StorageError::Kind::NotFound,
            tr("%1 verwijst naar %2, en dat bestand bestaat niet.").arg(file, nativePath(info.symLinkTarget())));
    throw StorageError(StorageError::Kind::NotFound, tr("Het bestand %1 bestaat niet.").arg(file));
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
    , m_readOnly(readOnly) {
    // While it is open, no output of this process may be written over the file or its companions.
    OutputFile::protectOpenFile(m_path);
}

Database::Database(const ServerLocation& location, bool readOnly)
    : m_path(location.url())
    , m_readOnly(readOnly)
    , m_dialect(SqlBackend::PostgreSQL)
    , m_server(std::make_unique<ServerConnection>(location))
    , m_serverLogin(location.user) {
    m_db = m_server->connection();
}

Database::~Database() {
    if (m_server) {
        m_db = QSqlDatabase();
        m_server.reset(); // closes and removes its connection
        return;
    }
    OutputFile::releaseOpenFile(m_path);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_access.reset(); // the record goes only after the connection is closed
}

bool Database::isServerLocation(const QString& text) {
    return ServerLocation::isServerLocation(text);
}

std::unique_ptr<Database> Database::openAny(const QString& text, const OpenOptions& options) {
    if (isServerLocation(text))
        return openServer(ServerLocation::parse(text), options);
    return open(text, options);
}

namespace {

// The session's settings, one statement: how long a statement waits for a colleague's lock, whether it
// may write, and the planner's price of an index lookup. PostgreSQL's default random_page_cost (4) prices
// an index lookup for spinning disks, and then reads the whole register where the program reads a few rows
// by their key (the deadline overview; README, "Performance"). A municipality's database fits in the memory
// of any current server, for which PostgreSQL's documentation advises a value near seq_page_cost: this
// session takes 1.1, unless somebody chose a value (postgresql.conf, ALTER DATABASE or ALTER ROLE ... SET),
// which then stands. Likewise the session does without JIT compilation, which PostgreSQL starts for any
// statement its planner prices above jit_above_cost: a search that walks the newest cases until its page is full
// is priced as if it read the whole register, and compiling it takes longer than running it. The row also tells
// whether the database looks like a municipality this account may read: a readable server_info and the search
// configuration.
bool setUpServerSession(Database& db, const OpenOptions& options) {
    SqlRows q(db, QStringLiteral("SELECT set_config('lock_timeout', :lock_timeout, false) AS lock_timeout, ") +
                      (options.readOnly ? QStringLiteral("set_config('default_transaction_read_only', 'on', false) "
                                                         "AS read_only, ")
                                        : QString()) +
                      QStringLiteral("(SELECT set_config('random_page_cost', '1.1', false) FROM pg_settings WHERE "
                                     "name = 'random_page_cost' AND source = 'default') AS page_cost, (SELECT "
                                     "set_config('jit', 'off', false) FROM pg_settings WHERE name = 'jit' AND source "
                                     "= 'default') AS jit, CASE WHEN "
                                     "to_regclass('server_info') IS NULL THEN false ELSE "
                                     "has_table_privilege(to_regclass('server_info'), 'SELECT') AND EXISTS "
                                     "(SELECT 1 FROM pg_ts_config WHERE cfgname = 'aantafel_nl') END AS ours"));
    q.bind(QStringLiteral(":lock_timeout"), QString::number(std::max(1, options.busyTimeoutMs)));
    q.exec();
    return q.next() && q.integer(q.column(QStringLiteral("ours"))) != 0;
}

struct ServerIdentity {
    QString login;
    QString application;
    int schemaVersion = 0;
};

// Who this connection is (libpq's default login when the location names none) and what the database holds,
// one statement with the search's warm-up: the first search of a connection pays for loading the Dutch
// text-search configuration, its unaccent dictionary and the compiled pattern of searchVector() into this
// connection's server process, several times what a later search costs; this loads them before anybody
// waits for a search (README, "Performance", has the figures).
ServerIdentity readServerIdentity(Database& db) {
    SqlRows q(db, QStringLiteral("SELECT session_user AS login, (SELECT value FROM server_info WHERE key = "
                                 "'application') AS application, (SELECT value FROM server_info WHERE key = "
                                 "'schema_version') AS schema_version, ") +
                      SqlDialect::searchVector(QStringLiteral("'Élise'")) +
                      QStringLiteral(" @@ to_tsquery('aantafel_nl'::regconfig, 'elise:*') AS search_ready"));
    q.exec();
    ServerIdentity identity;
    if (q.next()) {
        identity.login = q.text(q.column(QStringLiteral("login")));
        identity.application = q.text(q.column(QStringLiteral("application")));
        identity.schemaVersion = q.text(q.column(QStringLiteral("schema_version"))).toInt();
    }
    return identity;
}

} // namespace

std::unique_ptr<Database> Database::openServer(const ServerLocation& location, const OpenOptions& options) {
    std::unique_ptr<Database> db(new Database(location, options.readOnly));
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    const QString where = location.url();
    const bool ours = setUpServerSession(*db, options);
    const ServerIdentity identity = ours ? readServerIdentity(*db) : ServerIdentity{};
    if (identity.application != QLatin1String("Aan Tafel")) {
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("De database %1 bevat geen gemeente van Aan Tafel, of uw account mag haar niet lezen. "
                              "Richt haar in met aantafel-cli server init of vraag de beheerder om toegang.")
                               .arg(where));
    }
    db->m_serverLogin = identity.login;
    // The server's own schema version (ServerSchema::Version), not the file's.
    const int version = identity.schemaVersion;
    if (version > ServerSchema::Version) {
        throw StorageError(StorageError::Kind::Newer,
                           tr("De gemeente op %1 is ingericht door een nieuwere versie van Aan Tafel (schemaversie "
                              "%2; deze versie kent tot en met %3). Werk Aan Tafel bij.")
                               .arg(where)
                               .arg(version)
                               .arg(ServerSchema::Version));
    }
    if (version < ServerSchema::Version) {
        throw StorageError(StorageError::Kind::Newer,
                           tr("De gemeente op %1 heeft schemaversie %2 en deze versie van Aan Tafel verwacht %3. Laat "
                              "de beheerder van de server haar bijwerken met aantafel-cli server upgrade (als "
                              "superuser, als niemand met Aan Tafel werkt). Er is niets gewijzigd.")
                               .arg(where)
                               .arg(version)
                               .arg(ServerSchema::Version));
    }
    return db;
}

bool Database::inTransaction() {
    if (isServer())
        return m_serverTransaction;
    auto* handle = static_cast<sqlite3*>(sqliteHandle());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

namespace {

FileAccess::Request accessRequest(const OpenOptions& options) {
    FileAccess::Request request;
    request.readOnlyWhenTaken = options.readOnlyWhenTaken;
    request.location = options.location;
    request.user = options.user;
    return request;
}

} // namespace

std::unique_ptr<Database> Database::create(const QString& path) {
    const QString file = nativePath(path);
    if (!OutputFile::representable(path))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("De naam %1 bevat tekens die op dit systeem geen bestandsnaam kunnen vormen; kies een "
                              "andere naam. Er is niets gewijzigd.")
                               .arg(file));
    if (QFileInfo(path).isDir())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("%1 is een map; kies een naam voor het nieuwe bestand. Er is niets gewijzigd.").arg(file));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 bestaat al; kies een andere naam. Er is niets gewijzigd.").arg(file));
    }
    // Creating the empty file ourselves is atomic: a file that appears in the meantime is not touched.
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        throw StorageError(StorageError::Kind::Io, tr("%1 kan niet worden aangemaakt.").arg(file), empty.errorString());
    }
    empty.close();

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), false));
    try {
        db->m_access = FileAccess::open(path, accessRequest({}));
        db->connectDriver(OpenOptions().busyTimeoutMs);
        SqlQuery::run(*db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        db->configure(OpenOptions().busyTimeoutMs, OpenOptions().cacheKiB);
        Migrations::migrate(*db);
    } catch (...) {
        db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal"), QStringLiteral(".lock")})
            QFile::remove(path + suffix);
        throw;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, const OpenOptions& options) {
    const bool sizeChecked = inspectHeader(path);
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), options.readOnly));
    db->m_copy = options.copy;
    db->connectDriver(options.busyTimeoutMs);
    db->verifyIdentity(options.fullCheck || !sizeChecked);
    if (!options.readOnly && !options.copy) {
        // Only a file accepted as ours gets a lock file beside it. A writer takes its place by the
        // lock-file protocol: under the network rules another program may be the one writer, and then
        // this one reads (or refuses).
        db->m_access = FileAccess::open(path, accessRequest(options));
        if (db->m_access->isReadOnly()) {
            db->m_readOnly = true;
            db->m_db.close();
            db->connectDriver(options.busyTimeoutMs);
        } else {
            // Can we become the writer within the busy timeout (the gate included)? Nothing is
            // written: the probe rolls back.
            Transaction probe(*db);
        }
    }
    db->migrate(options);
    return db;
}

void Database::connectDriver(int busyTimeoutMs) {
    m_busyTimeoutMs = busyTimeoutMs;
    if (!m_db.isValid()) {
        throw StorageError(
            StorageError::Kind::Io,
            tr("De SQLite-databasedriver van Qt ontbreekt; %1 kan niet worden geopend.").arg(nativePath(m_path)));
    }
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        throw StorageError::fromSqlite(ok ? code : -1, error.text(), m_path);
    }
}

// Runs only after inspectHeader() accepted the file; reads, never writes.
void Database::verifyIdentity(bool fullCheck) {
    const QString file = nativePath(m_path);
    QStringList problems;
    if (!fullCheck) {
        // Reading the schema touches page 1 and the schema table: enough to refuse a file whose
        // start is damaged without reading every page.
        SqlQuery::scalar(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        fullCheck = schemaVersion() < CurrentVersion; // never migrate a damaged file
    }
    if (fullCheck) {
        SqlQuery check(*this, QStringLiteral("PRAGMA quick_check"));
        check.exec();
        while (check.next())
            problems << check.value(0).toString();
    }
    if (fullCheck && problems != QStringList{QStringLiteral("ok")}) {
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is beschadigd en kan niet worden geopend. Zet een reservekopie terug.").arg(file),
                           problems.join(QLatin1Char('\n')));
    }
    if (SqlQuery::scalar(*this, QStringLiteral("PRAGMA application_id")).toInt() != ApplicationId) {
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("%1 is geen Aan Tafel-bestand: het is een database van een ander programma.").arg(file));
    }
    const int version = schemaVersion();
    if (version > CurrentVersion) {
        throw StorageError(StorageError::Kind::Newer,
                           tr("%1 is gemaakt met een nieuwere versie van Aan Tafel (bestandsversie %2; deze versie "
                              "kent tot en met %3). Werk Aan Tafel bij om het bestand te openen.")
                               .arg(file)
                               .arg(version)
                               .arg(CurrentVersion));
    }
}

void Database::configure(int busyTimeoutMs, int cacheKiB) {
    SqlQuery::run(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlQuery::run(*this, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    SqlQuery::run(*this, QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(1, cacheKiB)));
    if (m_readOnly)
        return;
    if (m_copy) {
        // A copy stays one self-contained file.
        SqlQuery::scalar(*this, QStringLiteral("PRAGMA journal_mode = DELETE"));
    } else if (m_access && m_access->underShareRules()) {
        QStringList others;
        for (const LockRecord& r : m_access->others())
            others << r.describe();
        JournalMode::useRollbackJournal(*this, others.join(QStringLiteral(", ")));
    } else {
        // On file systems without shared memory SQLite stays in its rollback journal mode; that is
        // slower but safe, so it is accepted.
        JournalMode::useWriteAheadLog(*this);
    }
}

void Database::migrate(const OpenOptions& options) {
    const int version = schemaVersion();
    if (version < CurrentVersion && !m_copy) {
        if (m_readOnly) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 is gemaakt met een oudere versie van Aan Tafel en moet eerst worden "
                                  "bijgewerkt. Open het bestand om te bewerken; alleen lezen kan nu niet.")
                                   .arg(nativePath(m_path)));
        }
        // The backup comes first and copies the file exactly as the older version left it.
        const QFileInfo info(m_path);
        const QDir dir(options.backupDirectory.isEmpty() ? info.absolutePath() : options.backupDirectory);
        const QString stem = info.completeBaseName() + QStringLiteral(".voor-migratie-v%1").arg(version);
        QString target = dir.filePath(stem + QLatin1Char('.') + FileSuffix);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = dir.filePath(stem + QStringLiteral("-%1.").arg(n) + FileSuffix);
        backupTo(target);
        m_migrationBackup = target;
    }
    configure(options.busyTimeoutMs, options.cacheKiB);
    if (version < CurrentVersion)
        Migrations::migrate(*this, CurrentVersion);
    else if (!m_readOnly && !m_copy)
        DeadlineStore::fillIfMarked(*this); // a fill after the migration that did not finish
}

void Database::markDamaged() {
    if (m_damaged)
        return;
    m_damaged = true;
    if (m_damageHandler)
        m_damageHandler();
}

int Database::schemaVersion() {
    if (isServer())
        return SqlQuery::scalar(*this, QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'"))
            .toInt();
    return SqlQuery::scalar(*this, QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 Database::dataVersion() {
    // On the server every change leaves audit rows in its own transaction: the newest one tells whether
    // anybody committed since the last look.
    if (isServer())
        return SqlQuery::scalar(*this, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
    return SqlQuery::scalar(*this, QStringLiteral("PRAGMA data_version")).toLongLong();
}

void Database::enterWrite() {
    if (m_access)
        m_access->enterWrite([this](int attempt) { return waitForTurn(attempt); });
}

void Database::leaveWrite() {
    if (m_access)
        m_access->leaveWrite();
}

bool Database::waitForTurn(int attempt) {
    if (m_busyWait)
        return m_busyWait->waitForTurn(attempt);
    if (attempt == 0)
        m_gateWait.start();
    if (m_gateWait.elapsed() >= m_busyTimeoutMs)
        return false;
    QThread::msleep(attempt < 10 ? 5 : 25);
    return true;
}

void* Database::sqliteHandle() {
    if (!m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

void Database::backupTo(const QString& targetPath) {
    if (isServer()) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Een reservekopie van de teamserver %1 maakt de server zelf (pg_dump); dit werkt nog "
                              "niet op de teamserver.")
                               .arg(m_path));
    }
    auto* source = static_cast<sqlite3*>(sqliteHandle());
    if (!source)
        throw StorageError(StorageError::Kind::Io, tr("%1 is niet geopend.").arg(nativePath(m_path)));
    // The backup service's copy: under a temporary name, one consistent snapshot, checked, then renamed.
    SqliteCopy::copyToNewFile(source, targetPath, m_busyTimeoutMs);
}
