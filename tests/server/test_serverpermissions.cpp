// The server enforces the program's roles itself: what a klachtbehandelaar's login may not do is refused by
// PostgreSQL even to hand-written SQL, the audit trail is append-only for every login (and, through its
// trigger, even for a superuser), and a beheerder manages users and runs retention.
#include "servertestsupport.h"

#include "domain/clock.h"
#include "storage/casequery.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/searchterms.h"
#include "storage/searchwords.h"
#include "storage/serverconnection.h"
#include "storage/serverschema.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QSqlQuery>

namespace {

// The server's reason for refusing sql; fails the test when it is accepted.
QString refused(ServerConnection& server, const QString& sql, const QVariantMap& values = {}) {
    try {
        server.exec(sql, values);
    } catch (const StorageError& e) {
        return e.message();
    }
    FAIL("the server accepted: " << sql.toStdString());
    return {};
}

// A case registered with hand-written SQL through a login, as that login's program would insert it.
void insertCase(ServerConnection& login, const QString& reference, const QString& handler) {
    login.exec(
        QStringLiteral("INSERT INTO cases (reference, kind, channel, received, domain, phase, outcome, "
                       "satisfaction_confirmation, non_handling_ground, hearing_exception, created_at, updated_at, "
                       "klager_name, handler) VALUES (:reference, 'written', 'letter', '2025-03-07', 'wmo', "
                       "'intake', 'none', 'none', 'none', 'none', '2025-03-07T10:00:00.000Z', "
                       "'2025-03-07T10:00:00.000Z', 'J. de Vries', :handler)"),
        {{QStringLiteral(":reference"), reference}, {QStringLiteral(":handler"), handler}});
}
const QString newAudit = QStringLiteral(
    "INSERT INTO audit_log (at, \"user\", case_id, action, field, old_value, "
    "new_value) VALUES ('2025-03-07T10:00:00.000Z', :user, :case_id, 'update', :field, :old_value, :new_value)");

// A municipality on the test server with a beheerder's login (made by the superuser, as IT does) and a
// klachtbehandelaar's login (made by that beheerder).
struct Municipality {
    ScratchDatabase scratch;
    QString admin;
    QString handler = scratch.login(QStringLiteral("jan"));

    Municipality() {
        scratch.initialise(QStringLiteral("Gemeente Rechten"));
        admin = scratch.loginWithRole(QStringLiteral("beheer"), Role::Admin);
        ServerConnection beheerder(scratch.as(admin));
        beheerder.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"),
                       {{QStringLiteral(":login"), handler}});
    }
};

} // namespace

TEST_CASE("a klachtbehandelaar's login cannot change or remove the audit trail, even with hand-written SQL") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection jan(m.scratch.as(m.handler));
    // Case work and its audit rows are allowed.
    insertCase(jan, QStringLiteral("KL-2025-1"), m.handler);
    const qint64 caseId = jan.scalar(QStringLiteral("SELECT id FROM cases WHERE reference = 'KL-2025-1'")).toLongLong();
    jan.exec(newAudit, {{QStringLiteral(":user"), m.handler},
                        {QStringLiteral(":case_id"), caseId},
                        {QStringLiteral(":field"), QStringLiteral("story")},
                        {QStringLiteral(":old_value"), QStringLiteral("")},
                        {QStringLiteral(":new_value"), QStringLiteral("Geen reactie")}});
    jan.exec(QStringLiteral("UPDATE cases SET story = 'Geen reactie', revision = revision + 1 WHERE id = :id"),
             {{QStringLiteral(":id"), caseId}});
    const qint64 rows = jan.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    CHECK(refused(jan, QStringLiteral("UPDATE audit_log SET new_value = 'iets anders' WHERE case_id = :case_id"),
                  {{QStringLiteral(":case_id"), caseId}})
              .contains(QStringLiteral("permission denied for table audit_log")));
    CHECK(refused(jan, QStringLiteral("UPDATE audit_log SET old_value = '', new_value = ''"))
              .contains(QStringLiteral("permission denied for table audit_log")));
    CHECK(refused(jan, QStringLiteral("DELETE FROM audit_log WHERE case_id = :case_id"),
                  {{QStringLiteral(":case_id"), caseId}})
              .contains(QStringLiteral("permission denied for table audit_log")));
    CHECK(refused(jan, QStringLiteral("TRUNCATE audit_log")).contains(QStringLiteral("permission denied")));
    CHECK(refused(jan, QStringLiteral("SELECT blank_audit_values(:case_id)"), {{QStringLiteral(":case_id"), caseId}})
              .contains(QStringLiteral("permission denied for function blank_audit_values")));
    CHECK(refused(jan, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
              .contains(QStringLiteral("must be owner")));
    CHECK(jan.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == rows);
    CHECK(jan.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE case_id = :case_id AND field = 'story'"),
                     {{QStringLiteral(":case_id"), caseId}})
              .toString() == QStringLiteral("Geen reactie"));
}

TEST_CASE("a klachtbehandelaar's login cannot run retention's deletes nor manage users") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection jan(m.scratch.as(m.handler));
    insertCase(jan, QStringLiteral("KL-2025-1"), m.handler);
    jan.exec(
        QStringLiteral("INSERT INTO letters (case_id, type, letter_date, created_at, body) SELECT id, "
                       "'ontvangstbevestiging', '2025-03-10', '2025-03-10T09:00:00.000Z', 'Geachte heer' FROM cases"));
    const QString denied = QStringLiteral("permission denied");
    // Retention: destroying a case, its letters, the record of the run.
    CHECK(refused(jan, QStringLiteral("DELETE FROM cases WHERE reference = 'KL-2025-1'")).contains(denied));
    CHECK(refused(jan, QStringLiteral("DELETE FROM letters")).contains(denied));
    CHECK(refused(jan, QStringLiteral("INSERT INTO retention_runs (uid, at, \"user\", action) VALUES ('r1', "
                                      "'2025-03-07T10:00:00.000Z', 'jan', 'destroy')"))
              .contains(denied));
    CHECK(jan.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt() == 1);
    CHECK(jan.scalar(QStringLiteral("SELECT count(*) FROM letters")).toInt() == 1);
    // A sent letter is never changed, by anybody.
    CHECK(refused(jan, QStringLiteral("UPDATE letters SET body = 'Anders'")).contains(denied));
    // Users: not the program's, not the server's.
    CHECK(refused(jan, QStringLiteral("INSERT INTO users (login, name, role) VALUES ('jan', 'Jan', 'admin')"))
              .contains(denied));
    CHECK(refused(jan, QStringLiteral("SELECT grant_program_role(:login, 'admin')"),
                  {{QStringLiteral(":login"), m.handler}})
              .contains(denied));
    CHECK(refused(jan, QStringLiteral("SELECT revoke_program_roles(:login)"), {{QStringLiteral(":login"), m.admin}})
              .contains(denied));
    CHECK(
        refused(jan,
                QStringLiteral("GRANT %1 TO %2").arg(ServerSchema::roleName(m.scratch.name(), Role::Admin), m.handler))
            .contains(QStringLiteral("must have admin option")));
    CHECK(refused(jan, QStringLiteral("UPDATE settings SET value = 'Gemeente Anders' WHERE key = 'name'"))
              .contains(denied));
    CHECK_FALSE(jan.scalar(QStringLiteral("SELECT pg_has_role(current_user, :role, 'MEMBER')"),
                           {{QStringLiteral(":role"), ServerSchema::roleName(m.scratch.name(), Role::Admin)}})
                    .toBool());
}

TEST_CASE("no role of a municipality holds UPDATE, DELETE or TRUNCATE on the audit trail, not even its owner") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection server(m.scratch.location());
    const QString db = m.scratch.name();
    for (const QString& role :
         {ServerSchema::roleName(db, Role::Handler), ServerSchema::roleName(db, Role::Coordinator),
          ServerSchema::roleName(db, Role::Admin), ServerSchema::ownerRole(db), m.handler, m.admin}) {
        INFO("role " << role.toStdString());
        CHECK(server
                  .scalar(QStringLiteral("SELECT has_table_privilege(:role, 'audit_log', 'INSERT')"),
                          {{QStringLiteral(":role"), role}})
                  .toBool());
        for (const char* privilege : {"UPDATE", "DELETE", "TRUNCATE"}) {
            INFO(privilege);
            CHECK_FALSE(server
                            .scalar(QStringLiteral("SELECT has_table_privilege(:role, 'audit_log', :privilege)"),
                                    {{QStringLiteral(":role"), role},
                                     {QStringLiteral(":privilege"), QString::fromLatin1(privilege)}})
                            .toBool());
        }
    }
    // Retention's role may blank two columns and nothing more; nobody logs in as it.
    const QString retention = ServerSchema::retentionRole(db);
    CHECK_FALSE(server
                    .scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = :role"),
                            {{QStringLiteral(":role"), retention}})
                    .toBool());
    CHECK_FALSE(server
                    .scalar(QStringLiteral("SELECT has_table_privilege(:role, 'audit_log', 'DELETE')"),
                            {{QStringLiteral(":role"), retention}})
                    .toBool());
    CHECK_FALSE(server
                    .scalar(QStringLiteral("SELECT has_column_privilege(:role, 'audit_log', 'action', 'UPDATE')"),
                            {{QStringLiteral(":role"), retention}})
                    .toBool());
}

TEST_CASE("even a superuser cannot delete, truncate or rewrite the audit trail, for its trigger refuses") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection postgres(m.scratch.location());
    const qint64 rows = postgres.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    REQUIRE(rows >= 1);
    CHECK(refused(postgres, QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("append-only")));
    CHECK(refused(postgres, QStringLiteral("TRUNCATE audit_log")).contains(QStringLiteral("append-only")));
    CHECK(refused(postgres, QStringLiteral("UPDATE audit_log SET new_value = 'Gemeente Anders'"))
              .contains(QStringLiteral("append-only")));
    CHECK(refused(postgres, QStringLiteral("UPDATE audit_log SET action = 'niets', old_value = '', new_value = ''"))
              .contains(QStringLiteral("append-only")));
    CHECK(postgres.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == rows);
}

TEST_CASE("a beheerder manages users and runs retention, blanking audit values only through its function") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    const QString db = m.scratch.name();
    ServerConnection beheerder(m.scratch.as(m.admin));
    // The program's users.
    beheerder.exec(QStringLiteral("INSERT INTO users (login, name, role) VALUES (:login, 'Jan Jansen', 'handler')"),
                   {{QStringLiteral(":login"), m.handler}});
    beheerder.exec(QStringLiteral("UPDATE users SET role = 'coordinator' WHERE login = :login"),
                   {{QStringLiteral(":login"), m.handler.toUpper()}});
    CHECK(beheerder
              .scalar(QStringLiteral("SELECT role FROM users WHERE login = :login"),
                      {{QStringLiteral(":login"), m.handler}})
              .toString() == QStringLiteral("coordinator"));
    // The server's logins: one program role at a time.
    beheerder.exec(QStringLiteral("SELECT grant_program_role(:login, 'coordinator')"),
                   {{QStringLiteral(":login"), m.handler}});
    const QString memberOf = QStringLiteral("SELECT pg_has_role(:login, :role, 'MEMBER')");
    CHECK(beheerder
              .scalar(memberOf, {{QStringLiteral(":login"), m.handler},
                                 {QStringLiteral(":role"), ServerSchema::roleName(db, Role::Coordinator)}})
              .toBool());
    CHECK_FALSE(beheerder
                    .scalar(memberOf, {{QStringLiteral(":login"), m.handler},
                                       {QStringLiteral(":role"), ServerSchema::roleName(db, Role::Handler)}})
                    .toBool());
    const QString newcomer = db + QStringLiteral("x_piet");
    beheerder.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"),
                   {{QStringLiteral(":login"), newcomer}});
    CHECK(beheerder
              .scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = :role"),
                      {{QStringLiteral(":role"), newcomer}})
              .toBool());
    CHECK(beheerder
              .scalar(memberOf, {{QStringLiteral(":login"), newcomer},
                                 {QStringLiteral(":role"), ServerSchema::roleName(db, Role::Handler)}})
              .toBool());
    beheerder.exec(QStringLiteral("SELECT revoke_program_roles(:login)"), {{QStringLiteral(":login"), newcomer}});
    CHECK_FALSE(beheerder
                    .scalar(memberOf, {{QStringLiteral(":login"), newcomer},
                                       {QStringLiteral(":role"), ServerSchema::roleName(db, Role::Handler)}})
                    .toBool());
    // Never beyond the program: not a superuser, not the program's own roles, no unknown role.
    CHECK(refused(beheerder, QStringLiteral("SELECT grant_program_role('postgres', 'admin')"))
              .contains(QStringLiteral("not a login of this program")));
    CHECK(refused(beheerder, QStringLiteral("SELECT grant_program_role(:login, 'admin')"),
                  {{QStringLiteral(":login"), ServerSchema::ownerRole(db)}})
              .contains(QStringLiteral("not a login of this program")));
    CHECK(refused(beheerder, QStringLiteral("SELECT grant_program_role(:login, 'superuser')"),
                  {{QStringLiteral(":login"), newcomer}})
              .contains(QStringLiteral("unknown role")));

    // Retention: a case destroyed, its audit values blanked, the rows and the reference kept.
    ServerConnection jan(m.scratch.as(m.handler));
    insertCase(jan, QStringLiteral("KL-2019-7"), m.handler);
    const qint64 caseId = jan.scalar(QStringLiteral("SELECT id FROM cases")).toLongLong();
    jan.exec(newAudit, {{QStringLiteral(":user"), m.handler},
                        {QStringLiteral(":case_id"), caseId},
                        {QStringLiteral(":field"), QStringLiteral("klager_name")},
                        {QStringLiteral(":old_value"), QStringLiteral("")},
                        {QStringLiteral(":new_value"), QStringLiteral("J. de Vries")}});
    jan.exec(newAudit, {{QStringLiteral(":user"), m.handler},
                        {QStringLiteral(":case_id"), caseId},
                        {QStringLiteral(":field"), QStringLiteral("reference")},
                        {QStringLiteral(":old_value"), QStringLiteral("")},
                        {QStringLiteral(":new_value"), QStringLiteral("KL-2019-7")}});
    CHECK(refused(beheerder, QStringLiteral("UPDATE audit_log SET new_value = '' WHERE case_id = :case_id"),
                  {{QStringLiteral(":case_id"), caseId}})
              .contains(QStringLiteral("permission denied for table audit_log")));
    CHECK(
        beheerder.scalar(QStringLiteral("SELECT blank_audit_values(:case_id)"), {{QStringLiteral(":case_id"), caseId}})
            .toLongLong() == 1);
    beheerder.exec(QStringLiteral("DELETE FROM cases WHERE id = :id"), {{QStringLiteral(":id"), caseId}});
    CHECK(beheerder.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
    // The words only that case held leave the search's list of words, through the function retention calls.
    beheerder.exec(QStringLiteral("SELECT search_words_prune(:words)"),
                   {{QStringLiteral(":words"), QStringLiteral("kl\n2019")}});
    CHECK(beheerder.scalar(QStringLiteral("SELECT count(*) FROM search_words WHERE word IN ('kl', '2019')")).toInt() ==
          0);
    CHECK(beheerder
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = :case_id"),
                      {{QStringLiteral(":case_id"), caseId}})
              .toInt() == 2);
    CHECK(beheerder
              .scalar(
                  QStringLiteral("SELECT new_value FROM audit_log WHERE case_id = :case_id AND field = 'klager_name'"),
                  {{QStringLiteral(":case_id"), caseId}})
              .toString()
              .isEmpty());
    CHECK(
        beheerder
            .scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE case_id = :case_id AND field = 'reference'"),
                    {{QStringLiteral(":case_id"), caseId}})
            .toString() == QStringLiteral("KL-2019-7"));
    CHECK(refused(beheerder, QStringLiteral("DELETE FROM audit_log WHERE case_id = :case_id"),
                  {{QStringLiteral(":case_id"), caseId}})
              .contains(QStringLiteral("permission denied for table audit_log")));
}

TEST_CASE("the cases a klachtbehandelaar's login registers or moves to another day reach the days' first ids "
          "through their trigger, which the login reads but cannot change") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection jan(m.scratch.as(m.handler));
    insertCase(jan, QStringLiteral("KL-2025-8"), m.handler);
    // Every case's day holds an id at or below the case's.
    const QString covered = QStringLiteral("SELECT count(*) FROM cases AS c WHERE EXISTS (SELECT 1 FROM case_days AS k "
                                           "WHERE k.day = c.received AND k.first_id <= c.id)");
    CHECK(jan.scalar(covered).toInt() == 1);
    jan.exec(QStringLiteral("UPDATE cases SET received = '2025-03-09', revision = revision + 1"));
    CHECK(jan.scalar(covered).toInt() == 1);
    CHECK(jan.scalar(QStringLiteral("SELECT count(*) FROM case_days")).toInt() == 2); // the old day stays
    CHECK(refused(jan, QStringLiteral("INSERT INTO case_days (day, first_id) VALUES ('2025-03-10', 1)"))
              .contains(QStringLiteral("permission denied for table case_days")));
    CHECK(refused(jan, QStringLiteral("DELETE FROM case_days")).contains(QStringLiteral("permission denied")));
    CHECK(refused(jan, QStringLiteral("SELECT case_days_lower()")).contains(QStringLiteral("permission denied")));
}

TEST_CASE("the words a klachtbehandelaar's login writes reach the search's word table through its trigger, which "
          "the login reads but cannot change") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    {
        ServerConnection jan(m.scratch.as(m.handler));
        insertCase(jan, QStringLiteral("KL-2025-7"), m.handler);
        jan.exec(QStringLiteral("UPDATE cases SET story = 'De rolstoelbus kwam niet', revision = revision + 1"));
        jan.exec(QStringLiteral("INSERT INTO events (case_id, at, kind, text) SELECT id, '2025-03-08T09:00:00.000Z', "
                                "'note', 'Rolstoelvervoer gebeld' FROM cases"));
        jan.exec(QStringLiteral("INSERT INTO documents (case_id, name, kind, added_at, size, sha256) SELECT id, "
                                "'brief.pdf', 'complaint', '2025-03-08T09:00:00.000Z', 0, repeat('0', 64) FROM cases"));
        jan.exec(QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT id, name, 'Rolstoeltaxi' FROM "
                                "documents"));
        CHECK(jan.scalar(QStringLiteral("SELECT string_agg(word, ' ' ORDER BY word) FROM search_words WHERE word "
                                        "LIKE 'rolstoel%'"))
                  .toString() == QStringLiteral("rolstoelbus rolstoeltaxi rolstoelvervoer"));
        CHECK(refused(jan, QStringLiteral("INSERT INTO search_words (word) VALUES ('zelfgemaakt')"))
                  .contains(QStringLiteral("permission denied for table search_words")));
        CHECK(refused(jan, QStringLiteral("DELETE FROM search_words")).contains(QStringLiteral("permission denied")));
        CHECK(refused(jan, QStringLiteral("SELECT search_words_add()")).contains(QStringLiteral("permission denied")));
        // Taking words out is retention's, a beheerder's (test_retention.cpp).
        CHECK(refused(jan, QStringLiteral("SELECT search_words_prune('rolstoelbus')"))
                  .contains(QStringLiteral("permission denied")));
    }
    // The program's search on that login asks the index for those whole words and finds the case by each.
    auto db = Database::openServer(m.scratch.as(m.handler));
    CHECK(SearchWords::wholeWords(*db, SearchTerms(QStringLiteral("rolstoel"))) ==
          QList<QStringList>(
              {{QStringLiteral("rolstoelbus"), QStringLiteral("rolstoeltaxi"), QStringLiteral("rolstoelvervoer")}}));
    const FixedClock clock(QDate(2026, 12, 6));
    CaseRepository cases(*db, clock, m.handler);
    for (const char* words : {"rolstoel", "rolstoelb", "rolstoelv", "rolstoelt", "vries rolstoel"}) {
        INFO(words);
        CHECK(cases.search(QString::fromUtf8(words)).size() == 1);
    }
}

TEST_CASE("a case's timeline words follow what a klachtbehandelaar's login writes and changes and a beheerder's "
          "removes in its timeline and documents, through their triggers") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection jan(m.scratch.as(m.handler));
    insertCase(jan, QStringLiteral("KL-2025-9"), m.handler);
    const auto words = [&] {
        return jan.scalar(QStringLiteral("SELECT array_to_string(tsvector_to_array(timeline_words), ' ') FROM cases"))
            .toString();
    };
    // A case without a timeline entry or a document has none; its own text is its search vector's.
    CHECK(words().isEmpty());
    jan.exec(QStringLiteral("INSERT INTO events (case_id, at, kind, text) SELECT id, '2025-03-08T09:00:00.000Z', "
                            "'note', 'Wijkteam gebeld' FROM cases"));
    jan.exec(QStringLiteral("INSERT INTO events (case_id, at, kind, text) SELECT id, '2025-03-09T09:00:00.000Z', "
                            "'note', 'Klager teruggebeld' FROM cases"));
    CHECK(words() == QStringLiteral("gebeld klager teruggebeld wijkteam"));
    jan.exec(QStringLiteral("INSERT INTO documents (case_id, name, kind, added_at, size, sha256) SELECT id, "
                            "'brief.pdf', 'complaint', '2025-03-08T09:00:00.000Z', 0, repeat('0', 64) FROM cases"));
    jan.exec(QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT id, name, 'Scootmobiel' FROM "
                            "documents"));
    CHECK(words() == QStringLiteral("brief gebeld klager pdf scootmobiel teruggebeld wijkteam"));
    // A changed text takes its old words along (retention blanks a timeline so), a removed entry or document too.
    jan.exec(QStringLiteral("UPDATE events SET text = 'Wijkteam' WHERE text = 'Wijkteam gebeld'"));
    CHECK(words() == QStringLiteral("brief klager pdf scootmobiel teruggebeld wijkteam"));
    // Removing is retention's, a beheerder's.
    ServerConnection beheerder(m.scratch.as(m.admin));
    beheerder.exec(QStringLiteral("DELETE FROM events WHERE text = 'Klager teruggebeld'"));
    CHECK(words() == QStringLiteral("brief pdf scootmobiel wijkteam"));
    jan.exec(QStringLiteral("UPDATE documents_fts SET text = 'Rolstoel'"));
    CHECK(words() == QStringLiteral("brief pdf rolstoel wijkteam"));
    beheerder.exec(QStringLiteral("DELETE FROM documents_fts"));
    CHECK(words() == QStringLiteral("wijkteam"));
    jan.exec(QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT id, name, 'Scootmobiel' FROM "
                            "documents"));
    CHECK(words() == QStringLiteral("brief pdf scootmobiel wijkteam"));
    beheerder.exec(QStringLiteral("DELETE FROM documents"));
    CHECK(words() == QStringLiteral("wijkteam"));
    CHECK(refused(jan, QStringLiteral("SELECT timeline_words_events()")).contains(QStringLiteral("permission denied")));
    CHECK(refused(jan, QStringLiteral("SELECT timeline_words_documents()"))
              .contains(QStringLiteral("permission denied")));
}

TEST_CASE("a case whose timeline words would pass a search vector's size keeps none, and a walked search still finds "
          "it by its documents") {
    SKIP_WITHOUT_TEST_SERVER();
    Municipality m;
    ServerConnection jan(m.scratch.as(m.handler));
    insertCase(jan, QStringLiteral("KL-2025-10"), m.handler);
    // Two documents of 60,000 different words each (0.6 and 0.7 MB of words, each vector with its places within
    // 1 MiB), the second also holding "rolstoelbus"; together they pass it.
    jan.exec(QStringLiteral("INSERT INTO documents (case_id, name, kind, added_at, size, sha256) SELECT c.id, "
                            "'scan' || n || '.pdf', 'complaint', '2025-03-08T09:00:00.000Z', 0, repeat('0', 64) FROM "
                            "cases AS c, generate_series(1, 2) AS n"));
    jan.exec(QStringLiteral("INSERT INTO documents_fts (rowid, name, text) SELECT d.id, d.name, (SELECT "
                            "string_agg('woord' || (g + CASE WHEN d.name = 'scan1.pdf' THEN 0 ELSE 100000 END), ' ') "
                            "FROM generate_series(1, 60000) AS g) || CASE WHEN d.name = 'scan2.pdf' THEN ' "
                            "rolstoelbus' ELSE '' END FROM documents AS d"));
    CHECK(jan.scalar(QStringLiteral("SELECT timeline_words IS NULL FROM cases")).toBool());
    // The case list's first page walks the newest cases (CaseQuery), where the timeline words decide.
    auto db = Database::openServer(m.scratch.as(m.handler));
    CaseQuery query(*db);
    for (const auto& [words, found] : {std::pair{"rolstoelbus", 1}, std::pair{"scootmobiel", 0}}) {
        INFO(words);
        CaseSelection selection;
        selection.words = QString::fromUtf8(words);
        CHECK(query.page(selection, {}, QDate(2026, 12, 6), 0, 50).value().size() == found);
    }
    // Once the large document goes, the words are kept again.
    ServerConnection beheerder(m.scratch.as(m.admin));
    beheerder.exec(QStringLiteral("DELETE FROM documents WHERE name = 'scan1.pdf'"));
    CHECK(jan.scalar(QStringLiteral("SELECT length(timeline_words) FROM cases")).toInt() == 60003);
}
