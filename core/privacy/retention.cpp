#include "retention.h"

#include "session/exclusivehold.h"
#include "storage/archiverepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/securedelete.h"
#include "storage/sqlcode.h"
#include "storage/sqlcolumns.h"
#include "storage/sqlidlist.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include "retentionlog.h"

#include <QFileInfo>
#include <QHash>
#include <QUuid>

Retention::Retention(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

namespace {

// A closed case as due() reads it: the candidate and the day it went to the ombudsman (which moves its
// archive date).
struct Candidate {
    RetentionCandidate candidate;
    QDate sentToOmbudsman;
};

// The columns due() selects from cases AS c, and how each is read. Read-only: "names" are expressions.
const SqlColumnTable<Candidate>& candidateColumns() {
    static const SqlColumnTable<Candidate> all{
        {QStringLiteral("c.id"), nullptr, [](Candidate& r, const QVariant& v) { r.candidate.id = v.toLongLong(); }},
        {QStringLiteral("c.reference"), nullptr,
         [](Candidate& r, const QVariant& v) { r.candidate.reference = v.toString(); }},
        {QStringLiteral("c.received"), nullptr,
         [](Candidate& r, const QVariant& v) { r.candidate.received = SqlValue::toDate(v); }},
        {QStringLiteral("c.closed_on"), nullptr,
         [](Candidate& r, const QVariant& v) { r.candidate.closedOn = SqlValue::toDate(v); }},
        {QStringLiteral("c.domain"), nullptr,
         [](Candidate& r, const QVariant& v) {
             r.candidate.domain = EnumText::fromCode<PolicyDomain>(v.toString()).value_or(PolicyDomain::Other);
         }},
        {QStringLiteral("c.outcome"), nullptr,
         [](Candidate& r, const QVariant& v) {
             r.candidate.outcome = EnumText::fromCode<Outcome>(v.toString()).value_or(Outcome::None);
         }},
        {QStringLiteral("c.sent_to_ombudsman"), nullptr,
         [](Candidate& r, const QVariant& v) { r.sentToOmbudsman = SqlValue::toDate(v); }},
        // When the case was anonymised, if it was.
        {QStringLiteral("(SELECT max(a.at) FROM audit_log AS a WHERE a.case_id = c.id AND a.action = %1)")
             .arg(SqlCode::of(AuditAction::Anonymise)),
         nullptr,
         [](Candidate& r, const QVariant& v) {
             if (!v.isNull())
                 r.candidate.anonymisedOn = SqlValue::toMoment(v).toLocalTime().date();
         }},
    };
    return all;
}

} // namespace

QList<RetentionCandidate> Retention::due() {
    const QDate today = m_clock.today();
    const QHash<qint64, ArchiveOverride> overrides = ArchiveRepository(m_db, m_clock, m_user).all();
    // A coarse bound in SQL (closed before today minus the shortest term of the Selectielijst, one day
    // to spare for 29 February); the exact rule, per case, is its archive date before today.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + SqlColumns::names(candidateColumns()) +
                         QStringLiteral(" FROM cases AS c WHERE c.phase = %1 AND c.closed_on IS NOT NULL AND "
                                        "c.closed_on < :bound ORDER BY c.closed_on, c.reference")
                             .arg(SqlCode::of(Phase::Closed)));
    q.bind(QStringLiteral(":bound"), SqlValue::date(today.addYears(-Selectielijst::shortestYears()).addDays(1))).exec();
    QList<RetentionCandidate> list;
    while (q.next()) {
        Candidate row;
        SqlColumns::read(q, candidateColumns(), row);
        RetentionCandidate& c = row.candidate;
        const auto found = overrides.constFind(c.id);
        const std::optional<ArchiveOverride> override =
            found != overrides.constEnd() ? std::optional<ArchiveOverride>(*found) : std::nullopt;
        const ArchiveStatus status =
            Selectielijst::status(Phase::Closed, c.outcome, c.closedOn, row.sentToOmbudsman, override);
        if (!status.dueOn(today))
            continue;
        c.dueSince = status.archiveDate;
        c.result = status.result;
        c.overridden = override.has_value();
        list << c;
    }
    return list;
}

QStringList Retention::requireDue(const QList<qint64>& caseIds) {
    QHash<qint64, QString> due;
    for (const RetentionCandidate& c : this->due())
        due.insert(c.id, c.reference);
    QStringList references;
    for (qint64 id : caseIds) {
        if (!due.contains(id)) {
            SqlQuery q(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
            q.bind(QStringLiteral(":id"), id).exec();
            const QString reference = q.next() ? q.value(0).toString() : QString();
            throw StorageError(
                StorageError::Kind::Invalid,
                reference.isEmpty()
                    ? tr("Een van de gekozen zaken bestaat niet meer. Er is niets gewijzigd.")
                    : tr("Zaak %1 is niet afgesloten, wordt blijvend bewaard of haar bewaartermijn is nog "
                         "niet verstreken. Er is niets gewijzigd.")
                          .arg(reference));
        }
        references << due.value(id);
    }
    return references;
}

RetentionResult Retention::destroy(const QList<qint64>& caseIds) {
    return run(caseIds, true);
}

RetentionResult Retention::anonymise(const QList<qint64>& caseIds) {
    return run(caseIds, false);
}

namespace {

// On the team server, the words of the cases' search vectors (one per line): the candidates for
// search_words_prune(), read before retention takes the cases' texts (serverupgrade.cpp, version 11). The file
// has no such table: its FTS5 indexes lose the words with the rows (scrub()).
QString searchWordsOf(Database& db, const QList<qint64>& caseIds) {
    const QString in = SqlIdList::of(caseIds);
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT word FROM (SELECT unnest(tsvector_to_array(search)) AS word FROM "
                                  "cases WHERE id IN (%1) UNION ALL SELECT unnest(tsvector_to_array(search)) FROM "
                                  "events WHERE case_id IN (%1) UNION ALL SELECT unnest(tsvector_to_array(f.search)) "
                                  "FROM documents_fts AS f JOIN documents AS d ON d.id = f.rowid WHERE d.case_id IN "
                                  "(%1)) AS w")
                       .arg(in));
    q.exec();
    QStringList words;
    while (q.next())
        words << q.value(0).toString();
    return words.join(QLatin1Char('\n'));
}

} // namespace

RetentionResult Retention::run(const QList<qint64>& caseIds, bool destroy) {
    RetentionResult result;
    if (caseIds.isEmpty())
        return result;
    // The file to itself: no colleague's write lands while the text is scrubbed and the log emptied.
    ExclusiveHold hold(m_db, ExclusiveHold::Purpose::Retention, ExclusiveHold::DefaultWaitMs, m_user);
    {
        SecureDelete secure(m_db);
        Transaction transaction(m_db);
        const QStringList references = requireDue(caseIds);
        RetentionRunRecord record;
        record.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.at = m_clock.now();
        record.user = m_user;
        record.action = destroy ? RetentionRunRecord::Action::Destroy : RetentionRunRecord::Action::Anonymise;
        record.references = references;
        const QString words = m_db.isServer() ? searchWordsOf(m_db, caseIds) : QString();
        eraseCases(caseIds, references, destroy, record.at, m_user);
        RetentionLog::record(m_db, record);
        scrub(words);
        transaction.commit();
        result.runUid = record.uid;
        result.cases = int(caseIds.size());
    }
    result.logEmptied = emptyLog();
    return result;
}

RetentionResult Retention::reapply(const RetentionRunRecord& record) {
    RetentionResult result;
    result.runUid = record.uid;
    {
        SecureDelete secure(m_db);
        Transaction transaction(m_db);
        QList<qint64> ids;
        QStringList references;
        SqlQuery find(m_db, QStringLiteral("SELECT id FROM cases WHERE reference = :reference"));
        for (const QString& reference : record.references) {
            find.bind(QStringLiteral(":reference"), reference).exec();
            if (find.next()) {
                ids << find.value(0).toLongLong();
                references << reference;
            }
            find.finish();
        }
        const bool destroy = record.action == RetentionRunRecord::Action::Destroy;
        const QString words = m_db.isServer() && !ids.isEmpty() ? searchWordsOf(m_db, ids) : QString();
        // The same rows as the run wrote in the file it ran in: its moment and its user.
        eraseCases(ids, references, destroy, record.at, record.user);
        RetentionLog::record(m_db, record);
        if (!ids.isEmpty())
            scrub(words);
        transaction.commit();
        result.cases = int(ids.size());
    }
    result.logEmptied = emptyLog();
    return result;
}

void Retention::eraseCases(const QList<qint64>& caseIds, const QStringList& references, bool destroy,
                           const QDateTime& now, const QString& user) {
    AuditLog audit(m_db);
    // The values of every audit row about a case are blanked, except its reference: the rows stay, so the trail
    // still says what happened and to which case. The team server's trail is append-only even for its owner;
    // there only blank_audit_values() may do this, and only a beheerder may call it.
    SqlQuery trail(m_db, m_db.isServer()
                             ? QStringLiteral("SELECT blank_audit_values(:case_id)")
                             : QStringLiteral("UPDATE audit_log SET old_value = '', new_value = '' WHERE case_id = "
                                              ":case_id AND field <> 'reference'"));
    if (destroy) {
        SqlQuery erase(m_db, QStringLiteral("DELETE FROM cases WHERE id = :id"));
        for (qsizetype i = 0; i < caseIds.size(); ++i) {
            trail.bind(QStringLiteral(":case_id"), caseIds.at(i)).exec();
            erase.bind(QStringLiteral(":id"), caseIds.at(i)).exec();
            audit.record(now, user, caseIds.at(i), AuditAction::Destroy, QStringLiteral("reference"), references.at(i));
        }
        return;
    }
    SqlQuery cases(m_db, QStringLiteral("UPDATE cases SET klager_name = '', klager_address = '', klager_phone = '', "
                                        "klager_email = '', representative_name = '', representative_role = '', "
                                        "subject_employee = '', story = '', desired_outcome = '', conclusions = '', "
                                        "findings = '', hearing_report = '', committee_advice_text = '', "
                                        "departure_reasons = '', "
                                        "revision = revision + 1, updated_at = :updated_at WHERE id = :id"));
    SqlQuery parts(
        m_db, QStringLiteral("UPDATE complaint_parts SET description = '', findings = '' WHERE case_id = :case_id"));
    // The parameters of a recorded step may name people (a letter's addressee): they go with the text.
    SqlQuery events(m_db, QStringLiteral("UPDATE events SET text = '', params = '' WHERE case_id = :case_id"));
    // Sent letters are never changed (a trigger refuses UPDATE), only removed with what they say.
    SqlQuery letters(m_db, QStringLiteral("DELETE FROM letters WHERE case_id = :case_id"));
    // A document is personal data as a whole: its bytes and its text go (chunks by ON DELETE CASCADE,
    // the search text by its trigger); the audit rows about it keep that it was there, blanked.
    SqlQuery documents(m_db, QStringLiteral("DELETE FROM documents WHERE case_id = :case_id"));
    SqlQuery archive(m_db, QStringLiteral("UPDATE case_archive SET reason = '-' WHERE case_id = :case_id"));
    for (qsizetype i = 0; i < caseIds.size(); ++i) {
        const qint64 id = caseIds.at(i);
        cases.bind(QStringLiteral(":updated_at"), SqlValue::moment(now)).bind(QStringLiteral(":id"), id).exec();
        for (SqlQuery* q : {&parts, &events, &letters, &documents, &archive, &trail})
            q->bind(QStringLiteral(":case_id"), id).exec();
        audit.record(now, user, id, AuditAction::Anonymise, QStringLiteral("reference"), references.at(i));
    }
}

bool Retention::emptyLog() {
    // The team server has no log of the program's to empty: its own write-ahead log, its pages until
    // autovacuum reuses them and its backups are the server's (README, "Retention on the server").
    if (!m_db.dialect().hasFileMaintenance())
        return true;
    // Copies the pages into the file and empties the log, which still holds the old page images. A
    // reader on an older snapshot holds it back: then the result says busy.
    SqlQuery q(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec();
    const bool busy = q.next() && q.value(0).toInt() != 0;
    q.finish();
    if (busy)
        return false;
    const QFileInfo log(m_db.path() + QStringLiteral("-wal"));
    return !log.exists() || log.size() == 0;
}

void Retention::scrub(const QString& serverWords) {
    // The server's search is in GIN indexes that follow every write; there are no segments to merge. Its table of
    // words loses those that only the erased cases held.
    if (m_db.isServer()) {
        SqlQuery prune(m_db, QStringLiteral("SELECT search_words_prune(:words)"));
        prune.bind(QStringLiteral(":words"), serverWords).exec();
        return;
    }
    if (!m_db.dialect().hasFileMaintenance())
        return;
    // The full-text indexes keep the terms of changed rows in older segments until these are merged.
    SqlQuery::run(m_db, QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')"));
    SqlQuery::run(m_db, QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('optimize')"));
    SqlQuery::run(m_db, QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')"));
}
