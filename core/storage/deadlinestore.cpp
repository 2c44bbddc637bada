#include "deadlinestore.h"

#include "calendarstore.h"
#include "caserow.h"
#include "database.h"
#include "municipalitysettings.h"
#include "sqlcode.h"
#include "sqlcolumns.h"
#include "sqlquery.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// The two ways a case can still owe a deadline (DeadlineEngine::mayOweDeadline), each through its
// partial index: cases_open and cases_follow_up_pending.
QString owingSql(bool followUps, const SqlDialect& dialect) {
    if (!followUps) {
        return QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::Deadlines) +
               QStringLiteral(" FROM cases AS c WHERE ") + SqlCode::openCase();
    }
    return QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::Deadlines) +
           QStringLiteral(" FROM cases AS c") + dialect.indexedBy(QStringLiteral("cases_follow_up_pending")) +
           QStringLiteral(" WHERE ") + SqlCode::pendingFollowUp();
}

QString describe(const QList<StoredDeadline>& deadlines) {
    if (deadlines.isEmpty())
        return DeadlineStore::tr("geen");
    QStringList parts;
    for (const StoredDeadline& d : deadlines) {
        const QString stored =
            DeadlineText::code(d.kind) + QLatin1Char(' ') + d.due.toString(Qt::ISODate) + QLatin1Char(' ') + d.basis +
            (d.calendarFrom.isValid() ? QStringLiteral(" atw-vanaf ") + d.calendarFrom.toString(Qt::ISODate)
                                      : QString());
        parts << (d.next ? DeadlineStore::tr("%1 (volgende)", "the case's next deadline").arg(stored) : stored);
    }
    return parts.join(QStringLiteral(", "));
}

// The stored fields of a deadline but its case: the INSERT and the SELECTs follow this list, and
// readDeadline() reads a row of them in this order (with SqlRows, as the overview reads thousands).
const SqlColumnTable<StoredDeadline>& columns() {
    static const SqlColumnTable<StoredDeadline> all{
        {QStringLiteral("kind"), [](const StoredDeadline& d) { return QVariant(DeadlineText::code(d.kind)); }, nullptr},
        {QStringLiteral("due"), [](const StoredDeadline& d) { return SqlValue::date(d.due); }, nullptr},
        {QStringLiteral("basis"), [](const StoredDeadline& d) { return QVariant(d.basis); }, nullptr},
        {QStringLiteral("next"), [](const StoredDeadline& d) { return SqlValue::boolean(d.next); }, nullptr},
        {QStringLiteral("calendar_from"), [](const StoredDeadline& d) { return SqlValue::date(d.calendarFrom); },
         nullptr},
    };
    return all;
}

QString selectSql(const QString& rest) {
    return SqlColumns::selectSql(QStringLiteral("case_id"), columns(), QStringLiteral("case_deadlines ") + rest);
}

// A row of selectSql(): the case id at 0, then the columns() in their order from `first`.
StoredDeadline readDeadline(const SqlRows& q, int first = 1) {
    StoredDeadline d;
    d.kind = DeadlineText::kindFromCode(q.text(first)).value_or(DeadlineKind::Handling);
    d.due = q.date(first + 1);
    d.basis = q.text(first + 2);
    d.next = q.integer(first + 3) != 0;
    d.calendarFrom = q.date(first + 4);
    return d;
}

// Stored and expected rows compare in one order: by due date, then kind.
void normalise(QList<StoredDeadline>& list) {
    std::sort(list.begin(), list.end(), [](const StoredDeadline& a, const StoredDeadline& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.kind < b.kind;
    });
}

} // namespace

DeadlineStore::DeadlineStore(Database& db)
    : m_db(db) {}

DeadlineStore::~DeadlineStore() = default;

const DeadlineEngine& DeadlineStore::engine() {
    if (!m_engine) {
        m_calendar = std::make_unique<HolidayCalendar>(CalendarStore(m_db).load());
        m_engine = std::make_unique<DeadlineEngine>(*m_calendar, MunicipalitySettingsStore(m_db).load().terms);
    }
    return *m_engine;
}

QList<StoredDeadline> DeadlineStore::expected(const DeadlineEngine& engine, const Case& c) {
    QList<StoredDeadline> result;
    if (!DeadlineEngine::mayOweDeadline(c))
        return result;
    bool nextFound = false;
    // Without a "today" every deadline that is not met, superseded or informational is pending: the
    // same set as on any day, only the status would differ.
    for (const Deadline& dl : engine.deadlinesFor(c, QDate())) {
        if (!dl.isPending() || !dl.due.isValid())
            continue;
        StoredDeadline stored;
        stored.kind = dl.kind;
        stored.due = dl.due;
        stored.basis = DeadlineEngine::basisCode(dl.kind, dl.statutory);
        stored.calendarFrom = dl.calendarFrom;
        // As DeadlineEngine::nextDeadline: the first pending term the municipality is responsible for.
        if (!nextFound && dl.kind != DeadlineKind::ObjectionTerm && dl.kind != DeadlineKind::OmbudsmanTerm) {
            stored.next = true;
            nextFound = true;
        }
        result << stored;
    }
    return result;
}

void DeadlineStore::insert(qint64 caseId, const QList<StoredDeadline>& deadlines) {
    if (deadlines.isEmpty())
        return;
    if (!m_insert) {
        m_insert = std::make_unique<SqlQuery>(
            m_db, SqlColumns::insertSql(QStringLiteral("case_deadlines"), columns(), {QStringLiteral("case_id")}));
    }
    for (const StoredDeadline& d : deadlines) {
        m_insert->bind(QStringLiteral(":case_id"), caseId);
        SqlColumns::bind(*m_insert, columns(), d);
        m_insert->exec();
    }
}

void DeadlineStore::refresh(const Case& c) {
    if (!m_delete)
        m_delete =
            std::make_unique<SqlQuery>(m_db, QStringLiteral("DELETE FROM case_deadlines WHERE case_id = :case_id"));
    m_delete->bind(QStringLiteral(":case_id"), c.id).exec();
    insert(c.id, expected(engine(), c));
}

void DeadlineStore::forEachOwing(const std::function<void(const Case&)>& visit) {
    for (bool followUps : {false, true}) {
        SqlRows q(m_db, owingSql(followUps, m_db.dialect()));
        q.exec();
        while (q.next())
            visit(CaseRow::read(q, CaseRow::Scope::Deadlines));
    }
}

void DeadlineStore::refreshAll() {
    // The owing cases are read first and written afterwards, so that no statement writes the table
    // another one is still reading.
    const DeadlineEngine& eng = engine();
    QList<QPair<qint64, QList<StoredDeadline>>> rows;
    forEachOwing([&](const Case& c) { rows.append({c.id, expected(eng, c)}); });
    SqlQuery::run(m_db, QStringLiteral("DELETE FROM case_deadlines"));
    for (const auto& [id, deadlines] : std::as_const(rows))
        insert(id, deadlines);
}

QList<StoredDeadline> DeadlineStore::stored(qint64 caseId) {
    SqlRows q(m_db, selectSql(QStringLiteral("WHERE case_id = :case_id")));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    QList<StoredDeadline> result;
    while (q.next())
        result << readDeadline(q);
    normalise(result);
    return result;
}

QString DeadlineStore::nextJoin(const QString& alias) {
    return QStringLiteral(" LEFT JOIN case_deadlines AS %1 ON %1.case_id = c.id AND %1.next = 1").arg(alias);
}

QString DeadlineStore::nextColumns(const QString& alias) {
    return SqlColumns::names(columns(), alias + u'.');
}

std::optional<StoredDeadline> DeadlineStore::readNext(const SqlRows& rows, int first) {
    if (rows.isNull(first)) // the kind is never NULL in a stored row: no row joined
        return std::nullopt;
    return readDeadline(rows, first);
}

StoredDeadlineReader::StoredDeadlineReader(const DeadlineEngine& engine, QDate today)
    : m_engine(engine)
    , m_today(today) {}

const QString& StoredDeadlineReader::basisLabel(DeadlineKind kind, bool statutory) {
    QString& label = m_basisLabels.at(2 * size_t(kind) + (statutory ? 1 : 0));
    if (label.isNull())
        label = DeadlineEngine::basisLabel(kind, statutory);
    return label;
}

Deadline StoredDeadlineReader::toDeadline(const StoredDeadline& stored) {
    Deadline dl;
    dl.kind = stored.kind;
    dl.due = stored.due;
    dl.statutory = DeadlineEngine::statutoryFromBasisCode(stored.kind, stored.basis).value_or(false);
    dl.basis = basisLabel(stored.kind, dl.statutory);
    dl.calendarFrom = stored.calendarFrom;
    if (stored.calendarFrom.isValid())
        dl.warning = m_engine.calculator().yearWarning(stored.calendarFrom, stored.due);
    dl.status = m_engine.statusFor(stored.due, {}, m_today);
    return dl;
}

QStringList DeadlineStore::verify() {
    // Everything stored, by case: a few rows per open case.
    QHash<qint64, QList<StoredDeadline>> stored;
    QStringList problems;
    {
        SqlRows q(m_db, selectSql({}));
        q.exec();
        while (q.next())
            stored[q.integer(0)] << readDeadline(q);
    }
    const DeadlineEngine& eng = engine();
    QSet<qint64> seen;
    forEachOwing([&](const Case& c) {
        seen.insert(c.id);
        QList<StoredDeadline> want = expected(eng, c);
        QList<StoredDeadline> have = stored.value(c.id);
        normalise(want);
        normalise(have);
        if (want != have) {
            problems << tr("%1: de opgeslagen termijnen wijken af van de berekende (opgeslagen: %2; berekend: %3).")
                            .arg(c.reference, describe(have), describe(want));
        }
    });
    QList<qint64> extra;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!seen.contains(it.key()))
            extra << it.key();
    }
    std::sort(extra.begin(), extra.end());
    for (qint64 id : std::as_const(extra)) {
        SqlQuery q(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
        const QString reference = q.next() ? q.value(0).toString() : tr("zaak %1").arg(id);
        QList<StoredDeadline> have = stored.value(id);
        normalise(have);
        problems << tr("%1: er zijn termijnen opgeslagen voor een zaak die geen termijn meer heeft (%2).")
                        .arg(reference, describe(have));
    }
    return problems;
}

void DeadlineStore::fillIfMarked(Database& db) {
    SqlQuery mark(db, QStringLiteral("SELECT 1 FROM settings WHERE key = :key"));
    mark.bind(QStringLiteral(":key"), fillMarkKey()).exec();
    if (!mark.next())
        return;
    mark.finish();
    Transaction transaction(db);
    DeadlineStore(db).refreshAll();
    SqlQuery clear(db, QStringLiteral("DELETE FROM settings WHERE key = :key"));
    clear.bind(QStringLiteral(":key"), fillMarkKey()).exec();
    transaction.commit();
}
