// The storage gateway: one municipality file (*.aantafel), a SQLite database recognised by
// PRAGMA application_id and versioned by PRAGMA user_version. Opening checks, in this order,
// that the file exists, is SQLite, is ours, is intact and is not newer than this program; then
// it makes an online backup (sqlite3 backup API) next to the file and runs the pending numbered
// migrations, each in one transaction. Connections use foreign_keys=ON and a busy timeout, and WAL
// on a disk of this computer or a rollback journal under the network-share rules (fileaccess.h).
// SQL is written only in core (the repositories of core/storage and those beside their domain, such as
// MeasureRepository and YearReport) and always runs through this class with SqlQuery and Transaction;
// ui and app never talk to the driver.
//
// A Database opened for writing takes part in the lock-file protocol (FileAccess): it is recorded
// in "<file>.lock", follows the rules of the file's location, and every write transaction passes the
// write gate (Transaction calls enterWrite/leaveWrite), so that an exclusive hold — a restore,
// retention scrubbing — is respected by every writer.
//
// A Database owns one named QSqlDatabase connection, removed in the destructor. It is used from
// one thread.
#pragma once

#include "sqldialect.h"
#include "storageerror.h"
#include "storagelocation.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class BusyWait;
class FileAccess;
class ServerConnection;
class ServerLocation;

struct OpenOptions {
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    // Where the pre-migration backup goes; empty: next to the file.
    QString backupDirectory;
    // Run PRAGMA quick_check over every page before accepting the file. It reads the whole file,
    // which grows with the number of cases, so the everyday open checks only the header, the
    // schema, the application id and the version, and damage found later while reading is reported
    // as Corrupt. A migration always runs the full check first, and so does aantafel-cli check.
    bool fullCheck = false;
    // The file is a reservekopie being changed in place (a retention run scrubbing it, a restore
    // preparing it): no pre-migration backup is made of it, and it keeps its rollback journal, so
    // that it stays one file without a -wal beside it. Nobody works in a copy: it takes no part in
    // the lock-file protocol (no lock file beside it).
    bool copy = false;
    // Under the network-share rules another program may be the one writer: then open read-only
    // (true, the program shows who writes) or refuse with StorageError::Locked (false).
    bool readOnlyWhenTaken = false;
    // Where the file lives; nullopt: detected (StorageLocation::classify).
    std::optional<Location> location = std::nullopt;
    // The name this instance's record in the lock file shows; empty: the operating-system account.
    QString user = {};
    // The connection's page cache in KiB. A window reads the same pages again and again and keeps
    // many; a command that reads each page about once does better with SQLite's own 2 MB, because
    // fresh memory for every page read costs more than reading a page again from the system's cache.
    int cacheKiB = 16384;
};

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int ApplicationId = 0x41546166; // "ATaf"
    static constexpr int CurrentVersion = 9;         // highest migration this program knows
    static inline const QString FileSuffix = QStringLiteral("aantafel");

    // Creates a new, empty municipality file at path (refuses to overwrite an existing file).
    static std::unique_ptr<Database> create(const QString& path);
    // Opens an existing file; throws StorageError with a Dutch message when it cannot.
    static std::unique_ptr<Database> open(const QString& path, const OpenOptions& options = {});
    // Opens a municipality on a PostgreSQL team server (serverschema.h) as the location's login: the same
    // repositories work on it through dialect(). Refuses (StorageError) a server that cannot be reached, a
    // database that holds no municipality, and one of another schema version. No lock file, no backup, no
    // PRAGMA: the server has its own locks and its own backups (pg_dump); busyTimeoutMs becomes the
    // server's lock_timeout, and a write transaction waits for another writer at most that long.
    static std::unique_ptr<Database> openServer(const ServerLocation& location, const OpenOptions& options = {});
    // Whether text names a team server (a postgresql:// URL or an .aantafel-server connection file) rather
    // than a municipality file.
    static bool isServerLocation(const QString& text);
    // Opens what text names: a team server (openServer) or a file (open).
    static std::unique_ptr<Database> openAny(const QString& text, const OpenOptions& options = {});
    // Throws the StorageError that says truthfully why path is no file to open — missing, a folder, a
    // device, or a name this system cannot spell — unless it is an existing regular file.
    static void requireRegularFile(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    // The file's path, or the server's URL (without password) for a team server.
    const QString& path() const { return m_path; }
    // What SQL differs between the file and the team server (sqldialect.h).
    const SqlDialect& dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect.isServer(); }
    // The login of a team server's connection (the program's user there); empty for a file.
    const QString& serverLogin() const { return m_serverLogin; }
    // Whether an outermost transaction is open on this connection (Transaction nests savepoints inside it).
    bool inTransaction();
    // Transaction tells the server connection when its outermost transaction begins and ends (SQLite knows
    // by itself).
    void setServerTransaction(bool open) { m_serverTransaction = open; }
    // Opened read-only, or damage was found while reading (then nothing more is written).
    bool isReadOnly() const { return m_readOnly || m_damaged; }
    // A damaged page was met while reading (SQLITE_CORRUPT, reported by SqlQuery): from then on the
    // connection writes nothing (Transaction refuses) and the damage handler is told, once; the GUI
    // switches to read-only with a banner that says to restore a copy.
    bool isDamaged() const { return m_damaged; }
    void markDamaged();
    void setDamageHandler(std::function<void()> handler) { m_damageHandler = std::move(handler); }
    int schemaVersion();
    // Path of the backup made before the last migration, empty when none was needed.
    const QString& migrationBackupPath() const { return m_migrationBackup; }

    // Consistent copy of the whole file while it stays in use (sqlite3 backup API). Refuses to
    // overwrite an existing file (StorageError::Invalid).
    void backupTo(const QString& targetPath);

    // The raw sqlite3 handle behind the Qt driver (for the backup API).
    void* sqliteHandle();

    // This instance's part in the lock-file protocol; nullptr for a plain read-only open.
    FileAccess* access() { return m_access.get(); }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    // PRAGMA data_version: changes whenever another connection committed a change to the file.
    qint64 dataVersion();

    // The write gate around every outermost write transaction (Transaction): waits, as for a busy
    // file, while an exclusive hold is in place, then throws StorageError::Locked.
    void enterWrite();
    void leaveWrite();
    // A long wait shows "Bezig…": BusyWait registers itself here for the gate's waits too.
    void setBusyWait(BusyWait* wait) { m_busyWait = wait; }

private:
    Database(QString path, QString connectionName, bool readOnly);
    Database(const ServerLocation& location, bool readOnly);
    bool waitForTurn(int attempt);
    void connectDriver(int busyTimeoutMs);
    void configure(int busyTimeoutMs, int cacheKiB);
    void verifyIdentity(bool fullCheck);
    void migrate(const OpenOptions& options);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_busyTimeoutMs = OpenOptions().busyTimeoutMs;
    QString m_migrationBackup;
    bool m_copy = false;
    bool m_damaged = false;
    std::function<void()> m_damageHandler;
    std::unique_ptr<FileAccess> m_access;
    BusyWait* m_busyWait = nullptr;
    QElapsedTimer m_gateWait;
    SqlDialect m_dialect{SqlBackend::SQLite};
    std::unique_ptr<ServerConnection> m_server;
    QString m_serverLogin;
    bool m_serverTransaction = false;
};
