// Where a municipality lives when it lives on a PostgreSQL team server instead of in a file: host, port,
// database, the login and the TLS and Kerberos settings that pass through to libpq. Every entry point that
// takes a municipality FILE also takes such a location, written either as a URL
// ("postgresql://klachten@db.gemeente.local:5432/klachten?sslmode=verify-full") or as the path of a small
// connection file (*.aantafel-server) that holds the same in "key = value" lines:
//
//     # Aan Tafel team server
//     host = db.gemeente.local
//     port = 5432
//     database = klachten
//     sslmode = verify-full
//
// A location never holds a password: libpq takes it from ~/.pgpass (%APPDATA%\postgresql\pgpass.conf), or
// Kerberos single sign-on needs none. A URL or connection file with a password is refused, with a Dutch
// message that says where the password belongs; so is anything malformed, an unknown scheme or key, and a
// location that names no database. ServerLocation::parse throws StorageError (Kind::Invalid).
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

class ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
public:
    static inline const QString ConnectionFileSuffix = QStringLiteral("aantafel-server");
    static constexpr int DefaultPort = 5432;

    QString host; // a name, an address, or the folder of a Unix socket ("/run/postgresql"); empty: libpq's default
    int port = DefaultPort;
    QString database; // never empty in a parsed location
    QString user;     // empty: libpq's default, the operating-system account
    // libpq connection options passed through as they are: sslmode, sslrootcert, krbsrvname, … (optionKeys()).
    QMap<QString, QString> options;

    // Whether text names a server rather than a file: anything written as a URL ("scheme://…", so that a
    // wrong scheme gets parse()'s message instead of "file not found"), or a path ending in .aantafel-server.
    static bool isServerLocation(const QString& text);
    // A URL or the path of a connection file; throws StorageError (Invalid, or NotFound for a missing file).
    static ServerLocation parse(const QString& text);
    static ServerLocation fromUrl(const QString& url);
    static ServerLocation fromConnectionFile(const QString& path);
    // The same location as the text of a connection file, which fromConnectionFile reads back.
    QString connectionFileText() const;
    // Writes that text to path (replacing a file there as a whole, or not at all) after checking the location
    // as parse() would; throws StorageError (Invalid for the location, Io for the file). Never a password.
    void saveConnectionFile(const QString& path) const;

    // The libpq options a location may carry (never password).
    static const QStringList& optionKeys();
    // The values libpq accepts for sslmode.
    static const QStringList& sslModes();

    // postgresql://user@host:port/database?options, without a password: for messages and logs.
    QString url() const;

    bool operator==(const ServerLocation&) const = default;

private:
    // Checks the assembled location (a database, a sane port, known option values); throws.
    void validate(const QString& source) const;
};
