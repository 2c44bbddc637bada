#include "integritycheck.h"

#include "../domain/clock.h"
#include "../workflow/workflow.h"
#include "caserepository.h"
#include "database.h"
#include "sqlquery.h"

namespace {

// The enum columns of the file and the codes this version knows.
template <typename E> QStringList codes() {
    QStringList result;
    for (E value : EnumText::all<E>())
        result << EnumText::code(value);
    return result;
}

struct EnumColumn {
    QString table;
    QString column;
    QStringList known;
};

QList<EnumColumn> enumColumns() {
    const QString cases = QStringLiteral("cases");
    return {
        {cases, QStringLiteral("kind"), codes<CaseKind>()},
        {cases, QStringLiteral("channel"), codes<Channel>()},
        {cases, QStringLiteral("domain"), codes<PolicyDomain>()},
        {cases, QStringLiteral("phase"), codes<Phase>()},
        {cases, QStringLiteral("outcome"), codes<Outcome>()},
        {cases, QStringLiteral("satisfaction_confirmation"), codes<ConfirmationMethod>()},
        {cases, QStringLiteral("non_handling_ground"), codes<NonHandlingGround>()},
        {cases, QStringLiteral("hearing_exception"), codes<HearingException>()},
        {cases, QStringLiteral("respondent_hearing"), codes<RespondentHearing>()},
        {cases, QStringLiteral("judgment"), codes<Outcome>()},
        {cases, QStringLiteral("committee_advice"), codes<Outcome>()},
        {QStringLiteral("events"), QStringLiteral("kind"), codes<EventKind>()},
    };
}

QString quoted(const QStringList& values) {
    QStringList q;
    for (const QString& v : values)
        q << QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

} // namespace

QStringList IntegrityCheck::run(Database& db, const Workflow& workflow) {
    QStringList problems;
    {
        SqlQuery q(db, QStringLiteral("PRAGMA integrity_check"));
        q.exec();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QStringLiteral("ok"))
                problems << tr("Bestand beschadigd: %1").arg(line);
        }
    }
    {
        SqlQuery q(db, QStringLiteral("PRAGMA foreign_key_check"));
        q.exec();
        while (q.next()) {
            problems << tr("Rij %1 van tabel %2 verwijst naar een rij in %3 die niet bestaat.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        }
    }
    const int applicationId = SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    if (applicationId != Database::ApplicationId)
        problems << tr("Het bestand heeft niet het kenmerk van Aan Tafel (application_id %1).").arg(applicationId);
    const int version = db.schemaVersion();
    if (version != Database::CurrentVersion) {
        problems << tr("Het bestand heeft schemaversie %1; deze versie van Aan Tafel verwacht versie %2.")
                        .arg(version)
                        .arg(Database::CurrentVersion);
    }
    {
        SqlQuery q(db, QStringLiteral("SELECT c.reference, ct.theme_id FROM case_themes AS ct "
                                      "JOIN cases AS c ON c.id = ct.case_id "
                                      "WHERE ct.theme_id NOT IN (SELECT id FROM themes) ORDER BY c.id"));
        q.exec();
        while (q.next()) {
            problems << tr("%1: verwijst naar een thema dat niet bestaat (nummer %2).")
                            .arg(q.value(0).toString(), q.value(1).toString());
        }
    }
    for (const EnumColumn& e : enumColumns()) {
        const QString reference = e.table == QStringLiteral("cases")
                                      ? QStringLiteral("reference")
                                      : QStringLiteral("(SELECT reference FROM cases WHERE id = case_id)");
        SqlQuery q(db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NULL OR %2 NOT IN (%4) ORDER BY id")
                           .arg(reference, e.column, e.table, quoted(e.known)));
        q.exec();
        while (q.next()) {
            problems << tr("%1: onbekende waarde '%2' in %3.%4.")
                            .arg(q.value(0).toString(), q.value(1).toString(), e.table, e.column);
        }
    }
    const SystemClock clock;
    CaseRepository(db, clock, QString()).forEachFull([&](const Case& c) {
        for (const QString& problem : workflow.consistencyProblems(c))
            problems << c.reference + QStringLiteral(": ") + problem;
    });
    return problems;
}
