// The PostgreSQL DDL of a municipality (see serverschema.h). The tables and their indexes are the file's
// schema at ServerUpgrade::BaseVersion, translated (SchemaTranslation); written out here is only what is the
// server's own: the collations and the search configuration, server_info, the search's GIN indexes and the
// documents_fts table, the trigger functions and triggers, the roles and their grants.
#include "serverschema.h"

#include "migrations.h"
#include "schematranslation.h"
#include "serverupgrade.h"
#include "sqldialect.h"

#include <QRegularExpression>

namespace {

// What the translation cannot tell from the file's schema: the server's own choices.
SchemaTranslation::Exceptions serverChoices() {
    SchemaTranslation::Exceptions choices;
    // Names of people and organisations sort as Dutch readers expect (ICU): "de Vries" between "Aalders"
    // and "Zwart", "Élise" with the E's.
    choices.dutchSorted = {QStringLiteral("cases.klager_name"),
                           QStringLiteral("cases.representative_name"),
                           QStringLiteral("cases.subject_department"),
                           QStringLiteral("cases.subject_employee"),
                           QStringLiteral("cases.subject_provider"),
                           QStringLiteral("cases.handler"),
                           QStringLiteral("users.name")};
    // A document's size in bytes, which may pass the 2 GiB of an INTEGER.
    choices.bigIntegers = {QStringLiteral("documents.size")};
    // The yearly report reads its year from this index alone: the received date is the key, the other columns
    // ride along.
    choices.coveringIndexes = {QStringLiteral("cases_year_report")};
    return choices;
}

// Before the tables: the collations their columns use, the search configuration of the GIN indexes, and the
// server's own record.
QStringList serverPrelude() {
    return {
        // Names sort as Dutch readers expect (ICU); logins, accounts and themes compare without regard to
        // case, as COLLATE NOCASE does in the file.
        QStringLiteral("CREATE COLLATION nl_nl (provider = icu, locale = 'nl-NL')"),
        QStringLiteral("CREATE COLLATION nl_nl_ci (provider = icu, locale = 'nl-NL-u-ks-level2', "
                       "deterministic = false)"),
        // The search: every word as written, with the accents and capitals taken off, so that "Elise" finds
        // "Élise" and the same words find the same cases as in the file, whose FTS5 index (unicode61,
        // remove_diacritics) neither stems nor leaves out stop words. The text reaches it with everything
        // that is not a letter or digit made a space (SqlDialect::searchVector).
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION aantafel_nl (COPY = pg_catalog.simple)"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION aantafel_nl ALTER MAPPING FOR asciiword, asciihword, "
                       "hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, "
                       "simple"),
        QStringLiteral("CREATE TABLE server_info (\n"
                       "    key TEXT PRIMARY KEY,\n"
                       "    value TEXT NOT NULL\n"
                       ")"),
    };
}

// The file's FTS5 tables: those over a table's own columns (cases_fts, events_fts) are GIN indexes over the
// same columns; documents_fts, which holds text of its own, is a table of the same columns with a GIN index.
QStringList serverSearch() {
    return {
        QStringLiteral("CREATE INDEX cases_search ON cases USING gin (") +
            SqlDialect::searchVector(QStringLiteral("reference || ' ' || klager_name || ' ' || story || ' ' || "
                                                    "desired_outcome")) +
            QLatin1Char(')'),
        QStringLiteral("CREATE INDEX events_search ON events USING gin (") +
            SqlDialect::searchVector(QStringLiteral("text")) + QLatin1Char(')'),
        // A document's name and extracted text, keyed by the document's id as the file's rowid; it goes with its
        // document.
        QStringLiteral("CREATE TABLE documents_fts (\n"
                       "    rowid BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,\n"
                       "    name TEXT,\n"
                       "    text TEXT\n"
                       ")"),
        QStringLiteral("CREATE INDEX documents_search ON documents_fts USING gin (") +
            SqlDialect::searchVector(QStringLiteral("coalesce(name, '') || ' ' || coalesce(text, '')")) +
            QLatin1Char(')'),
    };
}

// The file's triggers as trigger functions, stricter where the server can be.
QStringList serverTriggers() {
    return {
        // Append-only for everybody, a superuser included (privileges do not bind a superuser, a trigger
        // does). The one change allowed: blanking the values of a row about a case, which retention does
        // through blank_audit_values() (the row itself, with the reference, stays).
        QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF TG_OP = 'UPDATE' THEN\n"
                       "        IF NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.\"user\" = OLD.\"user\"\n"
                       "           AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id AND NEW.action = OLD.action\n"
                       "           AND NEW.field = OLD.field AND OLD.field <> 'reference'\n"
                       "           AND NEW.old_value = '' AND NEW.new_value = '' THEN\n"
                       "            RETURN NEW;\n"
                       "        END IF;\n"
                       "    END IF;\n"
                       "    RAISE EXCEPTION 'the audit trail is append-only (%)', TG_OP\n"
                       "        USING ERRCODE = 'insufficient_privilege';\n"
                       "END\n"
                       "$$"),
        QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log\n"
                       "    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log\n"
                       "    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE FUNCTION letters_sent_are_final() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    RAISE EXCEPTION 'a sent letter is never changed' USING ERRCODE = 'restrict_violation';\n"
                       "END\n"
                       "$$"),
        QStringLiteral("CREATE TRIGGER letters_sent_are_final BEFORE UPDATE ON letters\n"
                       "    FOR EACH ROW EXECUTE FUNCTION letters_sent_are_final()"),
    };
}

} // namespace

namespace ServerSchema {

bool isValidDatabaseName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

QString roleName(const QString& database, Role role) {
    switch (role) {
    case Role::Handler: return database + QStringLiteral("_klachtbehandelaar");
    case Role::Coordinator: return database + QStringLiteral("_klachtencoordinator");
    case Role::Admin: return database + QStringLiteral("_beheerder");
    }
    return {};
}

QString ownerRole(const QString& database) {
    return database + QStringLiteral("_eigenaar");
}

QString retentionRole(const QString& database) {
    return database + QStringLiteral("_bewaartermijn");
}

QString userAdminRole(const QString& database) {
    return database + QStringLiteral("_gebruikersbeheer");
}

QStringList tableOrder() {
    return {QStringLiteral("settings"),         QStringLiteral("themes"),         QStringLiteral("users"),
            QStringLiteral("user_accounts"),    QStringLiteral("cases"),          QStringLiteral("case_deadlines"),
            QStringLiteral("case_themes"),      QStringLiteral("events"),         QStringLiteral("audit_log"),
            QStringLiteral("decreed_days"),     QStringLiteral("decreed_years"),  QStringLiteral("complaint_parts"),
            QStringLiteral("letter_templates"), QStringLiteral("letters"),        QStringLiteral("measures"),
            QStringLiteral("measure_cases"),    QStringLiteral("retention_runs"), QStringLiteral("retention_run_cases"),
            QStringLiteral("backup_copies"),    QStringLiteral("documents"),      QStringLiteral("document_chunks"),
            QStringLiteral("documents_fts"),    QStringLiteral("case_archive")};
}

bool isIndex(const QString& statement) {
    return statement.startsWith(QLatin1String("CREATE INDEX ")) ||
           statement.startsWith(QLatin1String("CREATE UNIQUE INDEX "));
}

bool isIndexDrop(const QString& statement) {
    return statement.startsWith(QLatin1String("DROP INDEX "));
}

QString indexName(const QString& statement) {
    // CREATE INDEX name …, CREATE UNIQUE INDEX name …, DROP INDEX name
    const int word = statement.startsWith(QLatin1String("CREATE UNIQUE INDEX ")) ? 3 : 2;
    return statement.section(QLatin1Char(' '), word, word);
}

QStringList tables() {
    QStringList statements = serverPrelude();
    statements << SchemaTranslation::toServer(Migrations::schemaAt(ServerUpgrade::BaseVersion), serverChoices())
               << serverSearch() << serverTriggers();
    return statements;
}

QStringList extensions() {
    // unaccent ships with postgresql-15 (contrib); a superuser creates it before the owner makes the tables.
    return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")};
}

QStringList createRoles(const QString& database) {
    QStringList statements;
    for (Role role : {Role::Handler, Role::Coordinator, Role::Admin})
        statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(roleName(database, role));
    statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ownerRole(database))
               << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(retentionRole(database))
               // CREATEROLE, so that its functions can give a login one of the program's roles.
               << QStringLiteral("CREATE ROLE %1 NOLOGIN CREATEROLE").arg(userAdminRole(database));
    return statements;
}

QStringList grants(const QString& database) {
    const QString handler = roleName(database, Role::Handler);
    const QString coordinator = roleName(database, Role::Coordinator);
    const QString admin = roleName(database, Role::Admin);
    const QString everyone = handler + QStringLiteral(", ") + coordinator + QStringLiteral(", ") + admin;
    const QString caseWorkers = handler + QStringLiteral(", ") + coordinator;
    const QString owner = ownerRole(database);
    const QString retention = retentionRole(database);
    const QString userAdmin = userAdminRole(database);
    const QString db = database;

    QStringList s;
    // Only the program's roles reach the database and its tables.
    s << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(db)
      << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(db, everyone)
      << QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC")
      << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2, %3").arg(everyone, retention, userAdmin)
      << QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
      // Everyone reads everything: a klachtbehandelaar takes over a colleague's case (permissions.h).
      << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(everyone)
      << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(everyone)
      // The audit trail: appended to by everybody, changed by nobody — not even its owner.
      << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(owner)
      << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(everyone)
      // Case work (klachtbehandelaar, klachtencoördinator): cases, their timeline, parts, letters, documents
      // and measures. No DELETE of cases, letters or the retention record: that is retention's.
      << QStringLiteral("GRANT INSERT, UPDATE ON cases, events, complaint_parts, documents, document_chunks, "
                        "documents_fts, measures, case_deadlines TO %1")
             .arg(caseWorkers)
      << QStringLiteral("GRANT INSERT ON letters TO %1").arg(caseWorkers)
      << QStringLiteral("GRANT INSERT, DELETE ON case_themes, measure_cases TO %1").arg(caseWorkers)
      // The stored deadlines of a case are replaced with every change of it (DeadlineStore).
      << QStringLiteral("GRANT DELETE ON complaint_parts, documents, document_chunks, documents_fts, measures, "
                        "case_deadlines TO %1")
             .arg(caseWorkers)
      // A new theme typed on a case joins the list (casewriter.cpp), or an inactive one comes back.
      << QStringLiteral("GRANT INSERT, UPDATE ON themes TO %1").arg(caseWorkers)
      // The beheerder: users, lists, templates, settings, the calendar, the archive choice, backups and
      // retention (which destroys or anonymises cases: DELETE and UPDATE on the case tables).
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON users, user_accounts, settings, themes, letter_templates, "
                        "decreed_days, decreed_years, case_archive, retention_runs, retention_run_cases, "
                        "backup_copies TO %1")
             .arg(admin)
      << QStringLiteral("GRANT UPDATE, DELETE ON cases, events, complaint_parts, letters, documents, "
                        "document_chunks, documents_fts TO %1")
             .arg(admin)
      << QStringLiteral("GRANT DELETE ON case_themes, measure_cases TO %1").arg(admin)
      // A change of the Atw calendar or of the policy terms recomputes every case's stored deadlines.
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON case_deadlines TO %1").arg(admin);

    // Retention's blanking of audit values: a function owned by a role that may change those two columns and
    // nothing else, callable by a beheerder only.
    s << QStringLiteral("GRANT SELECT (id, case_id, field), UPDATE (old_value, new_value) ON audit_log TO %1")
             .arg(retention)
      << QStringLiteral("CREATE FUNCTION blank_audit_values(p_case_id BIGINT) RETURNS BIGINT\n"
                        "    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
                        "DECLARE blanked BIGINT;\n"
                        "BEGIN\n"
                        "    UPDATE audit_log SET old_value = '', new_value = ''\n"
                        "        WHERE case_id = p_case_id AND field <> 'reference';\n"
                        "    GET DIAGNOSTICS blanked = ROW_COUNT;\n"
                        "    RETURN blanked;\n"
                        "END\n"
                        "$$")
      << QStringLiteral("ALTER FUNCTION blank_audit_values(BIGINT) OWNER TO %1").arg(retention)
      << QStringLiteral("REVOKE ALL ON FUNCTION blank_audit_values(BIGINT) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION blank_audit_values(BIGINT) TO %1").arg(admin);

    // User management on the server: a beheerder gives a login one of the program's roles (or takes them),
    // through functions owned by a role with CREATEROLE. They refuse superusers and role managers, so that
    // a beheerder of the program never reaches beyond it.
    const QString roleCase = QStringLiteral("CASE p_role WHEN 'handler' THEN '%1' WHEN 'coordinator' THEN '%2' "
                                            "WHEN 'admin' THEN '%3' END")
                                 .arg(handler, coordinator, admin);
    const QString guard =
        QStringLiteral(
            "    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN\n"
            "        RAISE EXCEPTION 'not a login name: %', p_login USING ERRCODE = 'invalid_parameter_value';\n"
            "    END IF;\n"
            "    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolcreaterole "
            "OR NOT rolcanlogin OR rolname LIKE '%1\\_%')) THEN\n"
            "        RAISE EXCEPTION 'role % is not a login of this program', p_login\n"
            "            USING ERRCODE = 'insufficient_privilege';\n"
            "    END IF;\n")
            .arg(db);
    // Only the memberships there are: revoking one that is not there is a warning in every client's log.
    const QString revokeAll =
        QStringLiteral(
            "    FOR held IN SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid\n"
            "        JOIN pg_roles AS u ON u.oid = m.member\n"
            "        WHERE u.rolname = p_login AND g.rolname IN ('%1', '%2', '%3') LOOP\n"
            "        EXECUTE format('REVOKE %I FROM %I', held, p_login);\n"
            "    END LOOP;\n")
            .arg(handler, coordinator, admin);
    s << QStringLiteral("CREATE FUNCTION grant_program_role(p_login TEXT, p_role TEXT) RETURNS void\n"
                        "    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
                        "DECLARE target TEXT := %1; held TEXT;\n"
                        "BEGIN\n%2"
                        "    IF target IS NULL THEN\n"
                        "        RAISE EXCEPTION 'unknown role: %', p_role USING ERRCODE = 'invalid_parameter_value';\n"
                        "    END IF;\n"
                        "    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN\n"
                        "        EXECUTE format('CREATE ROLE %I LOGIN', p_login);\n"
                        "    END IF;\n"
                        "%3"
                        "    EXECUTE format('GRANT %I TO %I', target, p_login);\n"
                        "END\n"
                        "$$")
             .arg(roleCase, guard, revokeAll)
      << QStringLiteral("CREATE FUNCTION revoke_program_roles(p_login TEXT) RETURNS void\n"
                        "    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
                        "DECLARE held TEXT;\n"
                        "BEGIN\n%1%2"
                        "END\n"
                        "$$")
             .arg(guard, revokeAll);
    for (const char* signature : {"grant_program_role(TEXT, TEXT)", "revoke_program_roles(TEXT)"}) {
        const QString function = QString::fromLatin1(signature);
        s << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, userAdmin)
          << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(function)
          << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, admin);
    }
    return s;
}

} // namespace ServerSchema
