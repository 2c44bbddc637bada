// The coordinator's deadline overview on both backends: DeadlineOverview::compute() reads the cases that can
// still owe a deadline and the deadlines stored with them (DeadlineStore, through the partial indexes of open
// cases and pending follow-up calls), and gives the same rows, groups and workload in the file and on the team
// server. Today is Thursday 8 May 2025 and "deze week" runs to Tuesday 13 May (3 working days: Fri 9, Mon 12,
// Tue 13); every date is worked out by hand below, as in tests/core/test_deadlineoverview.cpp, whose cases
// these are. 2025: Bevrijdingsdag Mon 5 May, Pinkstermaandag Mon 9 Jun.
#include "storagetestsupport.h"

#include "deadlines/deadline.h"
#include "overview/deadlineoverview.h"
#include "session/municipalitysession.h"

namespace {

const QString anna = QStringLiteral("Anna Bakker");
const QString bram = QStringLiteral("Bram de Wit");

Case complaint(const char* reference, CaseKind kind, const char* received, const QString& handler,
               PolicyDomain domain = PolicyDomain::Wmo) {
    Case c;
    c.reference = QString::fromLatin1(reference);
    c.kind = kind;
    c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
    c.received = d(received);
    c.klager.name = QStringLiteral("Klager van ") + c.reference;
    c.handler = handler;
    c.domain = domain;
    c.phase = Phase::Informal;
    return c;
}

// Acknowledged and first contacted the day after, so that only the terms the case is about remain.
Case underWay(const char* reference, const char* received, const QString& handler,
              PolicyDomain domain = PolicyDomain::Wmo) {
    Case c = complaint(reference, CaseKind::WrittenComplaint, received, handler, domain);
    c.acknowledgementSent = c.received.addDays(1);
    c.firstContactOn = c.received.addDays(1);
    return c;
}

Case resolvedWithFollowUp(const char* reference, const char* closed, const char* followUp, const QString& handler) {
    Case c = complaint(reference, CaseKind::OralComplaint, "2025-03-17", handler);
    c.firstContactOn = d("2025-03-18");
    c.phase = Phase::Closed;
    c.outcome = Outcome::ResolvedToSatisfaction;
    c.satisfactionConfirmation = ConfirmationMethod::Phone;
    c.closedOn = d(closed);
    c.followUpDue = d(followUp);
    return c;
}

QList<Case> cases() {
    QList<Case> list;
    // Ack: Mon 28 Apr + 5 working days = Tue 29, Wed 30, Thu 1, Fri 2, (Mon 5 May Bevrijdingsdag) Tue 6 May:
    // overdue. Handling: + 6 weeks = Mon 9 Jun, Pinkstermaandag → Tue 10 Jun.
    Case ack = complaint("KL-2025-0001", CaseKind::WrittenComplaint, "2025-04-28", anna);
    ack.firstContactOn = d("2025-04-30");
    list << ack;
    // Oral, Fri 2 May + 5 working days = (Mon 5 May) Tue 6 … Mon 12 May: this week. Handling Fri 13 Jun.
    Case contact = complaint("KL-2025-0002", CaseKind::OralComplaint, "2025-05-02", bram, PolicyDomain::Youth);
    contact.phase = Phase::Intake;
    list << contact;
    // Adjourned: Fri 28 Feb + (6 + 4) weeks = Fri 9 May, this week; the 6-week term is superseded.
    Case adjourned = underWay("KL-2025-0004", "2025-02-28", bram, PolicyDomain::Participation);
    adjourned.phase = Phase::Formal;
    adjourned.adjournedOn = d("2025-04-01");
    adjourned.hearingException = HearingException::KlagerWaived;
    list << adjourned;
    // Adjourned, then consent to Wed 7 May: the agreed date governs, and is past.
    Case agreed = underWay("KL-2025-0005", "2025-01-10", anna);
    agreed.phase = Phase::Formal;
    agreed.adjournedOn = d("2025-02-14");
    agreed.consentReceived = d("2025-03-14");
    agreed.agreedDueDate = d("2025-05-07");
    agreed.hearingPlanned = d("2025-03-20");
    agreed.hearingHeld = d("2025-03-20");
    list << agreed;
    // Closed, resolved; the follow-up call of Tue 6 May is still to be made: overdue.
    list << resolvedWithFollowUp("KL-2025-0007", "2025-04-14", "2025-05-06", anna);
    // Closed, resolved, and the call was made: nothing left.
    Case called = resolvedWithFollowUp("KL-2025-0008", "2025-04-14", "2025-05-05", bram);
    called.followUpDone = d("2025-05-05");
    list << called;
    // Warme overdracht, check back Tue 13 May: the window's last day. Unassigned. Handling Mon 28 Apr + 6 weeks
    // → Tue 10 Jun.
    Case referred = complaint("KL-2025-0009", CaseKind::OralComplaint, "2025-04-28", QString());
    referred.phase = Phase::Referred;
    referred.firstContactOn = d("2025-04-29");
    referred.referralProvider = QStringLiteral("Zorggroep Oost");
    referred.referralFollowUp = d("2025-05-13");
    list << referred;
    // A besluit made known Mon 31 Mar: bezwaar until Mon 12 May. Handling Tue 1 Apr + 6 weeks = Tue 13 May.
    // Anonymous and unassigned.
    Case objection =
        complaint("KL-2025-0010", CaseKind::OralComplaint, "2025-04-01", QString(), PolicyDomain::Participation);
    objection.anonymous = true;
    objection.firstContactOn = d("2025-04-02");
    objection.aboutDecisionContent = true;
    objection.decisionPublished = d("2025-03-31");
    list << objection;
    // Follow-up call Wed 14 May: the first day after the window.
    list << resolvedWithFollowUp("KL-2025-0011", "2025-04-30", "2025-05-14", bram);
    // Judged before its deadlines: only the ombudsman term is left, which never shows.
    Case judged = underWay("KL-2025-0012", "2025-02-03", QStringLiteral("Carla Smit"));
    judged.phase = Phase::Closed;
    judged.outcome = Outcome::Rejected;
    judged.hearingHeld = d("2025-03-03");
    judged.closedOn = d("2025-03-10");
    list << judged;
    return list;
}

// "group due kind reference klager handler", one line per row, in the overview's order.
QStringList lines(const Overview& overview) {
    QStringList result;
    for (const OverviewRow& row : overview.rows) {
        result << QStringList{DeadlineOverview::code(row.group),
                              row.deadline.due.toString(Qt::ISODate),
                              DeadlineText::code(row.deadline.kind),
                              row.reference,
                              row.klager,
                              row.handler}
                      .join(QLatin1Char(' '));
    }
    return result;
}

// "label open/overdue-cases/overdue-deadlines nearest", one line per handler.
QStringList workload(const Overview& overview) {
    QStringList result;
    for (const HandlerWorkload& w : overview.workload) {
        result << QStringLiteral("%1 %2/%3/%4 %5")
                      .arg(w.label)
                      .arg(w.openCases)
                      .arg(w.overdueCases)
                      .arg(w.overdueDeadlines)
                      .arg(w.nearest ? w.nearest->reference : QStringLiteral("-"));
    }
    return result;
}

} // namespace

TEST_CASE("the deadline overview gives the same rows and workload in the file and on the team server", "[overview]") {
    BOTH_BACKENDS();
    TempDir dir;
    FixedClock clock{d("2025-05-08")};
    const QString user = QStringLiteral("Beheerder");
    MunicipalitySession session(newMunicipality(dir), clock, user);
    for (Case c : cases())
        session.cases().save(c);

    const Overview o = DeadlineOverview(session).compute();
    CHECK(o.today == d("2025-05-08"));
    CHECK(o.warningWorkingDays == 3);
    const QString klager = QStringLiteral("Klager van ");
    CHECK(
        lines(o) ==
        QStringList{
            QStringLiteral("overdue 2025-05-06 acknowledgement KL-2025-0001 ") + klager +
                QStringLiteral("KL-2025-0001 ") + anna,
            QStringLiteral("overdue 2025-05-06 follow_up KL-2025-0007 ") + klager + QStringLiteral("KL-2025-0007 ") +
                anna,
            QStringLiteral("overdue 2025-05-07 agreed_delay KL-2025-0005 ") + klager + QStringLiteral("KL-2025-0005 ") +
                anna,
            QStringLiteral("this_week 2025-05-09 adjourned_handling KL-2025-0004 ") + klager +
                QStringLiteral("KL-2025-0004 ") + bram,
            QStringLiteral("this_week 2025-05-12 first_contact KL-2025-0002 ") + klager +
                QStringLiteral("KL-2025-0002 ") + bram,
            QStringLiteral("this_week 2025-05-12 objection_term KL-2025-0010 (anoniem) "),
            QStringLiteral("this_week 2025-05-13 referral_feedback KL-2025-0009 ") + klager +
                QStringLiteral("KL-2025-0009 "),
            QStringLiteral("this_week 2025-05-13 handling KL-2025-0010 (anoniem) "),
            QStringLiteral("later 2025-05-14 follow_up KL-2025-0011 ") + klager + QStringLiteral("KL-2025-0011 ") +
                bram,
            QStringLiteral("later 2025-06-10 handling KL-2025-0001 ") + klager + QStringLiteral("KL-2025-0001 ") + anna,
            QStringLiteral("later 2025-06-10 handling KL-2025-0009 ") + klager + QStringLiteral("KL-2025-0009 "),
            QStringLiteral("later 2025-06-13 handling KL-2025-0002 ") + klager + QStringLiteral("KL-2025-0002 ") + bram,
        });
    // Carla's only case is closed and owes nothing; the unassigned come last. Anna: 0001 and 0005 open (0007
    // is closed, its call still due), three overdue rows in three cases. Bram: 0002 and 0004; 0011's call.
    CHECK(workload(o) == QStringList{anna + QStringLiteral(" 2/3/3 KL-2025-0001"),
                                     bram + QStringLiteral(" 2/0/0 KL-2025-0004"),
                                     QStringLiteral("(niet toegewezen) 2/0/0 KL-2025-0010")});

    // The handler and domain narrow the cases, the kinds and the window the rows: Bram's youth case,
    // within 4 calendar days (to Mon 12 May): only its first contact.
    OverviewFilter filter;
    filter.handler = bram;
    filter.domain = PolicyDomain::Youth;
    filter.withinDays = 4;
    const Overview narrowed = DeadlineOverview(session).compute(filter);
    CHECK(lines(narrowed) == QStringList{QStringLiteral("this_week 2025-05-12 first_contact KL-2025-0002 ") + klager +
                                         QStringLiteral("KL-2025-0002 ") + bram});
    CHECK(workload(narrowed) == QStringList{bram + QStringLiteral(" 1/0/0 KL-2025-0002")});
}
