// Persists improvement measures (tables measures and measure_cases). Every write is one
// transaction with audit rows: one row without a case for the measure itself (action "measure-…",
// field "<measure id>:<column>") and, so that a case's audit trail tells the whole story, one row
// per linked case. An update of a measure whose revision changed in the file since it was loaded is
// refused (StorageError::Conflict), like CaseRepository::save. Links to cases change only through
// link() and unlink() (and the initial caseIds of a new measure): they never conflict with an edit
// of the measure's fields and do not change its revision.
#pragma once

#include "measure.h"

#include "../storage/auditaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <optional>

class Clock;
class Database;
class MunicipalitySession;

struct MeasureFilter {
    std::optional<MeasureStatus> status; // none: every status
    std::optional<MeasureScope> scope;   // none: both scopes
    QString owner;                       // exact; empty: any owner
    // The measures of a year: created in it (the local date of createdAt) or done in it (doneOn of a measure
    // done); none: every year.
    std::optional<int> year;
};

class MeasureRepository {
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)
public:
    MeasureRepository(Database& db, const Clock& clock, QString user);
    explicit MeasureRepository(MunicipalitySession& session);

    // Inserts (id == 0: also links caseIds) or updates the measure's fields (caseIds ignored). Assigns
    // id, createdAt and revision and re-reads caseIds from the file. Refuses an empty title
    // (StorageError::Invalid), a linked case that does not exist (StorageError::NotFound) and a
    // stale revision (StorageError::Conflict). A measure saved as done without doneOn gets today.
    // When save() throws, the passed measure is unchanged.
    void save(Measure& measure);
    // Links a case to the measure; linking a linked case again does nothing. Throws NotFound.
    void link(qint64 measureId, qint64 caseId);
    void unlink(qint64 measureId, qint64 caseId);
    // Deletes the measure with its links (for undoing a creation); the audit rows stay. Throws NotFound.
    void remove(qint64 id);

    Measure load(qint64 id); // throws StorageError::NotFound
    // The measures linked to a case, by due date (none last), then id.
    QList<Measure> forCase(qint64 caseId);
    // Every measure matching the filter, by due date (none last), then id.
    QList<Measure> all(const MeasureFilter& filter = {});
    // Measures due before today and neither done nor cancelled, by due date then id.
    QList<Measure> overdue(QDate today);
    qint64 countOverdue(QDate today);
    // The references of the given cases (id → reference), for showing a measure's links.
    QMap<qint64, QString> references(const QList<qint64>& caseIds);

private:
    QList<Measure> query(const QString& where, const QVariantMap& binds);
    void attachCases(QList<Measure>& measures);
    void requireCase(qint64 caseId);
    void audit(qint64 caseId, AuditAction action, const QString& field, const QString& oldValue,
               const QString& newValue);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
