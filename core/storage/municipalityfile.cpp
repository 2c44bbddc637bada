#include "municipalityfile.h"

#include "auditlog.h"
#include "calendarstore.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>

namespace MunicipalityFile {

std::unique_ptr<Database> create(const QString& path, const MunicipalitySettings& settings, const QString& user) {
    std::unique_ptr<Database> db = Database::create(path);
    try {
        Transaction transaction(*db);
        AuditLog(*db).record(QDateTime::currentDateTime(), user, 0, AuditAction::Create, QStringLiteral("file"), {},
                             settings.name);
        MunicipalitySettingsStore(*db).save(settings, user);
        SqlQuery theme(*db, QStringLiteral("INSERT INTO themes (name, position, active) VALUES (:name, :position, 1)"));
        int position = 0;
        for (const QString& name : defaultThemes())
            theme.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":position"), ++position).exec();
        CalendarStore(*db).seedShipped();
        transaction.commit();
    } catch (...) {
        // A file without its settings is of no use: remove what Database::create made.
        db.reset();
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(path + suffix);
        throw;
    }
    return db;
}

QStringList defaultThemes() {
    return {
        QStringLiteral("Van het kastje naar de muur"),
        QStringLiteral("Onjuiste of onduidelijke informatie"),
        QStringLiteral("Geen reactie / niet teruggebeld"),
        QStringLiteral("Onheuse bejegening"),
        QStringLiteral("Privacy"),
        QStringLiteral("Lange wachttijd"),
        QStringLiteral("Besluit of voorziening"),
        QStringLiteral("Bereikbaarheid"),
        QStringLiteral("Samenwerking met aanbieder"),
        QStringLiteral("Overig"),
    };
}

} // namespace MunicipalityFile
