// Internal to core/storage: the WHERE clause of a CaseSelection over "cases AS c", built in one
// place for the case list's query (CaseQuery), CaseRepository's lists and counts, and the command
// line. It promises:
// - "phase <> 'closed'" is spelled as the partial index cases_open spells it, so the planner uses it;
// - "mine" with no names matches no case (rather than everyone's);
// - "Te laat" is a stored next deadline (case_deadlines, next = 1) before today, read through the
//   index case_deadlines_next;
// - the search is SearchTerms' phrases over the case, its timeline and its documents, every word in one
//   of them (SqlDialect::searchCondition: FTS5 in the file, the stored search vectors and their GIN indexes
//   on the server), each index asked for a word start's whole words where SearchWords lists them in it; a
//   search that leaves no words is no criterion. Two plans give the same cases: AsSet
//   gathers every
//   match first (quick for words that are rare, or start many words), PerCase asks the index about each
//   case as the rows go by (quick for a common whole word when only a page is read: it stops with the
//   page). NewestWindow and OldestWindow are AsSet within a window of the register that the caller names
//   (Window): the cases received on or after (on or before) its day, and of the matches only those whose
//   rows lie at or above (at or below) its edges, so that gathering costs the window, not the register.
//   The edges must hold every case, timeline entry and document of the window's cases (CaseQuery works
//   them out); then the window's matches are exactly AsSet's matches received in the window. On the server
//   only the day and the case edge are used: a case's own text is asked within the day, its timeline entries
//   and documents by their case, so the case edge must be at or below (above) the id of every case of the
//   window.
//   PerCaseNewest and PerCaseOldest are PerCase within the cases received on or after (on or before) the
//   window's day (its edges are not used). The plans are the same on the server, in its SQL (the vector
//   stored with each row instead of an FTS5 table).
//   NewestIds (the file only) is AsSet within the cases of the highest ids: its statement (with()) reads
//   window.top of the case texts' matches, those of the highest ids, and the lowest of their ids is the
//   edge (NULL when the case texts hold fewer: then the rows say nothing). The clause matches every case at or
//   above the edge that AsSet matches (the timeline entries and documents asked from the lowest id of those of
//   the cases at or above it, through their indexes on case), and every case below the edge, match or not: a
//   caller that reads the edge too (match_edge.edge) knows from a row below it that the ids did not follow its
//   order down to that row;
// - it is the same on both backends but for the search's SQL and the planner hints of the file (INDEXED BY);
// - parameters are named (":phase", ":match", …) so that a caller can add its own.
#pragma once

#include "caseselection.h"
#include "searchwords.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

class Database;
class SqlQuery;

// The window of CaseSelectionSql's plans NewestWindow (received >= day, ids >= the edges) and OldestWindow (<=),
// and of PerCaseNewest and PerCaseOldest (the day only). The server's window plans leave the edges of the
// timeline and the documents aside.
struct CaseSearchWindow {
    QVariant day;
    qint64 caseEdge = 0;
    qint64 eventEdge = 0;
    qint64 documentEdge = 0;
    // NewestIds: how many of the case texts' matches, those of the highest ids, set its edge; and whether the
    // timeline can hold a match at all (false leaves the timeline out).
    qint64 top = 0;
    bool timeline = true;
};

class CaseSelectionSql {
public:
    struct Context {
        QStringList myNames; // what "mine" stands for
        QDate today;         // what "Te laat" is measured against
    };

    enum class Search { AsSet, PerCase, NewestWindow, OldestWindow, PerCaseNewest, PerCaseOldest, NewestIds };

    using Window = CaseSearchWindow;

    // The search's word starts are looked up as whole words first (SearchWords::queries()).
    CaseSelectionSql(Database& db, const CaseSelection& selection, const Context& context, Search plan = Search::AsSet,
                     const Window& window = {});
    // The same with the search values read before (SearchWords::queries() of the selection's words), for a caller
    // that asks one search in several plans or windows.
    CaseSelectionSql(Database& db, const CaseSelection& selection, const SearchWords::Queries& queries,
                     const Context& context, Search plan = Search::AsSet, const Window& window = {});

    // NewestIds' common table expressions, "WITH … " (with its trailing space), to start the statement with;
    // empty for every other plan.
    const QString& with() const { return m_with; }
    // " WHERE …" (with its leading space), or empty when every case matches.
    const QString& where() const { return m_where; }
    // The same terms for appending to a WHERE of one's own: " AND …", or empty.
    QString andTerms() const;
    bool searches() const { return !m_queries.isEmpty(); }
    // Whether the search asks an index for a word start (one that SearchWords left a start).
    bool asksWordStarts() const { return m_queries.asksWordStarts(); }
    // Binds the named parameters this clause uses to a SqlQuery or a SqlRows.
    template <typename Statement> void bindTo(Statement& statement) const {
        for (const auto& [name, value] : m_binds)
            statement.bind(name, value);
    }

private:
    QStringList m_terms;
    QString m_where;
    QString m_with;
    SearchWords::Queries m_queries; // the FTS5 queries or the tsquery (SqlDialect::searchQuery); empty: no search
    QList<QPair<QString, QVariant>> m_binds;
};
