// Persists cases: every field, the themes and the timeline. save() is one transaction that also
// writes an audit row per changed field; a save of a case whose revision changed in the file since
// it was loaded is refused (StorageError::Conflict). References are handed out per year:
// <prefix>-<year>-<4+ digit sequence>, e.g. KL-2026-0042.
#pragma once

#include "../domain/case.h"
#include "../domain/clock.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// What the case list needs of a case; everything but story, timeline and contact details.
// Enough for the deadline engine to compute the next deadline.
struct CaseFilter {
    bool openOnly = false;
    std::optional<Phase> phase;
    std::optional<PolicyDomain> domain;
    QString handler;  // empty: any
    int limit = -1;   // -1: no limit
    int offset = 0;
};

class CaseRepository {
public:
    CaseRepository(Database& db, const Clock& clock, QString user);

    // Inserts (id == 0) or updates the case with its themes and new timeline events, in one
    // transaction. Assigns id, reference and revision on the passed case. Unknown themes are added
    // to the theme list.
    void save(Case& c);
    // Appends one timeline event (id and author assigned) in its own transaction.
    void addEvent(qint64 caseId, CaseEvent& event);

    Case load(qint64 id);                                 // throws StorageError::NotFound
    std::optional<Case> findByReference(const QString& reference);
    // Cases without story and timeline (themes included), sorted by received date, newest first.
    QList<Case> list(const CaseFilter& filter = {});
    // Calls visit for each case matching the filter, loaded as list() does, without keeping them.
    void forEach(const CaseFilter& filter, const std::function<void(const Case&)>& visit);
    qint64 count(const CaseFilter& filter = {});

    // Bulk insert for demo data and imports: many new cases in one transaction, one audit row
    // per case. Much faster than save() in a loop.
    void insertMany(QList<Case>& cases);

    QStringList themes();                 // the municipality's theme list, in order
    void addTheme(const QString& name);

    QString nextReference(int year);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
