// The schema, as a list of numbered migrations. Each entry is frozen once released: to change the
// schema, append a migration. The enum CHECK lists spell out EnumText::code() values on purpose
// (not generated), so that a file's rules never change behind its back.
#include "migrations.h"

#include "database.h"
#include "deadlinestore.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace {

// "(column = 'a' OR column = 'b' …)" for a CHECK on an enum column. Not "column IN (…)": SQLite
// evaluates a CHECK with an IN list of more than two values by building a temporary table on every
// INSERT, which made bulk inserts several times slower. Part of the frozen migrations: never change
// what it produces; write a new helper for a new need.
QString oneOf(const char* column, std::initializer_list<const char*> codes) {
    QStringList terms;
    for (const char* code : codes)
        terms << QString::fromLatin1(column) + QStringLiteral(" = '") + QString::fromLatin1(code) + QLatin1Char('\'');
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// v1: the base schema.
QStringList version1() {
    return {
        QStringLiteral("CREATE TABLE settings (\n"
                       "    key TEXT PRIMARY KEY NOT NULL,\n"
                       "    value TEXT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE themes (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),\n"
                       "    position INTEGER NOT NULL DEFAULT 0,\n"
                       "    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
                       ")"),
        QStringLiteral("CREATE TABLE cases (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    reference TEXT NOT NULL CHECK (reference <> ''),\n"
                       "    kind TEXT NOT NULL CHECK ") +
            oneOf("kind", {"signal", "oral", "written"}) + QStringLiteral(",\n    channel TEXT NOT NULL CHECK ") +
            oneOf("channel", {"phone", "desk", "email", "letter", "webform", "neighbourhood_team", "kitchen_table",
                              "via_councillor", "social_media", "other"}) +
            QStringLiteral(",\n"
                           "    received TEXT NOT NULL CHECK (received GLOB "
                           "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
                           "    conduct_date TEXT,\n"
                           "    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),\n"
                           "    klager_name TEXT NOT NULL DEFAULT '',\n"
                           "    klager_address TEXT NOT NULL DEFAULT '',\n"
                           "    klager_phone TEXT NOT NULL DEFAULT '',\n"
                           "    klager_email TEXT NOT NULL DEFAULT '',\n"
                           "    representative_name TEXT NOT NULL DEFAULT '',\n"
                           "    representative_role TEXT NOT NULL DEFAULT '',\n"
                           "    subject_department TEXT NOT NULL DEFAULT '',\n"
                           "    subject_employee TEXT NOT NULL DEFAULT '',\n"
                           "    subject_provider TEXT NOT NULL DEFAULT '',\n"
                           "    subject_joint_arrangement TEXT NOT NULL DEFAULT '',\n"
                           "    domain TEXT NOT NULL CHECK ") +
            oneOf("domain", {"wmo", "youth", "participation", "debt_assistance", "other"}) +
            QStringLiteral(",\n"
                           "    story TEXT NOT NULL DEFAULT '',\n"
                           "    desired_outcome TEXT NOT NULL DEFAULT '',\n"
                           "    handler TEXT NOT NULL DEFAULT '',\n"
                           "    committee INTEGER NOT NULL DEFAULT 0 CHECK (committee IN (0, 1)),\n"
                           "    about_decision_content INTEGER NOT NULL DEFAULT 0 CHECK (about_decision_content IN "
                           "(0, 1)),\n"
                           "    decision_published TEXT,\n"
                           "    phase TEXT NOT NULL CHECK ") +
            oneOf("phase", {"intake", "informal", "formal", "referred", "closed"}) +
            QStringLiteral(",\n    outcome TEXT NOT NULL CHECK ") +
            oneOf("outcome", {"none", "resolved", "upheld", "partly_upheld", "rejected", "no_judgment", "not_handled",
                              "withdrawn", "referred"}) +
            QStringLiteral(",\n"
                           "    closed_on TEXT,\n"
                           "    satisfaction_confirmation TEXT NOT NULL CHECK ") +
            oneOf("satisfaction_confirmation", {"none", "phone", "in_person", "email", "letter"}) +
            QStringLiteral(",\n    non_handling_ground TEXT NOT NULL CHECK ") +
            oneOf("non_handling_ground",
                  {"none", "9_8_1_a", "9_8_1_b", "9_8_1_c", "9_8_1_d", "9_8_1_e", "9_8_1_f", "9_8_2"}) +
            QStringLiteral(",\n"
                           "    non_handling_notice_sent TEXT,\n"
                           "    acknowledgement_sent TEXT,\n"
                           "    first_contact_on TEXT,\n"
                           "    adjourned_on TEXT,\n"
                           "    consent_received TEXT,\n"
                           "    agreed_due_date TEXT,\n"
                           "    hearing_planned TEXT,\n"
                           "    hearing_held TEXT,\n"
                           "    hearing_exception TEXT NOT NULL CHECK ") +
            oneOf("hearing_exception", {"none", "manifestly_unfounded", "klager_waived", "no_reply"}) +
            QStringLiteral(",\n"
                           "    referral_provider TEXT NOT NULL DEFAULT '',\n"
                           "    referral_follow_up TEXT,\n"
                           "    referral_feedback TEXT,\n"
                           "    follow_up_due TEXT,\n"
                           "    follow_up_done TEXT,\n"
                           "    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),\n"
                           "    created_at TEXT NOT NULL,\n"
                           "    updated_at TEXT NOT NULL\n"
                           ")"),
        QStringLiteral("CREATE UNIQUE INDEX cases_reference ON cases (reference)"),
        QStringLiteral("CREATE INDEX cases_received ON cases (received DESC, reference)"),
        // The open-case list: only the open minority of a large file is indexed, already sorted.
        QStringLiteral("CREATE INDEX cases_open ON cases (received DESC, reference) WHERE phase <> 'closed'"),
        QStringLiteral("CREATE INDEX cases_phase ON cases (phase, received DESC)"),
        QStringLiteral("CREATE INDEX cases_handler ON cases (handler, received DESC)"),
        QStringLiteral("CREATE TABLE case_themes (\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    theme_id INTEGER NOT NULL REFERENCES themes (id),\n"
                       "    position INTEGER NOT NULL DEFAULT 0,\n"
                       "    PRIMARY KEY (case_id, theme_id)\n"
                       ") WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX case_themes_theme ON case_themes (theme_id)"),
        QStringLiteral("CREATE TABLE events (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    at TEXT NOT NULL,\n"
                       "    kind TEXT NOT NULL CHECK ") +
            oneOf("kind",
                  {"contact", "agreement", "transfer", "letter", "hearing", "decision", "note", "phase_change"}) +
            QStringLiteral(",\n"
                           "    author TEXT NOT NULL DEFAULT '',\n"
                           "    text TEXT NOT NULL DEFAULT ''\n"
                           ")"),
        QStringLiteral("CREATE INDEX events_case ON events (case_id, at, id)"),
        QStringLiteral("CREATE TABLE audit_log (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    at TEXT NOT NULL,\n"
                       "    user TEXT NOT NULL DEFAULT '',\n"
                       "    case_id INTEGER,\n"
                       "    action TEXT NOT NULL CHECK (action <> ''),\n"
                       "    field TEXT NOT NULL DEFAULT '',\n"
                       "    old_value TEXT NOT NULL DEFAULT '',\n"
                       "    new_value TEXT NOT NULL DEFAULT ''\n"
                       ")"),
        QStringLiteral("CREATE INDEX audit_log_case ON audit_log (case_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE TABLE decreed_days (\n"
                       "    day TEXT PRIMARY KEY NOT NULL CHECK (day GLOB "
                       "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
                       "    description TEXT NOT NULL DEFAULT ''\n"
                       ")"),
        QStringLiteral("CREATE TABLE decreed_years (\n"
                       "    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999)\n"
                       ")"),
    };
}

// v2: full-text search over the reference, the klager's name, the story, the desired outcome
// (cases_fts) and the timeline texts (events_fts). Both index their table as external content and
// are kept in sync by triggers; the migration indexes the rows already in the file.
QStringList version2() {
    const QString caseColumns = QStringLiteral("reference, klager_name, story, desired_outcome");
    const QString oldCase = QStringLiteral("old.reference, old.klager_name, old.story, old.desired_outcome");
    const QString newCase = QStringLiteral("new.reference, new.klager_name, new.story, new.desired_outcome");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE cases_fts USING fts5(") + caseColumns +
            QStringLiteral(", content='cases', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN\n"
                       "    INSERT INTO cases_fts (rowid, ") +
            caseColumns + QStringLiteral(") VALUES (new.id, ") + newCase + QStringLiteral(");\nEND"),
        QStringLiteral("CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN\n"
                       "    INSERT INTO cases_fts (cases_fts, rowid, ") +
            caseColumns + QStringLiteral(") VALUES ('delete', old.id, ") + oldCase + QStringLiteral(");\nEND"),
        QStringLiteral("CREATE TRIGGER cases_fts_update AFTER UPDATE OF ") + caseColumns +
            QStringLiteral(" ON cases\n"
                           "WHEN old.reference IS NOT new.reference OR old.klager_name IS NOT new.klager_name\n"
                           "    OR old.story IS NOT new.story OR old.desired_outcome IS NOT new.desired_outcome\n"
                           "BEGIN\n"
                           "    INSERT INTO cases_fts (cases_fts, rowid, ") +
            caseColumns + QStringLiteral(") VALUES ('delete', old.id, ") + oldCase +
            QStringLiteral(");\n    INSERT INTO cases_fts (rowid, ") + caseColumns +
            QStringLiteral(") VALUES (new.id, ") + newCase + QStringLiteral(");\nEND"),
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(text, content='events', content_rowid='id',\n"
                       "    tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN\n"
                       "    INSERT INTO events_fts (rowid, text) VALUES (new.id, new.text);\n"
                       "END"),
        QStringLiteral("CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN\n"
                       "    INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', old.id, old.text);\n"
                       "END"),
        QStringLiteral("CREATE TRIGGER events_fts_update AFTER UPDATE OF text ON events\n"
                       "WHEN old.text IS NOT new.text BEGIN\n"
                       "    INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', old.id, old.text);\n"
                       "    INSERT INTO events_fts (rowid, text) VALUES (new.id, new.text);\n"
                       "END"),
        QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('rebuild')"),
    };
}

// v3: what the letters, the learning loop and the trust features need.
// - users: who works with the file and in which role (klachtbehandelaar, klachtencoördinator,
//   beheerder); login is matched to the operating-system account.
// - complaint_parts: the parts of a formal complaint, each with findings and a judgment (Awb 9:12),
//   plus the conclusions of the case and the day the klager went on to the ombudsman (9:12a report).
// - letter_templates: a municipality's own copy of a shipped letter template.
// - letters: the versions of letters as sent; they are never changed (a trigger refuses updates)
//   and only leave the file with their case (destruction after the retention period).
// - measures and measure_cases: improvement measures (verbetermaatregelen) linked to cases.
QStringList version3() {
    return {
        QStringLiteral("CREATE TABLE users (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    login TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(login) <> ''),\n"
                       "    name TEXT NOT NULL DEFAULT '',\n"
                       "    role TEXT NOT NULL CHECK ") +
            oneOf("role", {"handler", "coordinator", "admin"}) +
            QStringLiteral(",\n"
                           "    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
                           ")"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN conclusions TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN sent_to_ombudsman TEXT"),
        QStringLiteral("CREATE TABLE complaint_parts (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    position INTEGER NOT NULL DEFAULT 0,\n"
                       "    description TEXT NOT NULL DEFAULT '',\n"
                       "    findings TEXT NOT NULL DEFAULT '',\n"
                       "    judgment TEXT NOT NULL CHECK ") +
            oneOf("judgment", {"none", "upheld", "partly_upheld", "rejected", "no_judgment"}) + QStringLiteral("\n)"),
        QStringLiteral("CREATE INDEX complaint_parts_case ON complaint_parts (case_id, position)"),
        QStringLiteral("CREATE TABLE letter_templates (\n"
                       "    type TEXT PRIMARY KEY NOT NULL CHECK (type <> ''),\n"
                       "    body TEXT NOT NULL,\n"
                       "    updated_at TEXT NOT NULL,\n"
                       "    updated_by TEXT NOT NULL DEFAULT ''\n"
                       ")"),
        QStringLiteral("CREATE TABLE letters (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    type TEXT NOT NULL CHECK (type <> ''),\n"
                       "    recipient TEXT NOT NULL DEFAULT '',\n"
                       "    letter_date TEXT NOT NULL,\n"
                       "    created_at TEXT NOT NULL,\n"
                       "    author TEXT NOT NULL DEFAULT '',\n"
                       "    body TEXT NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX letters_case ON letters (case_id, id)"),
        QStringLiteral("CREATE TRIGGER letters_sent_are_final BEFORE UPDATE ON letters BEGIN\n"
                       "    SELECT RAISE(ABORT, 'a sent letter is never changed');\n"
                       "END"),
        QStringLiteral("CREATE TABLE measures (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    title TEXT NOT NULL CHECK (trim(title) <> ''),\n"
                       "    description TEXT NOT NULL DEFAULT '',\n"
                       "    scope TEXT NOT NULL CHECK ") +
            oneOf("scope", {"individual", "structural"}) +
            QStringLiteral(",\n"
                           "    owner TEXT NOT NULL DEFAULT '',\n"
                           "    due TEXT,\n"
                           "    status TEXT NOT NULL CHECK ") +
            oneOf("status", {"planned", "in_progress", "done", "cancelled"}) +
            QStringLiteral(",\n"
                           "    result TEXT NOT NULL DEFAULT '',\n"
                           "    done_on TEXT,\n"
                           "    created_at TEXT NOT NULL,\n"
                           "    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)\n"
                           ")"),
        QStringLiteral("CREATE TABLE measure_cases (\n"
                       "    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    PRIMARY KEY (measure_id, case_id)\n"
                       ") WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX measure_cases_case ON measure_cases (case_id)"),
    };
}

// v4: the pending "hoe gaat het nu?" calls of closed cases (SqlCode::pendingFollowUp(), spelled exactly
// as this WHERE) come from a partial index of a few thousand rows instead of a scan
// of every closed case, which read the whole table for the deadline overview.
QStringList version4() {
    return {
        QStringLiteral("CREATE INDEX cases_follow_up_pending ON cases (received DESC, reference)\n"
                       "    WHERE phase = 'closed' AND outcome = 'resolved' AND follow_up_due IS NOT NULL\n"
                       "    AND follow_up_done IS NULL"),
    };
}

// v5: what trust needs.
// - user_accounts: the operating-system accounts linked to a user: by "Wie bent u?" (an unknown
//   account claims a user once) or by a beheerder. A linked account works as that user, and
//   "aantafel-cli --as LOGIN" is allowed for an account linked to LOGIN.
// - users.pin_hash: a PIN a beheerder set, as a salted PBKDF2 hash (users/pinhash.h); an unknown
//   account needs it (or a beheerder's) to claim a klachtencoördinator or beheerder.
// - retention_runs and retention_run_cases: every destruction or anonymisation run and the
//   references it erased, so that a restore of an older copy applies it again before the file is used.
// - backup_copies: the copies made of the file (automatic, by hand, before a restore), wherever they
//   were put, so that a retention run can name every one of them.
QStringList version5() {
    return {
        QStringLiteral("CREATE TABLE user_accounts (\n"
                       "    account TEXT NOT NULL COLLATE NOCASE CHECK (trim(account) <> ''),\n"
                       "    user_id INTEGER NOT NULL REFERENCES users (id),\n"
                       "    linked_at TEXT NOT NULL,\n"
                       "    linked_by TEXT NOT NULL DEFAULT '',\n"
                       "    PRIMARY KEY (account, user_id)\n"
                       ") WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX user_accounts_user ON user_accounts (user_id)"),
        QStringLiteral("ALTER TABLE users ADD COLUMN pin_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE retention_runs (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    uid TEXT NOT NULL UNIQUE CHECK (uid <> ''),\n"
                       "    at TEXT NOT NULL,\n"
                       "    user TEXT NOT NULL DEFAULT '',\n"
                       "    action TEXT NOT NULL CHECK ") +
            oneOf("action", {"destroy", "anonymise"}) + QStringLiteral("\n)"),
        QStringLiteral("CREATE TABLE retention_run_cases (\n"
                       "    run_id INTEGER NOT NULL REFERENCES retention_runs (id) ON DELETE CASCADE,\n"
                       "    reference TEXT NOT NULL CHECK (reference <> ''),\n"
                       "    PRIMARY KEY (run_id, reference)\n"
                       ") WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE backup_copies (\n"
                       "    path TEXT PRIMARY KEY NOT NULL CHECK (path <> ''),\n"
                       "    made_at TEXT NOT NULL,\n"
                       "    kind TEXT NOT NULL CHECK ") +
            oneOf("kind", {"automatic", "manual", "safety"}) + QStringLiteral("\n)"),
    };
}

// v6: what chapter 9 needs recorded to be followed exactly.
// - cases: the klaagschrift's own date (9:4 lid 2); the committee decision fixed at receipt with its
//   reason and date (afdeling 9.1.3); whether a complaint naming a provider is about the municipality's
//   own regie; the hearing per person (the beklaagde's opportunity, 9:10 lid 1), the reply term of an
//   exception under 9:10 lid 2 c and the verslag with the day it was sent (lid 3); findings on the
//   complaint as a whole and the judgment recorded before the afdoening; the day the written afdoening
//   was sent (9:12), which closes a formal complaint; closure by an import of history; the committee's
//   advice and the reasons for departing from it (9:16); the complaint a reopened one follows on.
// - events: a language-neutral code with parameters (JSON); the text stays for what people typed and
//   for entries written before, which keep reading as they did.
// Existing cases lose nothing: a judged case that has a sent afdoeningsbrief in the file takes that
// letter's date as its written afdoening and keeps its judgment; a case whose first timeline entry
// says it was imported is marked as imported. Cases without such evidence are left as they are, for
// aantafel-cli check to report.
QStringList version6() {
    const QString judged = QStringLiteral("('upheld', 'partly_upheld', 'rejected', 'no_judgment')");
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN klaagschrift_dated TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN committee_decided_on TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN committee_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN about_regie INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (about_regie IN (0, 1))"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN hearing_reply_term TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN respondent_hearing TEXT NOT NULL DEFAULT 'none' CHECK ") +
            oneOf("respondent_hearing", {"none", "heard", "declined"}),
        QStringLiteral("ALTER TABLE cases ADD COLUMN respondent_heard_on TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN hearing_report TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN hearing_report_sent TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN findings TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN judgment TEXT NOT NULL DEFAULT 'none' CHECK ") +
            oneOf("judgment", {"none", "upheld", "partly_upheld", "rejected", "no_judgment"}),
        QStringLiteral("ALTER TABLE cases ADD COLUMN closing_notice_sent TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN history_imported INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (history_imported IN (0, 1))"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN committee_advice_on TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN committee_advice TEXT NOT NULL DEFAULT 'none' CHECK ") +
            oneOf("committee_advice", {"none", "upheld", "partly_upheld", "rejected", "no_judgment"}),
        QStringLiteral("ALTER TABLE cases ADD COLUMN committee_advice_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN departure_reasons TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN predecessor TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN params TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE cases SET judgment = outcome WHERE outcome IN ") + judged,
        QStringLiteral("UPDATE cases SET closing_notice_sent = (SELECT min(l.letter_date) FROM letters AS l "
                       "WHERE l.case_id = cases.id AND l.type = 'afdoening') WHERE outcome IN ") +
            judged,
        QStringLiteral("UPDATE cases SET history_imported = 1 WHERE id IN (SELECT e.case_id FROM events AS e "
                       "WHERE e.id = (SELECT min(f.id) FROM events AS f WHERE f.case_id = e.case_id) "
                       "AND (e.text LIKE 'Geïmporteerd uit %' OR e.text LIKE 'Imported from %'))"),
    };
}

// v7: the complete dossier.
// - documents: the files of a case (klaagschrift, e-mail, bijlagen, verslag, advies, reactie), with their
//   name, kind, media type, received date, who added them when, size and SHA-256; parent_id ties an
//   e-mail's attachments to the message (they stay when the message is removed). Their bytes live in
//   document_chunks, in pieces of at most 256 KiB (DocumentRepository::ChunkSize), so that listing,
//   hashing or copying a document never holds the whole file in memory. Both leave with their case.
// - documents_fts: each document's name and the text that could be extracted from it (PDF text, an
//   e-mail's body), for the full-text search; its row goes when the document goes (trigger).
// - cases: the ombudsman stage (which ombudsman, the outcome there and when).
// - case_archive: a beheerder's choice of another result of the Selectielijst gemeenten 2020
//   (procestype 13) for one case, with the reason; the codes are the list's own numbers.
// - letters: the sent version as the PDF/A file that went out, with its SHA-256.
QStringList version7() {
    return {
        QStringLiteral("CREATE TABLE documents (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    parent_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,\n"
                       "    position INTEGER NOT NULL DEFAULT 0,\n"
                       "    name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
                       "    kind TEXT NOT NULL CHECK ") +
            oneOf("kind",
                  {"complaint", "email", "attachment", "hearing_report", "committee_advice", "response", "other"}) +
            QStringLiteral(",\n"
                           "    media_type TEXT NOT NULL DEFAULT '',\n"
                           "    received TEXT CHECK (received IS NULL OR received GLOB "
                           "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
                           "    added_at TEXT NOT NULL,\n"
                           "    added_by TEXT NOT NULL DEFAULT '',\n"
                           "    size INTEGER NOT NULL CHECK (size >= 0),\n"
                           "    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)\n"
                           ")"),
        QStringLiteral("CREATE INDEX documents_case ON documents (case_id, position, id)"),
        QStringLiteral("CREATE INDEX documents_parent ON documents (parent_id) WHERE parent_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE document_chunks (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,\n"
                       "    seq INTEGER NOT NULL CHECK (seq >= 0),\n"
                       "    data BLOB NOT NULL,\n"
                       "    UNIQUE (document_id, seq)\n"
                       ")"),
        QStringLiteral("CREATE VIRTUAL TABLE documents_fts USING fts5(name, text, "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN\n"
                       "    DELETE FROM documents_fts WHERE rowid = old.id;\n"
                       "END"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN ombudsman_kind TEXT NOT NULL DEFAULT 'national' CHECK ") +
            oneOf("ombudsman_kind", {"national", "municipal"}),
        QStringLiteral("ALTER TABLE cases ADD COLUMN ombudsman_outcome TEXT NOT NULL DEFAULT 'pending' CHECK ") +
            oneOf("ombudsman_outcome", {"pending", "not_taken_up", "intervention", "upheld", "partly_upheld",
                                        "not_upheld", "no_judgment", "withdrawn"}),
        QStringLiteral("ALTER TABLE cases ADD COLUMN ombudsman_outcome_on TEXT"),
        QStringLiteral("CREATE TABLE case_archive (\n"
                       "    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    result TEXT NOT NULL CHECK ") +
            oneOf("result", {"13.1", "13.1.1", "13.1.2", "13.1.3", "13.1.4", "13.2"}) +
            QStringLiteral(",\n"
                           "    reason TEXT NOT NULL CHECK (trim(reason) <> ''),\n"
                           "    set_at TEXT NOT NULL,\n"
                           "    set_by TEXT NOT NULL DEFAULT ''\n"
                           ")"),
        QStringLiteral("ALTER TABLE letters ADD COLUMN pdf BLOB"),
        QStringLiteral("ALTER TABLE letters ADD COLUMN pdf_sha256 TEXT NOT NULL DEFAULT ''"),
    };
}

// v8: the next deadlines stored with their case (DeadlineStore), so that the overview and the lists
// read the few pending rows through an index instead of computing every case.
// - case_deadlines: every pending deadline of a case that can still owe one: the kind, the due date and
//   the basis as a code (law, analogy for an oral complaint, policy); next marks the case's next deadline;
//   calendar_from is the first day whose decreed days the date depends on (for the warning about a
//   year without decreed days). They leave with their case.
// - cases_open_handler: the open cases per handler (the workload) from the index alone.
// - cases_closed_on, cases_ombudsman_sent, cases_ombudsman_outcome: the yearly report reads the cases
//   carried over into a year, closed in it and sent to an ombudsman through them, not the whole register.
// The rows are computed by the deadline engine, which SQL cannot do: the migration leaves a mark in
// settings, and DeadlineStore::fillIfMarked() fills the table after the last migration, in one
// transaction, and removes the mark.
QStringList version8() {
    return {
        QStringLiteral("CREATE TABLE case_deadlines (\n"
                       "    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
                       "    kind TEXT NOT NULL CHECK ") +
            oneOf("kind",
                  {"acknowledgement", "first_contact", "non_handling_notice", "handling", "adjourned_handling",
                   "agreed_delay", "hearing", "follow_up", "referral_feedback", "objection_term", "ombudsman_term"}) +
            QStringLiteral(",\n"
                           "    due TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
                           "    basis TEXT NOT NULL CHECK ") +
            oneOf("basis", {"law", "analogy", "policy"}) +
            QStringLiteral(",\n"
                           "    next INTEGER NOT NULL DEFAULT 0 CHECK (next IN (0, 1)),\n"
                           "    calendar_from TEXT CHECK (calendar_from IS NULL OR calendar_from GLOB "
                           "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
                           "    PRIMARY KEY (case_id, kind)\n"
                           ") WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX case_deadlines_due ON case_deadlines (due, case_id)"),
        QStringLiteral("CREATE INDEX case_deadlines_next ON case_deadlines (due, case_id) WHERE next = 1"),
        QStringLiteral("CREATE INDEX cases_closed_on ON cases (closed_on)"),
        QStringLiteral("CREATE INDEX cases_ombudsman_sent ON cases (sent_to_ombudsman) "
                       "WHERE sent_to_ombudsman IS NOT NULL"),
        QStringLiteral("CREATE INDEX cases_ombudsman_outcome ON cases (ombudsman_outcome_on) "
                       "WHERE ombudsman_outcome_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX cases_open_handler ON cases (handler, domain) WHERE phase <> 'closed'"),
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('case_deadlines_fill', '1')"),
    };
}

// v9: the yearly report reads its year's rows from indexes alone.
// - cases_year_report: the columns of a case the report counts (CaseRow::Scope::YearReport), by the
//   received date: a year's cases are read from an index of about a tenth of the table's size instead
//   of from the case rows with their texts. A column added to the scope must be added here too (a test
//   checks that the report's query still reads the index alone).
// - cases_closed_on also holds the received date and the kind: the cases carried over into a year (received
//   before it, closed on or after its first day) are counted without reading a case row. Before, a report
//   read every case closed since 1 January of its year, row by row.
// - audit_log_phase: the phase changes of a case, so that whether a resolved or withdrawn complaint went
//   formal is one index lookup, not a read of every audit row of the case.
QStringList version9() {
    return {
        QStringLiteral("CREATE INDEX cases_year_report ON cases (received, kind, channel, domain, phase, outcome, "
                       "closed_on, closing_notice_sent, adjourned_on, consent_received, agreed_due_date, "
                       "hearing_planned, hearing_held, hearing_exception, committee, history_imported, "
                       "subject_provider, revision)"),
        QStringLiteral("DROP INDEX cases_closed_on"),
        QStringLiteral("CREATE INDEX cases_closed_on ON cases (closed_on, received, kind)"),
        QStringLiteral("CREATE INDEX audit_log_phase ON audit_log (case_id, new_value, field) WHERE field = 'phase'"),
    };
}

const QList<QStringList>& all() {
    static const QList<QStringList> migrations{version1(), version2(), version3(), version4(), version5(),
                                               version6(), version7(), version8(), version9()};
    return migrations;
}

// A statement of the migrations failed on the in-memory database of schemaAt(): the program's own error.
[[noreturn]] void schemaFailure(const QSqlError& error, const QString& statement) {
    throw StorageError(StorageError::Kind::Io,
                       QCoreApplication::translate("Migrations", "Het schema van een gemeente kon niet worden "
                                                                 "opgebouwd; dit is een fout in het programma."),
                       error.text() + QStringLiteral(" [") + statement + QLatin1Char(']'));
}

// Runs the migrations up to version on the new database db and reads back its sqlite_master.
QList<Migrations::SchemaObject> readSchema(QSqlDatabase& db, int version) {
    QSqlQuery q(db);
    for (int v = 1; v <= version; ++v) {
        for (const QString& statement : all().at(v - 1)) {
            if (!q.exec(statement))
                schemaFailure(q.lastError(), statement);
        }
    }
    const QString objects =
        QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY rowid");
    if (!q.exec(objects))
        schemaFailure(q.lastError(), objects);
    QList<Migrations::SchemaObject> schema;
    while (q.next())
        schema.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return schema;
}

} // namespace

namespace Migrations {

int latestVersion() {
    return int(all().size());
}

void migrate(Database& db, int target) {
    if (target < 0)
        target = latestVersion();
    for (int version = db.schemaVersion() + 1; version <= target; ++version) {
        Transaction transaction(db);
        for (const QString& statement : all().at(version - 1))
            SqlQuery::run(db, statement);
        SqlQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
    // Data that only the program can compute comes after the last migration, with the schema complete.
    if (target == latestVersion())
        DeadlineStore::fillIfMarked(db);
}

QList<SchemaObject> schemaAt(int version) {
    static std::atomic<int> counter{0};
    // Removed after the connection (declared before it, so destroyed after it).
    const struct Connection {
        QString name;
        ~Connection() { QSqlDatabase::removeDatabase(name); }
    } connection{QStringLiteral("aantafel-schema-%1").arg(++counter)};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        schemaFailure(db.lastError(), QString());
    return readSchema(db, version);
}

} // namespace Migrations
