#include "yearreport.h"

#include "deadlines/deadlineengine.h"
#include "domain/case.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/caserow.h"
#include "storage/sqlcode.h"
#include "storage/sqlrows.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <array>
#include <vector>

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
    if (c.kind != CaseKind::WrittenComplaint || c.isOpen() || !c.received.isValid())
        return std::nullopt;
    const auto [handling, adjourned] = terms.handlingAndAdjourned(c.received, c.committee);
    return DeadlineEngine::timeliness(c, handling, adjourned);
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

// Adds the cases of the year to the report one at a time, keeping only counters and the handling
// times (for the median).
class Tally {
public:
    Tally(YearReport& report, const DeadlineEngine& engine)
        : m_r(report)
        , m_terms(engine) {
        m_outcomes.removeAll(Outcome::None);
        m_r.byDomain = countsFor(m_domains);
        m_r.byChannel = countsFor(m_channels);
        m_r.outcomes = countsFor(m_outcomes);
        m_r.writtenOutcomes = countsFor(m_outcomes);
        m_r.complaintsByQuarterDomain = QList<QList<int>>(4, QList<int>(m_domains.size(), 0));
        m_r.complaintsPerQuarter = QList<int>(4, 0);
        m_r.timedPerQuarter = QList<int>(4, 0);
        m_r.onTimePerQuarter = QList<int>(4, 0);
    }

    // A theme's cases of one kind, as SQL counted them.
    void addTheme(qint64 id, const QString& name, bool signal, int cases) {
        ReportCount& count = m_themes[id];
        count.key = count.label = name;
        (signal ? count.signalCount : count.complaints) += cases;
    }

    // The informal count a complaint went into; None for a formal complaint and a signal.
    enum class Informal : std::uint8_t { None, Open, Solved, Ended };

    Informal add(const Case& c, bool formalTrace) {
        const bool signal = c.kind == CaseKind::Signal;
        ::add(m_r.byDomain[m_domains.indexOf(c.domain)], signal);
        ::add(m_r.byChannel[m_channels.indexOf(c.channel)], signal);
        if (!c.isOpen() && c.outcome != Outcome::None) {
            ::add(m_r.outcomes[m_outcomes.indexOf(c.outcome)], signal);
            if (c.kind == CaseKind::WrittenComplaint)
                ::add(m_r.writtenOutcomes[m_outcomes.indexOf(c.outcome)], false);
        }
        if (!c.subject.provider.isEmpty())
            addProvider(c, signal);
        if (!signal)
            return addComplaint(c, formalTrace);
        ++m_r.signalCount;
        m_r.openSignals += c.isOpen() ? 1 : 0;
        return Informal::None;
    }

    // A complaint that add() counted as informal without a formal trace, which its complaint parts or audit
    // trail show after all.
    void countAsFormal(Informal counted) {
        if (counted == Informal::None)
            return;
        --formalCount(counted);
        ++formalCount(Informal::None);
    }

    void finish() {
        QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
        m_r.byTheme = m_themes.values();
        std::sort(m_r.byTheme.begin(), m_r.byTheme.end(), [&collator](const ReportCount& a, const ReportCount& b) {
            if (a.complaints != b.complaints)
                return a.complaints > b.complaints;
            if (a.signalCount != b.signalCount)
                return a.signalCount > b.signalCount;
            return collator.compare(a.label, b.label) < 0;
        });
        m_r.providers = m_providers.values();
        std::sort(m_r.providers.begin(), m_r.providers.end(),
                  [&collator](const ProviderFigures& a, const ProviderFigures& b) {
                      return collator.compare(a.provider, b.provider) < 0;
                  });
        m_r.closedComplaints = int(m_handlingDays.size());
        if (m_handlingDays.isEmpty())
            return;
        std::sort(m_handlingDays.begin(), m_handlingDays.end());
        qint64 sum = 0;
        for (int days : std::as_const(m_handlingDays))
            sum += days;
        const qsizetype n = m_handlingDays.size();
        m_r.averageDays = double(sum) / double(n);
        m_r.medianDays =
            n % 2 ? m_handlingDays.at(n / 2) : (m_handlingDays.at(n / 2 - 1) + m_handlingDays.at(n / 2)) / 2.0;
    }

private:
    void addProvider(const Case& c, bool signal) {
        ProviderFigures& p = m_providers[c.subject.provider];
        p.provider = c.subject.provider;
        ++(signal ? p.signalCount : p.complaints);
        if (!signal && (c.outcome == Outcome::Upheld || c.outcome == Outcome::PartlyUpheld))
            ++p.upheld;
        p.open += c.isOpen() ? 1 : 0;
    }

    Informal addComplaint(const Case& c, bool formalTrace) {
        const int quarter = (c.received.month() - 1) / 3;
        ++m_r.complaints;
        ++(c.kind == CaseKind::WrittenComplaint ? m_r.writtenComplaints : m_r.oralComplaints);
        ++m_r.complaintsPerQuarter[quarter];
        ++m_r.complaintsByQuarterDomain[quarter][m_domains.indexOf(c.domain)];
        m_r.openComplaints += c.isOpen() ? 1 : 0;
        Informal informal = Informal::Ended;
        if (YearReport::wentFormal(c, formalTrace))
            informal = Informal::None;
        else if (c.isOpen())
            informal = Informal::Open;
        else if (c.outcome == Outcome::ResolvedToSatisfaction)
            informal = Informal::Solved; // only what was solved to the klager's satisfaction counts as solved
        ++formalCount(informal);
        if (const std::optional<Timeliness> t = classify(m_terms, c)) {
            ++m_r.timedPerQuarter[quarter];
            switch (*t) {
            case Timeliness::WithinTerm: ++m_r.withinTerm; break;
            case Timeliness::AfterAdjournment: ++m_r.afterAdjournment; break;
            case Timeliness::Late: ++m_r.late; break;
            }
            m_r.onTimePerQuarter[quarter] += *t != Timeliness::Late ? 1 : 0;
        }
        if (!c.isOpen() && c.closedOn.isValid()) {
            // Handled on the day of the written afdoening where there is one.
            const QDate handled = DeadlineEngine::handledOn(c);
            m_handlingDays.append(int(c.received.daysTo(handled.isValid() ? handled : c.closedOn)));
        }
        return informal;
    }

    // The count of formal complaints (None) or of one kind of informal ones.
    int& formalCount(Informal informal) {
        switch (informal) {
        case Informal::None: break;
        case Informal::Open: return m_r.openInformal;
        case Informal::Solved: return m_r.informal;
        case Informal::Ended: return m_r.informalEnded;
        }
        return m_r.formal;
    }

    YearReport& m_r;
    TermCache m_terms;
    const QList<PolicyDomain> m_domains = EnumText::all<PolicyDomain>();
    const QList<Channel> m_channels = EnumText::all<Channel>();
    QList<Outcome> m_outcomes = EnumText::all<Outcome>();
    QHash<qint64, ReportCount> m_themes;
    QMap<QString, ProviderFigures> m_providers;
    QList<int> m_handlingDays;
};

// A case received in the year, as the pass over the year's cases met it: its id, whether it is a signal, and the
// informal count a complaint went into whose outcome leaves open whether it went formal (YearReport::wentFormal
// with and without a formal trace differ), None otherwise.
struct YearCase {
    qint64 id = 0;
    bool signal = false;
    Tally::Informal traceDecides = Tally::Informal::None;
};

// The year's cases in the order of their id, each with the rows of a query whose first column is a case id, from
// the range of ids of the year's cases (:lowest to :highest), in the order of the case id. The pass over the
// year's cases met their ids, so the rows the figures need from another table are read from that range of an
// index that starts with the case id, not joined to the year's cases in SQL: that would cost a second read of the
// year's cases, and the team server would hash them and read the other table whole, so that the report grew with
// the register. A row in the range whose case is not of the year is passed over, so the figures do not depend on
// ids following the received dates; that only bounds what is read.
template <typename Row>
void forEachRowOfYearCase(Database& db, const QString& sql, const std::vector<YearCase>& cases, Row row) {
    if (cases.empty())
        return;
    SqlRows q(db, sql);
    q.bind(QStringLiteral(":lowest"), cases.front().id).bind(QStringLiteral(":highest"), cases.back().id).exec();
    auto next = cases.cbegin();
    while (q.next()) {
        const qint64 caseId = q.integer(0);
        while (next != cases.cend() && next->id < caseId)
            ++next;
        if (next == cases.cend())
            return;
        if (next->id == caseId)
            row(*next, q);
    }
}

// The complaints that the pass counted as informal although their complaint parts or their audit trail (a change
// of phase to formal) may show a formal phase: those that show one count as formal.
void countFormalTraces(Database& db, const std::vector<YearCase>& cases, Tally& tally) {
    const bool any = std::any_of(cases.cbegin(), cases.cend(),
                                 [](const YearCase& c) { return c.traceDecides != Tally::Informal::None; });
    if (!any)
        return;
    const QString sql =
        QStringLiteral("SELECT case_id FROM complaint_parts WHERE case_id BETWEEN :lowest AND :highest UNION SELECT "
                       "case_id FROM audit_log WHERE field = 'phase' AND new_value = %1 AND case_id BETWEEN :lowest "
                       "AND :highest ORDER BY 1")
            .arg(SqlCode::of(Phase::Formal));
    forEachRowOfYearCase(db, sql, cases,
                         [&](const YearCase& c, const SqlRows&) { tally.countAsFormal(c.traceDecides); });
}

// The themes of the year's cases, counted per theme and kind (case_themes holds each theme of a case once), with
// the theme's name, from the primary key of case_themes. The names are then read from the few themes.
void countThemes(Database& db, const std::vector<YearCase>& cases, Tally& tally) {
    QHash<qint64, std::array<int, 2>> counts; // by theme: complaints, signals
    forEachRowOfYearCase(db,
                         QStringLiteral("SELECT case_id, theme_id FROM case_themes WHERE case_id BETWEEN :lowest AND "
                                        ":highest ORDER BY case_id"),
                         cases, [&](const YearCase& c, const SqlRows& q) { ++counts[q.integer(1)][c.signal ? 1 : 0]; });
    QHash<qint64, QString> names;
    SqlRows q(db, QStringLiteral("SELECT id, name FROM themes"));
    q.exec();
    while (q.next())
        names.insert(q.integer(0), q.text(1));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString name = names.value(it.key()); // empty for a theme no longer in the list
        for (int kind : {0, 1}) {
            if (it.value()[kind] > 0)
                tally.addTheme(it.key(), name, kind == 1, it.value()[kind]);
        }
    }
}

// The pass over the cases received in the year, one row per case with just the columns the figures need
// (CaseRow::Scope::YearReport, which the covering index cases_year_report holds). The categorical figures could
// be grouped by SQL, but the handling time and the timeliness need almost every row of a year (the closed
// complaints) and SQLite sorts a year's rows to group them at a higher cost than reading them: so one streamed
// pass, and after it, from the ids it met, the themes and, where the outcome alone does not tell (a complaint
// resolved or withdrawn), whether the complaint parts or the audit trail show a formal phase.
void countCases(MunicipalitySession& session, YearReport& r) {
    Tally tally(r, session.engine());

    QList<const CaseRow::Column*> read;
    QStringList names{QStringLiteral("c.id AS id")};
    for (const CaseRow::Column& column : CaseRow::columns()) {
        if ((column.reads & CaseRow::InYearReport) != 0) {
            read << &column;
            names << QStringLiteral("c.") + column.name + QStringLiteral(" AS ") + column.name;
        }
    }
    SqlRows q(session.database(), QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) +
                                      QStringLiteral(" FROM cases AS c WHERE c.received BETWEEN :first AND :last"));
    q.bind(QStringLiteral(":first"), yearStart(r.year)).bind(QStringLiteral(":last"), yearEnd(r.year)).exec();
    QList<int> indexes;
    for (const CaseRow::Column* c : std::as_const(read))
        indexes << q.column(c->name);
    const int id = q.column(QStringLiteral("id"));
    std::vector<YearCase> cases;
    // Every row sets every field the figures read, so one Case serves all rows.
    Case c;
    while (q.next()) {
        for (qsizetype i = 0; i < read.size(); ++i)
            read.at(i)->load(c, q, indexes.at(i));
        c.subject.provider = c.subject.provider.trimmed();
        const Tally::Informal counted = tally.add(c, false);
        const bool traceDecides = counted != Tally::Informal::None && YearReport::wentFormal(c, true);
        cases.push_back({q.integer(id), c.kind == CaseKind::Signal, traceDecides ? counted : Tally::Informal::None});
    }
    std::sort(cases.begin(), cases.end(), [](const YearCase& a, const YearCase& b) { return a.id < b.id; });
    countFormalTraces(session.database(), cases, tally);
    countThemes(session.database(), cases, tally);
    tally.finish();
}

// The cases received before the year that were still open on 1 January, and the complaints that went
// to the ombudsman during the year and what came of it there, counted by SQLite: the cases still open
// or closed on or after 1 January through the index on the closing date, the ombudsman's cases through
// their partial indexes, so that the years before do not have to be read.
void countCarriedOverAndOmbudsman(Database& db, YearReport& r) {
    const QString first = yearStart(r.year);
    const QString last = yearEnd(r.year);
    const QString signal = SqlCode::of(CaseKind::Signal);
    {
        SqlRows q(db, QStringLiteral("SELECT count(CASE WHEN kind <> %1 THEN 1 END) AS complaints, count(CASE WHEN "
                                     "kind = %1 THEN 1 END) AS signals, 0 AS closed_in_year FROM cases WHERE closed_on "
                                     "IS NULL AND received < :first UNION ALL SELECT count(CASE WHEN kind <> %1 THEN 1 "
                                     "END), count(CASE WHEN kind = %1 THEN 1 END), count(CASE WHEN closed_on <= :last "
                                     "THEN 1 END) FROM cases WHERE closed_on >= :first AND received < :first")
                          .arg(signal));
        q.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last).exec();
        const int complaints = q.column(QStringLiteral("complaints"));
        const int signalCount = q.column(QStringLiteral("signals"));
        const int closedInYear = q.column(QStringLiteral("closed_in_year"));
        while (q.next()) {
            r.carriedOverComplaints += int(q.integer(complaints));
            r.carriedOverSignals += int(q.integer(signalCount));
            r.carriedOverClosedInYear += int(q.integer(closedInYear));
        }
    }
    // Each figure a count of the complaints that meet its condition, named as the column that holds it.
    const QString complaint = QStringLiteral("kind <> ") + signal;
    QList<std::pair<QString, QString>> figures{
        {QStringLiteral("sent"), complaint + QStringLiteral(" AND sent_to_ombudsman BETWEEN :first AND :last")},
        {QStringLiteral("sent_national"),
         complaint + QStringLiteral(" AND sent_to_ombudsman BETWEEN :first AND :last AND ombudsman_kind = ") +
             SqlCode::of(OmbudsmanKind::National)},
        {QStringLiteral("pending"),
         complaint + QStringLiteral(" AND sent_to_ombudsman <= :last AND (ombudsman_outcome = %1 OR "
                                    "ombudsman_outcome_on IS NULL OR ombudsman_outcome_on > :last)")
                         .arg(SqlCode::of(OmbudsmanOutcome::Pending))},
    };
    QList<OmbudsmanOutcome> outcomes = EnumText::all<OmbudsmanOutcome>();
    outcomes.removeAll(OmbudsmanOutcome::Pending);
    const auto outcomeColumn = [](OmbudsmanOutcome outcome) -> QString {
        return QStringLiteral("outcome_") + QString::number(int(outcome));
    };
    for (OmbudsmanOutcome outcome : std::as_const(outcomes)) {
        figures.append({outcomeColumn(outcome),
                        complaint + QStringLiteral(" AND ombudsman_outcome = %1 AND ombudsman_outcome_on BETWEEN "
                                                   ":first AND :last")
                                        .arg(SqlCode::of(outcome))});
    }
    QStringList counts;
    for (const auto& [name, condition] : std::as_const(figures))
        counts << QStringLiteral("count(CASE WHEN ") + condition + QStringLiteral(" THEN 1 END) AS ") + name;
    // Every figure needs a sending or an outcome up to the end of the year: both are indexed, and the
    // planner reads the two partial indexes. The received date is no index term in the file ("+"): as one,
    // it made SQLite walk every case received before the end of the year, the whole register.
    // count(CASE …) rather than sum() of a condition: a condition is a number in the file, a boolean on the server.
    SqlRows q(db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM cases WHERE %1 <= :last AND (sent_to_ombudsman <= :last OR "
                                     "ombudsman_outcome_on <= :last)")
                          .arg(db.dialect().notIndexed(QStringLiteral("received"))));
    q.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last).exec();
    if (!q.next())
        return;
    const auto count = [&q](const QString& name) { return int(q.integer(q.column(name))); };
    r.sentToOmbudsman = count(QStringLiteral("sent"));
    r.sentToNationalOmbudsman = count(QStringLiteral("sent_national"));
    r.sentToMunicipalOmbudsman = r.sentToOmbudsman - r.sentToNationalOmbudsman;
    r.ombudsmanPending = count(QStringLiteral("pending"));
    for (OmbudsmanOutcome outcome : std::as_const(outcomes))
        r.ombudsmanOutcomes.append(
            {EnumText::code(outcome), EnumText::label(outcome), count(outcomeColumn(outcome)), 0});
}

void listMeasures(MunicipalitySession& session, YearReport& r) {
    MeasureRepository repository(session);
    MeasureFilter filter;
    filter.year = r.year;
    for (const Measure& m : repository.all(filter)) {
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

int YearReport::closedWrittenComplaints() const {
    int total = 0;
    for (const ReportCount& c : writtenOutcomes)
        total += c.complaints;
    return total;
}

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
    r.houseFont = session.settings().houseFont;
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
