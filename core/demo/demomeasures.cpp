#include "demomeasures.h"

#include "../domain/clock.h"
#include "../learning/measurerepository.h"
#include "../learning/patterns.h"
#include "../storage/transaction.h"

namespace {

// What a team agrees on after the same theme came back, by theme word; the fallback fits any theme.
QString titleFor(const QString& theme) {
    const QString t = theme.toLower();
    if (t.contains(QStringLiteral("terug")) || t.contains(QStringLiteral("reactie")))
        return QStringLiteral("Terugbelafspraken binnen één werkdag vastleggen en nakomen");
    if (t.contains(QStringLiteral("bejegening")))
        return QStringLiteral("Training klantgericht communiceren voor het team");
    if (t.contains(QStringLiteral("informatie")))
        return QStringLiteral("Brieven en webteksten herschrijven in begrijpelijke taal");
    if (t.contains(QStringLiteral("wacht")) || t.contains(QStringLiteral("termijn")))
        return QStringLiteral("Wachttijd wekelijks bewaken en klanten tussentijds informeren");
    if (t.contains(QStringLiteral("kastje")) || t.contains(QStringLiteral("samenwerking")))
        return QStringLiteral("Vaste contactpersoon en warme overdracht tussen de teams");
    if (t.contains(QStringLiteral("privacy")))
        return QStringLiteral("Werkinstructie over het delen van persoonsgegevens");
    return QStringLiteral("Werkwijze bespreken en verbeteren in het teamoverleg");
}

} // namespace

namespace DemoMeasures {

int add(Database& db, QDate from, QDate today) {
    const Patterns patterns(db);
    int added = 0;
    Transaction transaction(db);
    for (Quarter q = Quarter::of(from); q.last() < today; q = Quarter::of(q.last().addDays(1))) {
        const QList<RecurringPattern> found = patterns.recurring(q.first(), q.last(), 3);
        if (found.isEmpty())
            continue;
        const RecurringPattern& top = found.constFirst();
        const QDate created = q.last().addDays(14);
        if (created >= today)
            continue;
        Measure m;
        m.title = titleFor(top.theme) + QStringLiteral(" (") + top.placeName + QLatin1Char(')');
        m.description =
            QStringLiteral("Naar aanleiding van een terugkerend patroon: ") + top.description() + QLatin1Char('.');
        m.scope = MeasureScope::Structural;
        m.owner = top.placeName;
        m.due = created.addDays(90);
        m.caseIds = top.caseIds;
        const qint64 age = created.daysTo(today);
        if (age > 150) {
            m.status = MeasureStatus::Done;
            m.doneOn = created.addDays(60 + int(age % 40));
            m.result = QStringLiteral("Uitgevoerd; in de kwartalen daarna kwam dit patroon minder vaak voor.");
        } else if (age > 45) {
            m.status = MeasureStatus::InProgress;
        }
        const FixedClock clock(QDateTime(created, QTime(10, 0)));
        MeasureRepository(db, clock, QStringLiteral("demo")).save(m);
        ++added;
    }
    transaction.commit();
    return added;
}

} // namespace DemoMeasures
