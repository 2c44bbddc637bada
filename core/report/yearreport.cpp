#include "yearreport.h"

#include "deadlines/deadlineengine.h"
#include "domain/case.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/sqlquery.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace {

// Handling due dates per (receipt day, committee): a year has at most 2 × 366 of them, while
// counting one costs the term calculator its explanation text. Same answers as the engine.
class TermCache {
public:
    explicit TermCache(const DeadlineEngine& engine)
        : m_engine(engine) {}

    std::pair<QDate, QDate> handlingAndAdjourned(QDate received, bool committee) {
        const qint64 key = received.toJulianDay() * 2 + (committee ? 1 : 0);
        auto it = m_terms.constFind(key);
        if (it == m_terms.constEnd()) {
            const HandlingTerms terms = m_engine.handlingTerms(received, committee);
            it = m_terms.insert(key, {terms.handling.due, terms.handlingExtended.due});
        }
        return *it;
    }

private:
    const DeadlineEngine& m_engine;
    QHash<qint64, std::pair<QDate, QDate>> m_terms;
};

std::optional<Timeliness> classify(TermCache& terms, const Case& c) {
    // The statutory handling term (art. 9:11) binds written complaints that are handled; an oral
    // complaint gets the same dates only as policy, a 9:8 decision its own notice term.
    if (c.kind != CaseKind::WrittenComplaint || c.outcome == Outcome::NotHandled || c.isOpen() ||
        !c.closedOn.isValid() || !c.received.isValid())
        return std::nullopt;
    const auto [handling, adjourned] = terms.handlingAndAdjourned(c.received, c.committee);
    if (c.closedOn <= handling)
        return Timeliness::WithinTerm;
    if (c.isAdjourned() && c.closedOn <= adjourned)
        return Timeliness::AfterAdjournment;
    if (c.consentReceived.isValid() && c.agreedDueDate.isValid() && c.closedOn <= c.agreedDueDate)
        return Timeliness::AfterAdjournment;
    return Timeliness::Late;
}

QList<ReportCount> emptyCounts(const QStringList& keys, const QStringList& labels) {
    QList<ReportCount> counts;
    for (qsizetype i = 0; i < keys.size(); ++i)
        counts.append(ReportCount{keys.at(i), labels.at(i), 0, 0});
    return counts;
}

template <typename E> QList<ReportCount> countsFor(const QList<E>& values) {
    QStringList keys, labels;
    for (E v : values) {
        keys << EnumText::code(v);
        labels << EnumText::label(v);
    }
    return emptyCounts(keys, labels);
}

void add(ReportCount& count, bool signal) {
    if (signal)
        ++count.signalCount;
    else
        ++count.complaints;
}

QString yearStart(int year) {
    return QDate(year, 1, 1).toString(Qt::ISODate);
}
QString yearEnd(int year) {
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

// The pass over the cases received in the year: only the columns the figures need.
void countCases(MunicipalitySession& session, YearReport& r) {
    const QList<PolicyDomain> domains = EnumText::all<PolicyDomain>();
    const QList<Channel> channels = EnumText::all<Channel>();
    QList<Outcome> outcomes = EnumText::all<Outcome>();
    outcomes.removeAll(Outcome::None);
    r.byDomain = countsFor(domains);
    r.byChannel = countsFor(channels);
    r.outcomes = countsFor(outcomes);
    r.complaintsByQuarterDomain = QList<QList<int>>(4, QList<int>(domains.size(), 0));
    r.complaintsPerQuarter = QList<int>(4, 0);
    r.timedPerQuarter = QList<int>(4, 0);
    r.onTimePerQuarter = QList<int>(4, 0);

    TermCache terms(session.engine());
    QMap<QString, ProviderFigures> providers;
    QList<int> handlingDays;

    // Theme names by id: the pass reads theme ids with each case instead of joining a second time.
    QHash<qint64, QString> themeNames;
    {
        SqlQuery names(session.database(), QStringLiteral("SELECT id, name FROM themes"));
        names.exec();
        while (names.next())
            themeNames.insert(names.value(0).toLongLong(), names.value(1).toString());
    }
    QHash<qint64, ReportCount> themes;

    // One pass over the cases of the year (the cases_received index) with just the columns the figures
    // need; the subqueries only where they can matter (formal_trace where the outcome alone does not
    // tell: resolved or withdrawn).
    const QString first = yearStart(r.year);
    const QString last = yearEnd(r.year);
    SqlQuery q(
        session.database(),
        QStringLiteral("SELECT c.kind, c.channel, c.domain, c.received, c.closed_on, c.phase, c.outcome, c.committee, "
                       "c.adjourned_on, c.consent_received, c.agreed_due_date, c.hearing_planned, c.hearing_held, "
                       "c.hearing_exception, c.subject_provider, "
                       "CASE WHEN c.outcome IN ('resolved', 'withdrawn') THEN "
                       "EXISTS (SELECT 1 FROM complaint_parts AS p WHERE p.case_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM audit_log AS a WHERE a.case_id = c.id AND a.field = 'phase' AND "
                       "a.new_value = 'formal') ELSE 0 END, "
                       "(SELECT group_concat(ct.theme_id) FROM case_themes AS ct WHERE ct.case_id = c.id) "
                       "FROM cases AS c WHERE c.received BETWEEN ? AND ?"));
    q.bind(0, first).bind(1, last).exec();
    while (q.next()) {
        const bool signalRow = q.value(0).toString() == QLatin1String("signal");
        Case c;
        c.kind = EnumText::fromCode<CaseKind>(q.value(0).toString()).value_or(CaseKind::OralComplaint);
        c.channel = EnumText::fromCode<Channel>(q.value(1).toString()).value_or(Channel::Other);
        c.domain = EnumText::fromCode<PolicyDomain>(q.value(2).toString()).value_or(PolicyDomain::Other);
        c.received = SqlValue::toDate(q.value(3));
        c.closedOn = SqlValue::toDate(q.value(4));
        c.phase = EnumText::fromCode<Phase>(q.value(5).toString()).value_or(Phase::Intake);
        c.outcome = EnumText::fromCode<Outcome>(q.value(6).toString()).value_or(Outcome::None);
        c.committee = q.value(7).toBool();
        c.adjournedOn = SqlValue::toDate(q.value(8));
        c.consentReceived = SqlValue::toDate(q.value(9));
        c.agreedDueDate = SqlValue::toDate(q.value(10));
        c.hearingPlanned = SqlValue::toDate(q.value(11));
        c.hearingHeld = SqlValue::toDate(q.value(12));
        c.hearingException =
            EnumText::fromCode<HearingException>(q.value(13).toString()).value_or(HearingException::None);
        c.subject.provider = q.value(14).toString();
        const bool formalTrace = q.value(15).toBool();
        for (const QString& id : q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            ReportCount& count = themes[id.toLongLong()];
            count.key = count.label = themeNames.value(id.toLongLong());
            ++(signalRow ? count.signalCount : count.complaints);
        }

        const bool signal = c.kind == CaseKind::Signal;
        const int quarter = (c.received.month() - 1) / 3;
        add(r.byDomain[qsizetype(domains.indexOf(c.domain))], signal);
        add(r.byChannel[qsizetype(channels.indexOf(c.channel))], signal);
        if (!c.isOpen() && c.outcome != Outcome::None)
            add(r.outcomes[qsizetype(outcomes.indexOf(c.outcome))], signal);

        if (!c.subject.provider.trimmed().isEmpty()) {
            ProviderFigures& p = providers[c.subject.provider.trimmed()];
            p.provider = c.subject.provider.trimmed();
            signal ? ++p.signalCount : ++p.complaints;
            if (!signal && (c.outcome == Outcome::Upheld || c.outcome == Outcome::PartlyUpheld))
                ++p.upheld;
            if (c.isOpen())
                ++p.open;
        }

        if (signal) {
            ++r.signalCount;
            if (c.isOpen())
                ++r.openSignals;
            continue;
        }
        ++r.complaints;
        c.kind == CaseKind::WrittenComplaint ? ++r.writtenComplaints : ++r.oralComplaints;
        ++r.complaintsPerQuarter[quarter];
        ++r.complaintsByQuarterDomain[quarter][qsizetype(domains.indexOf(c.domain))];
        if (c.isOpen())
            ++r.openComplaints;

        if (YearReport::wentFormal(c, formalTrace))
            ++r.formal;
        else if (c.isOpen())
            ++r.openInformal;
        else
            ++r.informal;

        if (const std::optional<Timeliness> t = classify(terms, c)) {
            ++r.timedPerQuarter[quarter];
            switch (*t) {
            case Timeliness::WithinTerm: ++r.withinTerm; break;
            case Timeliness::AfterAdjournment: ++r.afterAdjournment; break;
            case Timeliness::Late: ++r.late; break;
            }
            if (*t != Timeliness::Late)
                ++r.onTimePerQuarter[quarter];
        }
        if (!c.isOpen() && c.closedOn.isValid())
            handlingDays.append(int(c.received.daysTo(c.closedOn)));
    }

    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    r.byTheme = themes.values();
    std::sort(r.byTheme.begin(), r.byTheme.end(), [&collator](const ReportCount& a, const ReportCount& b) {
        if (a.complaints != b.complaints)
            return a.complaints > b.complaints;
        if (a.signalCount != b.signalCount)
            return a.signalCount > b.signalCount;
        return collator.compare(a.label, b.label) < 0;
    });
    r.providers = providers.values();
    std::sort(r.providers.begin(), r.providers.end(), [&collator](const ProviderFigures& a, const ProviderFigures& b) {
        return collator.compare(a.provider, b.provider) < 0;
    });

    r.closedComplaints = int(handlingDays.size());
    if (!handlingDays.isEmpty()) {
        std::sort(handlingDays.begin(), handlingDays.end());
        qint64 sum = 0;
        for (int days : std::as_const(handlingDays))
            sum += days;
        r.averageDays = double(sum) / double(handlingDays.size());
        const qsizetype n = handlingDays.size();
        r.medianDays = n % 2 ? handlingDays.at(n / 2) : (handlingDays.at(n / 2 - 1) + handlingDays.at(n / 2)) / 2.0;
    }
}

// The cases received before the year that were still open on 1 January, and the complaints that went
// to the ombudsman during the year, counted by SQLite in one aggregate pass over the cases received
// up to the end of the year (a case goes to the ombudsman after it was received).
void countCarriedOverAndOmbudsman(Database& db, YearReport& r) {
    const QString first = yearStart(r.year);
    const QString last = yearEnd(r.year);
    const QString open = QStringLiteral("received < ? AND (closed_on IS NULL OR closed_on >= ?)");
    SqlQuery q(db, QStringLiteral("SELECT sum(kind <> 'signal' AND ") + open +
                       QStringLiteral("), sum(kind = 'signal' AND ") + open +
                       QStringLiteral("), sum(received < ? AND closed_on BETWEEN ? AND ?), "
                                      "sum(kind <> 'signal' AND sent_to_ombudsman BETWEEN ? AND ?) "
                                      "FROM cases WHERE received <= ?"));
    const QStringList binds{first, first, first, first, first, first, last, first, last, last};
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds.at(i));
    q.exec();
    if (!q.next())
        return;
    r.carriedOverComplaints = q.value(0).toInt();
    r.carriedOverSignals = q.value(1).toInt();
    r.carriedOverClosedInYear = q.value(2).toInt();
    r.sentToOmbudsman = q.value(3).toInt();
}

void listMeasures(MunicipalitySession& session, YearReport& r) {
    MeasureRepository repository(session);
    for (const Measure& m : repository.all()) {
        const QDate created = m.createdAt.toLocalTime().date();
        const bool createdInYear = created.year() == r.year;
        const bool doneInYear = m.status == MeasureStatus::Done && m.doneOn.isValid() && m.doneOn.year() == r.year;
        if (!createdInYear && !doneInYear)
            continue;
        r.measuresCreated += createdInYear ? 1 : 0;
        r.measuresDone += doneInYear ? 1 : 0;
        r.measures.append(ReportMeasure{m.title, m.scope, m.status, created, m.due, m.doneOn, int(m.caseIds.size())});
    }
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    std::sort(r.measures.begin(), r.measures.end(), [&collator](const ReportMeasure& a, const ReportMeasure& b) {
        if (a.createdOn != b.createdOn)
            return a.createdOn < b.createdOn;
        return collator.compare(a.title, b.title) < 0;
    });
}

} // namespace

int YearReport::measureCount(MeasureStatus status) const {
    return int(std::count_if(measures.cbegin(), measures.cend(),
                             [status](const ReportMeasure& m) { return m.status == status; }));
}

double YearReport::percentage(int part, int whole) {
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

YearReport YearReport::compute(MunicipalitySession& session, int year) {
    YearReport r;
    r.year = year;
    r.municipality = session.settings().name;
    r.computedOn = session.today();
    countCases(session, r);
    countCarriedOverAndOmbudsman(session.database(), r);
    listMeasures(session, r);
    return r;
}

std::optional<Timeliness> YearReport::timeliness(const DeadlineEngine& engine, const Case& c) {
    TermCache terms(engine);
    return classify(terms, c);
}

bool YearReport::wentFormal(const Case& c, bool formalTrace) {
    if (c.phase == Phase::Formal)
        return true;
    switch (c.outcome) {
    case Outcome::Upheld:
    case Outcome::PartlyUpheld:
    case Outcome::Rejected:
    case Outcome::NoJudgment:
    case Outcome::NotHandled: return true;
    case Outcome::ResolvedToSatisfaction:
    case Outcome::Withdrawn:
        return formalTrace || c.hearingPlanned.isValid() || c.hearingHeld.isValid() ||
               c.hearingException != HearingException::None;
    case Outcome::None:
    case Outcome::Referred: return false;
    }
    return false;
}
