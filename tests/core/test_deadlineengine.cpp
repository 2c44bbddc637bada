// Which deadlines a case has and where each stands, relative to a pinned "today". The standard
// case is a klaagschrift received on Friday 7 March 2025: acknowledgement and first contact due
// Fri 14 March (5 working days), handling due Tue 22 April (6 weeks = Goede Vrijdag, then the
// Easter weekend and tweede Paasdag).
#include "testsupport.h"

#include "deadlines/deadlineengine.h"

#include <algorithm>

namespace Catch {
template <> struct StringMaker<DeadlineStatus> {
    static std::string convert(DeadlineStatus v) { return DeadlineText::code(v).toStdString(); }
};
template <> struct StringMaker<DeadlineKind> {
    static std::string convert(DeadlineKind v) { return DeadlineText::code(v).toStdString(); }
};
} // namespace Catch

namespace {

Case klaagschrift(const char* received = "2025-03-07") {
    Case c;
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::Letter;
    c.received = d(received);
    c.phase = Phase::Informal;
    return c;
}

// Acknowledged and called back on time, so that the handling term is what remains.
Case underWay() {
    Case c = klaagschrift();
    c.acknowledgementSent = d("2025-03-10");
    c.firstContactOn = d("2025-03-11");
    return c;
}

QDate optionalDate(const char* iso) {
    return *iso ? d(iso) : QDate();
}

std::optional<Deadline> find(const QList<Deadline>& list, DeadlineKind kind) {
    const auto it = std::find_if(list.cbegin(), list.cend(), [kind](const Deadline& dl) { return dl.kind == kind; });
    return it == list.cend() ? std::nullopt : std::optional<Deadline>(*it);
}

QList<DeadlineKind> kinds(const QList<Deadline>& list) {
    QList<DeadlineKind> result;
    for (const Deadline& dl : list)
        result << dl.kind;
    return result;
}

} // namespace

TEST_CASE("a fresh klaagschrift owes an acknowledgement, first contact and a handling decision", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    const QList<Deadline> list = engine.deadlinesFor(klaagschrift(), d("2025-03-07"));
    CHECK(kinds(list) ==
          QList<DeadlineKind>{DeadlineKind::Acknowledgement, DeadlineKind::FirstContact, DeadlineKind::Handling});

    const Deadline acknowledgement = *find(list, DeadlineKind::Acknowledgement);
    CHECK(acknowledgement.due == d("2025-03-14"));
    CHECK_FALSE(acknowledgement.statutory);
    CHECK(acknowledgement.basis == QStringLiteral("art. 9:6 Awb; termijn volgens gemeentelijk beleid"));
    CHECK_FALSE(acknowledgement.basisText.isEmpty());

    const Deadline handling = *find(list, DeadlineKind::Handling);
    CHECK(handling.due == d("2025-04-22"));
    CHECK(handling.statutory);
    CHECK(handling.basis == QStringLiteral("art. 9:11 lid 1 Awb"));
    CHECK(handling.counting.contains(QStringLiteral("Goede Vrijdag")));
    CHECK(handling.status == DeadlineStatus::Open);
    CHECK(handling.warning.isEmpty());

    const auto next = engine.nextDeadline(klaagschrift(), d("2025-03-07"));
    REQUIRE(next.has_value());
    CHECK(next->kind == DeadlineKind::Acknowledgement);
}

TEST_CASE("the acknowledgement is met, met late, coming up, due today or overdue", "[engine][status]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    // Due Fri 14 March; "binnenkort" = due within 3 working days of today.
    auto [today, sent, status] = GENERATE(table<const char*, const char*, DeadlineStatus>({
        {"2025-03-07", "", DeadlineStatus::Open},
        {"2025-03-10", "", DeadlineStatus::Open},    // Mon + 3 working days = Thu 13
        {"2025-03-11", "", DeadlineStatus::DueSoon}, // Tue + 3 working days = Fri 14
        {"2025-03-14", "", DeadlineStatus::DueToday},
        {"2025-03-17", "", DeadlineStatus::Overdue},
        {"2025-03-20", "2025-03-10", DeadlineStatus::Met},
        {"2025-03-20", "2025-03-14", DeadlineStatus::Met}, // on the last day is in time
        {"2025-03-20", "2025-03-17", DeadlineStatus::MetLate},
        {"2025-03-10", "2025-03-10", DeadlineStatus::Met},
    }));
    CAPTURE(today, sent);
    Case c = klaagschrift();
    c.acknowledgementSent = optionalDate(sent);
    CHECK(find(engine.deadlinesFor(c, d(today)), DeadlineKind::Acknowledgement)->status == status);
}

TEST_CASE("holidays widen the due-soon window before Easter", "[engine][status]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    // Handling due Tue 22 April 2025. From Tue 15 April the next three working days are Wed 16,
    // Thu 17 and (after Goede Vrijdag, the weekend and tweede Paasdag) Tue 22.
    auto [today, status] = GENERATE(table<const char*, DeadlineStatus>({
        {"2025-04-14", DeadlineStatus::Open},
        {"2025-04-15", DeadlineStatus::DueSoon},
        {"2025-04-17", DeadlineStatus::DueSoon},
        {"2025-04-22", DeadlineStatus::DueToday},
        {"2025-04-23", DeadlineStatus::Overdue},
    }));
    CAPTURE(today);
    CHECK(engine.statusFor(d("2025-04-22"), QDate(), d(today)) == status);
    CHECK(find(engine.deadlinesFor(underWay(), d(today)), DeadlineKind::Handling)->status == status);
}

TEST_CASE("handling terms: six or ten weeks, adjourned ten or fourteen, notice four", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    auto [received, committee, handling, extended, notice] =
        GENERATE(table<const char*, bool, const char*, const char*, const char*>({
            // 6 w: Goede Vrijdag -> Tue 22 Apr; 10 w: Fri 16 May; 4 w: Fri 4 Apr.
            {"2025-03-07", false, "2025-04-22", "2025-05-16", "2025-04-04"},
            // 6 w: Thu 8 Apr; 10 w: Thu 6 May Hemelvaartsdag, Fri 7 May decreed -> Mon 10 May; 4 w: Thu 25 Mar.
            {"2027-02-25", false, "2027-04-08", "2027-05-10", "2027-03-25"},
            // committee 10 w: Fri 18 Apr Goede Vrijdag -> Tue 22 Apr (Atw applies); 14 w: Fri 16 May.
            {"2025-02-07", true, "2025-04-22", "2025-05-16", "2025-03-07"},
            // committee 10 w: Fri 21 Mar; 14 w: Goede Vrijdag 18 Apr stays (Atw art. 4); 4 w: Fri 7 Feb.
            {"2025-01-10", true, "2025-03-21", "2025-04-18", "2025-02-07"},
        }));
    CAPTURE(received, committee);
    const HandlingTerms terms = engine.handlingTerms(d(received), committee);
    CHECK(terms.received == d(received));
    CHECK(terms.handling.due == d(handling));
    CHECK(terms.handlingExtended.due == d(extended));
    CHECK(terms.nonHandlingNotice.due == d(notice));
}

TEST_CASE("the bezwaartermijn runs six weeks from bekendmaking with Atw", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    CHECK(engine.objectionTerm(d("2025-03-04")).due == d("2025-04-15"));
    CHECK(engine.objectionTerm(d("2025-03-07")).due == d("2025-04-22"));
    CHECK(engine.objectionTerm(d("2025-03-04")).counting.startsWith(QStringLiteral("bekendgemaakt di 4 mrt 2025")));
}

TEST_CASE("an oral complaint gets first contact and handling by analogy, no acknowledgement", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = klaagschrift();
    c.kind = CaseKind::OralComplaint;
    c.channel = Channel::Phone;
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-03-07"));
    CHECK(kinds(list) == QList<DeadlineKind>{DeadlineKind::FirstContact, DeadlineKind::Handling});
    const Deadline handling = *find(list, DeadlineKind::Handling);
    CHECK(handling.due == d("2025-04-22"));
    CHECK_FALSE(handling.statutory);
    CHECK(handling.basis == QStringLiteral("art. 9:11 lid 1 Awb (mondelinge klacht: naar analogie)"));
}

TEST_CASE("a signal has no complaint terms, only what the municipality agreed to do", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = klaagschrift();
    c.kind = CaseKind::Signal;
    c.channel = Channel::NeighbourhoodTeam;
    CHECK(engine.deadlinesFor(c, d("2025-03-07")).isEmpty());
    CHECK_FALSE(engine.governingHandlingDeadline(c, d("2025-03-07")).has_value());
    CHECK_FALSE(engine.nextDeadline(c, d("2025-03-07")).has_value());

    c.followUpDue = d("2025-03-20");
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-03-07"));
    CHECK(kinds(list) == QList<DeadlineKind>{DeadlineKind::FollowUp});
    CHECK_FALSE(list.constFirst().statutory);
}

TEST_CASE("a committee stretches handling to ten weeks", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = klaagschrift("2025-02-07");
    c.committee = true;
    const auto handling = engine.governingHandlingDeadline(c, d("2025-02-07"));
    REQUIRE(handling.has_value());
    CHECK(handling->kind == DeadlineKind::Handling);
    CHECK(handling->due == d("2025-04-22"));
    CHECK(handling->basisText.contains(QStringLiteral("tien weken")));
}

TEST_CASE("adjournment supersedes the handling term, consent supersedes the adjournment", "[engine][adjourn]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = underWay();
    c.phase = Phase::Formal;
    c.adjournedOn = d("2025-04-15");

    // Fri 25 Apr: the next three working days (Koningsdag falls on Saturday) end Wed 30 Apr.
    QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-25"));
    CHECK(find(list, DeadlineKind::Handling)->status == DeadlineStatus::Superseded);
    const Deadline adjourned = *find(list, DeadlineKind::AdjournedHandling);
    CHECK(adjourned.due == d("2025-05-16"));
    CHECK(adjourned.status == DeadlineStatus::Open);
    CHECK(adjourned.basis == QStringLiteral("art. 9:11 lid 2 Awb"));
    CHECK(engine.governingHandlingDeadline(c, d("2025-04-25"))->kind == DeadlineKind::AdjournedHandling);
    CHECK(engine.nextDeadline(c, d("2025-04-25"))->kind == DeadlineKind::AdjournedHandling);

    c.consentReceived = d("2025-05-12");
    c.agreedDueDate = d("2025-06-13");
    list = engine.deadlinesFor(c, d("2025-05-14"));
    CHECK(find(list, DeadlineKind::AdjournedHandling)->status == DeadlineStatus::Superseded);
    const Deadline agreed = *find(list, DeadlineKind::AgreedDelay);
    CHECK(agreed.due == d("2025-06-13"));
    CHECK(agreed.status == DeadlineStatus::Open);
    CHECK(agreed.basis == QStringLiteral("art. 9:11 lid 3 Awb"));
    CHECK(engine.governingHandlingDeadline(c, d("2025-05-14"))->kind == DeadlineKind::AgreedDelay);

    // Closed by the afdoeningsbrief of Fri 13 June 2025 (art. 9:12 lid 1).
    c.phase = Phase::Closed;
    c.outcome = Outcome::PartlyUpheld;
    c.closedOn = c.closingNoticeSent = d("2025-06-13");
    list = engine.deadlinesFor(c, d("2025-06-16"));
    CHECK(find(list, DeadlineKind::AgreedDelay)->status == DeadlineStatus::Met);
    CHECK(find(list, DeadlineKind::Handling)->status == DeadlineStatus::Superseded);
    const Deadline ombudsman = *find(list, DeadlineKind::OmbudsmanTerm);
    CHECK(ombudsman.due == d("2026-06-13"));
    CHECK(ombudsman.status == DeadlineStatus::Informational);
}

TEST_CASE("closing on the last day is in time, a day later is late", "[engine][status]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    auto [closed, status, ombudsmanUntil] = GENERATE(table<const char*, DeadlineStatus, const char*>({
        {"2025-04-22", DeadlineStatus::Met, "2026-04-22"},
        {"2025-04-23", DeadlineStatus::MetLate, "2026-04-23"},
    }));
    Case c = underWay();
    c.phase = Phase::Closed;
    c.outcome = Outcome::Rejected;
    c.closedOn = c.closingNoticeSent = d(closed); // the afdoeningsbrief's date
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-05-01"));
    CHECK(find(list, DeadlineKind::Handling)->status == status);
    CHECK(find(list, DeadlineKind::OmbudsmanTerm)->due == d(ombudsmanUntil));
    CHECK(find(list, DeadlineKind::OmbudsmanTerm)->basis == QStringLiteral("art. 9:24 lid 1 a Awb"));
    CHECK_FALSE(engine.nextDeadline(c, d("2025-05-01")).has_value());
}

TEST_CASE("a closed case is never pending, except the follow-up call", "[engine][closed]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = klaagschrift(); // acknowledgement and first contact never recorded
    c.phase = Phase::Closed;
    c.outcome = Outcome::ResolvedToSatisfaction;
    c.satisfactionConfirmation = ConfirmationMethod::Phone;
    c.closedOn = d("2025-03-20");
    c.hearingPlanned = d("2025-03-25");
    c.referralProvider = QStringLiteral("Thuiszorg De Linde");
    c.referralFollowUp = d("2025-03-21");
    c.aboutDecisionContent = true;
    c.decisionPublished = d("2025-03-04");
    c.followUpDue = d("2025-04-10");

    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-15"));
    for (const Deadline& dl : list) {
        CAPTURE(dl.kind);
        CHECK(dl.isPending() == (dl.kind == DeadlineKind::FollowUp));
    }
    CHECK(find(list, DeadlineKind::Acknowledgement)->status == DeadlineStatus::Superseded);
    CHECK(find(list, DeadlineKind::Hearing)->status == DeadlineStatus::Superseded);
    CHECK(find(list, DeadlineKind::Handling)->status == DeadlineStatus::Met);
    CHECK(find(list, DeadlineKind::ObjectionTerm)->status == DeadlineStatus::Informational);
    CHECK(find(list, DeadlineKind::FollowUp)->status == DeadlineStatus::Overdue);
    CHECK_FALSE(find(list, DeadlineKind::OmbudsmanTerm).has_value()); // solved: nothing to take further
    CHECK(
        std::is_sorted(list.cbegin(), list.cend(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; }));
    CHECK(engine.nextDeadline(c, d("2025-04-15"))->kind == DeadlineKind::FollowUp);

    c.followUpDone = d("2025-04-10");
    CHECK(find(engine.deadlinesFor(c, d("2025-04-15")), DeadlineKind::FollowUp)->status == DeadlineStatus::Met);
    CHECK_FALSE(engine.nextDeadline(c, d("2025-04-15")).has_value());
}

TEST_CASE("conduct more than a year old is a choice: the four-week notice only once a ground is recorded",
          "[engine][9:8]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    // 9:8 lid 1 b allows refusal, it does not require it: an old conduct date alone raises no deadline
    // (IntakeChecks shows the choice); a recorded ground does.
    auto [conduct, phase, ground, present] = GENERATE(table<const char*, Phase, NonHandlingGround, bool>({
        {"2024-03-06", Phase::Intake, NonHandlingGround::None, false},
        {"2024-03-06", Phase::Informal, NonHandlingGround::None, false},
        {"2024-03-07", Phase::Intake, NonHandlingGround::None, false},
        {"2024-03-06", Phase::Formal, NonHandlingGround::None, false},
        {"", Phase::Intake, NonHandlingGround::None, false},
        {"2024-03-06", Phase::Intake, NonHandlingGround::OlderThanOneYear, true},
    }));
    CAPTURE(conduct);
    Case c = klaagschrift();
    c.conductDate = optionalDate(conduct);
    c.phase = phase;
    c.nonHandlingGround = ground;
    const auto notice = find(engine.deadlinesFor(c, d("2025-03-10")), DeadlineKind::NonHandlingNotice);
    REQUIRE(notice.has_value() == present);
    if (present) {
        CHECK(notice->due == d("2025-04-04")); // Fri 7 March + 4 weeks = Fri 4 April 2025
        CHECK(notice->basis == QStringLiteral("art. 9:8 lid 3 Awb"));
        CHECK(notice->statutory);
    }
}

TEST_CASE("declining to handle: the notice instead of a handling term", "[engine][9:8]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = underWay();
    c.nonHandlingGround = NonHandlingGround::OpenToObjection;
    // Raised but not yet decided: both the notice and the handling term run.
    QList<Deadline> list = engine.deadlinesFor(c, d("2025-03-20"));
    CHECK(find(list, DeadlineKind::NonHandlingNotice)->status == DeadlineStatus::Open);
    CHECK(find(list, DeadlineKind::Handling).has_value());

    auto [sent, status] = GENERATE(table<const char*, DeadlineStatus>({
        {"2025-03-20", DeadlineStatus::Met},
        {"2025-04-04", DeadlineStatus::Met},
        {"2025-04-07", DeadlineStatus::MetLate},
    }));
    CAPTURE(sent);
    c.phase = Phase::Closed;
    c.outcome = Outcome::NotHandled;
    c.nonHandlingNoticeSent = d(sent);
    c.closedOn = d(sent);
    list = engine.deadlinesFor(c, d("2025-04-10"));
    CHECK(find(list, DeadlineKind::NonHandlingNotice)->status == status);
    CHECK_FALSE(find(list, DeadlineKind::Handling).has_value());
    CHECK(find(list, DeadlineKind::OmbudsmanTerm)->due == d(sent).addYears(1));
    CHECK_FALSE(engine.governingHandlingDeadline(c, d("2025-04-10")).has_value());
}

TEST_CASE("a planned hearing is a deadline unless the klager need not be heard", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = underWay();
    c.phase = Phase::Formal;
    c.hearingPlanned = d("2025-04-10");
    auto hearing = find(engine.deadlinesFor(c, d("2025-04-10")), DeadlineKind::Hearing);
    REQUIRE(hearing.has_value());
    CHECK(hearing->status == DeadlineStatus::DueToday);
    CHECK(hearing->basis == QStringLiteral("art. 9:10 Awb"));

    c.hearingHeld = d("2025-04-10");
    CHECK(find(engine.deadlinesFor(c, d("2025-04-11")), DeadlineKind::Hearing)->status == DeadlineStatus::Met);

    c.hearingHeld = QDate();
    c.hearingException = HearingException::KlagerWaived;
    CHECK_FALSE(find(engine.deadlinesFor(c, d("2025-04-11")), DeadlineKind::Hearing).has_value());
}

TEST_CASE("after a warme overdracht the municipality checks back with the provider", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = underWay();
    c.phase = Phase::Referred;
    c.referralProvider = QStringLiteral("Thuiszorg De Linde");
    c.referralFollowUp = d("2025-03-21");
    auto feedback = find(engine.deadlinesFor(c, d("2025-03-24")), DeadlineKind::ReferralFeedback);
    REQUIRE(feedback.has_value());
    CHECK(feedback->status == DeadlineStatus::Overdue);
    CHECK_FALSE(feedback->statutory);
    CHECK(feedback->basisText.contains(QStringLiteral("Thuiszorg De Linde")));
    CHECK(engine.nextDeadline(c, d("2025-03-24"))->kind == DeadlineKind::ReferralFeedback);

    c.referralFeedback = d("2025-03-21");
    CHECK(find(engine.deadlinesFor(c, d("2025-03-24")), DeadlineKind::ReferralFeedback)->status == DeadlineStatus::Met);
}

TEST_CASE("a complaint about a besluit shows the resident's bezwaartermijn counting down", "[engine]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    Case c = underWay();
    c.aboutDecisionContent = true;
    c.decisionPublished = d("2025-03-04"); // Tue + 6 weeks = Tue 15 April
    const QList<Deadline> list = engine.deadlinesFor(c, d("2025-04-15"));
    const Deadline objection = *find(list, DeadlineKind::ObjectionTerm);
    CHECK(objection.due == d("2025-04-15"));
    CHECK(objection.status == DeadlineStatus::DueToday);
    CHECK(objection.basis == QStringLiteral("art. 6:7 Awb"));
    // It is the klager's term, not ours: the next deadline for the municipality is handling.
    CHECK(engine.nextDeadline(c, d("2025-04-15"))->kind == DeadlineKind::Handling);
}

TEST_CASE("deadlines in a year without decreed days carry the warning", "[engine][decreed]") {
    const HolidayCalendar calendar;
    const DeadlineEngine engine(calendar);
    const QList<Deadline> list = engine.deadlinesFor(klaagschrift("2029-03-01"), d("2029-03-01"));
    REQUIRE(list.size() == 3);
    for (const Deadline& dl : list) {
        CAPTURE(dl.kind);
        CHECK(dl.warning.contains(QStringLiteral("2029")));
    }
}

TEST_CASE("deadline kinds and statuses have stable codes and Dutch labels", "[engine][text]") {
    CHECK(DeadlineText::code(DeadlineKind::NonHandlingNotice) == QStringLiteral("non_handling_notice"));
    CHECK(DeadlineText::code(DeadlineKind::OmbudsmanTerm) == QStringLiteral("ombudsman_term"));
    CHECK(DeadlineText::code(DeadlineStatus::MetLate) == QStringLiteral("met_late"));
    CHECK(DeadlineText::label(DeadlineKind::AdjournedHandling) == QStringLiteral("Verdaagde afdoening"));
    CHECK(DeadlineText::label(DeadlineStatus::Overdue) == QStringLiteral("Te laat"));
    CHECK(DeadlineText::label(DeadlineStatus::Superseded) == QStringLiteral("Vervallen"));

    QStringList codes;
    QStringList labels;
    for (DeadlineKind kind : DeadlineText::allKinds()) {
        codes << DeadlineText::code(kind);
        labels << DeadlineText::label(kind);
    }
    for (DeadlineStatus status : DeadlineText::allStatuses()) {
        codes << DeadlineText::code(status);
        labels << DeadlineText::label(status);
    }
    CHECK(codes.size() == 19);
    CHECK(codes.removeDuplicates() == 0);
    CHECK(labels.removeDuplicates() == 0);
    CHECK_FALSE(codes.contains(QString()));
    CHECK_FALSE(labels.contains(QString()));
}
