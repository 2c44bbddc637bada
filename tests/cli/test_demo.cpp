// The demo generator: deterministic per seed, every case reached through the workflow, a realistic
// mix, and populate() writing a clean municipality file.
#include "testsupport.h"

#include "workflow/eventtext.h"

#include "deadlines/deadlineengine.h"
#include "demo/demogenerator.h"
#include "domain/case.h"
#include "domain/clock.h"
#include "learning/measurerepository.h"
#include "report/yearreport.h"
#include "session/municipalitysession.h"
#include "storage/calendarstore.h"
#include "storage/caserepository.h"
#include "storage/integritycheck.h"
#include "storage/municipalityfile.h"
#include "storage/municipalitysettings.h"
#include "workflow/workflow.h"

#include <QElapsedTimer>
#include <QSet>

#include <map>

namespace {

struct Fixture {
    FixedClock clock{d("2025-03-07")};
    HolidayCalendar calendar;
    DeadlineEngine engine{calendar};
    Workflow workflow{engine};
};

void requireSameCase(const Case& a, const Case& b) {
    REQUIRE(a.kind == b.kind);
    REQUIRE(a.channel == b.channel);
    REQUIRE(a.received == b.received);
    REQUIRE(a.conductDate == b.conductDate);
    REQUIRE(a.anonymous == b.anonymous);
    REQUIRE(a.klager == b.klager);
    REQUIRE(a.representative == b.representative);
    REQUIRE(a.subject == b.subject);
    REQUIRE(a.domain == b.domain);
    REQUIRE(a.themes == b.themes);
    REQUIRE(a.story == b.story);
    REQUIRE(a.desiredOutcome == b.desiredOutcome);
    REQUIRE(a.handler == b.handler);
    REQUIRE(a.committee == b.committee);
    REQUIRE(a.phase == b.phase);
    REQUIRE(a.outcome == b.outcome);
    REQUIRE(a.events.size() == b.events.size());
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        REQUIRE(a.events[i].at == b.events[i].at);
        REQUIRE(a.events[i].text == b.events[i].text);
    }
    REQUIRE(a == b);
}

const ReportCount& item(const QList<ReportCount>& counts, const QString& key) {
    for (const ReportCount& c : counts) {
        if (c.key == key)
            return c;
    }
    FAIL("no item " << key.toStdString());
    return counts.first();
}

double share(int part, int whole) {
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

} // namespace

TEST_CASE("the same seed makes the same cases, in any order — another seed makes others", "[demo]") {
    Fixture f;
    DemoGenerator first(f.engine, f.clock, 42);
    DemoGenerator again(f.engine, f.clock, 42);
    DemoGenerator other(f.engine, f.clock, 43);
    constexpr int total = 300;

    QList<Case> backwards(total);
    for (int n = total - 1; n >= 0; --n)
        backwards[n] = again.makeCase(n, total, 4);
    int differentStories = 0;
    for (int n = 0; n < total; ++n) {
        const Case c = first.makeCase(n, total, 4);
        requireSameCase(c, backwards[n]);
        if (other.makeCase(n, total, 4).story != c.story)
            ++differentStories;
    }
    CHECK(differentStories > total * 9 / 10);
}

TEST_CASE("2,000 demo cases are consistent with the workflow and cover the whole mix", "[demo]") {
    Fixture f;
    const QDate today = f.clock.today();
    const QStringList themes = MunicipalityFile::defaultThemes();
    DemoGenerator generator(f.engine, f.clock, 2025);
    constexpr int total = 2000;

    std::map<Phase, int> phases;
    std::map<Outcome, int> outcomes;
    std::map<Channel, int> channels;
    std::map<PolicyDomain, int> domains;
    std::map<CaseKind, int> kinds;
    std::map<DeadlineStatus, int> openStatuses;
    int anonymous = 0, represented = 0, withProvider = 0, committee = 0;
    int old = 0, oldOpen = 0, recent = 0, recentOpen = 0, closedComplaints = 0;
    int toOmbudsman = 0;
    QDate earliest = today;

    for (int n = 0; n < total; ++n) {
        Case c = generator.makeCase(n, total, 4);
        INFO("case " << n << ": " << c.story.toStdString());
        c.reference = QStringLiteral("KL-TEST-%1").arg(n); // stored cases always have one
        CHECK(f.workflow.consistencyProblems(c).isEmpty());

        REQUIRE(c.received.isValid());
        CHECK(c.received <= today);
        CHECK(c.conductDate <= c.received);
        earliest = std::min(earliest, c.received);
        REQUIRE(!c.events.isEmpty());
        for (qsizetype i = 0; i < c.events.size(); ++i) {
            CHECK(c.events[i].at <= f.clock.now());
            CHECK(c.events[i].author == c.handler);
            CHECK(!EventText::render(c.events[i]).isEmpty());
            if (i > 0)
                CHECK(c.events[i - 1].at <= c.events[i].at);
        }
        CHECK(c.events.first().at.date() == c.received);
        CHECK((c.themes.size() == 1 || c.themes.size() == 2));
        for (const QString& theme : c.themes)
            CHECK(themes.contains(theme));
        CHECK(!c.story.contains(u'{'));
        CHECK(!c.desiredOutcome.contains(u'{'));
        CHECK(c.story.front().isUpper());
        CHECK(c.desiredOutcome.endsWith(u'.'));
        if (c.kind == CaseKind::WrittenComplaint)
            CHECK((!c.anonymous && !c.klager.name.isEmpty() && !c.klager.address.isEmpty()));
        if (c.nonHandlingGround == NonHandlingGround::OlderThanOneYear)
            CHECK(TermCalculator::conductOlderThanOneYear(c.conductDate, c.received));

        // A judged complaint has its parts judged in line with the outcome; an open formal one has parts
        // still to judge; nothing else has parts.
        const bool judgedCase = c.outcome == Outcome::Upheld || c.outcome == Outcome::PartlyUpheld ||
                                c.outcome == Outcome::Rejected || c.outcome == Outcome::NoJudgment;
        if (judgedCase) {
            REQUIRE(!c.parts.isEmpty());
            CHECK(!c.conclusions.isEmpty());
            QSet<Outcome> judgments;
            for (const ComplaintPart& part : c.parts) {
                CHECK(!part.description.contains(u'{'));
                CHECK(!part.findings.isEmpty());
                judgments.insert(part.judgment);
            }
            if (c.outcome == Outcome::PartlyUpheld)
                CHECK((judgments.contains(Outcome::PartlyUpheld) ||
                       (judgments.contains(Outcome::Upheld) && judgments.contains(Outcome::Rejected))));
            else
                CHECK(judgments == QSet<Outcome>{c.outcome});
        } else if (c.phase == Phase::Formal) {
            REQUIRE(!c.parts.isEmpty());
            for (const ComplaintPart& part : c.parts)
                CHECK(part.judgment == Outcome::None);
        } else {
            CHECK(c.parts.isEmpty());
        }
        if (c.sentToOmbudsman.isValid()) {
            ++toOmbudsman;
            CHECK(judgedCase);
            CHECK(c.closedOn < c.sentToOmbudsman);
            CHECK(c.sentToOmbudsman <= today);
        }

        ++phases[c.phase];
        ++outcomes[c.outcome];
        ++channels[c.channel];
        ++domains[c.domain];
        ++kinds[c.kind];
        anonymous += c.anonymous;
        represented += !c.representative.role.isEmpty();
        withProvider += !c.subject.provider.isEmpty();
        committee += c.committee;
        if (c.received.daysTo(today) > 120) {
            ++old;
            oldOpen += c.isOpen();
        } else if (c.received.daysTo(today) <= 42) {
            ++recent;
            recentOpen += c.isOpen();
        }
        if (!c.isOpen() && c.kind != CaseKind::Signal)
            ++closedComplaints;
        if (c.isOpen()) {
            for (const Deadline& dl : f.engine.deadlinesFor(c, today))
                ++openStatuses[dl.status];
        }
    }
    CHECK(generator.refusedTransitions() == 0);

    for (Phase v : EnumText::all<Phase>())
        CHECK(phases[v] > 0);
    for (Outcome v : EnumText::all<Outcome>())
        CHECK(outcomes[v] > 0);
    for (Channel v : EnumText::all<Channel>())
        CHECK(channels[v] > 0);
    for (PolicyDomain v : EnumText::all<PolicyDomain>())
        CHECK(domains[v] > 0);
    for (CaseKind v : EnumText::all<CaseKind>())
        CHECK(kinds[v] > 0);
    CHECK(openStatuses[DeadlineStatus::Overdue] > 0);
    CHECK(openStatuses[DeadlineStatus::Met] > 0);
    CHECK(openStatuses[DeadlineStatus::MetLate] > 0);

    // The shape of a real register: phone first, mostly oral complaints, old cases closed, new ones open.
    CHECK(channels[Channel::Phone] > channels[Channel::Email]);
    CHECK(channels[Channel::Email] > channels[Channel::Letter]);
    CHECK(share(kinds[CaseKind::Signal], total) == Approx(0.15).margin(0.04));
    CHECK(share(kinds[CaseKind::OralComplaint], total) == Approx(0.60).margin(0.05));
    CHECK(share(kinds[CaseKind::WrittenComplaint], total) == Approx(0.25).margin(0.04));
    CHECK(share(anonymous, total) == Approx(0.05).margin(0.025));
    CHECK(share(represented, total) == Approx(0.10).margin(0.03));
    CHECK(share(withProvider, total) == Approx(0.25).margin(0.05));
    CHECK(committee > 0);
    CHECK(share(oldOpen, old) < 0.05);
    CHECK(share(recentOpen, recent) > 0.5);
    CHECK(earliest < today.addYears(-4).addDays(30));

    const int judged = outcomes[Outcome::Upheld] + outcomes[Outcome::PartlyUpheld] + outcomes[Outcome::Rejected] +
                       outcomes[Outcome::NoJudgment];
    const int signalsClosed = phases[Phase::Closed] - closedComplaints;
    const int resolvedComplaints = outcomes[Outcome::ResolvedToSatisfaction] - signalsClosed;
    CHECK(share(resolvedComplaints, closedComplaints) == Approx(0.60).margin(0.07));
    CHECK(share(judged, closedComplaints) == Approx(0.14).margin(0.04));
    CHECK(toOmbudsman > 0);
    CHECK(share(toOmbudsman, judged) < 0.1);
    CHECK(share(outcomes[Outcome::NotHandled], closedComplaints) == Approx(0.075).margin(0.03));
    CHECK(share(outcomes[Outcome::Referred], closedComplaints) == Approx(0.085).margin(0.03));
    CHECK(share(outcomes[Outcome::Withdrawn], closedComplaints) == Approx(0.095).margin(0.03));
}

TEST_CASE("the demo's open work does not grow with the years it covers — loose ends are recent", "[demo]") {
    // A case forgotten halfway, a signal never settled, a follow-up call never made: common in the last half
    // year, rare before it, as in a real register where the overview makes someone notice them. Before,
    // about one case in thirty of every year stayed with a pending term, so the coordinator's overview of
    // a register of many years was mostly old loose ends.
    Fixture f;
    const QDate today = f.clock.today();
    DemoGenerator generator(f.engine, f.clock, 2026);
    constexpr int total = 4000;
    int older = 0, olderPending = 0, recent = 0, recentPending = 0;
    for (int n = 0; n < total; ++n) {
        const Case c = generator.makeCase(n, total, 8);
        bool pending = false;
        for (const Deadline& dl : f.engine.deadlinesFor(c, today)) {
            pending = pending || dl.status == DeadlineStatus::Open || dl.status == DeadlineStatus::DueSoon ||
                      dl.status == DeadlineStatus::DueToday || dl.status == DeadlineStatus::Overdue;
        }
        if (c.received.daysTo(today) > 200) {
            ++older;
            olderPending += pending;
        } else if (c.received.daysTo(today) > 60) {
            ++recent;
            recentPending += pending;
        }
    }
    INFO("older " << older << " (pending " << olderPending << "), recent " << recent << " (pending " << recentPending
                  << ")");
    REQUIRE(older > 3000);
    REQUIRE(recent > 50);
    CHECK(olderPending * 1000 <= older * 2); // at most 0.2 %
    CHECK(recentPending > 0);                // the overview still has loose ends to show
}

TEST_CASE("a big demo register is one of many years, not of an impossible last two months", "[demo]") {
    // The last eight weeks hold an eighth of a small demo (so that its overview is full) but never more
    // than 4,000 cases: a register of a million cases over forty years receives as many complaints a
    // day as one of 100,000 over four. The n-th case depends on (seed, n, total, years) alone, so a
    // sample of the positions shows the shape of the whole file.
    Fixture f;
    const QDate today = f.clock.today();
    DemoGenerator generator(f.engine, f.clock, 1);
    const auto recentShare = [&](int total, int years, int step) {
        int sampled = 0, recent = 0;
        for (int n = 0; n < total; n += step) {
            ++sampled;
            recent += generator.makeCase(n, total, years).received.daysTo(today) <= 56;
        }
        return share(recent, sampled);
    };
    CHECK(recentShare(1000, 4, 1) == Approx(0.12).margin(0.01));
    // 4,000 of 100,000 (4 %) and of 1,000,000 (0.4 %): 2,000 and 10,000 cases sampled.
    CHECK(recentShare(100000, 4, 50) == Approx(0.04).margin(0.006));
    CHECK(recentShare(1000000, 40, 100) == Approx(0.004).margin(0.002));
}

TEST_CASE("the demo generator never needs a transition the workflow refuses", "[demo]") {
    Fixture f;
    for (const quint32 seed : {1u, 7u, 99u}) {
        DemoGenerator generator(f.engine, f.clock, seed);
        for (int n = 0; n < 2000; ++n)
            generator.makeCase(n, 2000, 3);
        INFO("seed " << seed);
        CHECK(generator.refusedTransitions() == 0);
    }
}

TEST_CASE("demo cases are consistent whatever day today is", "[demo]") {
    HolidayCalendar calendar;
    DeadlineEngine engine(calendar);
    Workflow workflow(engine);
    // A Saturday, Goede Vrijdag, New Year's Day, a leap day, and a year without decreed days.
    for (const char* day : {"2025-03-08", "2025-04-18", "2026-01-01", "2028-02-29", "2031-06-02"}) {
        const FixedClock clock(d(day));
        for (const int years : {1, 5}) {
            DemoGenerator generator(engine, clock, 5);
            for (int n = 0; n < 400; ++n) {
                Case c = generator.makeCase(n, 400, years);
                c.reference = QStringLiteral("KL-TEST-%1").arg(n);
                INFO(day << ", " << years << " years, case " << n);
                CHECK(workflow.consistencyProblems(c).isEmpty());
                CHECK(c.received <= clock.today());
                CHECK(c.received >= clock.today().addYears(-years));
                CHECK(c.events.last().at <= clock.now());
            }
            CHECK(generator.refusedTransitions() == 0);
        }
    }
}

TEST_CASE("populate stores exactly N cases with unique references in a clean file", "[demo]") {
    const TempDir dir;
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    settings.committee = true;
    auto db = MunicipalityFile::create(dir.path(QStringLiteral("demo.aantafel")), settings, QStringLiteral("test"));
    const FixedClock clock(d("2025-03-07"));
    const HolidayCalendar calendar = CalendarStore(*db).load();
    const DeadlineEngine engine(calendar, MunicipalitySettingsStore(*db).load().terms);
    const Workflow workflow(engine);

    DemoOptions options;
    options.cases = 1500;
    options.seed = 11;
    options.batchSize = 400;
    QList<std::pair<int, int>> progress;
    DemoGenerator generator(engine, clock, options.seed);
    generator.populate(*db, options, [&](int done, int total) { progress.append({done, total}); });

    CHECK(generator.refusedTransitions() == 0);
    CHECK(progress == QList<std::pair<int, int>>{{400, 1500}, {800, 1500}, {1200, 1500}, {1500, 1500}});
    CaseRepository repository(*db, clock, QStringLiteral("test"));
    REQUIRE(repository.count() == 1500);
    QSet<QString> references;
    int committeeCases = 0;
    repository.forEach({}, [&](const Case& c) {
        references.insert(c.reference);
        committeeCases += c.committee;
    });
    CHECK(references.size() == 1500);
    CHECK(!references.contains(QString()));
    CHECK(committeeCases > 0);
    CHECK(IntegrityCheck::run(*db, workflow).isEmpty());

    // What was stored is what the generator makes: the first case of the run is among the oldest.
    const Case expected = DemoGenerator(engine, clock, options.seed).makeCase(0, options.cases, options.years);
    bool found = false;
    for (const Case& listed : repository.list()) {
        if (listed.received != expected.received)
            continue;
        const Case stored = repository.load(listed.id);
        if (stored.story == expected.story) {
            found = true;
            CHECK(stored.klager == expected.klager);
            CHECK(stored.phase == expected.phase);
            CHECK(stored.outcome == expected.outcome);
            CHECK(stored.events.size() == expected.events.size());
        }
    }
    CHECK(found);

    // The municipality learns: structural measures for recurring patterns, linked to their cases,
    // done when old, still running when recent, none created after today.
    const QList<Measure> measures = MeasureRepository(*db, clock, QStringLiteral("test")).all({});
    REQUIRE(measures.size() >= 4);
    QSet<MeasureStatus> statuses;
    for (const Measure& m : measures) {
        CHECK(m.scope == MeasureScope::Structural);
        CHECK(m.caseIds.size() >= 3);
        CHECK(m.createdAt.date() < clock.today());
        CHECK((m.status != MeasureStatus::Done || (m.doneOn.isValid() && m.doneOn <= clock.today())));
        statuses.insert(m.status);
    }
    CHECK(statuses.contains(MeasureStatus::Done));
    CHECK(statuses.size() >= 2);
}

TEST_CASE("a municipality without a klachtadviescommissie gets no committee cases", "[demo]") {
    const TempDir dir;
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Zonder Commissie");
    auto db = MunicipalityFile::create(dir.path(QStringLiteral("demo.aantafel")), settings, QStringLiteral("test"));
    const FixedClock clock(d("2025-03-07"));
    const HolidayCalendar calendar = CalendarStore(*db).load();
    const DeadlineEngine engine(calendar);
    DemoOptions options;
    options.cases = 400;
    DemoGenerator(engine, clock, 3).populate(*db, options);

    CaseRepository repository(*db, clock, QStringLiteral("test"));
    CHECK(repository.count() == 400);
    int committeeCases = 0;
    repository.forEach({}, [&](const Case& c) { committeeCases += c.committee; });
    CHECK(committeeCases == 0);
}

TEST_CASE("the demo's yearly reports add up in every figure, under the rules of the law", "[demo]") {
    const TempDir dir;
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    settings.committee = true;
    const FixedClock clock(d("2025-03-07"));
    MunicipalitySession session(
        MunicipalityFile::create(dir.path(QStringLiteral("demo.aantafel")), settings, QStringLiteral("test")), clock,
        QStringLiteral("test"));
    DemoOptions options;
    options.cases = 2000;
    options.seed = 5;
    DemoGenerator generator(session.engine(), clock, options.seed);
    generator.populate(session.database(), options);
    REQUIRE(generator.refusedTransitions() == 0);
    CHECK(IntegrityCheck::run(session.database(), session.workflow()).isEmpty());

    const auto sum = [](const QList<ReportCount>& list, bool signalsToo) {
        int n = 0;
        for (const ReportCount& c : list)
            n += signalsToo ? c.total() : c.complaints;
        return n;
    };
    const auto sumOf = [](const QList<int>& list) {
        int n = 0;
        for (int v : list)
            n += v;
        return n;
    };
    int complaintsAllYears = 0;
    for (int year = clock.today().year() - options.years; year <= clock.today().year(); ++year) {
        INFO("year " << year);
        const YearReport r = YearReport::compute(session, year);
        complaintsAllYears += r.complaints;
        CHECK(r.oralComplaints + r.writtenComplaints == r.complaints);
        CHECK(r.informal + r.informalEnded + r.formal + r.openInformal == r.complaints);
        CHECK(sum(r.byDomain, false) == r.complaints);
        CHECK(sum(r.byChannel, false) == r.complaints);
        CHECK(sum(r.byDomain, true) == r.complaints + r.signalCount);
        CHECK(sum(r.byChannel, true) == r.complaints + r.signalCount);
        CHECK(sumOf(r.complaintsPerQuarter) == r.complaints);
        int byQuarterDomain = 0;
        for (const QList<int>& quarter : r.complaintsByQuarterDomain)
            byQuarterDomain += sumOf(quarter);
        CHECK(byQuarterDomain == r.complaints);
        // Every complaint is closed with one outcome or still open; the same for signals.
        CHECK(sum(r.outcomes, false) + r.openComplaints == r.complaints);
        int closedSignals = 0;
        for (const ReportCount& c : r.outcomes)
            closedSignals += c.signalCount;
        CHECK(closedSignals + r.openSignals == r.signalCount);
        CHECK(r.closedComplaints == sum(r.outcomes, false));
        // The written complaints alone: a part of the outcomes, and every closed one that was not
        // declined under 9:8 is timed against the statutory term.
        CHECK(r.closedWrittenComplaints() <= r.writtenComplaints);
        for (qsizetype i = 0; i < r.outcomes.size(); ++i) {
            CHECK(r.writtenOutcomes.at(i).key == r.outcomes.at(i).key);
            CHECK(r.writtenOutcomes.at(i).complaints <= r.outcomes.at(i).complaints);
            CHECK(r.writtenOutcomes.at(i).signalCount == 0);
        }
        const int notHandled = item(r.writtenOutcomes, EnumText::code(Outcome::NotHandled)).complaints;
        CHECK(r.timed() == r.closedWrittenComplaints() - notHandled);
        CHECK(sumOf(r.timedPerQuarter) == r.timed());
        CHECK(sumOf(r.onTimePerQuarter) == r.withinTerm + r.afterAdjournment);
        for (int q = 0; q < 4; ++q)
            CHECK(r.onTimePerQuarter.at(q) <= r.timedPerQuarter.at(q));
        // "Informeel opgelost" is only what was solved to satisfaction outside the formal procedure.
        CHECK(r.informal <= item(r.outcomes, EnumText::code(Outcome::ResolvedToSatisfaction)).complaints);
        CHECK(r.carriedOverClosedInYear <= r.carriedOver());
    }
    CHECK(complaintsAllYears > 1000);
}

// Not run by default (hidden tag): ./cli_tests "[.benchmark]" in a Release build.
TEST_CASE("benchmark: 100,000 demo cases into a file", "[.benchmark]") {
    const TempDir dir;
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Voorbeeld");
    auto db = MunicipalityFile::create(dir.path(QStringLiteral("bench.aantafel")), settings, QStringLiteral("test"));
    const SystemClock clock;
    const HolidayCalendar calendar = CalendarStore(*db).load();
    const DeadlineEngine engine(calendar);
    DemoOptions options;
    options.cases = 100000;
    if (const int batch = qEnvironmentVariableIntValue("AANTAFEL_DEMO_BATCH"); batch > 0)
        options.batchSize = batch;
    QElapsedTimer generateOnly;
    generateOnly.start();
    DemoGenerator generator(engine, clock, 1);
    for (int n = 0; n < options.cases; ++n)
        generator.makeCase(n, options.cases, options.years);
    const qint64 generateMs = generateOnly.elapsed();
    QElapsedTimer timer;
    timer.start();
    generator.populate(*db, options);
    WARN("generate only: " << generateMs << " ms; populate 100,000: " << timer.elapsed() << " ms");
    CHECK(CaseRepository(*db, clock, QStringLiteral("test")).count() == options.cases);
}
