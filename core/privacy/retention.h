// Retention (bewaartermijn) and destruction. A closed case is kept for the municipality's
// retentionYears after closing (Selectielijst gemeenten: 5 years); once closedOn + retentionYears
// lies before today it is listed here, and the beheerder either destroys it or anonymises it.
//
// - destroy: the case goes with everything (timeline, parts, letters, theme links, measure links:
//   ON DELETE CASCADE; the full-text index by its triggers). The audit trail keeps its rows about
//   the case with their values blanked, plus one "destroy" row that keeps only the reference.
// - anonymise: names, contact data and every free text leave the case (klager, representative,
//   beklaagde, story, desired outcome, conclusions, the parts' descriptions and findings, the
//   timeline texts, the letters, and the values in the audit rows about the case); what statistics
//   need stays (kind, channel, dates, domain, themes, department, provider, phase, outcome, handler).
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
    QDate dueSince; // closedOn + retention years: listed when this lies before today
    PolicyDomain domain = PolicyDomain::Other;
    Outcome outcome = Outcome::None;
    QDate anonymisedOn; // null when not anonymised yet
};

class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    Retention(Database& db, const Clock& clock, QString user, int retentionYears);

    // The day from which a case closed on closedOn may be destroyed: closedOn + years (29 February
    // becomes 28 February in a common year).
    static QDate dueSince(QDate closedOn, int years) { return closedOn.addYears(years); }
    // Closed cases whose retention period has passed (dueSince before today), oldest closing first.
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
    void scrub();

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
    int m_years;
};
