#include "audittrail.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include "output/csvwriter.h"
#include "output/outputfile.h"

#include <QFile>

namespace {

// The reference of a row's case: from the case while it exists, else from the row that recorded its
// removal (which keeps the reference in old_value).
const QString referenceExpr =
    QStringLiteral("COALESCE((SELECT reference FROM cases WHERE id = a.case_id), (SELECT r.old_value FROM audit_log "
                   "AS r WHERE r.case_id = a.case_id AND r.action IN ('delete', 'destroy') AND r.field = 'reference' "
                   "ORDER BY r.id DESC LIMIT 1), '')");

} // namespace

QList<qint64> AuditTrail::caseIdsOf(const QString& reference) {
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM cases WHERE reference = ?%1 UNION SELECT case_id FROM audit_log "
                                    "WHERE case_id IS NOT NULL AND field = 'reference' AND ((action = 'create' AND "
                                    "new_value = ?%1) OR (action IN ('delete', 'destroy') AND old_value = ?%1))")
                         .arg(m_db.dialect().caseInsensitive()));
    q.bind(0, reference).bind(1, reference).bind(2, reference).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

AuditTrail::AuditTrail(Database& db)
    : m_db(db) {}

QString AuditTrail::where(const AuditFilter& filter, QVariantList& binds) {
    QStringList terms;
    if (!filter.reference.trimmed().isEmpty()) {
        // Every id the reference was stored under (a registration undone and redone gets a new id).
        QStringList ids;
        for (qint64 id : caseIdsOf(filter.reference.trimmed()))
            ids << QString::number(id);
        terms << (ids.isEmpty() ? QStringLiteral("0") : QStringLiteral("a.case_id IN (") + ids.join(u',') + u')');
    }
    // Moments are stored as UTC ISO text: compare with the UTC bounds of the local days.
    if (filter.from.isValid()) {
        terms << QStringLiteral("a.at >= ?");
        binds << SqlValue::moment(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("a.at < ?");
        binds << SqlValue::moment(filter.to.addDays(1).startOfDay());
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QList<AuditRow> AuditTrail::rows(const AuditFilter& filter) {
    QVariantList binds;
    QString sql =
        QStringLiteral("SELECT a.id, a.at, a.\"user\", a.case_id, a.action, a.field, a.old_value, a.new_value, ") +
        referenceExpr + QStringLiteral(" FROM audit_log AS a") + where(filter, binds) +
        QStringLiteral(" ORDER BY a.at, a.id");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery q(m_db, sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    q.exec();
    QList<AuditRow> result;
    while (q.next()) {
        AuditRow row;
        row.entry.id = q.value(0).toLongLong();
        row.entry.at = SqlValue::toMoment(q.value(1));
        row.entry.user = q.value(2).toString();
        row.entry.caseId = q.value(3).toLongLong();
        row.entry.action = q.value(4).toString();
        row.entry.field = q.value(5).toString();
        row.entry.oldValue = q.value(6).toString();
        row.entry.newValue = q.value(7).toString();
        row.reference = q.value(8).toString();
        result << row;
    }
    return result;
}

qint64 AuditTrail::count(const AuditFilter& filter) {
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM audit_log AS a") + where(filter, binds));
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

qint64 AuditTrail::exportCsv(const AuditFilter& filter, const QString& path) {
    AuditFilter all = filter;
    all.limit = -1;
    all.offset = 0;
    const QList<AuditRow> list = rows(all);
    CsvWriter csv;
    csv.row(tr("Wanneer;Wie;Zaak;Actie;Veld;Oud;Nieuw").split(u';'));
    for (const AuditRow& row : list) {
        const QStringList fields{row.entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 row.entry.user,
                                 row.reference,
                                 actionLabel(row.entry.action),
                                 row.entry.field,
                                 row.entry.oldValue,
                                 row.entry.newValue};
        csv.row(fields);
    }
    // The one output writer: never over the municipality file, whole or not at all.
    if (const QString failure = OutputFile::write(path, csv.bytes(), {m_db.path()}); !failure.isEmpty())
        throw StorageError(StorageError::Kind::Io, failure);
    return list.size();
}

void AuditTrail::recordView(const QDateTime& at, const QString& user, qint64 caseId) {
    if (m_db.isReadOnly())
        return; // a read-only file cannot record anything; the holder of the file records his own views
    Transaction transaction(m_db);
    AuditLog(m_db).record(at, user, caseId, QStringLiteral("view"));
    transaction.commit();
}

void AuditTrail::recordExport(const QDateTime& at, const QString& user, const QString& description) {
    Transaction transaction(m_db);
    AuditLog(m_db).record(at, user, 0, QStringLiteral("audit_export"), QStringLiteral("filter"), {}, description);
    transaction.commit();
}

QString AuditTrail::actionLabel(const QString& action) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"create", QT_TR_NOOP("geregistreerd")},
        {"update", QT_TR_NOOP("gewijzigd")},
        {"event", QT_TR_NOOP("tijdlijn")},
        {"transition", QT_TR_NOOP("stap")},
        {"view", QT_TR_NOOP("ingezien")},
        {"delete", QT_TR_NOOP("verwijderd")},
        {"destroy", QT_TR_NOOP("vernietigd")},
        {"anonymise", QT_TR_NOOP("geanonimiseerd")},
        {"inzage", QT_TR_NOOP("inzage verstrekt")},
        {"user", QT_TR_NOOP("gebruiker")},
        {"identify", QT_TR_NOOP("aangemeld als")},
        {"settings", QT_TR_NOOP("instellingen")},
        {"calendar", QT_TR_NOOP("kalender")},
        {"theme", QT_TR_NOOP("thema")},
        {"audit_export", QT_TR_NOOP("audittrail geëxporteerd")},
        {"document_add", QT_TR_NOOP("document toegevoegd")},
        {"document_open", QT_TR_NOOP("document geopend")},
        {"document_kind", QT_TR_NOOP("soort document gewijzigd")},
        {"document_remove", QT_TR_NOOP("document verwijderd")},
        {"archive", QT_TR_NOOP("bewaartermijn gekozen")},
        {"retention_copy", QT_TR_NOOP("reservekopie na vernietiging")},
    };
    for (const auto& [code, label] : labels) {
        if (action == QLatin1String(code))
            return tr(label);
    }
    return action;
}
