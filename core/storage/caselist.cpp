// The case list of CaseRepository: filtered, sorted and paged queries that stream their rows and
// fetch the themes of a batch of cases in one query, plus full-text search and the full stream
// that the integrity check walks. No query runs per row.
#include "caserepository.h"

#include "caserow.h"
#include "caseselectionsql.h"
#include "casewriter.h"
#include "database.h"
#include "deadlinestore.h"
#include "sqlquery.h"
#include "sqlrows.h"

#include <QHash>
#include <QVariantList>

#include <limits>

namespace {

constexpr int BatchSize = 256;

CaseSelection selectionOf(const CaseFilter& filter, const QString& words = {}) {
    CaseSelection s;
    s.openOnly = filter.openOnly;
    s.phase = filter.phase;
    s.domain = filter.domain;
    if (!filter.handler.isEmpty())
        s.handlers = {filter.handler};
    s.words = words;
    return s;
}

// Attaches the theme names to a batch of cases with one query.
void attachThemes(Database& db, const ThemeIndex& index, QList<Case>& batch) {
    if (batch.isEmpty())
        return;
    QHash<qint64, qsizetype> position;
    QStringList ids;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        position.insert(batch.at(i).id, i);
        ids << QString::number(batch.at(i).id);
    }
    SqlQuery q(db, QStringLiteral("SELECT case_id, theme_id FROM case_themes WHERE case_id IN (") +
                       ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY case_id, position"));
    q.exec();
    while (q.next())
        batch[position.value(q.value(0).toLongLong())].themes << index.name(q.value(1).toLongLong());
}

} // namespace

void CaseRepository::stream(const QString& sql, const std::function<void(SqlRows&)>& bind,
                            const std::function<void(const Case&)>& visit, CaseRow::Scope scope) {
    const ThemeIndex index(m_db);
    SqlRows q(m_db, sql);
    bind(q);
    q.exec();
    QList<Case> batch;
    batch.reserve(BatchSize);
    // Only what list() promises carries themes (Full is read by forEachFull, which has its own cursors).
    const bool withThemes = scope == CaseRow::Scope::List;
    auto flush = [&] {
        if (withThemes)
            attachThemes(m_db, index, batch);
        for (const Case& c : std::as_const(batch))
            visit(c);
        batch.clear();
    };
    while (q.next()) {
        batch.append(CaseRow::read(q, scope));
        if (batch.size() == BatchSize)
            flush();
    }
    flush();
}

QList<Case> CaseRepository::list(const CaseFilter& filter) {
    QList<Case> cases;
    forEach(filter, [&cases](const Case& c) { cases.append(c); });
    return cases;
}

void CaseRepository::forEach(const CaseFilter& filter, const std::function<void(const Case&)>& visit) {
    forEachMatching(selectionOf(filter), filter, visit);
}

void CaseRepository::forEachMatching(const CaseSelection& selection, const CaseFilter& paging,
                                     const std::function<void(const Case&)>& visit) {
    const CaseSelectionSql where(m_db, selection, {{m_user}, m_clock.today()});
    QString sql = QStringLiteral("SELECT ") + CaseRow::selectList(paging.fields) + QStringLiteral(" FROM cases AS c") +
                  where.where() + QStringLiteral(" ORDER BY received DESC, reference");
    const bool paged = paging.limit >= 0 || paging.offset > 0;
    if (paged)
        sql += QStringLiteral(" LIMIT :limit OFFSET :offset");
    stream(
        sql,
        [&](SqlRows& q) {
            where.bindTo(q);
            if (paged)
                // No limit with an offset: the largest count both backends accept (the server refuses -1).
                q.bind(QStringLiteral(":limit"),
                       paging.limit >= 0 ? qint64(paging.limit) : std::numeric_limits<qint64>::max())
                    .bind(QStringLiteral(":offset"), std::max(0, paging.offset));
        },
        visit, paging.fields);
}

void CaseRepository::forEachWithNextDeadline(
    const CaseSelection& selection, CaseRow::Scope fields,
    const std::function<void(const Case&, const std::optional<StoredDeadline>&)>& visit) {
    const CaseSelectionSql where(m_db, selection, {{m_user}, m_clock.today()});
    const QString next = QStringLiteral("n");
    SqlRows q(m_db, QStringLiteral("SELECT ") + CaseRow::selectList(fields) + QStringLiteral(", ") +
                        DeadlineStore::nextColumns(next) + QStringLiteral(" FROM cases AS c") +
                        DeadlineStore::nextJoin(next) + where.where() +
                        QStringLiteral(" ORDER BY c.received DESC, c.reference"));
    where.bindTo(q);
    q.exec();
    const int first = CaseRow::columnCount(fields);
    while (q.next())
        visit(CaseRow::read(q, fields), DeadlineStore::readNext(q, first));
}

qint64 CaseRepository::count(const CaseFilter& filter) {
    const CaseSelectionSql where(m_db, selectionOf(filter), {{m_user}, m_clock.today()});
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM cases AS c") + where.where());
    where.bindTo(q);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Case> CaseRepository::search(const QString& words, const CaseFilter& filter) {
    QList<Case> cases;
    forEachMatching(selectionOf(filter, words), filter, [&cases](const Case& c) { cases.append(c); });
    return cases;
}

void CaseRepository::forEachFull(const std::function<void(const Case&)>& visit) {
    // Four cursors in case id order, merged: cases, their themes, complaint parts and timelines.
    const ThemeIndex index(m_db);
    SqlRows cases(m_db, QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::Full) +
                            QStringLiteral(" FROM cases AS c ORDER BY c.id"));
    SqlQuery themes(m_db, QStringLiteral("SELECT case_id, theme_id FROM case_themes ORDER BY case_id, position"));
    SqlQuery events(m_db, QStringLiteral("SELECT ") + CaseRow::eventSelectList() +
                              QStringLiteral(" FROM events AS e ORDER BY e.case_id, e.at, e.id"));
    SqlQuery parts(m_db, QStringLiteral("SELECT case_id, description, findings, judgment FROM complaint_parts "
                                        "ORDER BY case_id, position, id"));
    cases.exec();
    themes.exec();
    events.exec();
    parts.exec();
    bool moreThemes = themes.next();
    bool moreEvents = events.next();
    bool moreParts = parts.next();
    while (cases.next()) {
        Case c = CaseRow::read(cases, CaseRow::Scope::Full);
        while (moreThemes && themes.value(0).toLongLong() <= c.id) {
            if (themes.value(0).toLongLong() == c.id)
                c.themes << index.name(themes.value(1).toLongLong());
            moreThemes = themes.next();
        }
        while (moreParts && parts.value(0).toLongLong() <= c.id) {
            if (parts.value(0).toLongLong() == c.id)
                c.parts << CaseRow::readPart(parts, 1);
            moreParts = parts.next();
        }
        while (moreEvents && events.value(0).toLongLong() <= c.id) {
            if (events.value(0).toLongLong() == c.id)
                c.events << CaseRow::readEvent(events, 1);
            moreEvents = events.next();
        }
        visit(c);
    }
}
