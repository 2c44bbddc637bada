// The yearly publication of complaints (art. 9:12a Awb) as plain figures: no names, no free text of
// cases, no references, so that it can be published as it is. Computed in one streamed pass over
// the cases received in the year (the covering index cases_year_report), their themes and formal traces
// read after it from the year's range of case ids, plus a few counting queries.
//
// Definitions (the report text states them too):
// - A case belongs to year Y when it was received in Y. Complaints are oral and written
//   complaints; signals (signalen) are counted separately and never in the complaint figures.
// - Formal: the complaint went through the formal procedure: it is in the formal phase, or it was
//   judged (gegrond, deels gegrond, ongegrond, geen oordeel), or declined under art. 9:8 (a written
//   decision), or it was resolved or withdrawn after the formal phase had started (the audit trail
//   records the phase change to formal, or a hearing was planned or held, a 9:10 lid 2 exception
//   recorded, or complaint parts were recorded). Informally solved ("informeel opgelost"): closed as
//   solved to the klager's satisfaction (9:5) without any of that. Informally ended: withdrawn or
//   referred (warme overdracht) without any of that — not solved by the municipality. Open complaints
//   outside the formal phase are none of these (openInformal). So complaints = informal +
//   informalEnded + formal + openInformal. Informal share = informal / (informal + informalEnded +
//   formal): the share of the complaints dealt with that the municipality solved informally.
// - Timeliness, for closed written complaints (the statutory handling term of art. 9:11 binds the
//   klaagschrift), counted by the deadline engine (DeadlineEngine::timeliness) from the day of the
//   written afdoening, not from a typed closing date: within the term when handled on or before the
//   handling due date (6 weeks, 10 with a committee, Atw applied); after adjournment when a verdaging
//   notified in time applies and it was handled on or before the adjourned due date, or, with the
//   klager's written consent received before that date expired, on or before the agreed date;
//   otherwise late — also a judged complaint of which no written afdoening is recorded. On time =
//   within the term + after adjournment.
// - Written complaints alone (9:12a): their outcomes (writtenOutcomes) next to the timeliness above.
// - Handling time: the day handled (the written afdoening; the closing day of any other closure)
//   − received, in calendar days, for closed complaints (average and median).
// - Sent to the ombudsman: complaints whose sentToOmbudsman date falls in Y (whatever their year), split
//   by the Nationale ombudsman and the municipality's own ombudsman; the ombudsman's outcomes: complaints
//   whose ombudsman outcome was known in Y (ombudsmanOutcomeOn in Y), by outcome; still pending: complaints
//   sent to an ombudsman before the end of Y whose outcome was not known by then.
// - Per provider: complaints and signals of Y naming that contracted provider (subject.provider).
// - Measures: measures created in Y or done in Y, with their status now.
// - Carried over: cases received before Y and still open on 1 January of Y (not closed, or closed on
//   or after 1 January of Y).
#pragma once

#include "../deadlines/deadlineengine.h"
#include "../domain/enums.h"
#include "../learning/measure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class MunicipalitySession;
struct Case;

// One line of a breakdown: complaints and signals of one domain, channel, theme or outcome.
struct ReportCount {
    QString key;   // the storage code, or the theme's name
    QString label; // Dutch
    int complaints = 0;
    int signalCount = 0;
    int total() const { return complaints + signalCount; }
    bool operator==(const ReportCount&) const = default;
};

struct ProviderFigures {
    QString provider;
    int complaints = 0;
    int signalCount = 0;
    int upheld = 0; // complaints judged gegrond or deels gegrond
    int open = 0;   // complaints and signals still open
    bool operator==(const ProviderFigures&) const = default;
};

// A measure as the report shows it: no owner, description or result (they may name people).
struct ReportMeasure {
    QString title;
    MeasureScope scope = MeasureScope::Individual;
    MeasureStatus status = MeasureStatus::Planned;
    QDate createdOn;
    QDate due;
    QDate doneOn;
    int caseCount = 0;
    bool operator==(const ReportMeasure&) const = default;
};

struct YearReport {
    Q_DECLARE_TR_FUNCTIONS(YearReport)
public:
    int year = 0;
    QString municipality;
    QString houseFont; // the municipality's house font, for the PDF (MunicipalitySettings::houseFont)
    QDate computedOn;  // the figures are as of this day

    // Volume
    int complaints = 0;
    int oralComplaints = 0;
    int writtenComplaints = 0;
    int signalCount = 0;
    QList<ReportCount> byDomain;  // every domain, declaration order
    QList<ReportCount> byChannel; // every channel, declaration order
    QList<ReportCount> byTheme;   // themes used in Y, by complaints, then signals descending, then name
    // complaintsByQuarterDomain[q][d]: complaints received in quarter q + 1 in domain d (declaration order)
    QList<QList<int>> complaintsByQuarterDomain;
    QList<int> complaintsPerQuarter; // 4 values

    // Informal versus formal (complaints)
    int informal = 0;      // solved informally, to the klager's satisfaction (9:5)
    int informalEnded = 0; // withdrawn or referred without a formal procedure
    int formal = 0;
    int openInformal = 0; // still open, not (yet) formal
    int dealtWith() const { return informal + informalEnded + formal; }
    double informalShare() const { return percentage(informal, dealtWith()); }

    // Outcomes of the closed cases of Y, in Outcome declaration order without None
    QList<ReportCount> outcomes;
    // The same for the closed written complaints alone (complaints only; signalCount stays 0)
    QList<ReportCount> writtenOutcomes;
    int closedWrittenComplaints() const;
    int openComplaints = 0;
    int openSignals = 0;

    // Timeliness of closed written complaints (the statutory handling term)
    int withinTerm = 0;
    int afterAdjournment = 0;
    int late = 0;
    int timed() const { return withinTerm + afterAdjournment + late; }
    double onTimeShare() const { return percentage(withinTerm + afterAdjournment, timed()); }
    QList<int> timedPerQuarter;  // by quarter of receipt, 4 values
    QList<int> onTimePerQuarter; // within term + after adjournment, by quarter of receipt

    // Handling time of closed complaints, in days
    int closedComplaints = 0;
    double averageDays = 0;
    double medianDays = 0;

    int sentToOmbudsman = 0;
    int sentToNationalOmbudsman = 0;
    int sentToMunicipalOmbudsman = 0;
    QList<ReportCount> ombudsmanOutcomes; // every OmbudsmanOutcome but Pending, declaration order (complaints)
    int ombudsmanPending = 0;

    QList<ProviderFigures> providers; // by name

    // Measures created or done in Y, by creation date then title
    QList<ReportMeasure> measures;
    int measuresCreated = 0;
    int measuresDone = 0;
    int measureCount(MeasureStatus status) const;

    // Carried over from before Y
    int carriedOverComplaints = 0;
    int carriedOverSignals = 0;
    int carriedOverClosedInYear = 0; // of those, closed during Y
    int carriedOver() const { return carriedOverComplaints + carriedOverSignals; }

    // part / whole × 100; 0 when whole is 0.
    static double percentage(int part, int whole);

    // Computes the report for the year from the session's file, with the session's deadline engine
    // and the clock's today. Throws StorageError.
    static YearReport compute(MunicipalitySession& session, int year);
    // The classification of one closed complaint's handling (DeadlineEngine::timeliness); std::nullopt
    // when it has no statutory handling term or is not closed. Exposed for the tests and the case file.
    static std::optional<Timeliness> timeliness(const DeadlineEngine& engine, const Case& c);
    // The formal/informal rule above for a case of which the caller knows whether the audit trail
    // or the complaint parts show a formal phase.
    static bool wentFormal(const Case& c, bool formalTrace);
};
