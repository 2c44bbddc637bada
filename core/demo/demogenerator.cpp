#include "demogenerator.h"

#include "demodocuments.h"
#include "demojudgment.h"
#include "demomeasures.h"
#include "demorandom.h"
#include "demoscenario.h"
#include "demotexts.h"

#include "../domain/clock.h"
#include "../storage/caserepository.h"
#include "../storage/municipalityfile.h"
#include "../storage/municipalitysettings.h"
#include "../workflow/workflow.h"

#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>

namespace {

using DemoTexts::Tone;

Channel channelFor(DemoRandom& rng, CaseKind kind) {
    // Overall: telefoon, e-mail, webformulier, balie, brief, wijkteam, keukentafel, raadslid, social media.
    switch (kind) {
    case CaseKind::Signal:
        return rng.weighted<Channel>({{Channel::NeighbourhoodTeam, 30},
                                      {Channel::ViaCouncillor, 25},
                                      {Channel::KitchenTable, 15},
                                      {Channel::SocialMedia, 15},
                                      {Channel::Phone, 10},
                                      {Channel::Email, 5}});
    case CaseKind::OralComplaint:
        return rng.weighted<Channel>({{Channel::Phone, 55},
                                      {Channel::Desk, 15},
                                      {Channel::Email, 10},
                                      {Channel::NeighbourhoodTeam, 6},
                                      {Channel::WebForm, 5},
                                      {Channel::KitchenTable, 5},
                                      {Channel::SocialMedia, 2},
                                      {Channel::ViaCouncillor, 1},
                                      {Channel::Other, 1}});
    case CaseKind::WrittenComplaint: break;
    }
    return rng.weighted<Channel>(
        {{Channel::Letter, 35}, {Channel::Email, 32}, {Channel::WebForm, 28}, {Channel::Other, 5}});
}

bool anyDayChannel(Channel channel) {
    return channel == Channel::Email || channel == Channel::WebForm || channel == Channel::SocialMedia;
}

// Received dates rise with n over `years` years up to today. The register catches on: twice as many
// cases per day now as at the start, and the last eight weeks (where the open cases are) hold an
// eighth of all cases, so that even a small demo has a full deadline overview — but never more than
// RecentCasesAtMost, a big city's two months: a register of a million cases is one of many years, not
// one whose last two months hold 120,000 open complaints.
constexpr double RecentCasesAtMost = 4000;

QDate receivedDate(DemoRandom& rng, int n, int total, int years, QDate today) {
    const int span = int(today.addYears(-std::max(1, years)).daysTo(today));
    const int recentDays = std::min(56, span / 4);
    const double recentShare = std::min(0.12, RecentCasesAtMost / double(std::max(1, total)));
    const double position = (double(n) + rng.unit()) / double(std::max(1, total));
    double age;
    if (position >= 1.0 - recentShare) {
        age = (1.0 - (position - (1.0 - recentShare)) / recentShare) * recentDays;
    } else {
        const double share = position / (1.0 - recentShare);
        const double t = -1.0 + std::sqrt(1.0 + 3.0 * share); // inverse of F(t) = (t + t²/2) / 1.5
        age = recentDays + (1.0 - t) * (span - recentDays);
    }
    return today.addDays(-qint64(age));
}

QDate conductDate(DemoRandom& rng, QDate received) {
    if (rng.chance(0.05))
        return received.addDays(-rng.between(370, 720)); // more than a year before (Awb 9:8 lid 1 b)
    switch (rng.weighted({30, 50, 20})) {
    case 0: return received.addDays(-rng.between(0, 3));
    case 1: return received.addDays(-rng.between(4, 30));
    default: return received.addDays(-rng.between(31, 150));
    }
}

} // namespace

struct DemoGenerator::Impl {
    explicit Impl(const DeadlineEngine& engine)
        : workflow(engine) {
        setThemes(MunicipalityFile::defaultThemes());
    }

    void setThemes(const QStringList& names) {
        themes = names;
        tones.clear();
        for (const QString& name : names)
            tones.append(DemoTexts::tonesOf(name));
    }

    Case make(const DeadlineEngine& engine, quint32 seed, int n, int total, int years, const QDateTime& now);

    Workflow workflow;
    QStringList themes;
    QList<QList<Tone>> tones; // per theme
    bool committee = true;    // may a klaagschrift go to a klachtadviescommissie
    std::atomic<int> refused = 0;
};

Case DemoGenerator::Impl::make(const DeadlineEngine& engine, quint32 seed, int n, int total, int years,
                               const QDateTime& now) {
    DemoRandom rng(seed, quint64(n));
    Case c;
    c.kind = rng.weighted<CaseKind>(
        {{CaseKind::Signal, 15}, {CaseKind::OralComplaint, 60}, {CaseKind::WrittenComplaint, 25}});
    c.channel = channelFor(rng, c.kind);
    c.received = receivedDate(rng, n, total, years, now.date());
    if (!anyDayChannel(c.channel)) {
        // Phone, desk and post on working days only: back to the previous one, or on to the next one
        // at the very start of the period.
        const HolidayCalendar& calendar = engine.calculator().calendar();
        const QDate received = c.received;
        while (calendar.isNonWorkingDay(c.received))
            c.received = c.received.addDays(-1);
        if (c.received < now.date().addYears(-std::max(1, years)))
            c.received = engine.calculator().atwExtend(received);
    }
    c.conductDate = conductDate(rng, c.received);

    c.domain = DemoTexts::domain(rng);
    const DemoTexts::Topic& topic = DemoTexts::topic(c.domain, rng.between(0, DemoTexts::topicCount(c.domain) - 1));
    c.subject = DemoTexts::subject(rng, c.domain, topic);

    // Signals are often passed on without the resident's name; a klaagschrift always has one (9:4).
    c.anonymous = c.kind == CaseKind::Signal && rng.chance(0.33);
    if (!c.anonymous) {
        QString lastName;
        c.klager = DemoTexts::person(rng, &lastName);
        if (rng.chance(0.105))
            c.representative = DemoTexts::representative(rng, c.domain, lastName);
    }

    Tone first = Tone::General;
    Tone second = Tone::General;
    if (!themes.isEmpty()) {
        const qsizetype a = qsizetype(rng.index(std::size_t(themes.size())));
        c.themes.append(themes.at(a));
        first = second = tones.at(a).at(qsizetype(rng.index(std::size_t(tones.at(a).size()))));
        if (themes.size() > 1 && rng.chance(0.3)) {
            qsizetype b = qsizetype(rng.index(std::size_t(themes.size() - 1)));
            if (b >= a)
                ++b;
            c.themes.append(themes.at(b));
            second = tones.at(b).at(qsizetype(rng.index(std::size_t(tones.at(b).size()))));
        }
    }

    const DemoTexts::Context ctx = DemoTexts::context(rng, c.kind, c.domain, topic, c.subject);
    c.story = DemoTexts::story(rng, ctx, c.kind, first, second);
    c.desiredOutcome = DemoTexts::desiredOutcome(rng, ctx, c.kind, first);
    c.handler = DemoTexts::handler(rng);
    // Afdeling 9.1.3, fixed at receipt: the regulation sends klaagschriften about conduct towards the klager
    // to the committee when the municipality has one; the rest is decided per case.
    c.committee = c.kind == CaseKind::WrittenComplaint && committee && rng.chance(0.2);
    if (c.kind == CaseKind::WrittenComplaint) {
        c.committeeDecidedOn = c.received;
        c.committeeReason = c.committee ? QStringLiteral("Klachtregeling: de klachtadviescommissie adviseert over "
                                                         "klachten over bejegening en besluitvorming.")
                                        : QStringLiteral("Klachtregeling: de klachtbehandelaar handelt de klacht af.");
        // The klaagschrift's own date (9:4 lid 2): a letter takes a few days by post.
        c.klaagschriftDated = c.received.addDays(c.channel == Channel::Letter ? -rng.between(1, 3) : 0);
    }
    // A complaint naming a contracted provider is now and then about the municipality's own regie.
    c.aboutRegie = !c.subject.provider.isEmpty() && rng.chance(0.3);
    if (c.kind != CaseKind::Signal && rng.chance(0.03)) {
        c.aboutDecisionContent = true;
        c.decisionPublished = c.received.addDays(-rng.between(5, 50));
    }

    DemoScenario scenario(workflow, engine, rng, ctx);
    refused += scenario.run(c, now);
    DemoJudgment::complete(rng, ctx, c, now.date());
    return c;
}

DemoGenerator::DemoGenerator(const DeadlineEngine& engine, const Clock& clock, quint32 seed)
    : m_engine(engine)
    , m_clock(clock)
    , m_seed(seed)
    , m_impl(std::make_unique<Impl>(engine)) {}

DemoGenerator::~DemoGenerator() = default;

Case DemoGenerator::makeCase(int n, int totalCases, int years) {
    const QDateTime now = m_clock.now();
    return m_impl->make(m_engine, m_seed, n, totalCases, years, now.toOffsetFromUtc(now.offsetFromUtc()));
}

void DemoGenerator::populate(Database& db, const DemoOptions& options, const std::function<void(int, int)>& progress) {
    m_impl->committee = MunicipalitySettingsStore(db).load().committee;
    CaseRepository repository(db, m_clock, QStringLiteral("demo"));
    const QStringList themes = repository.themes();
    if (!themes.isEmpty())
        m_impl->setThemes(themes);

    // One "now" for the whole run: every case is generated against the same day (see DemoScenario::run
    // for the fixed offset).
    const QDateTime clockNow = m_clock.now();
    const QDateTime now = clockNow.toOffsetFromUtc(clockNow.offsetFromUtc());
    const int total = std::max(0, options.cases);
    const int batchSize = std::max(1, options.batchSize);
    const auto generate = [this, now, total, &options](int first, int count) {
        QList<Case> batch;
        batch.reserve(count);
        for (int n = first; n < first + count; ++n)
            batch.append(m_impl->make(m_engine, m_seed, n, total, options.years, now));
        return batch;
    };
    // The next batch is generated on a second thread while this one is written: the file stays in
    // this thread, the generator only reads the engine, the workflow and constant word lists.
    std::future<QList<Case>> next;
    if (total > 0)
        next = std::async(std::launch::async, generate, 0, std::min(batchSize, total));
    for (int done = 0; done < total;) {
        QList<Case> batch = next.get();
        const int count = int(batch.size());
        if (done + count < total)
            next = std::async(std::launch::async, generate, done + count, std::min(batchSize, total - done - count));
        repository.insertMany(batch);
        DemoDocuments::add(db, m_clock, batch, done, options.documentEvery);
        done += count;
        if (progress)
            progress(done, total);
    }
    DemoMeasures::add(db, m_clock.today().addYears(-std::max(1, options.years)), m_clock.today());
}

int DemoGenerator::refusedTransitions() const {
    return m_impl->refused;
}
