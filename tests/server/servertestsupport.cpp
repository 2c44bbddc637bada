#include "servertestsupport.h"

#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "storage/serverschema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "testsupport.h"
#include "users/userrepository.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlQuery>

std::optional<ServerLocation> TestServer::admin() {
    const QString url = qEnvironmentVariable("AANTAFEL_TEST_POSTGRESQL");
    if (url.isEmpty())
        return std::nullopt;
    return ServerLocation::fromUrl(url);
}

ScratchDatabase::ScratchDatabase()
    : m_name(QStringLiteral("t%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL, 12, 10,
                                       QLatin1Char('0'))) {
    admin({QStringLiteral("CREATE DATABASE %1").arg(m_name)});
}

ScratchDatabase::~ScratchDatabase() {
    try {
        ServerConnection server(*TestServer::admin());
        server.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        QSqlQuery roles = server.query(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"),
                                       {{QStringLiteral(":pattern"), QString(m_name + QLatin1Char('%'))}});
        QStringList names;
        while (roles.next())
            names << roles.value(0).toString();
        for (const QString& role : names)
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    } catch (const StorageError& e) {
        WARN("could not clean up test database " << m_name.toStdString() << ": " << e.message().toStdString());
    }
}

ServerLocation ScratchDatabase::location() const {
    ServerLocation location = *TestServer::admin();
    location.database = m_name;
    return location;
}

ServerLocation ScratchDatabase::as(const QString& login) const {
    ServerLocation location = this->location();
    location.user = login;
    return location;
}

void ScratchDatabase::admin(const QStringList& statements) const {
    ServerConnection server(*TestServer::admin());
    for (const QString& statement : statements)
        server.exec(statement);
}

QString ScratchDatabase::login(const QString& who) const {
    return m_name + QStringLiteral("x_") + who;
}

QString ScratchDatabase::loginWithRole(const QString& who, Role role) const {
    const QString granted = login(who);
    admin({QStringLiteral("CREATE ROLE %1 LOGIN").arg(granted),
           QStringLiteral("GRANT %1 TO %2").arg(ServerSchema::roleName(m_name, role), granted)});
    return granted;
}

void ScratchDatabase::initialise(const QString& municipality, const QString& by) const {
    MunicipalitySettings settings;
    settings.name = municipality;
    ServerConnection server(location());
    ServerInit::initialise(server, settings, by);
}

void ScratchDatabase::addUsers(const QList<User>& users) const {
    auto db = Database::openServer(location());
    const FixedClock clock(d("2026-11-23"));
    UserRepository repository(*db, clock, QStringLiteral("it"));
    for (User user : users)
        repository.add(user);
}

QByteArray allBytes() {
    QByteArray bytes;
    for (int round = 0; round < 2; ++round) {
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    }
    return bytes;
}

QString demoFile(const TempDir& dir, int cases) {
    const QString path = dir.path(QStringLiteral("demo.aantafel"));
    const CliResult demo = runCliOn({QStringLiteral("demo"), path, QStringLiteral("--cases"), QString::number(cases),
                                     QStringLiteral("--seed"), QStringLiteral("5")},
                                    QDate(2025, 3, 7));
    REQUIRE(demo.code == Cli::Ok);
    std::unique_ptr<Database> db = Database::open(path);
    SqlQuery::run(*db, QStringLiteral("INSERT INTO documents (case_id, name, kind, media_type, added_at, size, sha256) "
                                      "SELECT min(id), 'scan.pdf', 'complaint', 'application/pdf', "
                                      "'2025-03-07T10:00:00.000Z', 512, '") +
                           QString(64, QLatin1Char('a')) + QStringLiteral("' FROM cases"));
    SqlQuery chunk(*db, QStringLiteral("INSERT INTO document_chunks (document_id, seq, data) SELECT max(id), 0, :data "
                                       "FROM documents"));
    chunk.bind(QStringLiteral(":data"), allBytes()).exec();
    SqlQuery::run(*db, QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT max(id), 'scan.pdf', "
                                      "'Geachte heer, mevrouw' FROM documents"));
    return path;
}
