// The yearly publication (art. 9:12a Awb) of 2025 for the hand-made municipality of
// yearreportfixture.cpp: every figure checked against the table worked out there.
#include "yearreportfixture.h"

#include "report/yearreport.h"
#include "storage/caserow.h"
#include "storage/sqlquery.h"

namespace {

const ReportCount& item(const QList<ReportCount>& counts, const QString& key) {
    for (const ReportCount& c : counts) {
        if (c.key == key)
            return c;
    }
    FAIL("no item " << key.toStdString());
    return counts.first();
}

} // namespace

TEST_CASE("yearly report 2025: complaints and signals by kind, domain, channel, theme and quarter") {
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2025);
    CHECK(r.year == 2025);
    CHECK(r.municipality == QStringLiteral("Gemeente Proefstad"));
    CHECK(r.computedOn == d("2026-02-15"));
    CHECK(r.complaints == 15);
    CHECK(r.writtenComplaints == 10);
    CHECK(r.oralComplaints == 5);
    CHECK(r.signalCount == 2);
    CHECK(r.openComplaints == 2);
    CHECK(r.openSignals == 1);

    REQUIRE(r.byDomain.size() == 5);
    CHECK(item(r.byDomain, QStringLiteral("wmo")) ==
          ReportCount{QStringLiteral("wmo"), QStringLiteral("Wmo 2015"), 6, 1});
    CHECK(item(r.byDomain, QStringLiteral("youth")).complaints == 3);
    CHECK(item(r.byDomain, QStringLiteral("youth")).signalCount == 1);
    CHECK(item(r.byDomain, QStringLiteral("participation")).complaints == 3);
    CHECK(item(r.byDomain, QStringLiteral("debt_assistance")).complaints == 1);
    CHECK(item(r.byDomain, QStringLiteral("other")).complaints == 2);

    REQUIRE(r.byChannel.size() == 10);
    CHECK(item(r.byChannel, QStringLiteral("letter")).complaints == 6);
    CHECK(item(r.byChannel, QStringLiteral("email")).complaints == 2);
    CHECK(item(r.byChannel, QStringLiteral("webform")).complaints == 2);
    CHECK(item(r.byChannel, QStringLiteral("phone")).complaints == 3);
    CHECK(item(r.byChannel, QStringLiteral("desk")).complaints == 1);
    CHECK(item(r.byChannel, QStringLiteral("kitchen_table")).complaints == 1);
    CHECK(item(r.byChannel, QStringLiteral("neighbourhood_team")).signalCount == 1);
    CHECK(item(r.byChannel, QStringLiteral("via_councillor")).signalCount == 1);
    CHECK(item(r.byChannel, QStringLiteral("social_media")).total() == 0);

    // By complaints first, then signals: Bejegening (4) before Lange wachttijd (3 and a signal).
    REQUIRE(r.byTheme.size() == 3);
    CHECK(r.byTheme.at(0) == ReportCount{QStringLiteral("Bejegening"), QStringLiteral("Bejegening"), 4, 0});
    CHECK(r.byTheme.at(1) == ReportCount{QStringLiteral("Lange wachttijd"), QStringLiteral("Lange wachttijd"), 3, 1});
    CHECK(r.byTheme.at(2) == ReportCount{QStringLiteral("Privacy"), QStringLiteral("Privacy"), 1, 1});

    CHECK(r.complaintsPerQuarter == QList<int>{8, 3, 1, 3});
    // Domains in declaration order: Wmo, Jeugdwet, Participatiewet, Schuldhulpverlening, Overig.
    CHECK(r.complaintsByQuarterDomain.at(0) == QList<int>{4, 3, 1, 0, 0});
    CHECK(r.complaintsByQuarterDomain.at(1) == QList<int>{0, 0, 2, 0, 1});
    CHECK(r.complaintsByQuarterDomain.at(2) == QList<int>{0, 0, 0, 0, 1});
    CHECK(r.complaintsByQuarterDomain.at(3) == QList<int>{2, 0, 0, 1, 0});
}

TEST_CASE("yearly report 2025: informal versus formal, and every outcome") {
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2025);
    // Formal: W1–W7 (judged or 9:8), W9 (formal phase), W10 (audit trail), O5 (hearing planned).
    CHECK(r.formal == 10);
    // "Informeel opgelost" counts only what was solved to the klager's satisfaction (9:5).
    CHECK(r.informal == 2);      // W8, O1
    CHECK(r.informalEnded == 2); // O2 withdrawn, O3 referred
    CHECK(r.openInformal == 1);
    CHECK(r.informal + r.informalEnded + r.formal + r.openInformal == r.complaints);
    CHECK(r.informalShare() == Approx(100.0 * 2 / 14));

    REQUIRE(r.outcomes.size() == 8);
    const auto outcome = [&r](Outcome o) { return item(r.outcomes, EnumText::code(o)); };
    CHECK(outcome(Outcome::ResolvedToSatisfaction).complaints == 3);
    CHECK(outcome(Outcome::ResolvedToSatisfaction).signalCount == 1);
    CHECK(outcome(Outcome::Upheld).complaints == 2);
    CHECK(outcome(Outcome::PartlyUpheld).complaints == 1);
    CHECK(outcome(Outcome::Rejected).complaints == 2);
    CHECK(outcome(Outcome::NoJudgment).complaints == 1);
    CHECK(outcome(Outcome::NotHandled).complaints == 1);
    CHECK(outcome(Outcome::Withdrawn).complaints == 2);
    CHECK(outcome(Outcome::Referred).complaints == 1);
    CHECK(outcome(Outcome::Referred).label == QStringLiteral("Doorverwezen"));
}

TEST_CASE("yearly report 2025: the written complaints alone (art. 9:12a), and every figure adds up") {
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2025);
    const auto written = [&r](Outcome o) { return item(r.writtenOutcomes, EnumText::code(o)).complaints; };
    // W1 gegrond, W2 ongegrond, W3 deels gegrond, W4 geen oordeel, W5 ongegrond, W6 gegrond,
    // W7 niet in behandeling, W8 and W10 opgelost; W9 still open.
    CHECK(written(Outcome::Upheld) == 2);
    CHECK(written(Outcome::PartlyUpheld) == 1);
    CHECK(written(Outcome::Rejected) == 2);
    CHECK(written(Outcome::NoJudgment) == 1);
    CHECK(written(Outcome::NotHandled) == 1);
    CHECK(written(Outcome::ResolvedToSatisfaction) == 2);
    CHECK(written(Outcome::Withdrawn) == 0);
    CHECK(r.closedWrittenComplaints() == 9);
    CHECK(r.closedWrittenComplaints() + 1 == r.writtenComplaints); // W9 open
    // Timed: every closed written complaint but the 9:8 decision (W7).
    CHECK(r.timed() == r.closedWrittenComplaints() - written(Outcome::NotHandled));
    int closed = 0;
    for (const ReportCount& c : r.outcomes)
        closed += c.complaints;
    CHECK(closed + r.openComplaints == r.complaints);
    CHECK(r.oralComplaints + r.writtenComplaints == r.complaints);
}

TEST_CASE("yearly report 2025: within the term, after adjournment or late, and the handling time") {
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2025);
    CHECK(r.withinTerm == 4);       // W1 (Tue 22 April, the holiday-extended term), W6, W8, W10
    CHECK(r.afterAdjournment == 2); // W3 (adjourned), W4 (with consent)
    CHECK(r.late == 2);             // W2 (a day after 22 April), W5 (a day after the adjourned term)
    CHECK(r.timed() == 8);
    CHECK(r.onTimeShare() == Approx(75.0));
    CHECK(r.timedPerQuarter == QList<int>{5, 2, 0, 1});
    CHECK(r.onTimePerQuarter == QList<int>{3, 2, 0, 1});

    CHECK(r.closedComplaints == 13);
    CHECK(r.averageDays == Approx(502.0 / 13));
    CHECK(r.medianDays == Approx(30.0));
}

TEST_CASE("a klaagschrift of Friday 7 March 2025 is on time until Tuesday 22 April (Goede Vrijdag, Paasmaandag)") {
    YearReportMunicipality m;
    const DeadlineEngine& engine = m.session->engine();
    Case c;
    c.kind = CaseKind::WrittenComplaint;
    c.received = d("2025-03-07");
    c.phase = Phase::Closed;
    c.outcome = Outcome::Upheld;
    // Closed by the afdoeningsbrief, on its date (art. 9:12 lid 1).
    const auto afdoening = [&c](const char* day) { c.closedOn = c.closingNoticeSent = d(day); };
    afdoening("2025-04-22");
    CHECK(YearReport::timeliness(engine, c) == Timeliness::WithinTerm);
    afdoening("2025-04-23");
    CHECK(YearReport::timeliness(engine, c) == Timeliness::Late);
    c.adjournedOn = d("2025-04-10"); // adjourned term: + 10 weeks = Fri 2025-05-16
    CHECK(YearReport::timeliness(engine, c) == Timeliness::AfterAdjournment);
    afdoening("2025-05-16");
    CHECK(YearReport::timeliness(engine, c) == Timeliness::AfterAdjournment);
    afdoening("2025-05-19");
    CHECK(YearReport::timeliness(engine, c) == Timeliness::Late);
    c.consentReceived = d("2025-05-01"); // before 16 May: the consent counts
    c.agreedDueDate = d("2025-06-01");
    CHECK(YearReport::timeliness(engine, c) == Timeliness::AfterAdjournment);
    c.consentReceived = d("2025-05-17"); // after 16 May: too late, the complaint stays late (9:11 lid 3)
    CHECK(YearReport::timeliness(engine, c) == Timeliness::Late);
    c.consentReceived = d("2025-05-01");
    // A typed closing day without the afdoeningsbrief: the complaint was never handled in writing.
    c.closingNoticeSent = QDate();
    CHECK(YearReport::timeliness(engine, c) == Timeliness::Late);
    c.closingNoticeSent = c.closedOn;

    c.kind = CaseKind::OralComplaint; // policy terms only: not classified
    CHECK_FALSE(YearReport::timeliness(engine, c).has_value());
    c.kind = CaseKind::WrittenComplaint;
    c.outcome = Outcome::NotHandled;
    CHECK_FALSE(YearReport::timeliness(engine, c).has_value());
    c.outcome = Outcome::None;
    c.phase = Phase::Formal;
    c.closedOn = QDate();
    CHECK_FALSE(YearReport::timeliness(engine, c).has_value());
}

TEST_CASE("yearly report 2025: ombudsman, providers, measures and cases carried over from 2024") {
    BOTH_BACKENDS();
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2025);
    CHECK(r.sentToOmbudsman == 2); // W1 and P1 went in 2025; W2 only in 2026

    REQUIRE(r.providers.size() == 2);
    CHECK(r.providers.at(0) == ProviderFigures{QStringLiteral("Thuiszorg West"), 1, 0, 0, 0});
    CHECK(r.providers.at(1) == ProviderFigures{QStringLiteral("Zorg Plus BV"), 2, 1, 1, 1});

    CHECK(r.measuresCreated == 2);
    CHECK(r.measuresDone == 2);
    REQUIRE(r.measures.size() == 3);
    CHECK(r.measures.at(0).title == QStringLiteral("Terugbelnotitie in het zaaksysteem"));
    CHECK(r.measures.at(0).createdOn == d("2024-11-01"));
    CHECK(r.measures.at(0).doneOn == d("2025-02-01"));
    CHECK(r.measures.at(1).title == QStringLiteral("Training bejegening voor het wijkteam"));
    CHECK(r.measures.at(1).scope == MeasureScope::Structural);
    CHECK(r.measures.at(1).status == MeasureStatus::Done);
    CHECK(r.measures.at(1).caseCount == 3);
    CHECK(r.measures.at(2).title == QStringLiteral("Excuusbrief en herbeoordeling"));
    CHECK(r.measures.at(2).status == MeasureStatus::InProgress);
    CHECK(r.measureCount(MeasureStatus::Done) == 2);
    CHECK(r.measureCount(MeasureStatus::InProgress) == 1);
    CHECK(r.measureCount(MeasureStatus::Planned) == 0);

    CHECK(r.carriedOverComplaints == 3); // P1, P2, P5 (closed on 1 January itself)
    CHECK(r.carriedOverSignals == 1);    // P3
    CHECK(r.carriedOver() == 4);
    CHECK(r.carriedOverClosedInYear == 3);
}

TEST_CASE("a year without cases gives a report of zeros, not a failure") {
    YearReportMunicipality m;
    const YearReport r = YearReport::compute(*m.session, 2019);
    CHECK(r.complaints == 0);
    CHECK(r.signalCount == 0);
    CHECK(r.byTheme.isEmpty());
    CHECK(r.timed() == 0);
    CHECK(r.onTimeShare() == 0.0);
    CHECK(r.averageDays == 0.0);
    CHECK(r.medianDays == 0.0);
    CHECK(r.carriedOver() == 0);
    CHECK(r.measures.isEmpty());
    CHECK(r.complaintsPerQuarter == QList<int>{0, 0, 0, 0});
}

TEST_CASE("the yearly report reads its year, what it carries over, the formal trace and the themes from indexes "
          "alone") {
    // The report reads the columns it counts of a year's cases from cases_year_report, counts the cases
    // carried over into its year (received before it, still open on its first day) from cases_closed_on,
    // finds the complaints sent to an ombudsman through their two partial indexes, asks whether a resolved
    // complaint went formal with one lookup in audit_log_phase, and reads the theme links of the year's range of
    // case ids from the primary key of case_themes, without reading a case row: the statements below have the
    // shape of the report's (yearreport.cpp), the first with its very column list. A plan that reads the table
    // costs the size of the case texts, not of the figures.
    YearReportMunicipality m;
    const auto plan = [&](const QString& sql) {
        SqlQuery q(m.session->database(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        q.exec();
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QStringLiteral(" / "));
    };
    const QString year = plan(QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::YearReport) +
                              QStringLiteral(" FROM cases AS c WHERE c.received BETWEEN '2025-01-01' AND "
                                             "'2025-12-31'"));
    INFO(year.toStdString());
    CHECK(year.contains(QStringLiteral("COVERING INDEX cases_year_report")));
    const QString carried = plan(
        QStringLiteral("SELECT sum(kind <> 'signal'), sum(kind = 'signal'), sum(closed_on <= '2025-12-31') FROM cases "
                       "WHERE closed_on >= '2025-01-01' AND received < '2025-01-01'"));
    INFO(carried.toStdString());
    CHECK(carried.contains(QStringLiteral("COVERING INDEX cases_closed_on")));
    const QString ombudsman =
        plan(QStringLiteral("SELECT sum(kind <> 'signal') FROM cases WHERE +received <= '2025-12-31' AND "
                            "(sent_to_ombudsman <= '2025-12-31' OR ombudsman_outcome_on <= '2025-12-31')"));
    INFO(ombudsman.toStdString());
    CHECK(ombudsman.contains(QStringLiteral("cases_ombudsman_sent")));
    CHECK(ombudsman.contains(QStringLiteral("cases_ombudsman_outcome")));
    const QString formal = plan(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log AS a WHERE a.case_id = 1 "
                                               "AND a.field = 'phase' AND a.new_value = 'formal')"));
    INFO(formal.toStdString());
    CHECK(formal.contains(QStringLiteral("COVERING INDEX audit_log_phase")));
    // The theme links of the year's range of case ids, from the primary key in the order of the case id.
    const QString themes = plan(QStringLiteral("SELECT case_id, theme_id FROM case_themes WHERE case_id BETWEEN 1 AND "
                                               "9 ORDER BY case_id"));
    INFO(themes.toStdString());
    CHECK(themes.contains(QStringLiteral("(case_id>? AND case_id<?)")));
    CHECK_FALSE(themes.contains(QStringLiteral("TEMP B-TREE")));
}
