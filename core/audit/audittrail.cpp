#include "audittrail.h"

#include "storage/database.h"
#include "storage/sqlcode.h"
#include "storage/sqlidlist.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include "output/csvwriter.h"
#include "output/outputfile.h"

#include <QFile>

namespace {

// The reference of a row's case: from the case while it exists, else from the row that recorded its
// removal (which keeps the reference in old_value).
QString referenceExpr() {
    return QStringLiteral("COALESCE((SELECT reference FROM cases WHERE id = a.case_id), (SELECT r.old_value FROM "
                          "audit_log AS r WHERE r.case_id = a.case_id AND r.action IN (%1, %2) AND r.field = "
                          "'reference' ORDER BY r.id DESC LIMIT 1), '')")
        .arg(SqlCode::of(AuditAction::Delete), SqlCode::of(AuditAction::Destroy));
}

void bindAll(SqlQuery& q, const QVariantMap& binds) {
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
}

} // namespace

QList<qint64> AuditTrail::caseIdsOf(const QString& reference) {
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM cases WHERE reference = :reference%4 UNION SELECT case_id FROM "
                                    "audit_log WHERE case_id IS NOT NULL AND field = 'reference' AND ((action = %1 AND "
                                    "new_value = :reference%4) OR (action IN (%2, %3) AND old_value = :reference%4))")
                         .arg(SqlCode::of(AuditAction::Create), SqlCode::of(AuditAction::Delete),
                              SqlCode::of(AuditAction::Destroy), m_db.dialect().caseInsensitive()));
    q.bind(QStringLiteral(":reference"), reference).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

AuditTrail::AuditTrail(Database& db)
    : m_db(db) {}

QString AuditTrail::where(const AuditFilter& filter, QVariantMap& binds) {
    QStringList terms;
    if (!filter.reference.trimmed().isEmpty()) {
        // Every id the reference was stored under (a registration undone and redone gets a new id).
        const QList<qint64> ids = caseIdsOf(filter.reference.trimmed());
        terms << (ids.isEmpty() ? QStringLiteral("1 = 0")
                                : QStringLiteral("a.case_id IN (") + SqlIdList::of(ids) + u')');
    }
    // Moments are stored as UTC ISO text: compare with the UTC bounds of the local days.
    if (filter.from.isValid()) {
        terms << QStringLiteral("a.at >= :from");
        binds.insert(QStringLiteral(":from"), SqlValue::moment(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("a.at < :before");
        binds.insert(QStringLiteral(":before"), SqlValue::moment(filter.to.addDays(1).startOfDay()));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QList<AuditRow> AuditTrail::rows(const AuditFilter& filter) {
    QVariantMap binds;
    QString sql = QStringLiteral("SELECT ") + AuditLog::selectList(QStringLiteral("a.")) + QStringLiteral(", ") +
                  referenceExpr() + QStringLiteral(" FROM audit_log AS a") + where(filter, binds) +
                  QStringLiteral(" ORDER BY a.at, a.id");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery q(m_db, sql);
    bindAll(q, binds);
    q.exec();
    // The reference follows the columns of the entry.
    const int referenceColumn = AuditLog::columnCount();
    QList<AuditRow> result;
    while (q.next())
        result << AuditRow{AuditLog::read(q), q.value(referenceColumn).toString()};
    return result;
}

qint64 AuditTrail::count(const AuditFilter& filter) {
    QVariantMap binds;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM audit_log AS a") + where(filter, binds));
    bindAll(q, binds);
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
    AuditLog(m_db).record(at, user, caseId, AuditAction::View);
    transaction.commit();
}

void AuditTrail::recordExport(const QDateTime& at, const QString& user, const QString& description) {
    Transaction transaction(m_db);
    AuditLog(m_db).record(at, user, 0, AuditAction::AuditExport, QStringLiteral("filter"), {}, description);
    transaction.commit();
}

QString AuditTrail::actionLabel(const QString& action) {
    const std::optional<AuditAction> known = AuditActions::fromCode(action);
    if (!known)
        return action;
    switch (*known) {
    case AuditAction::Create: return tr("geregistreerd");
    case AuditAction::Update: return tr("gewijzigd");
    case AuditAction::Event: return tr("tijdlijn");
    case AuditAction::Transition: return tr("stap");
    case AuditAction::View: return tr("ingezien");
    case AuditAction::Delete: return tr("verwijderd");
    case AuditAction::Destroy: return tr("vernietigd");
    case AuditAction::Anonymise: return tr("geanonimiseerd");
    case AuditAction::Inzage: return tr("inzage verstrekt");
    case AuditAction::User: return tr("gebruiker");
    case AuditAction::Identify: return tr("aangemeld als");
    case AuditAction::Settings: return tr("instellingen");
    case AuditAction::Calendar: return tr("kalender");
    case AuditAction::Theme: return tr("thema");
    case AuditAction::AuditExport: return tr("audittrail geëxporteerd");
    case AuditAction::DocumentAdd: return tr("document toegevoegd");
    case AuditAction::DocumentOpen: return tr("document geopend");
    case AuditAction::DocumentKind: return tr("soort document gewijzigd");
    case AuditAction::DocumentRemove: return tr("document verwijderd");
    case AuditAction::Archive: return tr("bewaartermijn gekozen");
    case AuditAction::RetentionCopy: return tr("reservekopie na vernietiging");
    case AuditAction::Import: return tr("geïmporteerd");
    case AuditAction::Letter: return tr("brief verstuurd");
    case AuditAction::LetterTemplate: return tr("briefsjabloon gewijzigd");
    case AuditAction::MeasureCreate: return tr("verbetermaatregel aangemaakt");
    case AuditAction::MeasureUpdate: return tr("verbetermaatregel gewijzigd");
    case AuditAction::MeasureLink: return tr("verbetermaatregel gekoppeld");
    case AuditAction::MeasureUnlink: return tr("verbetermaatregel ontkoppeld");
    case AuditAction::MeasureDelete: return tr("verbetermaatregel verwijderd");
    case AuditAction::Migrate: return tr("naar de teamserver overgezet");
    case AuditAction::ServerUpgrade: return tr("teamserver bijgewerkt");
    }
    return action;
}
