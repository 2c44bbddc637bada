// aantafel-cli server init: a municipality set up in an empty PostgreSQL database, with the same first
// contents as a new municipality file; refusals leave the server as it was.
#include "servertestsupport.h"

#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/municipalityfile.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTextStream>

namespace {

// The command line in process, on the day these tests pin.
CliResult cli(const QStringList& args) {
    return runCliOn(args, QDate(2025, 3, 7));
}

QStringList settingRows(QSqlQuery&& q) {
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return rows;
}

bool roleExists(const QString& role) {
    ServerConnection server(*TestServer::admin());
    return server
        .scalar(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :role"), {{QStringLiteral(":role"), role}})
        .isValid();
}

} // namespace

TEST_CASE("server --help describes server init like every command") {
    const CliResult help = cli({QStringLiteral("server"), QStringLiteral("--help")});
    CHECK(help.code == Cli::Ok);
    CHECK(help.out.contains(QStringLiteral("server init postgresql://SERVER/DATABASE --name NAAM")));
    const CliResult overview = cli({QStringLiteral("--help")});
    CHECK(overview.out.contains(QStringLiteral("server init")));
}

TEST_CASE("server init refuses wrong usage, a file path, a password and an unreachable server") {
    CHECK(cli({QStringLiteral("server")}).code == Cli::UsageOrFile);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("start")}).code == Cli::UsageOrFile);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("postgresql://db/klachten")}).code ==
          Cli::UsageOrFile); // no --name
    const CliResult file = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("gemeente.aantafel"),
                                QStringLiteral("--name"), QStringLiteral("X")});
    CHECK(file.code == Cli::UsageOrFile);
    CHECK(file.err.contains(QStringLiteral("geen serveradres")));
    const CliResult password =
        cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("postgresql://jan:geheim@db/klachten"),
             QStringLiteral("--name"), QStringLiteral("X")});
    CHECK(password.code == Cli::UsageOrFile);
    CHECK(password.err.contains(QStringLiteral("wachtwoord")));
    TempDir dir;
    const CliResult unreachable = cli({QStringLiteral("server"), QStringLiteral("init"),
                                       QStringLiteral("postgresql://localhost/klachten?host=%1&connect_timeout=2")
                                           .arg(dir.path(QStringLiteral("geen"))),
                                       QStringLiteral("--name"), QStringLiteral("X")});
    CHECK(unreachable.code == Cli::UsageOrFile);
    CHECK(unreachable.err.contains(QStringLiteral("Geen verbinding met de server")));
}

TEST_CASE("server init sets up the roles, the schema and the first contents of a new municipality file") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    const CliResult run =
        cli({QStringLiteral("server"), QStringLiteral("init"), scratch.location().url(), QStringLiteral("--name"),
             QStringLiteral("Gemeente Servertest"), QStringLiteral("--committee")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == Cli::Ok);
    CHECK(run.out.contains(QStringLiteral("Gemeente Servertest ingericht in de database %1").arg(scratch.name())));
    CHECK(run.out.contains(scratch.name() + QStringLiteral("_klachtbehandelaar")));
    for (Role role : {Role::Handler, Role::Coordinator, Role::Admin})
        CHECK(roleExists(ServerSchema::roleName(scratch.name(), role)));

    // The same first contents as a file made with the same settings by the same account.
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Servertest");
    settings.committee = true;
    TempDir dir;
    std::unique_ptr<Database> file =
        MunicipalityFile::create(dir.path(QStringLiteral("g.aantafel")), settings, QStringLiteral("unused"));
    ServerConnection server(scratch.location());
    for (const QString& table : ServerSchema::tableOrder()) {
        INFO("table " << table.toStdString());
        CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() ==
              SqlQuery::scalar(*file, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong());
    }
    QSqlQuery fileSettings(file->connection());
    REQUIRE(fileSettings.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")));
    const QStringList expected = settingRows(std::move(fileSettings));
    CHECK(expected.contains(QStringLiteral("name=Gemeente Servertest")));
    CHECK(expected.contains(QStringLiteral("committee=1")));
    CHECK(settingRows(server.query(QStringLiteral("SELECT key, value FROM settings ORDER BY key COLLATE \"C\""))) ==
          expected);
    CHECK(server.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'create'")).toString() ==
          QStringLiteral("Gemeente Servertest"));
    // The identity counters continue after the copied ids.
    const qint64 themes = server.scalar(QStringLiteral("SELECT max(id) FROM themes")).toLongLong();
    server.exec(QStringLiteral("INSERT INTO themes (name) VALUES ('Nieuw thema')"));
    CHECK(server.scalar(QStringLiteral("SELECT id FROM themes WHERE name = 'Nieuw thema'")).toLongLong() == themes + 1);
}

TEST_CASE("a connection prices index lookups for memory (random_page_cost 1.1) and does without JIT compilation "
          "unless the administrator chose") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("init"), scratch.location().url(), QStringLiteral("--name"),
                 QStringLiteral("Gemeente Servertest")})
                .code == Cli::Ok);
    // The test cluster has PostgreSQL's defaults (4, JIT on), which nobody chose. A walked search, priced as if it
    // read the whole register, would be compiled.
    ServerConnection plain(scratch.location());
    CHECK(plain.scalar(QStringLiteral("SHOW random_page_cost")).toString() == QStringLiteral("4"));
    CHECK(plain.scalar(QStringLiteral("SHOW jit")).toString() == QStringLiteral("on"));
    const auto setting = [](Database& db, const char* name) {
        return SqlQuery::scalar(db, QStringLiteral("SELECT current_setting('%1')").arg(QLatin1String(name))).toString();
    };
    {
        auto db = Database::openServer(scratch.location());
        CHECK(setting(*db, "random_page_cost") == QStringLiteral("1.1"));
        CHECK(setting(*db, "jit") == QStringLiteral("off"));
    }
    // Values the administrator set for the database stand.
    scratch.admin({QStringLiteral("ALTER DATABASE %1 SET random_page_cost = 2").arg(scratch.name()),
                   QStringLiteral("ALTER DATABASE %1 SET jit = on").arg(scratch.name())});
    auto db = Database::openServer(scratch.location());
    CHECK(setting(*db, "random_page_cost") == QStringLiteral("2"));
    CHECK(setting(*db, "jit") == QStringLiteral("on"));
}

TEST_CASE("opening a team server sets the session up in one go and refuses what holds no municipality it may read") {
    SKIP_WITHOUT_TEST_SERVER();
    const auto refusal = [](const ServerLocation& location) {
        try {
            Database::openServer(location);
        } catch (const StorageError& e) {
            return e.kind();
        }
        return StorageError::Kind::Io; // opened: not what any section expects
    };
    ScratchDatabase scratch;
    SECTION("an empty database") {
        CHECK(refusal(scratch.location()) == StorageError::Kind::NotOurs);
    }
    SECTION("another application's server_info") {
        ServerConnection server(scratch.location());
        server.exec(QStringLiteral("CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        server.exec(QStringLiteral("INSERT INTO server_info VALUES ('application', 'Boekhouding')"));
        CHECK(refusal(scratch.location()) == StorageError::Kind::NotOurs);
    }
    SECTION("a municipality, for a login without a role in it and for one with a role") {
        scratch.initialise(QStringLiteral("Gemeente Sessie"));
        const QString stranger = scratch.login(QStringLiteral("vreemde"));
        scratch.admin({QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger),
                       QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(scratch.name(), stranger)});
        CHECK(refusal(scratch.as(stranger)) == StorageError::Kind::NotOurs);

        const QString handler = scratch.loginWithRole(QStringLiteral("behandelaar"), Role::Handler);
        OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.busyTimeoutMs = 1234;
        auto db = Database::openServer(scratch.as(handler), readOnly);
        CHECK(db->serverLogin() == handler);
        CHECK(db->schemaVersion() == ServerSchema::Version);
        CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT current_setting('lock_timeout')")).toString() ==
              QStringLiteral("1234ms"));
        CHECK(SqlQuery::scalar(*db, QStringLiteral("SELECT current_setting('default_transaction_read_only')"))
                  .toString() == QStringLiteral("on"));
        // Writable: the transactions are left as the server has them.
        auto writable = Database::openServer(scratch.as(handler));
        CHECK(SqlQuery::scalar(*writable, QStringLiteral("SELECT current_setting('default_transaction_read_only')"))
                  .toString() == QStringLiteral("off"));
        CHECK(SqlQuery::scalar(*writable, QStringLiteral("SELECT current_setting('lock_timeout')")).toString() ==
              QStringLiteral("5s"));
    }
}

TEST_CASE("server init refuses a database that is not empty, and a second run, without changing anything") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    {
        ServerConnection server(scratch.location());
        server.exec(QStringLiteral("CREATE TABLE leveranciers (id INTEGER)"));
    }
    const QStringList args{QStringLiteral("server"), QStringLiteral("init"), scratch.location().url(),
                           QStringLiteral("--name"), QStringLiteral("Gemeente Vol")};
    const CliResult full = cli(args);
    CHECK(full.code == Cli::Refused);
    CHECK(full.err.contains(QStringLiteral("is niet leeg")));
    CHECK(full.err.contains(QStringLiteral("public.leveranciers")));
    CHECK(full.err.contains(QStringLiteral("Er is niets gewijzigd")));
    CHECK_FALSE(roleExists(ServerSchema::roleName(scratch.name(), Role::Admin)));
    {
        ServerConnection server(scratch.location());
        server.exec(QStringLiteral("DROP TABLE leveranciers"));
    }
    REQUIRE(cli(args).code == Cli::Ok);
    const CliResult again = cli(args);
    CHECK(again.code == Cli::Refused);
    CHECK(again.err.contains(QStringLiteral("is niet leeg")));
}

TEST_CASE("server init refuses a login that is no superuser, and leaves no roles behind") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    const QString plain = scratch.name() + QStringLiteral("x_plain");
    scratch.admin({QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(plain),
                   QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(scratch.name(), plain)});
    const CliResult run = cli({QStringLiteral("server"), QStringLiteral("init"), scratch.as(plain).url(),
                               QStringLiteral("--name"), QStringLiteral("Gemeente X")});
    CHECK(run.code == Cli::Refused);
    CHECK(run.err.contains(QStringLiteral("superuser")));
    CHECK_FALSE(roleExists(ServerSchema::roleName(scratch.name(), Role::Handler)));
}

TEST_CASE("server init refuses a database name that cannot prefix the role names") {
    SKIP_WITHOUT_TEST_SERVER();
    ServerLocation location = *TestServer::admin();
    location.database = QStringLiteral("Klachten-Gemeente");
    ScratchDatabase owner; // cleans up nothing of this one; the database is dropped below
    owner.admin({QStringLiteral("CREATE DATABASE \"Klachten-Gemeente\"")});
    const CliResult run = cli({QStringLiteral("server"), QStringLiteral("init"), location.url(),
                               QStringLiteral("--name"), QStringLiteral("Gemeente X")});
    owner.admin({QStringLiteral("DROP DATABASE \"Klachten-Gemeente\" WITH (FORCE)")});
    CHECK(run.code == Cli::Refused);
    CHECK(run.err.contains(QStringLiteral("kleine letters")));
}
