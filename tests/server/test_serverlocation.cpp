// The team server's location: URLs and .aantafel-server connection files, good and bad.
#include "storage/serverlocation.h"
#include "storage/storageerror.h"
#include "testsupport.h"

namespace {

// The message of the StorageError that parse throws for text; fails the test when it parses.
QString refusal(const QString& text, StorageError::Kind expected = StorageError::Kind::Invalid) {
    try {
        ServerLocation::parse(text);
    } catch (const StorageError& e) {
        CHECK(e.kind() == expected);
        return e.message();
    }
    FAIL("parsed without complaint: " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("a PostgreSQL URL names host, port, database, login and sslmode") {
    const ServerLocation l =
        ServerLocation::parse(QStringLiteral("postgresql://klachten@db.gemeente.local:6543/klachten_voorbeeld"
                                             "?sslmode=verify-full&sslrootcert=/etc/ssl/gemeente.crt"));
    CHECK(l.host == QStringLiteral("db.gemeente.local"));
    CHECK(l.port == 6543);
    CHECK(l.database == QStringLiteral("klachten_voorbeeld"));
    CHECK(l.user == QStringLiteral("klachten"));
    CHECK(l.options.value(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(l.options.value(QStringLiteral("sslrootcert")) == QStringLiteral("/etc/ssl/gemeente.crt"));
}

TEST_CASE("a PostgreSQL URL without login and port takes libpq's defaults") {
    const ServerLocation l = ServerLocation::parse(QStringLiteral("postgres://db/klachten"));
    CHECK(l.host == QStringLiteral("db"));
    CHECK(l.port == 5432);
    CHECK(l.user.isEmpty());
    CHECK(l.options.isEmpty());
}

TEST_CASE("a Unix socket folder is given as the host parameter, as libpq reads it") {
    const ServerLocation l = ServerLocation::parse(
        QStringLiteral("postgresql://postgres@localhost/klachten?host=/run/postgresql&port=5433"));
    CHECK(l.host == QStringLiteral("/run/postgresql"));
    CHECK(l.port == 5433);
    CHECK(ServerLocation::parse(l.url()) == l);
}

TEST_CASE("isServerLocation tells a server from a municipality file") {
    CHECK(ServerLocation::isServerLocation(QStringLiteral("postgresql://db/klachten")));
    CHECK(ServerLocation::isServerLocation(QStringLiteral("postgres://db/klachten")));
    // Any URL, so that a wrong scheme gets the parser's message instead of "file not found".
    CHECK(ServerLocation::isServerLocation(QStringLiteral("mysql://db/klachten")));
    CHECK(ServerLocation::isServerLocation(QStringLiteral("/home/jan/Gemeente.aantafel-server")));
    CHECK(ServerLocation::isServerLocation(QStringLiteral("C:\\Klachten\\Gemeente.AANTAFEL-SERVER")));
    CHECK_FALSE(ServerLocation::isServerLocation(QStringLiteral("/home/jan/gemeente.aantafel")));
    CHECK_FALSE(ServerLocation::isServerLocation(QStringLiteral("C:\\Klachten\\gemeente.aantafel")));
    CHECK_FALSE(ServerLocation::isServerLocation(QStringLiteral("\\\\server\\share\\gemeente.aantafel")));
    CHECK_FALSE(ServerLocation::isServerLocation(QStringLiteral("postgresql.aantafel")));
}

TEST_CASE("a URL of another scheme is refused with a Dutch message naming PostgreSQL") {
    const QString message = refusal(QStringLiteral("mysql://db/klachten"));
    CHECK(message.contains(QStringLiteral("mysql://")));
    CHECK(message.contains(QStringLiteral("postgresql://server/database")));
}

TEST_CASE("a broken URL is refused with an example of the right form") {
    for (const char* broken : {"postgresql://db:poort/klachten", "postgresql://db:99999/klachten",
                               "postgresql://[::1/klachten", "postgresql://db/klachten#fragment"}) {
        INFO(broken);
        const QString message = refusal(QString::fromLatin1(broken));
        CHECK((message.contains(QStringLiteral("niet goed geschreven")) ||
               message.contains(QStringLiteral("ongeldige poort"))));
    }
}

TEST_CASE("a URL without a database name is refused") {
    for (const char* missing : {"postgresql://db", "postgresql://db/", "postgresql://jan@db:5432/?sslmode=require"}) {
        INFO(missing);
        CHECK(refusal(QString::fromLatin1(missing)).contains(QStringLiteral("noemt geen database")));
    }
}

TEST_CASE("a URL with a password is refused, and the message does not repeat the password") {
    for (const char* secret :
         {"postgresql://jan:geheim123@db/klachten", "postgresql://jan@db/klachten?password=geheim123"}) {
        INFO(secret);
        const QString message = refusal(QString::fromLatin1(secret));
        CHECK(message.contains(QStringLiteral("wachtwoord")));
        CHECK(message.contains(QStringLiteral(".pgpass")));
        CHECK_FALSE(message.contains(QStringLiteral("geheim123")));
    }
}

TEST_CASE("a URL with an unknown parameter or sslmode is refused") {
    CHECK(refusal(QStringLiteral("postgresql://db/klachten?sslmod=require")).contains(QStringLiteral("sslmod")));
    CHECK(refusal(QStringLiteral("postgresql://db/klachten?sslmode=always")).contains(QStringLiteral("verify-full")));
}

TEST_CASE("a connection file holds the location in key = value lines") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("Gemeente Voorbeeld.aantafel-server"));
    writeFile(path, "# Aan Tafel team server\n"
                    "[aantafel-server]\n"
                    "host = db.gemeente.local\n"
                    "port=6543\n"
                    "\n"
                    "; the municipality's database\n"
                    "database = klachten_voorbeeld\r\n"
                    "sslmode = verify-full\n"
                    "krbsrvname = postgres\n");
    const ServerLocation l = ServerLocation::parse(path);
    CHECK(l.host == QStringLiteral("db.gemeente.local"));
    CHECK(l.port == 6543);
    CHECK(l.database == QStringLiteral("klachten_voorbeeld"));
    CHECK(l.user.isEmpty());
    CHECK(l.options.value(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(l.options.value(QStringLiteral("krbsrvname")) == QStringLiteral("postgres"));
}

TEST_CASE("a location written as a connection file reads back the same") {
    ServerLocation l;
    l.host = QStringLiteral("db.gemeente.local");
    l.port = 6000;
    l.database = QStringLiteral("klachten");
    l.user = QStringLiteral("jan");
    l.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("g.aantafel-server"));
    writeFile(path, l.connectionFileText().toUtf8());
    CHECK(ServerLocation::parse(path) == l);
    CHECK(ServerLocation::parse(l.url()) == l);
}

TEST_CASE("a connection file with a password is refused and says to remove that line") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("g.aantafel-server"));
    writeFile(path, "host = db\ndatabase = klachten\nPassword = geheim123\n");
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("regel 3")));
    CHECK(message.contains(QStringLiteral("geen wachtwoord")));
    CHECK_FALSE(message.contains(QStringLiteral("geheim123")));
    writeFile(path, "host = db\ndatabase = klachten\nwachtwoord = geheim123\n");
    CHECK(refusal(path).contains(QStringLiteral("wachtwoord")));
}

TEST_CASE("a connection file without a database, with an unknown key or a line that is no setting is refused") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("g.aantafel-server"));
    writeFile(path, "host = db\nsslmode = require\n");
    CHECK(refusal(path).contains(QStringLiteral("noemt geen database")));
    writeFile(path, "host = db\ndatabase = klachten\nhots = db2\n");
    CHECK(refusal(path).contains(QStringLiteral("'hots'")));
    writeFile(path, "host = db\ndatabase klachten\n");
    CHECK(refusal(path).contains(QStringLiteral("Regel 2")));
    writeFile(path, "host = db\ndatabase = klachten\nport = vijf\n");
    CHECK(refusal(path).contains(QStringLiteral("ongeldige poort")));
}

TEST_CASE("a missing connection file is reported as missing") {
    TempDir dir;
    CHECK(refusal(dir.path(QStringLiteral("weg.aantafel-server")), StorageError::Kind::NotFound)
              .contains(QStringLiteral("bestaat niet")));
}
