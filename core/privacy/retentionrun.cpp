#include "retentionrun.h"

#include "session/municipalitysession.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDir>

namespace {

// One audit row per copy: where it is and what became of it.
void recordCopies(MunicipalitySession& session, const QList<RetentionCopy>& copies, const QString& state,
                  const QHash<QString, QString>& failures = {}) {
    if (copies.isEmpty() || session.database().isReadOnly())
        return;
    try {
        Transaction transaction(session.database());
        AuditLog audit(session.database());
        const QDateTime now = session.clock().now();
        for (const RetentionCopy& copy : copies) {
            const bool failed = failures.contains(copy.path);
            audit.record(now, session.user(), 0, AuditAction::RetentionCopy, QStringLiteral("copy"),
                         QDir::toNativeSeparators(copy.path),
                         failed ? RetentionRun::tr("bevat de gegevens nog: %1").arg(failures.value(copy.path)) : state);
        }
        transaction.commit();
    } catch (const StorageError&) {
        // The run itself is done and said; only this record of the copies is missing.
    }
}

} // namespace

Permission RetentionRun::allowed(MunicipalitySession& session) {
    if (const Permission p = session.permissions().check(Action::ManageRetention); !p)
        return p;
    if (session.database().isReadOnly())
        return Permission::refuse(tr("Het bestand is alleen te lezen; er kan niets worden vernietigd."));
    return Permission::allow();
}

RetentionRunOutcome RetentionRun::execute(MunicipalitySession& session, RetentionAction action,
                                          const QList<qint64>& ids, const QStringList& extraFolders) {
    if (const Permission p = allowed(session); !p)
        throw StorageError(StorageError::Kind::ReadOnly, p.reason);
    Retention retention(session.database(), session.clock(), session.user());
    RetentionRunOutcome outcome;
    outcome.result = action == RetentionAction::Destroy ? retention.destroy(ids) : retention.anonymise(ids);
    outcome.staleCopies = RetentionCopies::stale(session.database(), extraFolders);
    recordCopies(session, outcome.staleCopies, tr("bevat de gegevens van vóór de vernietiging nog"));
    return outcome;
}

QString RetentionRun::incompleteText(const QString& databasePath) {
    return tr("Let op: de bewaartermijn is niet volledig uitgevoerd. De zaken zijn vernietigd of geanonimiseerd, "
              "maar een ander programma houdt %1 open, zodat de verwijderde tekst nog in het logbestand (-wal) kan "
              "staan. Laat iedereen het bestand sluiten; het logbestand wordt geleegd zodra het laatste programma "
              "het sluit, of bij de volgende vernietiging.")
        .arg(QDir::toNativeSeparators(databasePath));
}

QHash<QString, QString> RetentionRun::scrubCopies(MunicipalitySession& session, const QList<RetentionCopy>& copies) {
    if (const Permission p = allowed(session); !p)
        return {{QString(), p.reason}};
    QHash<QString, QString> failures;
    for (const RetentionCopy& copy : copies) {
        try {
            RetentionCopies::scrub(copy.path, copy.missing, session.clock(), session.user());
        } catch (const StorageError& e) {
            failures.insert(copy.path, tr("%1 is niet opgeschoond: %2 Verwijder deze kopie.")
                                           .arg(QDir::toNativeSeparators(copy.path), e.message()));
        }
    }
    recordCopies(session, copies, tr("opgeschoond"), failures);
    return failures;
}

QHash<QString, QString> RetentionRun::deleteCopies(MunicipalitySession& session, const QList<RetentionCopy>& copies) {
    if (const Permission p = allowed(session); !p)
        return {{QString(), p.reason}};
    QHash<QString, QString> failures;
    for (const RetentionCopy& copy : copies) {
        try {
            RetentionCopies::remove(copy.path);
        } catch (const StorageError& e) {
            failures.insert(copy.path, e.message());
        }
    }
    recordCopies(session, copies, tr("verwijderd"), failures);
    return failures;
}
