// The case list's queries over a whole municipality file: which cases match a CaseSelection (its
// SQL is CaseSelectionSql's, its search SearchTerms'), in which order, and their light rows (as
// CaseRepository::list() gives them) a page at a time. It promises:
// - page() reads the ids of one page in the order by received date (the default, and its reverse)
//   straight from the index cases_received and stops with the page: the first page of any list, and
//   of a search for a common word, costs the page, not the file. The next page continues after the
//   last id of the one before (not by offset), so paging never shifts, skips or repeats a row.
// - ids() returns every matching case id in the requested order; for the other orders, which need
//   every matching case to be right. Only ids and the one sort column are read for the whole
//   selection; rows() then reads the full list rows of one page by id.
// - count() counts, up to a limit when asked: a search for a common word then stops early.
// - Names and other text sort with the Dutch collation (QCollator for nl_NL, case-insensitive):
//   "Çelik" next to "Celik", "Ödemiş" next to "Odemis", "van Dijk" among the V. The collator ranks
//   each distinct value once (a file holds a few thousand distinct names), the rows are then sorted
//   by rank; SQLite cannot do this itself without a custom collation, whose per-comparison callback
//   is ten times slower and which would make the file unreadable for tools that lack it.
// - References sort naturally (KL-2026-9999 before KL-2026-10000); phases in workflow order.
// - The default order is by received date, newest first, and within a day the latest reference
//   first; ascending by received date is its exact reverse. Rows without a value (anonymous klager,
//   no handler, no pending deadline) come last in either direction; equal values keep the default
//   order.
// - The next deadline (sorting on it, and "Te laat") is the engine's nextDeadline() for the cases
//   that can still owe one (open cases and pending "hoe gaat het nu?" calls, as the deadline
//   overview has it), as the file stores it with each case (DeadlineStore): one indexed row per such
//   case is read, the engine is not run; "Te laat" is a stored next deadline before today.
// - A search for a common whole word ("de") is answered case by case as the page is read; any
//   other search gathers its matches (CaseSelectionSql's plans), whichever is quicker. In the file, a
//   page and a count up to a limit of a search with many timeline matches gather them in windows of the
//   newest (oldest) cases first and stop with the first window that holds the page: the same ids in
//   the same order as gathering every match, at the cost of the window. On the server, which stores each
//   row's search vector, a page and a count up to a limit of any search walk the newest (oldest) cases one
//   by one within windows that grow with the matches they find, and gather every match only for a word too
//   rare to fill the page within the largest window: again the same ids in the same order. A page and a count
//   ask a window after the first of the indexes at once instead of walking it when the register holds few
//   matches for the window's size (the GIN indexes' matches intersected with the window's entries in the
//   index on received date): the same ids again.
// Throws StorageError. Qt Core only.
#pragma once

#include "../deadlines/deadline.h"
#include "../domain/case.h"
#include "caseselection.h"
#include "caseselectionsql.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class Database;
class DeadlineEngine;

enum class CaseSortKey { Reference, Received, Klager, Subject, Phase, Handler, NextDeadline };

struct CaseOrder {
    CaseSortKey key = CaseSortKey::Received;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const CaseOrder&) const = default;
};

class CaseQuery {
    Q_DECLARE_TR_FUNCTIONS(CaseQuery)
public:
    explicit CaseQuery(Database& db);

    // The handler names CaseSelection::mine stands for (none: "mine" matches no case).
    void setMyNames(const QStringList& names) { m_myNames = names; }

    // Every matching case id, in order. today decides which stored next deadlines are overdue
    // (overdueOnly); engine is not used (the deadlines are stored).
    QList<qint64> ids(const CaseSelection& selection, const CaseOrder& order, const DeadlineEngine& engine,
                      QDate today);
    // Whether page() can read this order (by received date, either way).
    static bool pages(const CaseOrder& order) { return order.key == CaseSortKey::Received; }
    // At most limit matching ids in the order (pages(order) must hold), after the case with id after
    // (0: from the start). std::nullopt when that case is no longer in the file.
    std::optional<QList<qint64>> page(const CaseSelection& selection, const CaseOrder& order, QDate today, qint64 after,
                                      int limit);
    // The number of matching cases; with atMost, counting stops at atMost + 1 (so "more than atMost").
    qint64 count(const CaseSelection& selection, QDate today, std::optional<qint64> atMost = std::nullopt);
    // The cases with these ids as CaseRepository::list() reads them (themes included, no story,
    // contact details or timeline), in the order of ids. Ids no longer in the file are left out.
    QList<Case> rows(const QList<qint64>& ids);

    // The deadline the case list shows: the engine's next pending deadline, for the cases that can
    // still owe one; std::nullopt for every other case.
    static std::optional<Deadline> nextDeadline(const DeadlineEngine& engine, const Case& c, QDate today);
    // About whom or what, in one line: the provider, else the department, else the joint arrangement,
    // else the employee; empty when none is known. The case list shows and sorts by it.
    static QString subject(const Case& c);
    // The klager's name as the list sorts it; empty (sorted last) for an anonymous or nameless klager.
    static QString klagerSortName(const Case& c);

private:
    CaseSelectionSql::Search searchPlan(const CaseSelection& selection);

    Database& m_db;
    QStringList m_myNames;
};
