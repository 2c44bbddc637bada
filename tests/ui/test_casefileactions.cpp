// The action bar offers exactly what the workflow allows, and a refusal stores nothing.
#include "test_casefilefixture.h"

#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"

#include <QLabel>
#include <QPushButton>

namespace {

QSet<WorkflowAction> visibleActions(CaseFileWidget& w) {
    QSet<WorkflowAction> visible;
    for (WorkflowAction action : Workflow::allActions()) {
        auto* button = w.findChild<QPushButton*>(QStringLiteral("action_") + Workflow::code(action));
        REQUIRE(button);
        if (!button->isHidden())
            visible.insert(action);
    }
    return visible;
}

QSet<WorkflowAction> setOf(std::initializer_list<WorkflowAction> actions) {
    return QSet<WorkflowAction>(actions.begin(), actions.end());
}

} // namespace

TEST_CASE("each phase shows only the action buttons the workflow allows") {
    using A = WorkflowAction;
    CaseFileFixture f(d("2025-03-07"));
    Case c = phoneComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    const auto step = [&](A action) {
        TransitionRequest r = TransitionRequest::of(action);
        r.exception = HearingException::KlagerWaived;
        r.judgment = Outcome::Rejected;
        REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c, r));
    };

    // Luisteren
    CHECK(visibleActions(w) == setOf({A::StartInformal, A::Refer, A::RecordFirstContact, A::RecordAcknowledgement,
                                      A::DeclineToHandle, A::Withdraw}));
    step(A::StartInformal);
    // Oplossen
    CHECK(visibleActions(w) ==
          setOf({A::ResolveToSatisfaction, A::Refer, A::StartFormal, A::Adjourn, A::RecordFirstContact,
                 A::RecordAcknowledgement, A::DeclineToHandle, A::Withdraw}));
    step(A::RecordFirstContact);
    step(A::StartFormal);
    // Standpunt, not yet heard: no judgment offered.
    CHECK(visibleActions(w) == setOf({A::ResolveToSatisfaction, A::PlanHearing, A::RecordHearing,
                                      A::RecordHearingException, A::Adjourn, A::RecordAcknowledgement, A::Withdraw}));
    step(A::RecordHearingException);
    CHECK(visibleActions(w).contains(A::Judge));
    step(A::Adjourn);
    CHECK_FALSE(visibleActions(w).contains(A::Adjourn));
    CHECK(visibleActions(w).contains(A::RecordConsent));
    step(A::Judge);
    // Afgesloten
    CHECK(visibleActions(w) == setOf({A::Reopen}));
    // Always exactly the workflow's list.
    const QList<WorkflowAction> allowed = f.session->workflow().availableActions(f.stored(c.id));
    CHECK(visibleActions(w) == QSet<WorkflowAction>(allowed.cbegin(), allowed.cend()));
    // The visible buttons carry distinct mnemonics that avoid the tabs' and fields' letters.
    step(A::Reopen);
    QString letters;
    for (WorkflowAction action : visibleActions(w)) {
        const QString text = w.findChild<QPushButton*>(QStringLiteral("action_") + Workflow::code(action))->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0) {
            const QChar letter = text.at(amp + 1).toLower();
            CHECK_FALSE(letters.contains(letter));
            CHECK_FALSE(QStringLiteral("otml").contains(letter));
            letters += letter;
        }
    }
    CHECK(letters.size() == visibleActions(w).size());
}

TEST_CASE("a refused transition shows the reason and stores nothing") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    c.conductDate = d("2025-02-20"); // three weeks ago: not "more than a year"
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    const Case before = f.stored(c.id);
    const int commands = f.stack.count();

    QString refusal;
    bool accepted = true;
    w.setDialogRunner([&](TransitionDialog& dialog) {
        choose(dialog, "groundCombo", NonHandlingGround::OlderThanOneYear);
        dialog.accept();
        refusal = dialog.refusal();
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("refusalLabel"));
        REQUIRE(label);
        CHECK_FALSE(label->isHidden());
        CHECK(label->text() == refusal);
        accepted = dialog.result() == QDialog::Accepted;
        return accepted;
    });
    w.startAction(WorkflowAction::DeclineToHandle);
    CHECK_FALSE(accepted);
    CHECK(refusal.contains(QStringLiteral("niet langer dan een jaar")));
    CHECK(refusal.contains(QStringLiteral("9:8 lid 1 b")));
    CHECK(f.stored(c.id) == before);
    CHECK(f.stack.count() == commands);

    // Without a ground the dialog says what is missing.
    w.setDialogRunner([&](TransitionDialog& dialog) {
        dialog.accept();
        refusal = dialog.refusal();
        return dialog.result() == QDialog::Accepted;
    });
    w.startAction(WorkflowAction::DeclineToHandle);
    CHECK(refusal.contains(QStringLiteral("Kies de grond")));
    CHECK(f.stored(c.id) == before);

    // A transition the case does not allow is not offered, and refused if started anyway.
    auto* judge = w.findChild<QPushButton*>(QStringLiteral("action_judge"));
    REQUIRE(judge);
    CHECK(judge->isHidden());
    w.setDialogRunner(accepting());
    w.startAction(WorkflowAction::Judge);
    CHECK(f.stored(c.id) == before);
    CHECK(f.stack.count() == commands);
}

TEST_CASE("adjourning shows the new date with its counting before anything is stored") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal)));
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);

    QString info;
    w.setDialogRunner([&](TransitionDialog& dialog) {
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("adjournInfo"));
        REQUIRE(label);
        info = label->text();
        return false; // the handler reads it and cancels
    });
    w.startAction(WorkflowAction::Adjourn);
    // 10 weeks after Fri 7 March 2025: Fri 16 May 2025.
    CHECK(info.contains(QStringLiteral("vr 16 mei 2025")));
    CHECK(info.contains(QStringLiteral("di 22 apr 2025")));
    CHECK(info.contains(QStringLiteral("Berekening:")));
    CHECK_FALSE(f.stored(c.id).isAdjourned());

    w.setDialogRunner(accepting());
    w.startAction(WorkflowAction::Adjourn);
    CHECK(f.stored(c.id).adjournedOn == d("2025-03-10"));
}
