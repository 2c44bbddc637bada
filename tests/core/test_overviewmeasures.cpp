// The coordinator's overview also lists the improvement measures that are past their due date, so
// that slipping lessons are as visible as slipping deadlines.
#include "testsupport.h"

#include "domain/clock.h"
#include "learning/measurerepository.h"
#include "overview/deadlineoverview.h"
#include "session/municipalitysession.h"
#include "storage/caserepository.h"
#include "storage/municipalityfile.h"

namespace {

struct Municipality {
    TempDir dir;
    FixedClock clock{d("2025-05-08")};
    std::unique_ptr<MunicipalitySession> session;

    Municipality() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Proefstad");
        const QString user = QStringLiteral("coördinator");
        session = std::make_unique<MunicipalitySession>(
            MunicipalityFile::create(dir.path(QStringLiteral("proefstad.aantafel")), settings, user), clock, user);
    }

    qint64 measure(const char* title, const char* due, MeasureStatus status, const char* owner) {
        Measure m;
        m.title = QString::fromUtf8(title);
        m.due = d(due);
        m.status = status;
        m.owner = QString::fromUtf8(owner);
        MeasureRepository(*session).save(m);
        return m.id;
    }
};

QStringList titles(const QList<Measure>& measures) {
    QStringList result;
    for (const Measure& m : measures)
        result << m.title;
    return result;
}

} // namespace

TEST_CASE("overdue improvement measures appear in the coordinator's overview, oldest first") {
    Municipality m; // today is Thursday 8 May 2025
    m.measure("Werkinstructie terugbellen", "2025-05-07", MeasureStatus::InProgress, "Anna Bakker");
    m.measure("Training bejegening", "2025-03-31", MeasureStatus::Planned, "Bram de Wit");
    m.measure("Vandaag gereed", "2025-05-08", MeasureStatus::Planned, "Anna Bakker");
    m.measure("Al uitgevoerd", "2025-01-31", MeasureStatus::Done, "Anna Bakker");
    m.measure("Vervallen", "2025-01-31", MeasureStatus::Cancelled, "Bram de Wit");

    const Overview all = DeadlineOverview(*m.session).compute();
    CHECK(titles(all.overdueMeasures) ==
          QStringList{QStringLiteral("Training bejegening"), QStringLiteral("Werkinstructie terugbellen")});
    CHECK(all.rows.isEmpty()); // no cases, so no deadlines: the measures are a list of their own

    OverviewFilter anna;
    anna.handler = QStringLiteral("Anna Bakker");
    CHECK(titles(DeadlineOverview(*m.session).compute(anna).overdueMeasures) ==
          QStringList{QStringLiteral("Werkinstructie terugbellen")});

    // A day later "Vandaag gereed" is overdue too; once done it leaves the overview.
    m.clock.set(d("2025-05-09").startOfDay().addSecs(9 * 3600));
    CHECK(DeadlineOverview(*m.session).compute().overdueMeasures.size() == 3);
    MeasureRepository repository(*m.session);
    Measure done = repository.overdue(m.clock.today()).first();
    REQUIRE(done.title == QStringLiteral("Training bejegening"));
    done.status = MeasureStatus::Done;
    done.doneOn = d("2025-05-09");
    repository.save(done);
    CHECK(titles(DeadlineOverview(*m.session).compute().overdueMeasures) ==
          QStringList{QStringLiteral("Werkinstructie terugbellen"), QStringLiteral("Vandaag gereed")});
}

TEST_CASE("an overview built from cases at hand has no measures: it never reads the file") {
    Municipality m;
    m.measure("Training bejegening", "2025-03-31", MeasureStatus::Planned, "Bram de Wit");
    const Overview built = DeadlineOverview::build({}, m.session->engine(), m.clock.today());
    CHECK(built.overdueMeasures.isEmpty());
    const Overview fromRepository =
        DeadlineOverview(m.session->cases(), m.session->engine(), m.session->clock()).compute();
    CHECK(fromRepository.overdueMeasures.isEmpty());
}
