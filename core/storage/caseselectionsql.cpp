#include "caseselectionsql.h"

#include "database.h"
#include "searchterms.h"
#include "searchwords.h"
#include "sqlcode.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <limits>

namespace {

// PerCase: each case asked whether its text, its timeline or its documents match, as the rows go by.
QString perCase(const SqlDialect& dialect) {
    if (dialect.isServer()) {
        // The stored vectors of the case and of its timeline entries and documents (through the indexes on
        // case), these only where the case's timeline words (cases.timeline_words, serverupgrade.cpp, version 13)
        // hold every word asked, in any order, or are unknown (NULL): most cases are answered from their own row.
        // Words without places never match a phrase, so the query's phrases ("<->", "<2>", also those to_tsquery
        // makes itself) become "&" for them; the whole query is computed once, when the statement is planned. The
        // server asks the timeline entries and the documents one query (:match2 = :match3, SearchWords::queries()).
        // OFFSET 0 keeps the planner from turning an EXISTS into a hashed set of every match of the register,
        // which is AsSet's cost; the page is read case by case and stops with it. The parenthesised AND keeps its
        // order.
        return QStringLiteral("(") + SqlDialect::vectorMatches(QStringLiteral("c"), QStringLiteral(":match1")) +
               QStringLiteral(" OR ((c.timeline_words IS NULL OR c.timeline_words @@ regexp_replace(to_tsquery("
                              "'aantafel_nl'::regconfig, :match2)::text, '<[0-9-]+>', '&', 'g')::tsquery) AND "
                              "(EXISTS (SELECT 1 FROM events AS e WHERE e.case_id = c.id AND ") +
               SqlDialect::vectorMatches(QStringLiteral("e"), QStringLiteral(":match2")) +
               QStringLiteral(" OFFSET 0) OR EXISTS (SELECT 1 FROM documents AS d JOIN documents_fts AS f ON f.rowid "
                              "= d.id WHERE d.case_id = c.id AND ") +
               SqlDialect::vectorMatches(QStringLiteral("f"), QStringLiteral(":match3")) +
               QStringLiteral(" OFFSET 0))))");
    }
    return QStringLiteral("(EXISTS (SELECT 1 FROM cases_fts WHERE cases_fts MATCH :match1 AND rowid = c.id) "
                          "OR EXISTS (SELECT 1 FROM events AS e JOIN events_fts ON events_fts.rowid = e.id "
                          "WHERE e.case_id = c.id AND events_fts MATCH :match2) "
                          "OR EXISTS (SELECT 1 FROM documents AS d JOIN documents_fts "
                          "ON documents_fts.rowid = d.id WHERE d.case_id = c.id AND documents_fts MATCH :match3))");
}

// A window's matches: as searchCondition(), each index asked only for the rows of the window: in the file the
// rows at or above (op ">=") or at or below ("<=") the window's edges. On the server the case texts received on
// the window's side of its day, the timeline entries and documents of the cases on its side of the case edge:
// the planner can then intersect the GIN index's matches with the index on received date (on case) before it
// reads a row, so that only the window's matches are read.
QString inWindow(const SqlDialect& dialect, const QString& op) {
    if (dialect.isServer()) {
        return QStringLiteral("c.id IN (SELECT s.id FROM cases AS s WHERE ") +
               SqlDialect::vectorMatches(QStringLiteral("s"), QStringLiteral(":match1")) +
               QStringLiteral(" AND s.received %1 :windowDay UNION SELECT e.case_id FROM events AS e WHERE ").arg(op) +
               SqlDialect::vectorMatches(QStringLiteral("e"), QStringLiteral(":match2")) +
               QStringLiteral(" AND e.case_id %1 :caseEdge UNION SELECT d.case_id FROM documents_fts AS f JOIN "
                              "documents AS d ON d.id = f.rowid WHERE ")
                   .arg(op) +
               SqlDialect::vectorMatches(QStringLiteral("f"), QStringLiteral(":match3")) +
               QStringLiteral(" AND d.case_id %1 :caseEdge)").arg(op);
    }
    return QStringLiteral("+c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match1 AND rowid %1 "
                          ":caseEdge UNION SELECT e.case_id FROM events_fts JOIN events AS e ON e.id = "
                          "events_fts.rowid WHERE events_fts MATCH :match2 AND events_fts.rowid %1 :eventEdge "
                          "UNION SELECT d.case_id FROM documents_fts JOIN documents AS d ON d.id = "
                          "documents_fts.rowid WHERE documents_fts MATCH :match3 AND documents_fts.rowid %1 "
                          ":documentEdge)")
        .arg(op);
}

// NewestIds' common table expressions: the top matches of the case texts by id, and their lowest id, the edge
// (NULL when there are fewer than :top).
QString newestIdsWith() {
    return QStringLiteral("WITH top_matches(id) AS MATERIALIZED (SELECT rowid FROM cases_fts WHERE cases_fts MATCH "
                          ":match1 ORDER BY rowid DESC LIMIT :top), match_edge(edge) AS MATERIALIZED (SELECT CASE "
                          "WHEN count(*) = :top THEN min(id) END FROM top_matches) ");
}

// NewestIds' clause: the matches at or above the edge, the timeline's (when it can hold one) and the documents'
// asked only for the rows at or above the lowest id of those of the cases at or above the edge (read from their
// indexes on case); and every case below the edge.
QString newestIds(bool timeline) {
    const QString edge = QStringLiteral("(SELECT edge FROM match_edge)");
    auto rowsOf = [&](const QString& fts, const QString& table, const QString& alias, const QString& match) {
        return QStringLiteral(" UNION ALL SELECT %3.case_id FROM %1 JOIN %2 AS %3 ON %3.id = %1.rowid WHERE %1 MATCH "
                              "%4 AND %1.rowid >= (SELECT coalesce(min(id), %5) FROM %2 INDEXED BY %2_case WHERE "
                              "case_id >= %6) AND %3.case_id >= %6")
            .arg(fts, table, alias, match, QString::number(std::numeric_limits<qint64>::max()), edge);
    };
    return QStringLiteral("(+c.id IN (SELECT id FROM top_matches") +
           (timeline ? rowsOf(QStringLiteral("events_fts"), QStringLiteral("events"), QStringLiteral("e"),
                              QStringLiteral(":match2"))
                     : QString()) +
           rowsOf(QStringLiteral("documents_fts"), QStringLiteral("documents"), QStringLiteral("d"),
                  QStringLiteral(":match3")) +
           QStringLiteral(") OR c.id < ") + edge + QLatin1Char(')');
}

} // namespace

CaseSelectionSql::CaseSelectionSql(Database& db, const CaseSelection& s, const Context& context, Search plan,
                                   const Window& window)
    : CaseSelectionSql(db, s, SearchWords::queries(db, SearchTerms(s.words)), context, plan, window) {}

CaseSelectionSql::CaseSelectionSql(Database& db, const CaseSelection& s, const SearchWords::Queries& queries,
                                   const Context& context, Search plan, const Window& window)
    : m_queries(queries) {
    const SqlDialect& dialect = db.dialect();
    if (s.openOnly)
        m_terms << SqlCode::openCase(); // as the partial index cases_open spells it
    if (s.phase) {
        m_terms << QStringLiteral("c.phase = :phase");
        m_binds.append({QStringLiteral(":phase"), EnumText::code(*s.phase)});
    }
    if (s.domain) {
        m_terms << QStringLiteral("c.domain = :domain");
        m_binds.append({QStringLiteral(":domain"), EnumText::code(*s.domain)});
    }
    auto handlerIn = [this](const QStringList& names, const QString& prefix) {
        if (names.isEmpty()) {
            m_terms << QStringLiteral("1 = 0"); // nobody to match: no case
            return;
        }
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i) {
            marks << prefix + QString::number(i);
            m_binds.append({marks.last(), names.at(i)});
        }
        m_terms << QStringLiteral("c.handler IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    };
    if (!s.handlers.isEmpty())
        handlerIn(s.handlers, QStringLiteral(":handler"));
    if (s.mine)
        handlerIn(context.myNames, QStringLiteral(":mine"));
    if (s.overdueOnly) {
        m_terms << QStringLiteral("c.id IN (SELECT case_id FROM case_deadlines") +
                       dialect.indexedBy(QStringLiteral("case_deadlines_next")) +
                       QStringLiteral(" WHERE next = 1 AND due < :today)");
        m_binds.append({QStringLiteral(":today"), SqlValue::date(context.today)});
    }
    const bool search = !m_queries.isEmpty();
    if (search && plan == Search::PerCase) {
        m_terms << perCase(dialect);
    } else if (search && (plan == Search::PerCaseNewest || plan == Search::PerCaseOldest)) {
        m_terms << QStringLiteral("c.received %1 :windowDay")
                       .arg(plan == Search::PerCaseNewest ? QStringLiteral(">=") : QStringLiteral("<="))
                << perCase(dialect);
        m_binds.append({QStringLiteral(":windowDay"), window.day});
    } else if (search && (plan == Search::NewestWindow || plan == Search::OldestWindow)) {
        const QString op = plan == Search::NewestWindow ? QStringLiteral(">=") : QStringLiteral("<=");
        m_terms << QStringLiteral("c.received %1 :windowDay").arg(op) << inWindow(dialect, op);
        m_binds.append({QStringLiteral(":windowDay"), window.day});
        m_binds.append({QStringLiteral(":caseEdge"), window.caseEdge});
        m_binds.append({QStringLiteral(":eventEdge"), window.eventEdge});
        m_binds.append({QStringLiteral(":documentEdge"), window.documentEdge});
    } else if (search && plan == Search::NewestIds) {
        m_with = newestIdsWith();
        m_terms << newestIds(window.timeline);
        m_binds.append({QStringLiteral(":top"), window.top});
    } else if (search) {
        m_terms << dialect.searchCondition();
    }
    if (search) {
        m_binds.append({QStringLiteral(":match1"), m_queries.cases});
        m_binds.append({QStringLiteral(":match2"), m_queries.events});
        m_binds.append({QStringLiteral(":match3"), m_queries.documents});
    }
    if (!m_terms.isEmpty())
        m_where = QStringLiteral(" WHERE ") + m_terms.join(QStringLiteral(" AND "));
}

QString CaseSelectionSql::andTerms() const {
    return m_terms.isEmpty() ? QString() : QStringLiteral(" AND ") + m_terms.join(QStringLiteral(" AND "));
}
