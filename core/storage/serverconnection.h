// One connection to a PostgreSQL team server (ServerLocation), through Qt's PostgreSQL driver (QPSQL). The
// password is libpq's business (~/.pgpass, Kerberos), unless the user typed one when asked
// (rememberPassword): that one is kept in this process's memory for further connections to the same
// location and never written anywhere. TLS and the other options of the location pass through to libpq
// unchanged. The connection is named and removed again when the object goes; it is used from one
// thread.
//
// exec() and the queries made with query() report a failure as StorageError with a Dutch message that also
// carries the server's own words, so that a refusal of the server ("permission denied for table audit_log")
// reaches the user as it is.
#pragma once

#include "serverlocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <QString>
#include <QVariantMap>
#include <functional>

class QSqlQuery;
class StorageError;

class ServerConnection {
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)
public:
    static inline const QString DriverName = QStringLiteral("QPSQL");

    // Connects; throws StorageError (Io) when the driver is missing or the server refuses or cannot be reached.
    explicit ServerConnection(const ServerLocation& location);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    const ServerLocation& location() const { return m_location; }
    QSqlDatabase& connection() { return m_db; }

    // Runs one statement with its named values ({{":login", login}} for ":login" in sql), as SqlQuery binds
    // them; throws StorageError (Io, or Constraint for a rule of the schema) with the server's message.
    void exec(const QString& sql, const QVariantMap& values = {});
    // Runs a query and returns it positioned before its first row; throws like exec.
    QSqlQuery query(const QString& sql, const QVariantMap& values = {});
    // The first column of the first row of a query; an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantMap& values = {});
    // Runs work in one transaction: committed when it returns, rolled back when it throws (and rethrown).
    // A BEGIN or COMMIT the server refuses throws StorageError with its reason.
    void inTransaction(const std::function<void()>& work);

    // The libpq connect options for a location's options (key='value', quoted for libpq).
    static QString connectOptions(const ServerLocation& location);

    // The password the user typed for a location, used by every later connection of this process to it
    // (the same URL); an empty password forgets it. Only in memory, never stored.
    static void rememberPassword(const ServerLocation& location, const QString& password);
    static bool hasRememberedPassword(const ServerLocation& location);
    // Whether a failed connection failed for want of a (right) password: the server asked for one and libpq
    // had none (~/.pgpass holds none for it), or the one given was refused.
    static bool passwordRefused(const StorageError& error);

private:
    ServerLocation m_location;
    QString m_name;
    QSqlDatabase m_db;
};
