// Persists a beheerder's choice of another Selectielijst result for a case (table case_archive, schema
// v7): one row per case at most, with the reason, who set it and when. Setting and clearing are audited
// ("archive" rows about the case: the result before and after, and the reason). Throws StorageError.
#pragma once

#include "../domain/clock.h"
#include "../privacy/selectielijst.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

class Database;

class ArchiveRepository {
    Q_DECLARE_TR_FUNCTIONS(ArchiveRepository)
public:
    ArchiveRepository(Database& db, const Clock& clock, QString user);

    std::optional<ArchiveOverride> overrideOf(qint64 caseId);
    // Every override in the file, by case id (a few, at most some hundreds).
    QHash<qint64, ArchiveOverride> all();
    // Records the result for the case; derived is what the case itself gives (for the audit row). A
    // blank reason is refused (Invalid).
    void set(qint64 caseId, ArchiveResult result, const QString& reason, ArchiveResult derived);
    // Removes the override: the case's own result decides again. A blank reason is refused.
    void clear(qint64 caseId, const QString& reason, ArchiveResult derived);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
