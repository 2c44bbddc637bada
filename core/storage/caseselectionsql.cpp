#include "caseselectionsql.h"

#include "searchterms.h"
#include "sqlcode.h"
#include "sqlquery.h"

CaseSelectionSql::CaseSelectionSql(const CaseSelection& s, const Context& context, Search plan) {
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
            m_terms << QStringLiteral("0"); // nobody to match: no case
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
        m_terms << QStringLiteral("c.id IN (SELECT case_id FROM case_deadlines INDEXED BY case_deadlines_next "
                                  "WHERE next = 1 AND due < :today)");
        m_binds.append({QStringLiteral(":today"), SqlValue::date(context.today)});
    }
    m_match = SearchTerms(s.words).ftsQuery();
    if (!m_match.isEmpty() && plan == Search::PerCase) {
        m_terms << QStringLiteral(
            "(EXISTS (SELECT 1 FROM cases_fts WHERE cases_fts MATCH :match1 AND rowid = c.id) "
            "OR EXISTS (SELECT 1 FROM events AS e JOIN events_fts ON events_fts.rowid = e.id "
            "WHERE e.case_id = c.id AND events_fts MATCH :match2) "
            "OR EXISTS (SELECT 1 FROM documents AS d JOIN documents_fts "
            "ON documents_fts.rowid = d.id WHERE d.case_id = c.id AND documents_fts MATCH :match3))");
    } else if (!m_match.isEmpty()) {
        // "+" keeps the planner from reading the cases by the ids of the matches and sorting them: it
        // walks the order's index and looks each case up in the gathered matches, stopping with the page.
        m_terms << QStringLiteral("+c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match1 "
                                  "UNION SELECT e.case_id FROM events AS e JOIN events_fts ON events_fts.rowid = e.id "
                                  "WHERE events_fts MATCH :match2 "
                                  "UNION SELECT d.case_id FROM documents AS d JOIN documents_fts "
                                  "ON documents_fts.rowid = d.id WHERE documents_fts MATCH :match3)");
    }
    if (!m_match.isEmpty()) {
        for (const char* name : {":match1", ":match2", ":match3"})
            m_binds.append({QString::fromLatin1(name), m_match});
    }
    if (!m_terms.isEmpty())
        m_where = QStringLiteral(" WHERE ") + m_terms.join(QStringLiteral(" AND "));
}

QString CaseSelectionSql::andTerms() const {
    return m_terms.isEmpty() ? QString() : QStringLiteral(" AND ") + m_terms.join(QStringLiteral(" AND "));
}

void CaseSelectionSql::bindTo(SqlQuery& query) const {
    for (const auto& [name, value] : m_binds)
        query.bind(name, value);
}
