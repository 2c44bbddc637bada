// Persists cases: every field, the themes and the timeline. save() is one transaction that also
// writes an audit row per changed field; a save of a case whose revision changed in the file since
// it was loaded is refused (StorageError::Conflict). References are handed out per year:
// <prefix>-<year>-<4+ digit sequence>, e.g. KL-2026-0042.
#pragma once

#include "../domain/case.h"
#include "../domain/clock.h"
#include "caserow.h"
#include "caseselection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class CaseWriter;
class Database;
class SqlQuery;
class SqlRows;
struct StoredDeadline;

// Which cases list() returns and which page of them: the conditions are combined with AND, an unset
// one does not filter.
struct CaseFilter {
    bool openOnly = false;
    std::optional<Phase> phase;
    std::optional<PolicyDomain> domain;
    QString handler; // empty: any
    int limit = -1;  // -1: no limit
    int offset = 0;
    // The columns read: List is what list() promises (with themes); a narrower scope (Summary,
    // Deadlines) reads fewer columns and no themes, for a reader that prints many rows.
    CaseRow::Scope fields = CaseRow::Scope::List;
};

class CaseRepository {
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    CaseRepository(Database& db, const Clock& clock, QString user);
    Database& database() const { return m_db; }
    // Who the audit trail records from now on (the session's user once identified).
    void setUser(const QString& user) { m_user = user; }

    // Inserts (id == 0) or updates the case with its themes and new timeline events, in one
    // transaction. Assigns id, reference and revision on the passed case. Unknown themes are added
    // to the theme list. Save a case obtained from load() or findByReference(), never one from
    // list(): that one lacks the story and contact details. When save() throws, the passed case is
    // left exactly as it was.
    void save(Case& c);
    // Appends one timeline event (id and author assigned, time now when null) in its own transaction.
    // The case's revision does not change: an entry appended meanwhile never conflicts with an edit.
    void addEvent(qint64 caseId, CaseEvent& event);
    // The same for a case as loaded: refused (NotFound) when its id names another case by now (an older copy
    // was put back and a case registered since took the id), as save() refuses it.
    void addEvent(const Case& c, CaseEvent& event);
    // Deletes the case with its timeline and theme links in one transaction, with a "delete" audit
    // row that keeps the reference (the audit trail itself is never deleted). For undoing a
    // registration; throws StorageError::NotFound when the case does not exist.
    void remove(qint64 id);

    Case load(qint64 id); // throws StorageError::NotFound
    std::optional<Case> findByReference(const QString& reference);
    // Cases without story, contact details (klager address, phone, e-mail) and timeline (themes
    // included), sorted by received date, newest first, then by reference.
    QList<Case> list(const CaseFilter& filter = {});
    // Calls visit for each case matching the filter, loaded as list() does, without keeping them.
    void forEach(const CaseFilter& filter, const std::function<void(const Case&)>& visit);
    // The number of cases matching the filter; limit and offset do not apply.
    qint64 count(const CaseFilter& filter = {});
    // Calls visit for each case the selection matches, with the case list's own conditions and search
    // (CaseSelectionSql; "mine" is this repository's user, "Te laat" is measured against the clock's
    // today), loaded and sorted as list() does; the limit, offset and fields of paging apply, its
    // criteria do not.
    void forEachMatching(const CaseSelection& selection, const CaseFilter& paging,
                         const std::function<void(const Case&)>& visit);
    // As forEachMatching without paging, each case read with `fields` (no themes) and with its stored next
    // deadline (DeadlineStore; none when it has none), joined in the same query: aantafel-cli list.
    void forEachWithNextDeadline(const CaseSelection& selection, CaseRow::Scope fields,
                                 const std::function<void(const Case&, const std::optional<StoredDeadline>&)>& visit);
    // Full-text search (reference, klager name, story, desired outcome, timeline texts, the names and
    // extracted text of documents) as the case list searches (SearchTerms: every word, accents
    // ignored; words that leave nothing to search match every case). Cases as list() gives them.
    QList<Case> search(const QString& words, const CaseFilter& filter = {});
    // Every case complete with story, themes and timeline, in id order, streamed (IntegrityCheck).
    void forEachFull(const std::function<void(const Case&)>& visit);

    // Bulk insert for demo data and imports: many new cases in one transaction, one audit row per
    // case, without the per-field audit and revision checks of save(). Assigns ids, references
    // (sequential per year, in list order) and revisions; all or nothing.
    void insertMany(QList<Case>& cases);

    QStringList themes(); // the municipality's theme list, in order
    void addTheme(const QString& name);

    // The reference the next new case received in this year would get.
    QString nextReference(int year);

private:
    std::optional<Case> read(qint64 id);
    void update(Case& work, CaseWriter& writer);
    void stream(const QString& sql, const std::function<void(SqlRows&)>& bind,
                const std::function<void(const Case&)>& visit, CaseRow::Scope scope);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
