#include "casequery.h"

#include "caserow.h"
#include "casewriter.h"
#include "database.h"
#include "sqlquery.h"

#include "../deadlines/deadlineengine.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QVariantList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace {

constexpr qint64 Missing = std::numeric_limits<qint64>::max();

struct Where {
    QString sql;
    QVariantList binds;
};

// Spelled as the partial index cases_open spells it, so that the planner can use it.
const QString OpenTerm = QStringLiteral("phase <> 'closed'");

// What someone typed as an FTS5 query: every word a quoted prefix term, all required. Words without
// a letter or digit would be empty phrases, which FTS5 refuses, and a single letter as a prefix
// matches nearly every case (half a second on 100,000 cases while someone is still typing): both are
// left out.
QString ftsQuery(const QString& words) {
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    static const QRegularExpression wordCharacter(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList terms;
    for (const QString& word : words.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() > 1 && word.contains(wordCharacter))
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Where whereFor(const CaseSelection& s) {
    Where w;
    QStringList terms;
    if (s.openOnly)
        terms << OpenTerm;
    if (s.phase) {
        terms << QStringLiteral("phase = ?");
        w.binds << EnumText::code(*s.phase);
    }
    if (s.domain) {
        terms << QStringLiteral("domain = ?");
        w.binds << EnumText::code(*s.domain);
    }
    if (!s.handlers.isEmpty()) {
        QStringList marks;
        for (const QString& handler : s.handlers) {
            marks << QStringLiteral("?");
            w.binds << handler;
        }
        terms << QStringLiteral("handler IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    const QString match = ftsQuery(s.words);
    if (!match.isEmpty()) {
        terms << QStringLiteral("c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? UNION "
                                "SELECT e.case_id FROM events AS e JOIN events_fts ON events_fts.rowid = e.id "
                                "WHERE events_fts MATCH ? UNION SELECT d.case_id FROM documents AS d JOIN "
                                "documents_fts ON documents_fts.rowid = d.id WHERE documents_fts MATCH ?)");
        w.binds << match << match << match;
    }
    if (!terms.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

SqlQuery& bindAll(SqlQuery& q, const QVariantList& binds) {
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    return q;
}

// The columns the sort key is made of, read next to the id.
QString keyColumns(CaseSortKey key) {
    switch (key) {
    case CaseSortKey::Reference: return QStringLiteral(", reference");
    case CaseSortKey::Klager: return QStringLiteral(", klager_name, anonymous");
    case CaseSortKey::Subject:
        return QStringLiteral(", subject_provider, subject_department, subject_joint_arrangement, subject_employee");
    case CaseSortKey::Phase: return QStringLiteral(", phase");
    case CaseSortKey::Handler: return QStringLiteral(", handler");
    case CaseSortKey::Received:
    case CaseSortKey::NextDeadline: break;
    }
    return {};
}

// The sort key of the current row (id, received, then keyColumns()) as text, blank when the case has
// no value.
QString keyText(CaseSortKey key, const SqlQuery& q) {
    switch (key) {
    case CaseSortKey::Reference:
    case CaseSortKey::Handler: return q.value(2).toString().trimmed();
    case CaseSortKey::Klager: {
        Case c;
        c.klager.name = q.value(2).toString();
        c.anonymous = q.value(3).toInt() != 0;
        return CaseQuery::klagerSortName(c);
    }
    case CaseSortKey::Subject: {
        Case c;
        c.subject = {q.value(3).toString(), q.value(5).toString(), q.value(2).toString(), q.value(4).toString()};
        return CaseQuery::subject(c);
    }
    case CaseSortKey::Phase:
    case CaseSortKey::Received:
    case CaseSortKey::NextDeadline: break;
    }
    return {};
}

// "KL-2026-0042" → "kl-000000002026-000000000042": digit runs compare by value, letters without case.
QString naturalKey(const QString& text) {
    QString key;
    key.reserve(text.size() + 24);
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isDigit()) {
            key += text.at(i).toCaseFolded();
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const QStringView run = QStringView(text).mid(i, end - i);
        key += QString(std::max<qsizetype>(0, 12 - run.size()), QLatin1Char('0')) + run;
        i = end;
    }
    return key;
}

// Ranks the values: equal values (under compare) share a rank, blank values get Missing. Each
// distinct value is prepared (made into a sort key) and compared once per comparison of the sort.
template <typename Prepare, typename Compare>
std::vector<qint64> rank(const QStringList& values, Prepare prepare, Compare compare) {
    QHash<QString, qsizetype> index;
    QStringList distinct;
    for (const QString& v : values) {
        if (!v.isEmpty() && !index.contains(v)) {
            index.insert(v, distinct.size());
            distinct << v;
        }
    }
    std::vector<decltype(prepare(QString()))> keys;
    keys.reserve(size_t(distinct.size()));
    for (const QString& v : std::as_const(distinct))
        keys.push_back(prepare(v));
    std::vector<qsizetype> order(size_t(distinct.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return compare(keys[size_t(a)], keys[size_t(b)]) < 0; });
    std::vector<qint64> rankOfDistinct(size_t(distinct.size()));
    qint64 r = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(keys[size_t(order[i - 1])], keys[size_t(order[i])]) != 0)
            ++r;
        rankOfDistinct[size_t(order[i])] = r;
    }
    std::vector<qint64> ranks;
    ranks.reserve(size_t(values.size()));
    for (const QString& v : values)
        ranks.push_back(v.isEmpty() ? Missing : rankOfDistinct[size_t(index.value(v))]);
    return ranks;
}

std::vector<qint64> collatedRanks(const QStringList& values) {
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return rank(
        values, [&collator](const QString& v) { return collator.sortKey(v); },
        [](const QCollatorSortKey& a, const QCollatorSortKey& b) { return a.compare(b); });
}

std::vector<qint64> naturalRanks(const QStringList& values) {
    return rank(values, naturalKey, [](const QString& a, const QString& b) { return QString::compare(a, b); });
}

} // namespace

CaseQuery::CaseQuery(Database& db)
    : m_db(db) {}

QList<qint64> CaseQuery::ids(const CaseSelection& selection, const CaseOrder& order, const DeadlineEngine& engine,
                             QDate today) {
    // The next deadline of every case that can owe one, as stored with the case (DeadlineStore): one
    // indexed row per open case. The selection applies in the query below.
    QHash<qint64, qint64> dueDay;
    QSet<qint64> overdue;
    if (selection.overdueOnly || order.key == CaseSortKey::NextDeadline) {
        Q_UNUSED(engine);
        SqlQuery q(m_db, QStringLiteral("SELECT case_id, due FROM case_deadlines INDEXED BY case_deadlines_next "
                                        "WHERE next = 1"));
        q.exec();
        const QString todayText = today.toString(Qt::ISODate);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString due = q.value(1).toString();
            dueDay.insert(id, QDate::fromString(due, Qt::ISODate).toJulianDay());
            if (due < todayText) // DeadlineStatus::Overdue: not met, due before today
                overdue.insert(id);
        }
    }

    // Every matching id in the default order (or its exact reverse), with the columns of the key. The
    // index gives received descending, reference ascending; the runs of one day are turned round here,
    // so that within a day, too, the latest case comes first.
    const bool receivedAscending = order.key == CaseSortKey::Received && order.order == Qt::AscendingOrder;
    Where where = whereFor(selection);
    if (selection.overdueOnly) {
        // The overdue cases are known by now: a few thousand at most, looked up by id rather than
        // scanning the table a second time.
        if (overdue.isEmpty())
            return {};
        QStringList literals;
        literals.reserve(overdue.size());
        for (qint64 id : std::as_const(overdue))
            literals << QString::number(id);
        where.sql += (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                     QStringLiteral("c.id IN (") + literals.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, received") + keyColumns(order.key) +
                         QStringLiteral(" FROM cases AS c") + where.sql +
                         (receivedAscending ? QStringLiteral(" ORDER BY received, reference DESC")
                                            : QStringLiteral(" ORDER BY received DESC, reference")));
    bindAll(q, where.binds).exec();
    QList<qint64> ids;
    QStringList keys;
    std::vector<qint64> ranks;
    QString day;
    qsizetype dayStart = 0;
    auto turnDay = [&] {
        std::reverse(ids.begin() + dayStart, ids.end());
        std::reverse(keys.begin() + std::min(dayStart, keys.size()), keys.end());
        std::reverse(ranks.begin() + std::min<size_t>(size_t(dayStart), ranks.size()), ranks.end());
        dayStart = ids.size();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString received = q.value(1).toString();
        if (received != day) {
            turnDay();
            day = received;
        }
        ids.append(id);
        if (order.key == CaseSortKey::Phase)
            ranks.push_back(qint64(EnumText::fromCode<Phase>(q.value(2).toString()).value_or(Phase::Intake)));
        else if (order.key == CaseSortKey::NextDeadline)
            ranks.push_back(dueDay.value(id, Missing));
        else if (order.key != CaseSortKey::Received)
            keys.append(keyText(order.key, q));
    }
    turnDay();
    if (order.key == CaseSortKey::Received)
        return ids;
    if (order.key == CaseSortKey::Reference)
        ranks = naturalRanks(keys);
    else if (!keys.isEmpty())
        ranks = collatedRanks(keys);

    const bool ascending = order.order == Qt::AscendingOrder;
    std::vector<qsizetype> positions(size_t(ids.size()));
    std::iota(positions.begin(), positions.end(), 0);
    std::stable_sort(positions.begin(), positions.end(), [&](qsizetype a, qsizetype b) {
        const qint64 ra = ranks[size_t(a)];
        const qint64 rb = ranks[size_t(b)];
        if (ra == rb || ra == Missing)
            return false;
        if (rb == Missing)
            return true;
        return ascending ? ra < rb : ra > rb;
    });
    QList<qint64> sorted;
    sorted.reserve(ids.size());
    for (qsizetype p : positions)
        sorted.append(ids.at(p));
    return sorted;
}

QList<Case> CaseQuery::rows(const QList<qint64>& ids) {
    if (ids.isEmpty())
        return {};
    QStringList literals;
    literals.reserve(ids.size());
    for (qint64 id : ids)
        literals << QString::number(id);
    const QString in = literals.join(QLatin1Char(','));

    QHash<qint64, Case> found;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::List) +
                         QStringLiteral(" FROM cases AS c WHERE c.id IN (") + in + QLatin1Char(')'));
    q.exec();
    while (q.next()) {
        Case c = CaseRow::read(q, CaseRow::Scope::List);
        found.insert(c.id, std::move(c));
    }
    const ThemeIndex themes(m_db);
    SqlQuery t(m_db, QStringLiteral("SELECT case_id, theme_id FROM case_themes WHERE case_id IN (") + in +
                         QStringLiteral(") ORDER BY case_id, position"));
    t.exec();
    while (t.next()) {
        const auto it = found.find(t.value(0).toLongLong());
        if (it != found.end())
            it->themes << themes.name(t.value(1).toLongLong());
    }

    QList<Case> result;
    result.reserve(found.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            result.append(*it);
    }
    return result;
}

std::optional<Deadline> CaseQuery::nextDeadline(const DeadlineEngine& engine, const Case& c, QDate today) {
    return DeadlineEngine::mayOweDeadline(c) ? engine.nextDeadline(c, today) : std::nullopt;
}

QString CaseQuery::subject(const Case& c) {
    for (const QString* s :
         {&c.subject.provider, &c.subject.department, &c.subject.jointArrangement, &c.subject.employee}) {
        const QString t = s->trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QString CaseQuery::klagerSortName(const Case& c) {
    return c.anonymous ? QString() : c.klager.name.trimmed();
}
