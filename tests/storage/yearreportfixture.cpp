// The cases of the yearly report tests. Handling terms (art. 9:11 Awb, Atw applied):
//   received Fri 2025-03-07 + 6 weeks = Fri 04-18 Goede Vrijdag, Mon 04-21 tweede Paasdag → Tue 2025-04-22
//   received Tue 2025-01-14 + 6 weeks = Tue 02-25; adjourned: + 10 weeks = Tue 2025-03-25
//   received Mon 2025-06-02 with committee + 10 weeks = Mon 2025-08-11
//   received Mon 2025-05-12 + 6 weeks = Mon 06-23; received Mon 2025-10-06 + 6 weeks = Mon 11-17
//
//  case  kind     received    domain  channel   closed      outcome        term        days  route
//  W1    written  2025-03-07  Wmo     letter    2025-04-22  gegrond        within      46    formal
//  W2    written  2025-03-07  Wmo     letter    2025-04-23  ongegrond      late        47    formal
//  W3    written  2025-01-14  Youth   letter    2025-03-20  deels gegrond  adjourned   65    formal
//  W4    written  2025-01-14  Youth   email     2025-04-28  geen oordeel   consent     104   formal
//  W5    written  2025-01-14  Partic. letter    2025-03-26  ongegrond      late        71    formal
//  W6    written  2025-06-02  Partic. webform   2025-08-11  gegrond        within(c)   70    formal
//  W7    written  2025-07-01  Other   email     2025-07-15  niet in beh.   (none)      14    formal
//  W8    written  2025-10-06  Wmo     webform   2025-10-10  opgelost       within      4     informal
//  W9    written  2025-11-03  Debt    letter    open (formal phase)                          formal
//  W10   written  2025-05-12  Other   letter    2025-05-30  opgelost (via formal)  within  18  formal
//  O1    oral     2025-02-10  Wmo     phone     2025-02-12  opgelost                   2     informal
//  O2    oral     2025-02-17  Wmo     desk      2025-02-20  ingetrokken                3     informal
//  O3    oral     2025-03-03  Youth   phone     2025-03-31  doorverwezen               28    informal
//  O4    oral     2025-12-15  Wmo     kitchen   open (informal)                              open
//  O5    oral     2025-04-01  Partic. phone     2025-05-01  ingetrokken (hearing planned) 30 formal
//  S1    signal   2025-05-05  Wmo     wijkteam  open
//  S2    signal   2025-08-01  Youth   raadslid  2025-08-05  opgelost
//  P1    oral     2024-11-20  closed 2025-01-10, to the ombudsman 2025-02-01   carried over, closed in 2025
//  P2    written  2024-12-20  open                                             carried over
//  P3    signal   2024-12-01  closed 2025-03-01                                carried over, closed in 2025
//  P4    oral     2024-10-01  closed 2024-12-31                                not carried over
//  P5    oral     2024-06-01  closed 2025-01-01                                carried over, closed in 2025
//  N1    oral     2026-01-05  open                                             another year
// Themes: Bejegening W1 O1 O2 O3 (all at Wijkteam Noord, 2025 K1); Lange wachttijd W2 W5 W9 S1;
// Privacy W3 S2. Providers: Zorg Plus BV W2 W3 S1; Thuiszorg West O3. Ombudsman: W1 (2025-06-10),
// W2 (2026-01-20: not in 2025), P1 (2025-02-01).
// Measures: M1 created 2025-04-01 done 2025-09-01; M2 created 2024-11-01 done 2025-02-01;
// M3 created and done in 2024; M4 created 2025-10-01 in progress; M5 created 2026-01-10.
#include "yearreportfixture.h"

#include "learning/measurerepository.h"
#include "storage/municipalityfile.h"

namespace {

int counter = 0;

Case make(CaseKind kind, const char* received, PolicyDomain domain, Channel channel) {
    Case c;
    ++counter;
    c.kind = kind;
    c.received = d(received);
    c.domain = domain;
    c.channel = channel;
    c.klager.name = QStringLiteral("Klager Jansen-Verhoeven ") + QString::number(counter);
    c.klager.address = QStringLiteral("Kerkstraat 12, Proefstad");
    c.story = QStringLiteral("De rolstoelaanvraag van mijn moeder is zoekgeraakt.");
    c.desiredOutcome = QStringLiteral("Excuses van de consulent.");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.subject.employee = QStringLiteral("Consulent De Groot");
    c.phase = Phase::Informal;
    return c;
}

// A judged complaint is closed by its afdoeningsbrief (art. 9:12 lid 1): on the letter's date.
void close(Case& c, const char* on, Outcome outcome) {
    c.phase = Phase::Closed;
    c.closedOn = d(on);
    c.outcome = outcome;
    if (outcome == Outcome::Upheld || outcome == Outcome::PartlyUpheld || outcome == Outcome::Rejected ||
        outcome == Outcome::NoJudgment) {
        c.judgment = outcome;
        c.closingNoticeSent = c.closedOn;
    }
}

const QString bejegening = QStringLiteral("Bejegening");
const QString wachttijd = QStringLiteral("Lange wachttijd");
const QString privacy = QStringLiteral("Privacy");
const QString noord = QStringLiteral("Wijkteam Noord");
const QString zorgPlus = QStringLiteral("Zorg Plus BV");

} // namespace

YearReportMunicipality::YearReportMunicipality() {
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Proefstad");
    const QString user = QStringLiteral("coördinator");
    // Inside BOTH_BACKENDS() on the team server's half: a municipality on the test cluster.
    session = std::make_unique<MunicipalitySession>(
        BackendScope::current() == SqlBackend::PostgreSQL
            ? newMunicipality(dir)
            : MunicipalityFile::create(dir.path(QStringLiteral("proefstad.aantafel")), settings, user),
        clock, user);

    using K = CaseKind;
    using P = PolicyDomain;
    using Ch = Channel;
    Case w1 = make(K::WrittenComplaint, "2025-03-07", P::Wmo, Ch::Letter);
    close(w1, "2025-04-22", Outcome::Upheld);
    w1.hearingHeld = d("2025-04-10");
    w1.themes = {bejegening};
    w1.subject.department = noord;
    w1.sentToOmbudsman = d("2025-06-10");
    w1 = add(w1);
    Case w2 = make(K::WrittenComplaint, "2025-03-07", P::Wmo, Ch::Letter);
    close(w2, "2025-04-23", Outcome::Rejected);
    w2.themes = {wachttijd};
    w2.subject.provider = zorgPlus;
    w2.sentToOmbudsman = d("2026-01-20");
    add(w2);
    Case w3 = make(K::WrittenComplaint, "2025-01-14", P::Youth, Ch::Letter);
    w3.adjournedOn = d("2025-02-20");
    close(w3, "2025-03-20", Outcome::PartlyUpheld);
    w3.themes = {privacy};
    w3.subject.provider = zorgPlus;
    add(w3);
    Case w4 = make(K::WrittenComplaint, "2025-01-14", P::Youth, Ch::Email);
    w4.adjournedOn = d("2025-02-20");
    w4.consentReceived = d("2025-03-20");
    w4.agreedDueDate = d("2025-04-30");
    close(w4, "2025-04-28", Outcome::NoJudgment);
    add(w4);
    Case w5 = make(K::WrittenComplaint, "2025-01-14", P::Participation, Ch::Letter);
    w5.adjournedOn = d("2025-02-20");
    close(w5, "2025-03-26", Outcome::Rejected);
    w5.themes = {wachttijd};
    add(w5);
    Case w6 = make(K::WrittenComplaint, "2025-06-02", P::Participation, Ch::WebForm);
    w6.committee = true;
    close(w6, "2025-08-11", Outcome::Upheld);
    add(w6);
    Case w7 = make(K::WrittenComplaint, "2025-07-01", P::Other, Ch::Email);
    w7.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
    w7.nonHandlingNoticeSent = d("2025-07-15");
    close(w7, "2025-07-15", Outcome::NotHandled);
    add(w7);
    Case w8 = make(K::WrittenComplaint, "2025-10-06", P::Wmo, Ch::WebForm);
    close(w8, "2025-10-10", Outcome::ResolvedToSatisfaction);
    add(w8);
    Case w9 = make(K::WrittenComplaint, "2025-11-03", P::DebtAssistance, Ch::Letter);
    w9.phase = Phase::Formal;
    w9.themes = {wachttijd};
    w9 = add(w9);

    // W10 goes through the workflow, so that only the audit trail remembers its formal phase.
    Case w10 = make(K::WrittenComplaint, "2025-05-12", P::Other, Ch::Letter);
    w10.phase = Phase::Intake;
    w10 = add(w10);
    const Workflow& workflow = session->workflow();
    const QDateTime now = clock.now();
    REQUIRE(workflow.apply(w10, TransitionRequest::of(WorkflowAction::StartInformal, d("2025-05-13")), now, user));
    REQUIRE(workflow.apply(w10, TransitionRequest::of(WorkflowAction::StartFormal, d("2025-05-20")), now, user));
    session->cases().save(w10);
    TransitionRequest resolve = TransitionRequest::of(WorkflowAction::ResolveToSatisfaction, d("2025-05-30"));
    resolve.confirmation = ConfirmationMethod::Letter;
    REQUIRE(workflow.apply(w10, resolve, now, user));
    session->cases().save(w10);
    REQUIRE(w10.closedOn == d("2025-05-30"));

    Case o1 = make(K::OralComplaint, "2025-02-10", P::Wmo, Ch::Phone);
    close(o1, "2025-02-12", Outcome::ResolvedToSatisfaction);
    o1.themes = {bejegening};
    o1.subject.department = noord;
    o1 = add(o1);
    Case o2 = make(K::OralComplaint, "2025-02-17", P::Wmo, Ch::Desk);
    close(o2, "2025-02-20", Outcome::Withdrawn);
    o2.themes = {bejegening};
    o2.subject.department = noord;
    o2 = add(o2);
    Case o3 = make(K::OralComplaint, "2025-03-03", P::Youth, Ch::Phone);
    close(o3, "2025-03-31", Outcome::Referred);
    o3.themes = {bejegening};
    o3.subject.department = noord;
    o3.subject.provider = QStringLiteral("Thuiszorg West");
    o3.referralProvider = QStringLiteral("Thuiszorg West");
    add(o3);
    add(make(K::OralComplaint, "2025-12-15", P::Wmo, Ch::KitchenTable)); // O4, open
    Case o5 = make(K::OralComplaint, "2025-04-01", P::Participation, Ch::Phone);
    o5.hearingPlanned = d("2025-04-20");
    close(o5, "2025-05-01", Outcome::Withdrawn);
    add(o5);

    Case s1 = make(K::Signal, "2025-05-05", P::Wmo, Ch::NeighbourhoodTeam);
    s1.phase = Phase::Intake;
    s1.themes = {wachttijd};
    s1.subject.provider = zorgPlus;
    add(s1);
    Case s2 = make(K::Signal, "2025-08-01", P::Youth, Ch::ViaCouncillor);
    close(s2, "2025-08-05", Outcome::ResolvedToSatisfaction);
    s2.themes = {privacy};
    add(s2);

    Case p1 = make(K::OralComplaint, "2024-11-20", P::Wmo, Ch::Phone);
    close(p1, "2025-01-10", Outcome::Upheld);
    p1.sentToOmbudsman = d("2025-02-01");
    add(p1);
    add(make(K::WrittenComplaint, "2024-12-20", P::Wmo, Ch::Letter)); // P2, open
    Case p3 = make(K::Signal, "2024-12-01", P::Wmo, Ch::NeighbourhoodTeam);
    close(p3, "2025-03-01", Outcome::ResolvedToSatisfaction);
    add(p3);
    Case p4 = make(K::OralComplaint, "2024-10-01", P::Wmo, Ch::Phone);
    close(p4, "2024-12-31", Outcome::ResolvedToSatisfaction);
    add(p4);
    Case p5 = make(K::OralComplaint, "2024-06-01", P::Wmo, Ch::Phone);
    close(p5, "2025-01-01", Outcome::ResolvedToSatisfaction);
    add(p5);
    add(make(K::OralComplaint, "2026-01-05", P::Wmo, Ch::Phone)); // N1

    MeasureRepository measures(*session);
    const auto measure = [&](const char* createdOn, const char* title, MeasureScope scope, MeasureStatus status,
                             const char* doneOn, QList<qint64> caseIds) {
        clock.set(d(createdOn).startOfDay().addSecs(10 * 3600));
        Measure m;
        m.title = QString::fromUtf8(title);
        m.description = QStringLiteral("Besproken met Petra Smit na de klacht over de rolstoel.");
        m.owner = QStringLiteral("Petra Smit");
        m.result = QStringLiteral("Mevrouw Jansen-Verhoeven is tevreden.");
        m.scope = scope;
        m.caseIds = std::move(caseIds);
        measures.save(m);
        if (status != MeasureStatus::Planned) {
            m.status = status;
            m.doneOn = doneOn ? d(doneOn) : QDate();
            measures.save(m);
        }
    };
    measure("2025-04-01", "Training bejegening voor het wijkteam", MeasureScope::Structural, MeasureStatus::Done,
            "2025-09-01", {w1.id, o1.id, o2.id});
    measure("2024-11-01", "Terugbelnotitie in het zaaksysteem", MeasureScope::Structural, MeasureStatus::Done,
            "2025-02-01", {});
    measure("2024-05-01", "Oude maatregel", MeasureScope::Individual, MeasureStatus::Done, "2024-08-01", {});
    measure("2025-10-01", "Excuusbrief en herbeoordeling", MeasureScope::Individual, MeasureStatus::InProgress, nullptr,
            {w9.id});
    measure("2026-01-10", "Nieuwe wachtlijstaanpak", MeasureScope::Structural, MeasureStatus::Planned, nullptr, {});
    clock.set(d("2026-02-15").startOfDay().addSecs(9 * 3600));
}

Case YearReportMunicipality::add(Case c) {
    session->cases().save(c);
    return c;
}

QStringList YearReportMunicipality::privateWords() {
    return {QStringLiteral("Jansen"),   QStringLiteral("Verhoeven"), QStringLiteral("Kerkstraat"),
            QStringLiteral("rolstoel"), QStringLiteral("Excuses"),   QStringLiteral("Bakkali"),
            QStringLiteral("De Groot"), QStringLiteral("Petra"),     QStringLiteral("Smit"),
            QStringLiteral("KL-2025"),  QStringLiteral("KL-2024"),   QStringLiteral("Wijkteam Noord")};
}
