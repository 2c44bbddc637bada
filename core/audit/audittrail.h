// Reading the audit trail for people: rows filtered by case reference and period, a page at a time,
// with the case reference joined in (also for cases destroyed since: their "destroy" or "delete"
// row keeps it), and the CSV export a beheerder hands to a privacy officer. Also records the two rows
// that are written by reading, not by a change: a case file opened ("view") and the trail exported
// ("audit_export").
#pragma once

#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

class Database;

struct AuditFilter {
    QString reference; // empty: every case (and the rows about no case)
    QDate from;        // null: since the beginning
    QDate to;          // inclusive; null: up to now
    int limit = -1;    // -1: all rows
    int offset = 0;
};

struct AuditRow {
    AuditEntry entry;
    QString reference; // of the case, empty for rows about no case
};

class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    explicit AuditTrail(Database& db);

    // Rows matching the filter, oldest first.
    QList<AuditRow> rows(const AuditFilter& filter);
    // True when the file has, or once had, a case with this reference (a destroyed case's reference
    // stays in its audit rows).
    bool knowsCase(const QString& reference) { return !caseIdsOf(reference.trimmed()).isEmpty(); }
    // How many rows match; limit and offset do not apply.
    qint64 count(const AuditFilter& filter);
    // Writes the matching rows as CSV (UTF-8 with BOM, semicolons, Dutch headings, as spreadsheet
    // programs in the Netherlands expect). Throws StorageError when the file cannot be written.
    // Returns the number of rows written.
    qint64 exportCsv(const AuditFilter& filter, const QString& path);

    // One "audit_export" row: user exported the rows described (e.g. "KL-2025-0001, 2025-01-01 – 2025-03-31").
    void recordExport(const QDateTime& at, const QString& user, const QString& description);
    // One "view" row: user opened the case file. Its own small transaction.
    void recordView(const QDateTime& at, const QString& user, qint64 caseId);

    // Dutch name of an audit action code ("update" → "gewijzigd"); a code this version does not know
    // is shown as it is.
    static QString actionLabel(const QString& action);

private:
    QString where(const AuditFilter& filter, QVariantMap& binds);
    QList<qint64> caseIdsOf(const QString& reference);

    Database& m_db;
};
