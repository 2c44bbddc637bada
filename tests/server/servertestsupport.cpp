#include "servertestsupport.h"

#include "storage/serverconnection.h"
#include "storage/storageerror.h"

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
