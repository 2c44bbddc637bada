// The one exception type of the storage layer. Its message is Dutch and meant for the user;
// detail() carries the driver's own text for logs and bug reports.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

class StorageError : public std::runtime_error {
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    enum class Kind {
        NotFound,   // the file or the record does not exist
        NotSQLite,  // not a database at all
        NotOurs,    // a SQLite database, but not an Aan Tafel municipality file
        Corrupt,    // damaged or truncated
        Newer,      // written by a newer version of the program
        Locked,     // another program holds a lock on the file
        ReadOnly,   // no write permission, or opened read-only
        DiskFull,   // no space left
        Conflict,   // someone else changed the record since it was loaded
        Constraint, // the data breaks a rule of the schema
        Invalid,    // the caller's data is not acceptable
        Io          // anything else from the file system or the driver
    };

    StorageError(Kind kind, const QString& message, const QString& detail = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

    // Maps a SQLite (extended) result code and driver text to an error with a Dutch message
    // about the given file.
    static StorageError fromSqlite(int sqliteCode, const QString& driverText, const QString& path);

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};
