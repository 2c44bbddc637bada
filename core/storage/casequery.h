// The case list's queries over a whole municipality file: which cases match the quick filters and
// the full-text search, in which order, and their light rows (as CaseRepository::list() gives them)
// a page at a time. It promises:
// - ids() returns every matching case id in the requested order, so paging never shifts, skips or
//   repeats a row, and the order is correct across all matching cases, not just a loaded page. Only
//   ids and the one sort column are read for the whole selection (about 60 ms for 100,000 cases in
//   a Release build, the default order straight from the index cases_received); rows() then reads
//   the full list rows of one page by id.
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
// - Full-text search: every word must occur as a word or the start of one, accents ignored, in the
//   reference, klager name, story, desired outcome, any timeline text, or the name or extracted text of
//   any document (FTS5, as CaseRepository::search). Single characters are ignored: as a prefix they
//   match nearly everything.
// Throws StorageError. Qt Core only.
#pragma once

#include "../deadlines/deadline.h"
#include "../domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class Database;
class DeadlineEngine;

enum class CaseSortKey { Reference, Received, Klager, Subject, Phase, Handler, NextDeadline };

// Which cases: every set criterion must hold.
struct CaseSelection {
    bool openOnly = false;
    bool overdueOnly = false; // the next deadline is overdue (so the case is open or owes a follow-up call)
    std::optional<Phase> phase;
    std::optional<PolicyDomain> domain;
    QStringList handlers; // the handler is one of these (exact names); empty: any handler
    QString words;        // full-text search; blank: no search

    bool operator==(const CaseSelection&) const = default;
};

struct CaseOrder {
    CaseSortKey key = CaseSortKey::Received;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const CaseOrder&) const = default;
};

class CaseQuery {
    Q_DECLARE_TR_FUNCTIONS(CaseQuery)
public:
    explicit CaseQuery(Database& db);

    // Every matching case id, in order. today decides which stored next deadlines are overdue
    // (overdueOnly); engine is not used (the deadlines are stored).
    QList<qint64> ids(const CaseSelection& selection, const CaseOrder& order, const DeadlineEngine& engine,
                      QDate today);
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
    Database& m_db;
};
