#include "measurerepository.h"

#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlcode.h"
#include "storage/sqlcolumns.h"
#include "storage/sqlidlist.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QHash>

#include <algorithm>

namespace {

// One line per stored field of a measure (all but id, revision and created_at): the column, how the
// value is written and how it is read back. INSERT, UPDATE, SELECT and the per-field audit of an
// update all follow this list, so that a new field is added here (plus a migration).
using MeasureColumn = SqlColumn<Measure>;

const SqlColumnTable<Measure>& columns() {
    static const SqlColumnTable<Measure> all{
        {QStringLiteral("title"), [](const Measure& m) { return SqlValue::text(m.title); },
         [](Measure& m, const QVariant& v) { m.title = v.toString(); }},
        {QStringLiteral("description"), [](const Measure& m) { return SqlValue::text(m.description); },
         [](Measure& m, const QVariant& v) { m.description = v.toString(); }},
        {QStringLiteral("scope"), [](const Measure& m) { return QVariant(MeasureText::code(m.scope)); },
         [](Measure& m, const QVariant& v) {
             m.scope = MeasureText::scopeFromCode(v.toString()).value_or(MeasureScope::Individual);
         }},
        {QStringLiteral("owner"), [](const Measure& m) { return SqlValue::text(m.owner); },
         [](Measure& m, const QVariant& v) { m.owner = v.toString(); }},
        {QStringLiteral("due"), [](const Measure& m) { return SqlValue::date(m.due); },
         [](Measure& m, const QVariant& v) { m.due = SqlValue::toDate(v); }},
        {QStringLiteral("status"), [](const Measure& m) { return QVariant(MeasureText::code(m.status)); },
         [](Measure& m, const QVariant& v) {
             m.status = MeasureText::statusFromCode(v.toString()).value_or(MeasureStatus::Planned);
         }},
        {QStringLiteral("result"), [](const Measure& m) { return SqlValue::text(m.result); },
         [](Measure& m, const QVariant& v) { m.result = v.toString(); }},
        {QStringLiteral("done_on"), [](const Measure& m) { return SqlValue::date(m.doneOn); },
         [](Measure& m, const QVariant& v) { m.doneOn = SqlValue::toDate(v); }},
    };
    return all;
}

// The columns a measure is read with besides columns(): what the store itself keeps.
const SqlColumnTable<Measure>& keyColumns() {
    static const SqlColumnTable<Measure> all{
        {QStringLiteral("id"), nullptr, [](Measure& m, const QVariant& v) { m.id = v.toLongLong(); }},
        {QStringLiteral("revision"), nullptr, [](Measure& m, const QVariant& v) { m.revision = v.toInt(); }},
        {QStringLiteral("created_at"), nullptr,
         [](Measure& m, const QVariant& v) { m.createdAt = SqlValue::toMoment(v); }},
    };
    return all;
}

// "SELECT <keyColumns()>, <columns()> FROM measures".
QString selectSql() {
    return QStringLiteral("SELECT ") + SqlColumns::names(keyColumns()) + QStringLiteral(", ") +
           SqlColumns::names(columns()) + QStringLiteral(" FROM measures");
}

QString insertSql() {
    return SqlColumns::insertSql(QStringLiteral("measures"), columns(),
                                 {QStringLiteral("created_at"), QStringLiteral("revision")});
}

QString updateSql() {
    return QStringLiteral("UPDATE measures SET ") + SqlColumns::assignments(columns()) +
           QStringLiteral(", revision = revision + 1 WHERE id = :id AND revision = :revision");
}

Measure readMeasure(const SqlQuery& q) {
    Measure m;
    SqlColumns::read(q, keyColumns(), m);
    SqlColumns::read(q, columns(), m, int(keyColumns().size()));
    return m;
}

// Due date first, measures without one last, then creation order.
const QString Order = QStringLiteral(" ORDER BY due IS NULL, due, id");

// A link between a measure and a case: INSERT here, DELETE in unlink(), both bound by bindLink().
const QString LinkSql =
    QStringLiteral("INSERT INTO measure_cases (measure_id, case_id) VALUES (:measure_id, :case_id)");

void bindLink(SqlQuery& query, qint64 measureId, qint64 caseId) {
    query.bind(QStringLiteral(":measure_id"), measureId).bind(QStringLiteral(":case_id"), caseId);
}

QString field(qint64 measureId, const QString& column) {
    return QString::number(measureId) + QLatin1Char(':') + column;
}

} // namespace

MeasureRepository::MeasureRepository(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

MeasureRepository::MeasureRepository(MunicipalitySession& session)
    : MeasureRepository(session.database(), session.clock(), session.user()) {}

void MeasureRepository::save(Measure& measure) {
    if (measure.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Een verbetermaatregel heeft een titel nodig."));
    Measure work = measure;
    // A measure marked done without a date was done today: the yearly report counts it by that date.
    if (work.status == MeasureStatus::Done && !work.doneOn.isValid())
        work.doneOn = m_clock.today();
    Transaction transaction(m_db);
    const QDateTime now = m_clock.now();
    if (work.id == 0) {
        QList<qint64> cases = work.caseIds;
        std::sort(cases.begin(), cases.end());
        cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
        for (qint64 caseId : std::as_const(cases))
            requireCase(caseId);
        work.createdAt = now;
        work.revision = 1;
        SqlQuery insert(m_db, insertSql() + m_db.dialect().returningId());
        SqlColumns::bind(insert, columns(), work);
        insert.bind(QStringLiteral(":created_at"), SqlValue::moment(now))
            .bind(QStringLiteral(":revision"), work.revision)
            .exec();
        work.id = insert.insertedId();
        audit(0, AuditAction::MeasureCreate, field(work.id, QStringLiteral("title")), {}, work.title);
        SqlQuery link(m_db, LinkSql);
        for (qint64 caseId : std::as_const(cases)) {
            bindLink(link, work.id, caseId);
            link.exec();
            audit(caseId, AuditAction::MeasureLink, field(work.id, QStringLiteral("title")), {}, work.title);
        }
        work.caseIds = cases;
    } else {
        const Measure stored = load(work.id);
        if (stored.revision != work.revision) {
            throw StorageError(StorageError::Kind::Conflict,
                               tr("De verbetermaatregel \u201c%1\u201d is intussen door iemand anders gewijzigd. Open "
                                  "hem opnieuw en breng uw wijziging nog eens aan.")
                                   .arg(stored.title));
        }
        SqlQuery update(m_db, updateSql());
        SqlColumns::bind(update, columns(), work);
        update.bind(QStringLiteral(":id"), work.id).bind(QStringLiteral(":revision"), work.revision).exec();
        if (update.numRowsAffected() != 1) {
            throw StorageError(
                StorageError::Kind::Conflict,
                tr("De verbetermaatregel \u201c%1\u201d is intussen door iemand anders gewijzigd.").arg(stored.title));
        }
        work.revision = stored.revision + 1;
        work.createdAt = stored.createdAt;
        for (const MeasureColumn& column : columns()) {
            const QString before = SqlValue::toAuditText(column.get(stored));
            const QString after = SqlValue::toAuditText(column.get(work));
            if (before == after)
                continue;
            const QString name = field(work.id, column.name);
            audit(0, AuditAction::MeasureUpdate, name, before, after);
            for (qint64 caseId : stored.caseIds)
                audit(caseId, AuditAction::MeasureUpdate, name, before, after);
        }
        work.caseIds = stored.caseIds;
    }
    transaction.commit();
    measure = std::move(work);
}

void MeasureRepository::link(qint64 measureId, qint64 caseId) {
    Transaction transaction(m_db);
    const Measure stored = load(measureId);
    requireCase(caseId);
    if (stored.caseIds.contains(caseId))
        return;
    SqlQuery link(m_db, LinkSql);
    bindLink(link, measureId, caseId);
    link.exec();
    const QString column = field(measureId, QStringLiteral("case"));
    audit(0, AuditAction::MeasureLink, column, {}, QString::number(caseId));
    audit(caseId, AuditAction::MeasureLink, field(measureId, QStringLiteral("title")), {}, stored.title);
    transaction.commit();
}

void MeasureRepository::unlink(qint64 measureId, qint64 caseId) {
    Transaction transaction(m_db);
    const Measure stored = load(measureId);
    if (!stored.caseIds.contains(caseId))
        return;
    SqlQuery unlink(m_db, QStringLiteral("DELETE FROM measure_cases WHERE measure_id = :measure_id AND "
                                         "case_id = :case_id"));
    bindLink(unlink, measureId, caseId);
    unlink.exec();
    audit(0, AuditAction::MeasureUnlink, field(measureId, QStringLiteral("case")), QString::number(caseId), {});
    audit(caseId, AuditAction::MeasureUnlink, field(measureId, QStringLiteral("title")), stored.title, {});
    transaction.commit();
}

void MeasureRepository::remove(qint64 id) {
    Transaction transaction(m_db);
    const Measure stored = load(id);
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM measures WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id).exec();
    audit(0, AuditAction::MeasureDelete, field(id, QStringLiteral("title")), stored.title, {});
    for (qint64 caseId : stored.caseIds)
        audit(caseId, AuditAction::MeasureDelete, field(id, QStringLiteral("title")), stored.title, {});
    transaction.commit();
}

Measure MeasureRepository::load(qint64 id) {
    QList<Measure> found = query(QStringLiteral(" WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (found.isEmpty()) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("De verbetermaatregel bestaat niet (meer) in dit register."));
    }
    return found.takeFirst();
}

QList<Measure> MeasureRepository::forCase(qint64 caseId) {
    return query(QStringLiteral(" WHERE id IN (SELECT measure_id FROM measure_cases WHERE case_id = :case_id)"),
                 {{QStringLiteral(":case_id"), caseId}});
}

QList<Measure> MeasureRepository::all(const MeasureFilter& filter) {
    QStringList terms;
    QVariantMap binds;
    const auto term = [&terms, &binds](const QString& column, const QVariant& value) {
        terms << column + QStringLiteral(" = ") + SqlColumns::placeholder(column);
        binds.insert(SqlColumns::placeholder(column), value);
    };
    if (filter.status)
        term(QStringLiteral("status"), MeasureText::code(*filter.status));
    if (filter.scope)
        term(QStringLiteral("scope"), MeasureText::code(*filter.scope));
    if (!filter.owner.isEmpty())
        term(QStringLiteral("owner"), filter.owner);
    if (filter.year) {
        // Moments are stored in UTC: the year's local first and last instant bound them.
        const QDate first(*filter.year, 1, 1);
        const QDate next = first.addYears(1);
        terms << QStringLiteral("((created_at >= :created_from AND created_at < :created_until) OR (status = %1 AND "
                                "done_on BETWEEN :done_first AND :done_last))")
                     .arg(SqlCode::quoted(MeasureText::code(MeasureStatus::Done)));
        binds.insert(QStringLiteral(":created_from"), SqlValue::moment(first.startOfDay()));
        binds.insert(QStringLiteral(":created_until"), SqlValue::moment(next.startOfDay()));
        binds.insert(QStringLiteral(":done_first"), SqlValue::date(first));
        binds.insert(QStringLiteral(":done_last"), SqlValue::date(next.addDays(-1)));
    }
    const QString where = terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return query(where, binds);
}

namespace {
const QString OverdueWhere = QStringLiteral(" WHERE due IS NOT NULL AND due < :today AND status NOT IN (%1, %2)")
                                 .arg(SqlCode::quoted(MeasureText::code(MeasureStatus::Done)),
                                      SqlCode::quoted(MeasureText::code(MeasureStatus::Cancelled)));
}

QList<Measure> MeasureRepository::overdue(QDate today) {
    return query(OverdueWhere, {{QStringLiteral(":today"), SqlValue::date(today)}});
}

qint64 MeasureRepository::countOverdue(QDate today) {
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM measures") + OverdueWhere);
    q.bind(QStringLiteral(":today"), SqlValue::date(today)).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QMap<qint64, QString> MeasureRepository::references(const QList<qint64>& caseIds) {
    QMap<qint64, QString> result;
    SqlQuery q(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
    for (qint64 id : caseIds) {
        q.bind(QStringLiteral(":id"), id).exec();
        if (q.next())
            result.insert(id, q.value(0).toString());
    }
    return result;
}

QList<Measure> MeasureRepository::query(const QString& where, const QVariantMap& binds) {
    SqlQuery q(m_db, selectSql() + where + Order);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<Measure> measures;
    while (q.next())
        measures.append(readMeasure(q));
    attachCases(measures);
    return measures;
}

void MeasureRepository::attachCases(QList<Measure>& measures) {
    if (measures.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < measures.size(); ++i)
        index.insert(measures.at(i).id, i);
    // One pass over the links of these measures (by the primary key, which starts with the measure): measures
    // are few compared with cases, their ids are numbers the program read.
    SqlQuery q(m_db, QStringLiteral("SELECT measure_id, case_id FROM measure_cases WHERE measure_id IN (%1) ORDER BY "
                                    "measure_id, case_id")
                         .arg(SqlIdList::of(index.keys())));
    q.exec();
    while (q.next()) {
        const auto it = index.constFind(q.value(QStringLiteral("measure_id")).toLongLong());
        if (it != index.constEnd())
            measures[*it].caseIds.append(q.value(QStringLiteral("case_id")).toLongLong());
    }
}

void MeasureRepository::requireCase(qint64 caseId) {
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM cases WHERE id = :id"));
    q.bind(QStringLiteral(":id"), caseId).exec();
    if (!q.next())
        throw StorageError(StorageError::Kind::NotFound, tr("De zaak bestaat niet (meer) in dit register."));
}

void MeasureRepository::audit(qint64 caseId, AuditAction action, const QString& field, const QString& oldValue,
                              const QString& newValue) {
    AuditLog(m_db).record(m_clock.now(), m_user, caseId, action, field, oldValue, newValue);
}
