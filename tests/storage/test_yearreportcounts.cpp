// The yearly report (art. 9:12a Awb) counts cases that share every column it groups by as many cases, not as one
// group, and keeps apart what differs only in a column it reads case by case. 2023 of the hand-made municipality of
// yearreportfixture.cpp holds no case of its own; this test adds these, on the file and on the team server:
//
//  case  kind     received    domain  channel    closed      outcome     also                    themes  provider
//  A1    oral     2023-01-01  Wmo     phone      2023-01-11  opgelost                            T1
//  A2    oral     2023-01-01  Wmo     phone      2023-01-21  opgelost    (A1's columns)          T1
//  A3    oral     2023-03-31  Wmo     phone      2023-04-30  opgelost                            T1 T2   " Zorg Plus BV
//  " A4    oral     2023-04-01  Wmo     phone      2023-04-02  opgelost    a complaint part        -       Zorg Plus BV
//  A5    oral     2023-04-01  Wmo     phone      2023-04-05  ingetrokken 9:10 lid 2 (waived)     -
//  A6    oral     2023-06-30  Youth   desk       open (informal)                                 T2      Zorg Plus BV
//  A7    oral     2023-07-01  Partic. phone      2023-07-03  ingetrokken                         -       Aanbieder Oost
//  B1    written  2023-02-06  Wmo     letter     2023-03-20  gegrond     afdoening 03-20         T2      "Zorg Plus BV
//  " B2    written  2023-02-06  Wmo     letter     2023-03-21  gegrond     afdoening 03-21; ombudsman 2023-05-01  T2 B3
//  written  2023-12-31  Other   email      open (formal phase) S1    signal   2023-01-01  Wmo     phone      2023-01-11
//  opgelost    (A1's columns)          T1      " Zorg Plus BV" S2    signal   2023-10-10  Youth   wijkteam   open T2 X1
//  oral     2022-12-31  Wmo     phone      2023-01-05  opgelost    carried over, closed in 2023 X2    written
//  2022-11-01  Wmo     letter     open                    carried over
//
// Handling term of B1 and B2 (art. 9:11 lid 1 Awb): received Mon 2023-02-06 + 6 weeks = Mon 2023-03-20, no public
// holiday in between: B1 (afdoening on 03-20) is on time, B2 (03-21) late.
// Handling days (closed complaints): A1 10, A2 20, A3 30, A4 1, A5 4, A7 2, B1 42, B2 43: 8 complaints,
// sum 152, average 19; sorted 1 2 4 10 | 20 30 42 43: median (10 + 20) / 2 = 15.
#include "yearreportfixture.h"

#include "backendscope.h"
#include "report/yearreport.h"

namespace {

Case make(CaseKind kind, const char* received, PolicyDomain domain, Channel channel) {
    Case c;
    c.kind = kind;
    c.received = d(received);
    c.domain = domain;
    c.channel = channel;
    c.klager.name = QStringLiteral("Klager Jansen-Verhoeven");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.phase = Phase::Informal;
    return c;
}

Case closed(Case c, const char* on, Outcome outcome) {
    c.phase = Phase::Closed;
    c.closedOn = d(on);
    c.outcome = outcome;
    return c;
}

// A judged klaagschrift, closed by its afdoeningsbrief on the letter's date (art. 9:12 lid 1).
Case judged(Case c, const char* on, Outcome outcome) {
    c = closed(std::move(c), on, outcome);
    c.judgment = outcome;
    c.closingNoticeSent = c.closedOn;
    return c;
}

Case with(Case c, const QStringList& themes, const QString& provider = {}) {
    c.themes = themes;
    c.subject.provider = provider;
    return c;
}

using K = CaseKind;
using P = PolicyDomain;
using Ch = Channel;
const QString t1 = QStringLiteral("Bereikbaarheid");
const QString t2 = QStringLiteral("Communicatie");

ReportCount count(const QList<ReportCount>& counts, const QString& key) {
    for (const ReportCount& c : counts) {
        if (c.key == key)
            return c;
    }
    FAIL("no line " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("yearly report 2023: cases that share every counted column count one by one, on the file and the server") {
    BOTH_BACKENDS();
    YearReportMunicipality m;
    const QString zorgPlus = QStringLiteral("Zorg Plus BV");

    m.add(with(
        closed(make(K::OralComplaint, "2023-01-01", P::Wmo, Ch::Phone), "2023-01-11", Outcome::ResolvedToSatisfaction),
        {t1}));
    m.add(with(
        closed(make(K::OralComplaint, "2023-01-01", P::Wmo, Ch::Phone), "2023-01-21", Outcome::ResolvedToSatisfaction),
        {t1}));
    m.add(with(
        closed(make(K::OralComplaint, "2023-03-31", P::Wmo, Ch::Phone), "2023-04-30", Outcome::ResolvedToSatisfaction),
        {t1, t2}, QStringLiteral(" Zorg Plus BV ")));
    Case a4 = with(
        closed(make(K::OralComplaint, "2023-04-01", P::Wmo, Ch::Phone), "2023-04-02", Outcome::ResolvedToSatisfaction),
        {}, zorgPlus);
    a4.parts = {ComplaintPart{QStringLiteral("De consulent belde niet terug."), {}, Outcome::None}};
    m.add(a4);
    Case a5 = closed(make(K::OralComplaint, "2023-04-01", P::Wmo, Ch::Phone), "2023-04-05", Outcome::Withdrawn);
    a5.hearingException = HearingException::KlagerWaived;
    m.add(a5);
    m.add(with(make(K::OralComplaint, "2023-06-30", P::Youth, Ch::Desk), {t2}, zorgPlus));
    m.add(with(
        closed(make(K::OralComplaint, "2023-07-01", P::Participation, Ch::Phone), "2023-07-03", Outcome::Withdrawn), {},
        QStringLiteral("Aanbieder Oost")));
    m.add(with(judged(make(K::WrittenComplaint, "2023-02-06", P::Wmo, Ch::Letter), "2023-03-20", Outcome::Upheld), {t2},
               QStringLiteral("Zorg Plus BV  ")));
    Case b2 =
        with(judged(make(K::WrittenComplaint, "2023-02-06", P::Wmo, Ch::Letter), "2023-03-21", Outcome::Upheld), {t2});
    b2.sentToOmbudsman = d("2023-05-01");
    m.add(b2);
    Case b3 = make(K::WrittenComplaint, "2023-12-31", P::Other, Ch::Email);
    b3.phase = Phase::Formal;
    m.add(b3);
    m.add(with(closed(make(K::Signal, "2023-01-01", P::Wmo, Ch::Phone), "2023-01-11", Outcome::ResolvedToSatisfaction),
               {t1}, QStringLiteral(" Zorg Plus BV")));
    Case s2 = with(make(K::Signal, "2023-10-10", P::Youth, Ch::NeighbourhoodTeam), {t2});
    s2.phase = Phase::Intake;
    m.add(s2);
    m.add(
        closed(make(K::OralComplaint, "2022-12-31", P::Wmo, Ch::Phone), "2023-01-05", Outcome::ResolvedToSatisfaction));
    m.add(make(K::WrittenComplaint, "2022-11-01", P::Wmo, Ch::Letter));

    const YearReport r = YearReport::compute(*m.session, 2023);

    // Volume: A1–A7 oral, B1–B3 written, S1 S2; X1 and X2 belong to 2022.
    CHECK(r.complaints == 10);
    CHECK(r.oralComplaints == 7);
    CHECK(r.writtenComplaints == 3);
    CHECK(r.signalCount == 2);
    CHECK(r.openComplaints == 2); // A6, B3
    CHECK(r.openSignals == 1);    // S2

    const auto line = [](const char* key, int complaints, int signalCount) {
        return std::make_tuple(QString::fromLatin1(key), complaints, signalCount);
    };
    const auto figures = [](const ReportCount& c) { return std::make_tuple(c.key, c.complaints, c.signalCount); };
    // Domains: Wmo A1–A5 B1 B2 and S1; Jeugd A6 and S2; Participatie A7; Overig B3.
    CHECK(figures(count(r.byDomain, QStringLiteral("wmo"))) == line("wmo", 7, 1));
    CHECK(figures(count(r.byDomain, QStringLiteral("youth"))) == line("youth", 1, 1));
    CHECK(figures(count(r.byDomain, QStringLiteral("participation"))) == line("participation", 1, 0));
    CHECK(figures(count(r.byDomain, QStringLiteral("debt_assistance"))) == line("debt_assistance", 0, 0));
    CHECK(figures(count(r.byDomain, QStringLiteral("other"))) == line("other", 1, 0));
    // Channels: telefoon A1–A5 A7 and S1; balie A6; brief B1 B2; e-mail B3; wijkteam S2.
    CHECK(figures(count(r.byChannel, QStringLiteral("phone"))) == line("phone", 6, 1));
    CHECK(figures(count(r.byChannel, QStringLiteral("desk"))) == line("desk", 1, 0));
    CHECK(figures(count(r.byChannel, QStringLiteral("letter"))) == line("letter", 2, 0));
    CHECK(figures(count(r.byChannel, QStringLiteral("email"))) == line("email", 1, 0));
    CHECK(figures(count(r.byChannel, QStringLiteral("neighbourhood_team"))) == line("neighbourhood_team", 0, 1));
    int channels = 0;
    for (const ReportCount& c : r.byChannel)
        channels += c.total();
    CHECK(channels == 12);

    // Themes: Communicatie A3 A6 B1 B2 and S2 (4 + 1) before Bereikbaarheid A1 A2 A3 and S1 (3 + 1).
    REQUIRE(r.byTheme.size() == 2);
    CHECK(r.byTheme.at(0) == ReportCount{t2, t2, 4, 1});
    CHECK(r.byTheme.at(1) == ReportCount{t1, t1, 3, 1});

    // Quarters by the day of receipt: 31 March in the first, 1 April in the second, 31 December in the fourth.
    CHECK(r.complaintsPerQuarter == QList<int>{5, 3, 1, 1});
    CHECK(r.complaintsByQuarterDomain.at(0) == QList<int>{5, 0, 0, 0, 0}); // A1 A2 A3 B1 B2
    CHECK(r.complaintsByQuarterDomain.at(1) == QList<int>{2, 1, 0, 0, 0}); // A4 A5; A6
    CHECK(r.complaintsByQuarterDomain.at(2) == QList<int>{0, 0, 1, 0, 0}); // A7
    CHECK(r.complaintsByQuarterDomain.at(3) == QList<int>{0, 0, 0, 0, 1}); // B3

    // Formal: B1 B2 (judged), B3 (formal phase), A4 (a complaint part), A5 (9:10 lid 2 recorded). Solved
    // informally: A1 A2 A3. Ended informally: A7. Open and not formal: A6.
    CHECK(r.formal == 5);
    CHECK(r.informal == 3);
    CHECK(r.informalEnded == 1);
    CHECK(r.openInformal == 1);

    CHECK(figures(count(r.outcomes, QStringLiteral("resolved"))) == line("resolved", 4, 1));   // A1–A4; S1
    CHECK(figures(count(r.outcomes, QStringLiteral("withdrawn"))) == line("withdrawn", 2, 0)); // A5 A7
    CHECK(figures(count(r.outcomes, QStringLiteral("upheld"))) == line("upheld", 2, 0));       // B1 B2
    int closedCases = 0;
    for (const ReportCount& c : r.outcomes)
        closedCases += c.total();
    CHECK(closedCases == 9);
    CHECK(r.closedWrittenComplaints() == 2);
    CHECK(count(r.writtenOutcomes, QStringLiteral("upheld")).complaints == 2);

    // B1 and B2 share every grouped column; only their afdoening tells them apart.
    CHECK(r.withinTerm == 1);
    CHECK(r.afterAdjournment == 0);
    CHECK(r.late == 1);
    CHECK(r.timedPerQuarter == QList<int>{2, 0, 0, 0});
    CHECK(r.onTimePerQuarter == QList<int>{1, 0, 0, 0});

    CHECK(r.closedComplaints == 8);
    CHECK(r.averageDays == Approx(19.0));
    CHECK(r.medianDays == Approx(15.0));

    // The provider as the case names it, without the spaces around it: A3 A4 A6 B1 and S1; B1 gegrond, A6 open.
    REQUIRE(r.providers.size() == 2);
    CHECK(r.providers.at(0) == ProviderFigures{QStringLiteral("Aanbieder Oost"), 1, 0, 0, 0});
    CHECK(r.providers.at(1) == ProviderFigures{zorgPlus, 4, 1, 1, 1});

    CHECK(r.sentToOmbudsman == 1);
    CHECK(r.sentToNationalOmbudsman == 1);
    CHECK(r.ombudsmanPending == 1);
    CHECK(r.carriedOverComplaints == 2); // X1, X2
    CHECK(r.carriedOverSignals == 0);
    CHECK(r.carriedOverClosedInYear == 1); // X1
}

// The themes are read after the pass over the year's cases, from the range of case ids that pass met (only
// that range of theme links is read). Ids need not follow the received dates: registered in this order,
//
//  case  kind     received    themes   id
//  C1    oral     2021-06-01  T1       n      (the year's lowest id, met last: the pass goes by received date)
//  C2    oral     2022-02-01  T1 T2    n + 1  (another year, inside the year's range of ids)
//  C3    written  2021-01-15  T2       n + 2  (met first)
//  C4    oral     2020-05-01  T2       n + 3  (another year)
//  C5    signal   2021-03-01  T1       n + 4  (the year's highest id)
//  C6    oral     2022-12-31  T2       n + 5  (another year, past the range)
//
// 2021: T1 C1 and S C5 (1 + 1), T2 C3 (1 + 0); C2, C4 and C6 belong to other years.
TEST_CASE("yearly report 2021: the themes of a year whose case ids do not follow the received dates, on the file and "
          "the server") {
    BOTH_BACKENDS();
    YearReportMunicipality m;

    m.add(with(make(K::OralComplaint, "2021-06-01", P::Wmo, Ch::Phone), {t1}));
    m.add(with(make(K::OralComplaint, "2022-02-01", P::Wmo, Ch::Phone), {t1, t2}));
    m.add(with(make(K::WrittenComplaint, "2021-01-15", P::Youth, Ch::Letter), {t2}));
    m.add(with(make(K::OralComplaint, "2020-05-01", P::Wmo, Ch::Phone), {t2}));
    m.add(with(make(K::Signal, "2021-03-01", P::Wmo, Ch::Phone), {t1}));
    m.add(with(make(K::OralComplaint, "2022-12-31", P::Wmo, Ch::Phone), {t2}));

    const YearReport r = YearReport::compute(*m.session, 2021);
    CHECK(r.complaints == 2);
    CHECK(r.signalCount == 1);
    REQUIRE(r.byTheme.size() == 2);
    CHECK(r.byTheme.at(0) == ReportCount{t1, t1, 1, 1});
    CHECK(r.byTheme.at(1) == ReportCount{t2, t2, 1, 0});

    // A year without cases has no themes.
    CHECK(YearReport::compute(*m.session, 2019).byTheme.isEmpty());
}
