// Sending a letter: in one transaction the letter is stored unchangeably, the timeline says
// "Brief verstuurd", and the deadline the letter meets is marked as met — or nothing happens at all.
#include "testsupport.h"

#include "pinnedcomplaint.h"

#include "letters/lettersender.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"
#include "workflow/eventtext.h"

namespace {

std::optional<Deadline> deadlineOf(const MunicipalitySession& s, const Case& c, DeadlineKind kind) {
    for (const Deadline& dl : s.engine().deadlinesFor(c, s.today())) {
        if (dl.kind == kind)
            return dl;
    }
    return std::nullopt;
}

int letterEvents(const Case& c) {
    return int(std::count_if(c.events.cbegin(), c.events.cend(),
                             [](const CaseEvent& e) { return e.kind == EventKind::Letter; }));
}

} // namespace

TEST_CASE("sending the ontvangstbevestiging stores it and marks the acknowledgement as met") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-10"));
    Case c = deVriesComplaint();
    c.phase = Phase::Informal;
    c.acknowledgementSent = {};
    c = f.store(c);
    REQUIRE(deadlineOf(f.session, c, DeadlineKind::Acknowledgement)->isPending());

    const ComposedLetter letter = LetterComposer(f.session).compose(c, LetterType::Acknowledgement, d("2025-03-10"));
    Case saved;
    const SentLetter sent = LetterSender(f.session).send(letter, &saved);

    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.acknowledgementSent == d("2025-03-10"));
    CHECK(deadlineOf(f.session, stored, DeadlineKind::Acknowledgement)->status == DeadlineStatus::Met);
    CHECK(saved.acknowledgementSent == d("2025-03-10"));
    REQUIRE(letterEvents(stored) == 1);
    const CaseEvent event = *std::find_if(stored.events.cbegin(), stored.events.cend(),
                                          [](const CaseEvent& e) { return e.kind == EventKind::Letter; });
    CHECK(event.code == QStringLiteral("letter.sent"));
    CHECK(EventText::render(event) ==
          QStringLiteral("Brief verstuurd: Ontvangstbevestiging (aan Mevrouw A. de Vries)"));
    CHECK(event.author == QStringLiteral("f.elamrani"));

    LetterStore store(f.session.database(), f.clock, QStringLiteral("f.elamrani"));
    const QList<SentLetter> letters = store.lettersOf(c.id);
    REQUIRE(letters.size() == 1);
    CHECK(letters.first() == sent);
    CHECK(letters.first().html == letter.html);
    CHECK(letters.first().letterDate == d("2025-03-10"));
    CHECK(letters.first().createdAt == f.clock.now());

    // Reopened later, it prints exactly as sent.
    const PrintJob job = LetterComposer::printJob(store.load(sent.id), f.session.settings());
    CHECK(job.html == letter.job.html);
    CHECK(job.footer == letter.job.footer);

    const QList<AuditEntry> trail = AuditLog(f.session.database()).forCase(c.id);
    CHECK(std::any_of(trail.cbegin(), trail.cend(), [](const AuditEntry& e) {
        return e.action == QStringLiteral("letter") && e.field == QStringLiteral("ontvangstbevestiging");
    }));
}

TEST_CASE("sending the verdagingsbrief adjourns the case to Friday 16 May 2025") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    const ComposedLetter letter = LetterComposer(f.session).compose(c, LetterType::Adjournment, d("2025-04-15"));
    LetterSender(f.session).send(letter);

    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.adjournedOn == d("2025-04-15"));
    const std::optional<Deadline> governing = f.session.engine().governingHandlingDeadline(stored, f.session.today());
    REQUIRE(governing);
    CHECK(governing->kind == DeadlineKind::AdjournedHandling);
    CHECK(governing->due == d("2025-05-16"));
    CHECK(EventText::render(stored.events.constLast()) ==
          QStringLiteral("Brief verstuurd: Verdagingsbrief (aan Mevrouw A. de Vries en J. Bakker)"));

    SECTION("a reprint sent later records the letter but does not adjourn again") {
        const Case again = f.session.cases().load(c.id);
        LetterSender(f.session).send(
            LetterComposer(f.session).compose(again, LetterType::Adjournment, d("2025-04-15")));
        const Case after = f.session.cases().load(c.id);
        CHECK(after.adjournedOn == d("2025-04-15"));
        CHECK(letterEvents(after) == 2);
        CHECK(after.revision == again.revision);
    }
}

TEST_CASE("sending the kennisgeving niet-behandelen closes the case with its ground and notice date") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-20"));
    Case c = deVriesComplaint();
    c.phase = Phase::Intake;
    c.conductDate = d("2023-12-01");
    c = f.store(c);
    Case withGround = c;
    withGround.nonHandlingGround = NonHandlingGround::OlderThanOneYear;
    const ComposedLetter letter =
        LetterComposer(f.session).compose(withGround, LetterType::NonHandlingNotice, d("2025-03-20"));
    LetterSender(f.session).send(letter);

    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::NotHandled);
    CHECK(stored.nonHandlingGround == NonHandlingGround::OlderThanOneYear);
    CHECK(stored.nonHandlingNoticeSent == d("2025-03-20"));
    CHECK(deadlineOf(f.session, stored, DeadlineKind::NonHandlingNotice)->status == DeadlineStatus::Met);
    CHECK(f.session.workflow().consistencyProblems(stored).isEmpty());
}

TEST_CASE("a notice for a case already closed as not handled records its date as bookkeeping") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-20"));
    Case c = deVriesComplaint();
    c.phase = Phase::Closed;
    c.outcome = Outcome::NotHandled;
    c.closedOn = d("2025-03-18");
    c.nonHandlingGround = NonHandlingGround::AlreadyHandled;
    c = f.store(c);
    LetterSender(f.session).send(LetterComposer(f.session).compose(c, LetterType::NonHandlingNotice, d("2025-03-20")));
    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.nonHandlingNoticeSent == d("2025-03-20"));
    CHECK(stored.outcome == Outcome::NotHandled);
    CHECK(letterEvents(stored) == 1);
}

TEST_CASE("sending a letter that changes no deadline only adds the letter and its timeline entry") {
    TempDir dir;
    LetterSession f(dir);
    const Case c = f.store(deVriesComplaint());
    LetterSender(f.session).send(LetterComposer(f.session).compose(c, LetterType::CopyToRespondent, d("2025-04-15")));
    const Case stored = f.session.cases().load(c.id);
    CHECK(stored.revision == c.revision);
    CHECK(EventText::render(stored.events.constLast()) ==
          QStringLiteral("Brief verstuurd: Afschrift klaagschrift aan beklaagde (aan J. Bakker)"));
}

TEST_CASE("a letter that fails its content check is not sent and nothing is written") {
    TempDir dir;
    LetterSession f(dir);
    Case c = deVriesComplaint();
    c.parts[0].judgment = Outcome::None;
    c = f.store(c);
    const ComposedLetter letter = LetterComposer(f.session).compose(c, LetterType::Closing, d("2025-04-15"));
    try {
        LetterSender(f.session).send(letter);
        FAIL("an incomplete afdoeningsbrief was sent");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Invalid);
        CHECK(e.message().contains(QStringLiteral("Klachtonderdeel 1 (Niet teruggebeld) heeft nog geen oordeel.")));
    }
    CHECK(f.session.cases().load(c.id) == c);
    CHECK(LetterStore(f.session.database(), f.clock, {}).lettersOf(c.id).isEmpty());
}

TEST_CASE("a letter composed before the case changed is refused as a conflict") {
    TempDir dir;
    LetterSession f(dir);
    Case c = f.store(deVriesComplaint());
    const ComposedLetter letter = LetterComposer(f.session).compose(c, LetterType::Adjournment, d("2025-04-15"));
    c.subject.employee = QStringLiteral("K. de Groot");
    f.session.cases().save(c);
    CHECK_THROWS_MATCHES(
        LetterSender(f.session).send(letter), StorageError,
        Catch::Predicate<StorageError>([](const StorageError& e) { return e.kind() == StorageError::Kind::Conflict; }));
    CHECK_FALSE(f.session.cases().load(c.id).isAdjourned());
    CHECK(LetterStore(f.session.database(), f.clock, {}).lettersOf(c.id).isEmpty());
}

TEST_CASE("when storing the letter fails, the deadline is not marked either — one transaction") {
    TempDir dir;
    LetterSession f(dir, d("2025-03-10"));
    Case c = deVriesComplaint();
    c.phase = Phase::Informal;
    c.acknowledgementSent = {};
    c = f.store(c);
    ComposedLetter letter = LetterComposer(f.session).compose(c, LetterType::Acknowledgement, d("2025-03-10"));
    letter.html.clear(); // the letter row is refused after the case was already changed
    CHECK_THROWS_AS(LetterSender(f.session).send(letter), StorageError);
    const Case stored = f.session.cases().load(c.id);
    CHECK_FALSE(stored.acknowledgementSent.isValid());
    CHECK(stored == c);
}
