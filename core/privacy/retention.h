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
// emptied.
#pragma once

#include "domain/case.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

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

    void destroy(const QList<qint64>& caseIds);
    void anonymise(const QList<qint64>& caseIds);

private:
    // The references of the cases, in the caller's order; refuses any case that is not due.
    QStringList requireDue(const QList<qint64>& caseIds);
    void scrub();

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
    int m_years;
};
