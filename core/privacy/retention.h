// Retention (bewaartermijn) and destruction. A closed case is kept as long as the Selectielijst
// gemeenten 2020 says for its result (selectielijst.h: 1, 5, 7 or 10 years after closing, or for good),
// or as a beheerder decided for that case with a reason (casearchive.h); once its archive date lies
// before today it is listed here, and the beheerder either destroys it or anonymises it. A case the
// archive keeps for good (blijvend bewaren) is never listed.
//
// - destroy: the case goes with everything (timeline, parts, letters, documents with every byte of
//   them, theme links, measure links, the archive choice: ON DELETE CASCADE; the full-text indexes by
//   their triggers). The audit trail keeps its rows about the case with their values blanked, plus one
//   "destroy" row that keeps only the reference.
// - anonymise: names, contact data and every free text leave the case (klager, representative,
//   beklaagde, story, desired outcome, conclusions, the parts' descriptions and findings, the
//   timeline texts, the letters, the documents — a klaagschrift or an e-mail is personal data through
//   and through — and the values in the audit rows about the case); what statistics need stays (kind,
//   channel, dates, domain, themes, department, provider, phase, outcome, ombudsman stage, handler).
//   One "anonymise" audit row keeps the reference.
// Either takes the file to itself first (ExclusiveHold: colleagues' writes wait or are refused with
// a message meanwhile), runs in one transaction for the whole selection, refuses cases that are not
// (yet) due, and afterwards leaves no trace of the removed text in the file: the full-text indexes
// are merged (optimize), deleted pages are overwritten (secure_delete) and the write-ahead log is
// emptied. A reader that keeps an old snapshot open keeps the log too: the result says so (logEmptied
// false), and the run is to be repeated once the other program has closed the file.
//
// Every run is recorded in the file (retentionlog.h), so that a copy made before it can be brought
// up to date (reapply): by a restore before the copy is used, or by scrubbing the copy in place.
// Who may run it (a beheerder) and the copies are the business of RetentionRun (retentionrun.h).
#pragma once

#include "selectielijst.h"

#include "domain/case.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
struct RetentionRunRecord;

struct RetentionResult {
    QString runUid;         // the run as recorded in the file
    int cases = 0;          // destroyed or anonymised
    bool logEmptied = true; // false: another program holds an old snapshot; removed text may remain in the -wal
};

struct RetentionCandidate {
    qint64 id = 0;
    QString reference;
    QDate received;
    QDate closedOn;
    QDate dueSince; // the archive date, closedOn + the result's years: listed when this lies before today
    PolicyDomain domain = PolicyDomain::Other;
    Outcome outcome = Outcome::None;
    ArchiveResult result = ArchiveResult::Handled; // the Selectielijst result that set the term
    bool overridden = false;                       // a beheerder chose the result for this case
    QDate anonymisedOn;                            // null when not anonymised yet
};

class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    Retention(Database& db, const Clock& clock, QString user);

    // Closed cases whose retention period has passed (their archive date before today), oldest closing
    // first; never a case the archive keeps for good.
    QList<RetentionCandidate> due();

    RetentionResult destroy(const QList<qint64>& caseIds);
    RetentionResult anonymise(const QList<qint64>& caseIds);
    // Applies a run recorded in another copy of this file to this one: the cases with its references
    // that are still here are destroyed or anonymised the same way, whether due here or not, and the
    // run is recorded. Returns how many cases it changed.
    RetentionResult reapply(const RetentionRunRecord& run);

    // Empties the write-ahead log (checkpoint TRUNCATE); false when a reader held it back.
    bool emptyLog();

private:
    // The references of the cases, in the caller's order; refuses any case that is not due.
    QStringList requireDue(const QList<qint64>& caseIds);
    void eraseCases(const QList<qint64>& caseIds, const QStringList& references, bool destroy, const QDateTime& now,
                    const QString& user);
    RetentionResult run(const QList<qint64>& caseIds, bool destroy);
    // Takes out what the erased cases leave in the search: serverWords are the words of their search vectors on
    // the team server (empty in a file).
    void scrub(const QString& serverWords);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
