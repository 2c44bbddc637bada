// The next deadlines of every case, stored with the case (table case_deadlines), so that the
// deadline overview, aantafel-cli due, the case list's deadline order and the workload per handler
// read a few indexed rows instead of running the deadline engine over the whole register. It promises:
// - what is stored is exactly what expected() says: for a case that can still owe a deadline
//   (DeadlineEngine::mayOweDeadline), every pending deadline the engine gives it (kind, due date and
//   basis as a language-neutral code), one of them marked as the case's next deadline (the engine's
//   nextDeadline()); nothing for any other case. Pending does not depend on "today" (only the status
//   does), so the rows never go stale by the date rolling over: the readers put today into their
//   query's date boundaries;
// - the rows of a case are replaced in the same transaction as every change of the case (CaseWriter:
//   a new case, a save, a bulk insert or an import) and all rows in the same transaction as a change
//   of the Atw calendar or the municipality's policy terms; a deleted case takes its rows along
//   (ON DELETE CASCADE); the migration that made the table has them filled by fillIfMarked();
// - verify() compares every stored row with the engine and reports each difference (aantafel-cli
//   check).
// The engine is the one of the file itself: its calendar and policy terms, read on first use.
// Throws StorageError. Qt Core only.
#pragma once

#include "../deadlines/deadline.h"
#include "../deadlines/deadlineengine.h"
#include "../domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class Database;
class SqlQuery;
class SqlRows;

// One stored deadline of a case.
struct StoredDeadline {
    DeadlineKind kind = DeadlineKind::Handling;
    QDate due;
    QString basis; // DeadlineEngine::basisCode(): "law", "analogy" or "policy"
    bool next = false;
    QDate calendarFrom; // Deadline::calendarFrom

    bool operator==(const StoredDeadline&) const = default;
};

class DeadlineStore {
    Q_DECLARE_TR_FUNCTIONS(DeadlineStore)
public:
    // Uses the engine of the file: its Atw calendar and policy terms, read when first needed.
    explicit DeadlineStore(Database& db);
    ~DeadlineStore();
    DeadlineStore(const DeadlineStore&) = delete;
    DeadlineStore& operator=(const DeadlineStore&) = delete;

    // What the file must hold for this case, in the engine's order (by due date).
    static QList<StoredDeadline> expected(const DeadlineEngine& engine, const Case& c);

    // Replaces the stored deadlines of one case (saved, with its id). Call inside the transaction
    // that writes the case.
    void refresh(const Case& c);
    // Recomputes the stored deadlines of every case, inside the caller's transaction (a change of the
    // calendar or of the policy terms, the migration).
    void refreshAll();
    // The stored deadlines of one case, by due date and kind.
    QList<StoredDeadline> stored(qint64 caseId);
    // A case's next deadline read in the query of its case: " LEFT JOIN case_deadlines AS <alias> …" for a query
    // of "cases AS c", the joined columns to select, and a row's next deadline from them (read from `first`;
    // none when the case has none).
    static QString nextJoin(const QString& alias);
    static QString nextColumns(const QString& alias);
    static std::optional<StoredDeadline> readNext(const SqlRows& rows, int first);
    // Every difference between what is stored and what the engine gives, one Dutch line each, for
    // aantafel-cli check; empty when they agree.
    QStringList verify();

    // The migration that creates case_deadlines leaves a mark; after the last migration this fills
    // the table in one transaction and removes the mark. Does nothing without the mark.
    static void fillIfMarked(Database& db);
    static QString fillMarkKey() { return QStringLiteral("case_deadlines_fill"); }

    // The file's deadline engine (its calendar and policy terms).
    const DeadlineEngine& engine();

private:
    // Every case that can still owe a deadline (open, or a pending follow-up call), deadline fields only.
    void forEachOwing(const std::function<void(const Case&)>& visit);
    void insert(qint64 caseId, const QList<StoredDeadline>& deadlines);

    Database& m_db;
    std::unique_ptr<HolidayCalendar> m_calendar;
    std::unique_ptr<DeadlineEngine> m_engine;
    std::unique_ptr<SqlQuery> m_delete;
    std::unique_ptr<SqlQuery> m_insert;
};

// Stored deadlines as the lists show them on one day: kind, due date, basis, warning and status from the
// engine's rules; no counting or basis text (those need the case: DeadlineEngine::deadlinesFor). The label
// of each basis is translated once, not once per row of a list of thousands.
class StoredDeadlineReader {
public:
    StoredDeadlineReader(const DeadlineEngine& engine, QDate today);
    Deadline toDeadline(const StoredDeadline& stored);

private:
    const QString& basisLabel(DeadlineKind kind, bool statutory);

    const DeadlineEngine& m_engine;
    QDate m_today;
    std::array<QString, 2 * (size_t(DeadlineKind::OmbudsmanTerm) + 1)> m_basisLabels; // by kind and statutory
};
