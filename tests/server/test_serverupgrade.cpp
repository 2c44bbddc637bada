// aantafel-cli server upgrade (ServerUpgrade): a municipality on the team server brought up to a later schema
// version through the steps after its own, in one transaction, as the owner role, recorded in the audit trail;
// refused, with nothing changed, for a login that is no superuser, while others are connected, for a server
// of a newer version; and a step that fails leaves the server as it was. The program's own step (version 10,
// the stored search vectors) is tested on a server set up at the first version (9) and brought up; the rules
// of the upgrade itself through steps of a version after the program's (11 and 12), which the program then
// refuses to open, as it should.
#include "servertestsupport.h"

#include "audit/audittrail.h"
#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "storage/auditaction.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/searchterms.h"
#include "storage/searchwords.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "storage/serverschema.h"
#include "storage/serverupgrade.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

constexpr int Latest = ServerSchema::Version;

// Two versions after the program's: a table of its own with a right for the klachtbehandelaar, then a column.
QList<ServerUpgrade::Step> laterSteps() {
    return {{Latest + 1,
             [](const QString& database) {
                 return QStringList{QStringLiteral("CREATE TABLE upgrade_probe (id BIGINT PRIMARY KEY)"),
                                    QStringLiteral("GRANT SELECT ON upgrade_probe TO %1")
                                        .arg(ServerSchema::roleName(database, Role::Handler))};
             }},
            {Latest + 2, [](const QString&) {
                 return QStringList{QStringLiteral("ALTER TABLE upgrade_probe ADD COLUMN note TEXT")};
             }}};
}

QVariant scalar(const ScratchDatabase& scratch, const QString& sql) {
    ServerConnection server(scratch.location());
    return server.scalar(sql);
}

int versionOf(const ScratchDatabase& scratch) {
    return scalar(scratch, QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt();
}

int upgradeRows(const ScratchDatabase& scratch) {
    return scalar(scratch, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'")
                               .arg(AuditActions::code(AuditAction::ServerUpgrade)))
        .toInt();
}

bool probeExists(const ScratchDatabase& scratch) {
    return scalar(scratch, QStringLiteral("SELECT to_regclass('upgrade_probe') IS NOT NULL")).toBool();
}

CliResult cli(const QStringList& args) {
    return runCliOn(args, QDate(2026, 12, 6));
}

// What a server's schema is made of, with the database's name (which the role names start with) taken out:
// every column with its type, nullability and generation, every index's definition and whether it is usable,
// and every right of every role on every table and column.
QStringList schemaOf(const ScratchDatabase& scratch) {
    ServerConnection server(scratch.location());
    QStringList lines;
    for (const char* sql :
         {"SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || is_generated "
          "|| ' ' || coalesce(generation_expression, '') || ' ' || coalesce(column_default, '') FROM "
          "information_schema.columns WHERE table_schema = 'public' ORDER BY 1",
          "SELECT c.relname || ': ' || pg_get_indexdef(i.indexrelid) || ' ' || (i.indisvalid AND i.indisready) "
          "FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid JOIN pg_namespace AS n ON n.oid = "
          "c.relnamespace WHERE n.nspname = 'public' ORDER BY 1",
          "SELECT grantee || ' ' || table_name || ' ' || privilege_type FROM information_schema.role_table_grants "
          "WHERE table_schema = 'public' ORDER BY 1",
          "SELECT grantee || ' ' || table_name || '.' || column_name || ' ' || privilege_type FROM "
          "information_schema.column_privileges WHERE table_schema = 'public' ORDER BY 1",
          "SELECT tgname || ' ' || tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"}) {
        QSqlQuery q = server.query(QString::fromLatin1(sql));
        while (q.next())
            lines << q.value(0).toString().replace(scratch.name(), QStringLiteral("<db>"));
    }
    return lines;
}

} // namespace

TEST_CASE("a server brought up from the first version has the columns, indexes and rights of a new one, and its "
          "search finds the rows it held") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase upgraded;
    {
        ServerConnection server(upgraded.location());
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Bijwerk");
        ServerInit::initialise(server, settings, QStringLiteral("it"), {});
    }
    REQUIRE(versionOf(upgraded) == ServerUpgrade::BaseVersion);
    CHECK(scalar(upgraded, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE column_name = "
                                          "'search'"))
              .toInt() == 0);
    {
        // A case, a timeline entry and a document's text from before the upgrade.
        ServerConnection server(upgraded.location());
        server.exec(QStringLiteral(
            "INSERT INTO cases (reference, kind, channel, received, domain, phase, outcome, satisfaction_confirmation, "
            "non_handling_ground, hearing_exception, created_at, updated_at, klager_name, story) VALUES "
            "('KL-2025-1', 'written', 'letter', '2025-03-07', 'wmo', 'intake', 'none', 'none', 'none', 'none', "
            "'2025-03-07T10:00:00.000Z', '2025-03-07T10:00:00.000Z', 'Élise Bakker', 'De scootmobiel bleef weg.')"));
        server.exec(QStringLiteral("INSERT INTO events (case_id, at, kind, text) SELECT id, "
                                   "'2025-03-08T09:00:00.000Z', 'note', 'Wijkteam belde terug' FROM cases"));
        server.exec(QStringLiteral("INSERT INTO documents (case_id, name, kind, added_at, size, sha256) SELECT id, "
                                   "'brief.pdf', 'complaint', '2025-03-08T09:00:00.000Z', 0, repeat('0', 64) FROM "
                                   "cases"));
        server.exec(QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT id, name, 'Huishoudelijke "
                                   "ondersteuning' FROM documents"));
    }
    ServerUpgrade::Result result;
    {
        ServerConnection server(upgraded.location());
        result = ServerUpgrade::run(server, QStringLiteral("it"));
    }
    CHECK(result.from == ServerUpgrade::BaseVersion);
    CHECK(result.to == ServerSchema::Version);

    ScratchDatabase made;
    made.initialise(QStringLiteral("Gemeente Bijwerk"));
    const QStringList upgradedSchema = schemaOf(upgraded);
    const QStringList newSchema = schemaOf(made);
    CHECK(upgradedSchema.filter(QStringLiteral("cases.search tsvector")).size() == 1);
    CHECK(upgradedSchema.filter(QStringLiteral("USING gin (search)")).size() == 3);
    // The program's roles read the vectors; nobody writes one (a generated column), and the audit trail stays
    // append-only (no UPDATE or DELETE on it for any role).
    CHECK(upgradedSchema.contains(QStringLiteral("<db>_klachtbehandelaar cases.search SELECT")));
    CHECK(upgradedSchema.filter(QRegularExpression(QStringLiteral("^\\S+ audit_log (UPDATE|DELETE)$"))).isEmpty());
    CHECK(upgradedSchema == newSchema);

    // The vectors were made for the rows the server held: the program's search finds the case by each of them.
    auto db = Database::openServer(upgraded.location());
    const FixedClock clock(QDate(2026, 12, 6));
    CaseRepository cases(*db, clock, QStringLiteral("it"));
    for (const char* words : {"elise", "scootmobiel", "wijkteam terug", "huishoudelijke"}) {
        INFO(words);
        CHECK(cases.search(QString::fromUtf8(words)).size() == 1);
    }
    // And the words of those rows are in the search's word table, which the search asks for a word start.
    CHECK(SearchWords::wholeWords(*db, SearchTerms(QStringLiteral("scootm huish"))) ==
          QList<QStringList>({{QStringLiteral("scootmobiel")}, {QStringLiteral("huishoudelijke")}}));
    // The day of the case the server held has its id in the days' first ids, for a search's window.
    CHECK(
        scalar(upgraded, QStringLiteral("SELECT string_agg(k.day || ' ' || (k.first_id = c.id), ',') FROM case_days AS "
                                        "k JOIN cases AS c ON c.received = k.day"))
            .toString() == QStringLiteral("2025-03-07 true"));
    // The case holds the words of its timeline entry and its document, for a search that walks the cases.
    CHECK(scalar(upgraded, QStringLiteral("SELECT array_to_string(tsvector_to_array(timeline_words), ' ') FROM cases"))
              .toString() == QStringLiteral("belde brief huishoudelijke ondersteuning pdf terug wijkteam"));
    // A word written after the upgrade joins them.
    SqlQuery::run(*db, QStringLiteral("UPDATE events SET text = 'Wijkteam belde terug over de scootmobielwinkel'"));
    CHECK(SearchWords::wholeWords(*db, SearchTerms(QStringLiteral("scootm"))) ==
          QList<QStringList>({{QStringLiteral("scootmobiel"), QStringLiteral("scootmobielwinkel")}}));
    CHECK(cases.search(QStringLiteral("scootmobielw")).size() == 1);
    CHECK(scalar(upgraded, QStringLiteral("SELECT array_to_string(tsvector_to_array(timeline_words), ' ') FROM cases"))
              .toString() == QStringLiteral("belde brief de huishoudelijke ondersteuning over pdf scootmobielwinkel "
                                            "terug wijkteam"));
}

TEST_CASE("the program's upgrade steps follow each other from the server's first version to the program's") {
    int expected = ServerUpgrade::BaseVersion;
    for (const ServerUpgrade::Step& step : ServerUpgrade::steps()) {
        CHECK(step.version == expected + 1);
        expected = step.version;
    }
    CHECK(expected == ServerSchema::Version);
    CHECK(AuditTrail::actionLabel(AuditActions::code(AuditAction::ServerUpgrade)) ==
          QStringLiteral("teamserver bijgewerkt"));
    CHECK(AuditTrail::actionLabel(AuditActions::code(AuditAction::Migrate)) ==
          QStringLiteral("naar de teamserver overgezet"));
}

TEST_CASE("server upgrade leaves a server at the program's version alone and says so") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Bijwerk"));
    const CliResult run = cli({QStringLiteral("server"), QStringLiteral("upgrade"), scratch.location().url()});
    INFO(run.err.toStdString());
    CHECK(run.code == Cli::Ok);
    CHECK(run.out.contains(QStringLiteral("heeft al schemaversie %1; er is niets gewijzigd").arg(Latest)));
    CHECK(versionOf(scratch) == Latest);
    CHECK(upgradeRows(scratch) == 0);

    CHECK(cli({QStringLiteral("server"), QStringLiteral("upgrade")}).code == Cli::UsageOrFile);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("gemeente.aantafel")}).code ==
          Cli::UsageOrFile);
}

TEST_CASE("server upgrade brings an older server up through every later step as the owner role, in one "
          "transaction, and records it") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Bijwerk"));
    ServerUpgrade::Result result;
    {
        ServerConnection server(scratch.location());
        result = ServerUpgrade::run(server, QStringLiteral("it"), laterSteps());
    }
    CHECK(result.database == scratch.name());
    CHECK(result.from == Latest);
    CHECK(result.to == Latest + 2);
    CHECK(versionOf(scratch) == Latest + 2);
    CHECK(scalar(scratch, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = "
                                         "'upgrade_probe'"))
              .toString() == ServerSchema::ownerRole(scratch.name()));
    CHECK(scalar(scratch, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                         "'upgrade_probe' AND column_name = 'note'"))
              .toInt() == 1);
    CHECK(scalar(scratch, QStringLiteral("SELECT has_table_privilege('%1', 'upgrade_probe', 'SELECT')")
                              .arg(ServerSchema::roleName(scratch.name(), Role::Handler)))
              .toBool());
    CHECK(scalar(scratch, QStringLiteral("SELECT old_value || '>' || new_value || ' ' || \"user\" FROM audit_log "
                                         "WHERE action = 'server_upgrade' AND field = 'schema'"))
              .toString() == QStringLiteral("%1>%2 it").arg(Latest).arg(Latest + 2));

    // Once up, it is left alone; and this program, which knows only its own version, no longer opens it.
    {
        ServerConnection server(scratch.location());
        CHECK(ServerUpgrade::run(server, QStringLiteral("it"), laterSteps()).from == Latest + 2);
    }
    CHECK(upgradeRows(scratch) == 1);
    try {
        Database::openServer(scratch.location());
        FAIL("a server of a newer version was opened");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("nieuwere versie")));
    }
    // Neither does its upgrade go backwards.
    const CliResult back = cli({QStringLiteral("server"), QStringLiteral("upgrade"), scratch.location().url()});
    CHECK(back.code == Cli::Refused);
    CHECK(back.err.contains(QStringLiteral("nieuwer dan deze versie")));
    CHECK(versionOf(scratch) == Latest + 2);
}

TEST_CASE("a step of the upgrade that fails leaves the server as it was") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Bijwerk"));
    QList<ServerUpgrade::Step> steps = laterSteps();
    steps[1].statements = [](const QString&) {
        return QStringList{QStringLiteral("ALTER TABLE no_such_table ADD COLUMN note TEXT")};
    };
    {
        ServerConnection server(scratch.location());
        CHECK_THROWS_AS(ServerUpgrade::run(server, QStringLiteral("it"), steps), StorageError);
    }
    CHECK(versionOf(scratch) == Latest);
    CHECK_FALSE(probeExists(scratch));
    CHECK(upgradeRows(scratch) == 0);
    Database::openServer(scratch.location()); // still the program's version: it opens
}

TEST_CASE("server upgrade refuses a login that is no superuser, and a database others are connected to") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Bijwerk"));
    const QString handler = scratch.loginWithRole(QStringLiteral("jan"), Role::Handler);
    try {
        ServerConnection server(scratch.as(handler));
        ServerUpgrade::run(server, handler, laterSteps());
        FAIL("a klachtbehandelaar's login upgraded the server");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("superuser")));
        CHECK(e.message().contains(QStringLiteral("Er is niets gewijzigd")));
    }
    {
        // A colleague's program is still open: refused, and named.
        ServerConnection colleague(scratch.as(handler));
        ServerConnection server(scratch.location());
        try {
            ServerUpgrade::run(server, QStringLiteral("it"), laterSteps());
            FAIL("the server was upgraded under an open connection");
        } catch (const StorageError& e) {
            CHECK(e.message().contains(handler));
            CHECK(e.message().contains(QStringLiteral("Laat iedereen Aan Tafel sluiten")));
        }
    }
    CHECK(versionOf(scratch) == Latest);
    CHECK_FALSE(probeExists(scratch));
    CHECK(upgradeRows(scratch) == 0);
}

TEST_CASE("the program refuses a server of an older version and names server upgrade") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Bijwerk"));
    {
        ServerConnection server(scratch.location());
        server.exec(QStringLiteral("UPDATE server_info SET value = '%1' WHERE key = 'schema_version'").arg(Latest - 1));
    }
    try {
        Database::openServer(scratch.location());
        FAIL("a server of an older version was opened");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("aantafel-cli server upgrade")));
    }
    // Before the first version a server had, there is nothing to bring up from.
    {
        ServerConnection server(scratch.location());
        server.exec(QStringLiteral("UPDATE server_info SET value = '%1' WHERE key = 'schema_version'")
                        .arg(ServerUpgrade::BaseVersion - 1));
    }
    const CliResult run = cli({QStringLiteral("server"), QStringLiteral("upgrade"), scratch.location().url()});
    CHECK(run.code == Cli::Refused);
    CHECK(run.err.contains(QStringLiteral("begint bij versie %1").arg(ServerUpgrade::BaseVersion)));
}
