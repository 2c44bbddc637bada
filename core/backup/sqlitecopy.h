// Low-level copying of SQLite files for the backup service: the sqlite3 backup API between two raw
// connections, a read-only inspection of a file, and the "last change" inside a municipality file.
// Raw sqlite3 connections (not Qt Sql) so that a copy can run in a worker thread of its own.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;
struct sqlite3_backup;
struct sqlite3_stmt;

namespace SqliteCopy {

// A raw connection closed on destruction. open() throws StorageError with a Dutch message.
class Connection {
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void open(const QString& path, bool readOnly, int busyTimeoutMs);
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    // First column of the first row, as text; empty for NULL or no row. Throws StorageError.
    QString scalar(const char* sql);
    void exec(const char* sql);
    // Named text parameters of a statement: placeholder (":login") → text.
    using Parameters = QHash<QString, QString>;
    // A statement with named text parameters. Throws StorageError.
    void exec(const char* sql, const Parameters& parameters);
    // Every row of a query with named text parameters, each as its columns' text. Throws StorageError.
    QList<QStringList> rows(const char* sql, const Parameters& parameters = {});
    // The same rows, each as column name → text.
    QList<QHash<QString, QString>> records(const char* sql, const Parameters& parameters = {});
    bool hasTable(const char* name);

private:
    // Runs sql with parameters bound and hands each row to visit (the statement and its column count).
    void each(const char* sql, const Parameters& parameters, const std::function<void(sqlite3_stmt*, int)>& visit);

    sqlite3* m_db = nullptr;
    QString m_path;
};

// The folders a copy had to create for its target; removed again (when still empty) unless keep()
// is called, so that a refused or failed copy leaves no empty folder behind.
class CreatedFolders {
public:
    explicit CreatedFolders(const QString& folder);
    ~CreatedFolders();
    CreatedFolders(const CreatedFolders&) = delete;
    CreatedFolders& operator=(const CreatedFolders&) = delete;
    bool ok() const { return m_ok; }
    void keep() { m_kept = true; }

private:
    QStringList m_created; // deepest first
    bool m_ok = false;
    bool m_kept = false;
};

// Copies every page of source's main database into target's (one backup step, so the copy is
// one consistent snapshot even while other connections write). Retries while busy up to
// busyTimeoutMs. Throws StorageError about targetPath.
void copy(sqlite3* source, sqlite3* target, const QString& targetPath, int busyTimeoutMs);

// Replaces every page of target's main database by source's, in one write transaction of the
// target taken in two steps: the constructor takes the target's write lock (retrying while busy up
// to busyTimeoutMs), so that from then on no other connection can commit to it, while readers still
// can; complete() copies the pages and commits. Destroyed before complete(), it rolls back and the
// target is as it was. Lets a restore check and copy the target as it finally is before replacing it.
class Replacement {
public:
    Replacement(sqlite3* source, sqlite3* target, const QString& targetPath, int busyTimeoutMs);
    ~Replacement();
    Replacement(const Replacement&) = delete;
    Replacement& operator=(const Replacement&) = delete;

    void complete();

private:
    int step(int pages);

    sqlite3_backup* m_backup = nullptr;
    sqlite3* m_target = nullptr;
    QString m_targetPath;
    int m_busyTimeoutMs = 0;
};

// Copies source into a new file at targetPath: written under a temporary name in the same folder,
// switched to a self-contained rollback journal (no -wal file needed), checked with quick_check and
// only then renamed into place. Refuses an existing target and whatever OutputFile::refusal refuses
// (the source itself, its companions, any municipality file). Nothing is left behind on failure, not
// even a folder it created.
void copyToNewFile(sqlite3* source, const QString& targetPath, int busyTimeoutMs);

// The same for a file that fill() makes at the temporary path it is given (which exists, empty, when fill
// is called): the refusals of the target (sources are the files it may never be written over), the
// temporary name, the switch to a rollback journal, quick_check and the rename are copyToNewFile's.
void writeNewFile(const QString& targetPath, const QStringList& sources,
                  const std::function<void(const QString& temporaryPath)>& fill, int busyTimeoutMs);

// The name (without folder) of the new file whose temporary, or SQLite's companion of that temporary, is called
// fileName, as writeNewFile() names them: ".<name without suffix>-XXXXXX.tmp"; empty for any other name. The
// suffix of the new file is not kept in the temporary's name: the result is without it.
QString temporaryTargetBase(const QString& fileName);

// What a read-only look inside a file tells (throws StorageError when it is no Aan Tafel file, is
// damaged or is of a newer version than this program reads).
struct Inspection {
    int version = 0;
    QDateTime lastChange; // newest audit row or case update (UTC); invalid when never changed
    qint64 cases = 0;
};
// checkPages: also run quick_check over every page (it reads the whole file).
Inspection inspect(const QString& path, int busyTimeoutMs, bool checkPages = true);
// The same for an open connection, without the quick_check.
QDateTime lastChange(Connection& connection);

} // namespace SqliteCopy
