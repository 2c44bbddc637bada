// The undoable case commands: each change is stored by the stack's first redo() (so, once, when it is
// pushed), announced, and undone or redone in one transaction that leaves a truthful note in the
// timeline and its own audit rows; a step that would overwrite someone else's work is dropped and
// reported instead.
#include "test_casefilefixture.h"

#include "workflow/eventtext.h"

#include "commands/casecommandcontext.h"
#include "commands/casecommands.h"
#include "commands/casestate.h"
#include "storage/auditlog.h"
#include "storage/deadlinestore.h"
#include "storage/sqlquery.h"

#include <QSignalSpy>
#include <QTest>

namespace {

bool hasNote(const Case& c, const QString& text) {
    return std::any_of(c.events.cbegin(), c.events.cend(), [&](const CaseEvent& e) {
        return e.kind == EventKind::Note && EventText::render(e).startsWith(text);
    });
}

// The audit rows about one field of the case, oldest first, as "old → new".
QStringList auditOf(CaseFileFixture& f, qint64 caseId, const QString& field) {
    QStringList rows;
    for (const AuditEntry& e : AuditLog(f.session->database()).forCase(caseId)) {
        if (e.action == QStringLiteral("update") && e.field == field)
            rows << e.oldValue + QStringLiteral(" → ") + e.newValue;
    }
    return rows;
}

QStringList notes(const Case& c) {
    QStringList texts;
    for (const CaseEvent& e : c.events) {
        if (e.code.startsWith(QStringLiteral("undo.")))
            texts << EventText::render(e);
    }
    return texts;
}

} // namespace

TEST_CASE("push, undo, redo and undo again each store once: the case, the timeline and the audit trail in step") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    const QString first = c.story;
    const QString second = QStringLiteral("De hulp kwam niet; de wijkcoach belde niet terug.");
    const QString forth = first + QStringLiteral(" → ") + second;
    const QString back = second + QStringLiteral(" → ") + first;
    Case after = c;
    after.story = second;

    // The push runs the command's first redo(), which stores the edit: one audit row, no note.
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Verhaal wijzigen"));
    CHECK(f.stack.count() == 2);
    CHECK(f.stored(c.id).story == second);
    CHECK(auditOf(f, c.id, QStringLiteral("story")) == QStringList{forth});
    CHECK(notes(f.stored(c.id)).isEmpty());

    f.stack.undo();
    CHECK(f.stored(c.id).story == first);
    CHECK(auditOf(f, c.id, QStringLiteral("story")) == QStringList{forth, back});
    CHECK(notes(f.stored(c.id)) == QStringList{QStringLiteral("Ongedaan gemaakt: wijziging van verhaal")});

    f.stack.redo();
    CHECK(f.stored(c.id).story == second);
    CHECK(auditOf(f, c.id, QStringLiteral("story")) == QStringList{forth, back, forth});
    CHECK(notes(f.stored(c.id)) == QStringList{QStringLiteral("Ongedaan gemaakt: wijziging van verhaal"),
                                               QStringLiteral("Opnieuw uitgevoerd: wijziging van verhaal")});

    f.stack.undo();
    CHECK(f.stored(c.id).story == first);
    CHECK(auditOf(f, c.id, QStringLiteral("story")) == QStringList{forth, back, forth, back});
    CHECK(notes(f.stored(c.id)).size() == 3);
    CHECK(f.stack.count() == 2);
    CHECK(f.stack.index() == 1);
}

TEST_CASE("a transition is taken by the stack's first redo, and undo, redo and undo again each audit the phase once") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    const qsizetype entries = f.stored(c.id).events.size();
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal)));
    CHECK(c.phase == Phase::Informal);
    CHECK(f.stack.undoText() == QStringLiteral("Fase: Informeel oplossen (%1)").arg(c.reference));
    const QStringList once = auditOf(f, c.id, QStringLiteral("phase"));
    REQUIRE(once.size() == 1);
    // The transition's own timeline entry, and no undo note.
    CHECK(f.stored(c.id).events.size() == entries + 1);

    const QString forth = once.first();
    const QStringList halves = forth.split(QStringLiteral(" → "));
    const QString back = halves.at(1) + QStringLiteral(" → ") + halves.at(0);
    f.stack.undo();
    CHECK(f.stored(c.id).phase == Phase::Intake);
    CHECK(auditOf(f, c.id, QStringLiteral("phase")) == QStringList{forth, back});
    f.stack.redo();
    CHECK(f.stored(c.id).phase == Phase::Informal);
    CHECK(auditOf(f, c.id, QStringLiteral("phase")) == QStringList{forth, back, forth});
    f.stack.undo();
    CHECK(f.stored(c.id).phase == Phase::Intake);
    CHECK(auditOf(f, c.id, QStringLiteral("phase")) == QStringList{forth, back, forth, back});
    CHECK(notes(f.stored(c.id)) == QStringList{QStringLiteral("Ongedaan gemaakt: Fase: Informeel oplossen"),
                                               QStringLiteral("Opnieuw uitgevoerd: Fase: Informeel oplossen"),
                                               QStringLiteral("Ongedaan gemaakt: Fase: Informeel oplossen")});
}

TEST_CASE("an edit over a colleague's change is refused when pushed, and nothing is stored or kept on the stack") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    auto other = f.reopen();
    Case theirs = other->cases().load(c.id);
    theirs.story = QStringLiteral("Aangevuld door een collega.");
    other->cases().save(theirs);

    // Still the revision as loaded before the colleague's save.
    Case mine = c;
    mine.story = QStringLiteral("Mijn versie.");
    const qsizetype rows = AuditLog(f.session->database()).forCase(c.id).size();
    try {
        CaseCommands::edit(f.stack, *f.session, f.notifier, c, mine, QStringLiteral("Verhaal wijzigen"));
        FAIL("the edit was stored over the colleague's change");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
        CHECK(e.message().startsWith(
            QStringLiteral("Zaak %1 is intussen door iemand anders gewijzigd.").arg(c.reference)));
    }
    CHECK(f.stack.count() == 1);
    CHECK(mine.revision == c.revision);
    CHECK(f.stored(c.id).story == theirs.story);
    CHECK(AuditLog(f.session->database()).forCase(c.id).size() == rows);
}

TEST_CASE("a redo over a colleague's change to the same field is dropped with the conflict message") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    Case after = c;
    after.story = QStringLiteral("Mijn versie.");
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Verhaal wijzigen"));
    f.stack.undo();

    auto other = f.reopen();
    Case theirs = other->cases().load(c.id);
    theirs.story = QStringLiteral("Aangevuld door een collega.");
    other->cases().save(theirs);
    const qsizetype rows = AuditLog(f.session->database()).forCase(c.id).size();

    QSignalSpy failed(&CaseCommandContext::of(f.stack), &CaseCommandContext::failed);
    f.stack.redo();
    CHECK(f.stored(c.id).story == theirs.story);
    CHECK(AuditLog(f.session->database()).forCase(c.id).size() == rows);
    CHECK(f.stack.count() == 1);
    REQUIRE(failed.wait(1000));
    CHECK(failed.at(0).at(0).toString() ==
          QStringLiteral("\u201eVerhaal wijzigen\u201d kon niet opnieuw worden uitgevoerd."));
    CHECK(failed.at(0).at(1).toString() ==
          QStringLiteral("Zaak %1 is intussen gewijzigd (verhaal); die wijziging blijft staan.").arg(c.reference));
}

TEST_CASE("registering a case stores it at once, and undo removes it again with an audit row") {
    CaseFileFixture f(d("2025-03-10"));
    QSignalSpy added(&f.notifier, &CaseNotifier::caseAdded);
    QSignalSpy removed(&f.notifier, &CaseNotifier::caseRemoved);
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);

    REQUIRE(c.id > 0);
    CHECK(c.reference == QStringLiteral("KL-2025-0001"));
    CHECK(f.stored(c.id) == c);
    CHECK(added.size() == 1);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.command(0)->text() == QStringLiteral("Zaak registreren"));
    CHECK(f.stack.undoText() == QStringLiteral("Zaak registreren (KL-2025-0001)"));

    f.at("2025-03-10", 9, 5);
    f.stack.undo();
    CHECK(removed.size() == 1);
    CHECK_THROWS_AS(f.stored(c.id), StorageError);
    const QList<AuditEntry> trail = AuditLog(f.session->database()).forCase(c.id);
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.constLast().action == QStringLiteral("delete"));
    CHECK(trail.constLast().oldValue == QStringLiteral("KL-2025-0001"));

    f.stack.redo();
    CHECK(added.size() == 2);
    const qint64 id = CaseCommandContext::of(f.stack).currentId(c.id);
    const Case back = f.stored(id);
    CHECK(back.reference == QStringLiteral("KL-2025-0001"));
    CHECK(CaseState::same(back, c));
    CHECK(hasNote(back, QStringLiteral("Opnieuw uitgevoerd: Zaak registreren")));
}

TEST_CASE("undoing an edit restores the field, keeps the timeline and says so in it") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    QSignalSpy changed(&f.notifier, &CaseNotifier::caseChanged);

    Case after = c;
    after.story = QStringLiteral("De hulp kwam niet; de wijkcoach belde niet terug.");
    after.handler = QStringLiteral("Ruud Jansen");
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Verhaal wijzigen"));
    CHECK(after.revision == c.revision + 1);
    CHECK(f.stored(c.id).story == after.story);
    CHECK(changed.size() == 1);
    CHECK(f.stack.count() == 2);

    f.at("2025-03-10", 10, 15);
    f.stack.undo();
    Case undone = f.stored(c.id);
    CHECK(undone.story == c.story);
    CHECK(undone.handler == c.handler);
    CHECK(CaseState::same(undone, c));
    REQUIRE(undone.events.size() == c.events.size() + 1);
    const CaseEvent& note = undone.events.constLast();
    // Recorded as codes (which fields), read in the reader's language.
    CHECK(note.code == QStringLiteral("undo.undone"));
    CHECK(note.params.value(QStringLiteral("fields")) == QStringLiteral("story,handler"));
    CHECK(EventText::render(note) == QStringLiteral("Ongedaan gemaakt: wijziging van verhaal en behandelaar"));
    CHECK(note.author == QStringLiteral("Fatima Bakkali"));
    CHECK(note.at == QDateTime(d("2025-03-10"), QTime(10, 15)));

    f.stack.redo();
    Case redone = f.stored(c.id);
    CHECK(CaseState::same(redone, after));
    CHECK(EventText::render(redone.events.constLast()) ==
          QStringLiteral("Opnieuw uitgevoerd: wijziging van verhaal en behandelaar"));
    CHECK(changed.size() == 3);

    // An edit that changes nothing stores and pushes nothing.
    Case same = redone;
    CaseCommands::edit(f.stack, *f.session, f.notifier, redone, same, QStringLiteral("Niets"));
    CHECK(f.stack.count() == 2);
    CHECK(f.stored(c.id).revision == redone.revision);
}

TEST_CASE("an edit keeps its own copy of the state before, even when a view reloads the caller's case") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    // A view that reloads its case on every announcement, and passes that case as `before`.
    Case shown = c;
    QObject::connect(&f.notifier, &CaseNotifier::caseChanged, [&](qint64 id) { shown = f.session->cases().load(id); });
    Case after = shown;
    after.handler = QStringLiteral("Ruud Jansen");
    CaseCommands::edit(f.stack, *f.session, f.notifier, shown, after, QStringLiteral("Behandelaar wijzigen"));
    CHECK(shown.handler == QStringLiteral("Ruud Jansen"));
    f.stack.undo();
    CHECK(f.stored(c.id).handler == c.handler);
}

TEST_CASE("undoing a transition restores the phase and adds a note, and redo takes it again") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal)));
    f.at("2025-03-12");
    const Case informal = c;
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartFormal)));
    CHECK(f.stack.command(f.stack.count() - 1)->text() == QStringLiteral("Fase: Formeel behandelen"));
    CHECK(f.stored(c.id).phase == Phase::Formal);

    f.stack.undo();
    Case back = f.stored(c.id);
    CHECK(back.phase == Phase::Informal);
    CHECK(CaseState::same(back, informal));
    // The timeline keeps the transition's entry and tells it was undone.
    CHECK(back.events.size() == informal.events.size() + 2);
    CHECK(EventText::render(back.events.constLast()) == QStringLiteral("Ongedaan gemaakt: Fase: Formeel behandelen"));

    f.stack.redo();
    CHECK(f.stored(c.id).phase == Phase::Formal);
    CHECK(EventText::render(f.stored(c.id).events.constLast()) ==
          QStringLiteral("Opnieuw uitgevoerd: Fase: Formeel behandelen"));

    // A refused transition stores and pushes nothing.
    const int commands = f.stack.count();
    Case formal = f.stored(c.id);
    const TransitionResult refused =
        CaseCommands::transition(f.stack, *f.session, f.notifier, formal, TransitionRequest::of(WorkflowAction::Judge));
    CHECK_FALSE(refused);
    CHECK(refused.reason.contains(QStringLiteral("art. 9:10 Awb")));
    CHECK(f.stack.count() == commands);
    CHECK(f.stored(c.id) == formal);
}

TEST_CASE("a timeline entry is attributed and timed, and undo withdraws it with a note while the entry stays") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    f.at("2025-03-10", 11, 20);
    CaseEvent call;
    call.kind = EventKind::ContactMoment;
    call.text = QStringLiteral("Mevrouw teruggebeld; de aanbieder komt donderdag.");
    CaseCommands::addEvent(f.stack, *f.session, f.notifier, c.id, call);
    CHECK(call.id > 0);
    CHECK(call.author == QStringLiteral("Fatima Bakkali"));
    CHECK(call.at == QDateTime(d("2025-03-10"), QTime(11, 20)));
    CHECK(f.stack.command(1)->text() == QStringLiteral("Tijdlijn: contactmoment"));
    const int revision = f.stored(c.id).revision;

    f.stack.undo();
    const Case undone = f.stored(c.id);
    CHECK(undone.revision == revision);
    CHECK(undone.events.contains(call));
    CHECK(EventText::render(undone.events.constLast())
              .startsWith(QStringLiteral(
                  "Ongedaan gemaakt: Tijdlijn: contactmoment van ma 10 mrt 2025 11:20 (\u201eMevrouw teruggebeld")));
    f.stack.redo();
    CHECK(EventText::render(f.stored(c.id).events.constLast())
              .startsWith(QStringLiteral("Opnieuw uitgevoerd: Tijdlijn: contactmoment")));
}

TEST_CASE("an undo that would overwrite someone else's change is dropped and reported, nothing stored") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    Case after = c;
    after.story = QStringLiteral("Eerste versie van het verhaal.");
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Verhaal wijzigen"));
    Case mine = after;
    mine.handler = QStringLiteral("Ruud Jansen");
    CaseCommands::edit(f.stack, *f.session, f.notifier, after, mine, QStringLiteral("Behandelaar wijzigen"));

    // A colleague changes the story in another window.
    auto other = f.reopen();
    Case theirs = other->cases().load(c.id);
    theirs.story = QStringLiteral("Aangevuld door een collega.");
    other->cases().save(theirs);

    QSignalSpy failed(&CaseCommandContext::of(f.stack), &CaseCommandContext::failed);
    QSignalSpy changed(&f.notifier, &CaseNotifier::caseChanged);
    // Undoing the handler edit touches another field: fine, the colleague's story stays.
    f.stack.undo();
    Case stored = f.stored(c.id);
    CHECK(stored.handler == c.handler);
    CHECK(stored.story == theirs.story);
    CHECK(f.stack.count() == 3);

    // Undoing the story edit would overwrite the colleague's story: refused.
    const int revision = stored.revision;
    const qsizetype entries = stored.events.size();
    f.stack.undo();
    stored = f.stored(c.id);
    CHECK(stored.story == theirs.story);
    CHECK(stored.revision == revision);
    CHECK(stored.events.size() == entries);
    CHECK(f.stack.count() == 2); // the command was dropped
    CHECK(changed.size() >= 2);
    CHECK(failed.isEmpty()); // queued
    REQUIRE(failed.wait(1000));
    CHECK(failed.at(0).at(0).toString() ==
          QStringLiteral("\u201eVerhaal wijzigen\u201d kon niet ongedaan worden gemaakt."));
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("verhaal")));
}

TEST_CASE("a registration is not undone once a colleague has worked on the case") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    auto other = f.reopen();
    CaseEvent call;
    call.kind = EventKind::ContactMoment;
    call.text = QStringLiteral("Collega sprak mevrouw aan de balie.");
    other->cases().addEvent(c.id, call);

    QSignalSpy failed(&CaseCommandContext::of(f.stack), &CaseCommandContext::failed);
    f.stack.undo();
    CHECK(f.stored(c.id).events.size() == 1);
    CHECK(f.stack.count() == 0);
    REQUIRE(failed.wait(1000));
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("na de registratie")));
}

TEST_CASE("undo and redo of an edit keep the complaint parts as stored, also parts a colleague changed meanwhile") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    c.parts = {ComplaintPart{QStringLiteral("Niet teruggebeld."), QString(), Outcome::None},
               ComplaintPart{QStringLiteral("Onvriendelijk aan de balie."), QString(), Outcome::None}};
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    REQUIRE(f.stored(c.id).parts == c.parts);
    const QString first = c.story;
    Case after = c;
    after.story = QStringLiteral("Mevrouw werd niet teruggebeld en aan de balie afgescheept.");
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Verhaal wijzigen"));
    REQUIRE(f.stored(c.id).parts == c.parts);

    // Undone and redone, the edit of the story leaves both parts as they are.
    f.stack.undo();
    CHECK(f.stored(c.id).story == first);
    CHECK(f.stored(c.id).parts == c.parts);
    f.stack.redo();
    CHECK(f.stored(c.id).story == after.story);
    CHECK(f.stored(c.id).parts == c.parts);

    // A colleague judges the first part, drops the second and adds a third (from the command line):
    // an undo of the story takes none of it back, nor brings the dropped part back.
    auto other = f.reopen();
    Case theirs = other->cases().load(c.id);
    theirs.parts[0].findings = QStringLiteral("Het terugbelverzoek is niet doorgezet.");
    theirs.parts[0].judgment = Outcome::Upheld;
    theirs.parts.removeAt(1);
    theirs.parts.append(ComplaintPart{QStringLiteral("Brief te laat."), QString(), Outcome::None});
    other->cases().save(theirs);

    f.stack.undo();
    CHECK(f.stored(c.id).story == first);
    CHECK(f.stored(c.id).parts == theirs.parts);
    f.stack.redo();
    CHECK(f.stored(c.id).story == after.story);
    CHECK(f.stored(c.id).parts == theirs.parts);
}

TEST_CASE("the undo state covers every field of a case except identity, timeline and revision") {
    Case full = CaseBuilder::everyField();
    full.id = 7;
    full.revision = 4;
    full.ombudsmanKind = OmbudsmanKind::Municipal;
    full.ombudsmanOutcome = OmbudsmanOutcome::Intervention;
    full.ombudsmanOutcomeOn = d("2025-05-12");
    full.parts.clear(); // the complaint parts are not edited in a window, nor undone (casestate.h)

    Case blank;
    blank.id = full.id;
    blank.reference = full.reference;
    blank.revision = full.revision;
    blank.events = full.events;
    CHECK(CaseState::differences(blank, full).size() == 40);
    CaseState::reapply(blank, Case{}, full);
    CHECK(blank == full);
    CHECK(CaseState::same(blank, full));
}

TEST_CASE("a registration and its first step in one macro are undone and redone together") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    f.stack.beginMacro(QStringLiteral("Nieuwe melding registreren"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal)));
    f.stack.endMacro();
    REQUIRE(f.stack.count() == 1);

    f.stack.undo();
    CHECK_THROWS_AS(f.stored(c.id), StorageError);
    f.stack.redo();
    const qint64 id = CaseCommandContext::of(f.stack).currentId(c.id);
    const Case back = f.stored(id);
    CHECK(back.reference == c.reference);
    CHECK(back.phase == Phase::Informal);
    CHECK(EventText::render(back.events.constLast()) == QStringLiteral("Opnieuw uitgevoerd: Fase: Informeel oplossen"));
    f.stack.undo();
    CHECK_THROWS_AS(f.stored(CaseCommandContext::of(f.stack).currentId(c.id)), StorageError);
}

TEST_CASE("undo and redo keep the deadlines stored with the case equal to the engine's") {
    // Phone complaint of Mon 10 Mar 2025: first contact + 5 working days = Mon 17 Mar (policy), handling
    // by analogy + 6 weeks = Mon 21 Apr tweede Paasdag → Tue 22 Apr.
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    DeadlineStore store(f.session->database());
    const auto kinds = [&] {
        QStringList result;
        for (const StoredDeadline& s : DeadlineStore(f.session->database()).stored(c.id))
            result << DeadlineText::code(s.kind) + QLatin1Char(' ') + s.due.toString(Qt::ISODate);
        return result;
    };
    const QStringList before = kinds();
    REQUIRE(before.contains(QStringLiteral("handling 2025-04-22")));
    Case after = c;
    after.firstContactOn = d("2025-03-11");
    CaseCommands::edit(f.stack, *f.session, f.notifier, c, after, QStringLiteral("Contact"));
    CHECK_FALSE(kinds().join(QLatin1Char(' ')).contains(QStringLiteral("first_contact")));
    CHECK(store.verify().isEmpty());
    f.stack.undo();
    CHECK(kinds() == before);
    CHECK(store.verify().isEmpty());
    f.stack.redo();
    CHECK_FALSE(kinds().join(QLatin1Char(' ')).contains(QStringLiteral("first_contact")));
    // Undoing the registration takes its stored deadlines along.
    f.stack.undo();
    f.stack.undo();
    CHECK(SqlQuery::scalar(f.session->database(), QStringLiteral("SELECT count(*) FROM case_deadlines")).toInt() == 0);
}
