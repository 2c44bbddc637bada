// The action bar offers exactly what the workflow allows, and a refusal stores nothing.
#include "test_casefilefixture.h"

#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"
#include "letters/letterdialog.h"
#include "letters/recordletterdialog.h"

#include <QDateEdit>
#include <QTextEdit>

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
    c.subject.employee = QStringLiteral("J. de Groot");
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    const auto step = [&](A action, std::function<void(TransitionRequest&)> fill = {}) {
        TransitionRequest r = TransitionRequest::of(action);
        r.exception = HearingException::KlagerWaived;
        r.judgment = Outcome::Rejected;
        r.findings = QStringLiteral("Bevindingen.");
        r.conclusions = QStringLiteral("Conclusies.");
        r.letter = LetterOrigin::Program; // as LetterSender applies Adjourn and Close
        if (fill)
            fill(r);
        INFO(Workflow::code(action).toStdString());
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
    // Standpunt, nobody heard yet: no judgment, no verslag, no afdoening offered.
    CHECK(visibleActions(w) ==
          setOf({A::ResolveToSatisfaction, A::PlanHearing, A::RecordHearing, A::RecordHearingException, A::Adjourn,
                 A::ReturnToInformal, A::RecordAcknowledgement, A::DeclineToHandle, A::Withdraw}));
    // The visible buttons carry distinct mnemonics that avoid the tabs' and fields' letters.
    QString letters;
    for (WorkflowAction action : visibleActions(w)) {
        const QString text = w.findChild<QPushButton*>(QStringLiteral("action_") + Workflow::code(action))->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0) {
            const QChar letter = text.at(amp + 1).toLower();
            CHECK_FALSE(letters.contains(letter));
            CHECK_FALSE(QStringLiteral("otmlfi").contains(letter));
            letters += letter;
        }
    }
    CHECK(letters.size() == visibleActions(w).size());
    // The klager waived his hearing; J. de Groot must still have had the opportunity (9:10 lid 1).
    step(A::RecordHearingException);
    CHECK_FALSE(visibleActions(w).contains(A::Judge));
    step(A::RecordHearing, [](TransitionRequest& r) {
        r.person = HearingPerson::Beklaagde;
        r.respondent = RespondentHearing::Heard;
    });
    // J. de Groot was heard: the verslag comes first.
    CHECK(visibleActions(w).contains(A::RecordHearingReport));
    CHECK_FALSE(visibleActions(w).contains(A::Judge));
    step(A::RecordHearingReport, [](TransitionRequest& r) { r.text = QStringLiteral("Verslag."); });
    CHECK(visibleActions(w).contains(A::Judge));
    CHECK_FALSE(visibleActions(w).contains(A::Close)); // no judgment yet
    step(A::Adjourn);
    CHECK_FALSE(visibleActions(w).contains(A::Adjourn));
    CHECK(visibleActions(w).contains(A::RecordConsent));
    step(A::Judge);
    CHECK(visibleActions(w).contains(A::Close));
    step(A::Close);
    // Afgesloten by the afdoening: reopening starts a new complaint.
    CHECK(visibleActions(w) == setOf({A::Reopen}));
    // Always exactly the workflow's list.
    const QList<WorkflowAction> allowed = f.session->workflow().availableActions(f.stored(c.id));
    CHECK(visibleActions(w) == QSet<WorkflowAction>(allowed.cbegin(), allowed.cend()));
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

TEST_CASE("Verdagen opens the verdagingsbrief: the verdaging takes effect when it is sent") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    c.klager.address = QStringLiteral("Dorpsstraat 1\n1234 AB Tafeldam");
    c.subject.department = QStringLiteral("Team Wmo");
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c,
                                     TransitionRequest::of(WorkflowAction::StartInformal)));
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);

    // Read and closed without sending: nothing happened.
    QString text;
    w.setLetterRunner([&](QDialog& dialog) {
        auto* letters = dynamic_cast<LetterDialog*>(&dialog);
        REQUIRE(letters);
        REQUIRE(letters->currentType() == LetterType::Adjournment);
        text = letters->editor()->toPlainText();
    });
    w.startAction(WorkflowAction::Adjourn);
    // 10 weeks after Fri 7 March 2025: Fri 16 May 2025; the copy for nobody in particular goes to the head.
    CHECK(text.contains(QStringLiteral("vrijdag 16 mei 2025")));
    CHECK(text.contains(QStringLiteral("het hoofd van Team Wmo")));
    CHECK_FALSE(f.stored(c.id).isAdjourned());

    // Sent: adjourned on the letter's date.
    w.setLetterRunner([&](QDialog& dialog) {
        auto* letters = dynamic_cast<LetterDialog*>(&dialog);
        REQUIRE(letters);
        letters->setConfirm([](QWidget*, const QString&, const QString&) { return true; });
        INFO(letters->sendBlockedReason().toStdString());
        REQUIRE(letters->send());
    });
    w.startAction(WorkflowAction::Adjourn);
    CHECK(f.stored(c.id).adjournedOn == d("2025-03-10"));
    CHECK(w.message().isEmpty());
}

TEST_CASE("Brief van elders vastleggen records an afdoeningsbrief written elsewhere — it closes the complaint") {
    CaseFileFixture f(d("2025-04-15"));
    Case c = phoneComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    for (TransitionRequest r : {TransitionRequest::of(WorkflowAction::StartInformal, d("2025-03-10")),
                                TransitionRequest::of(WorkflowAction::StartFormal, d("2025-03-14")),
                                TransitionRequest::of(WorkflowAction::RecordHearingException, d("2025-03-20")),
                                TransitionRequest::of(WorkflowAction::Judge, d("2025-04-14"))}) {
        r.exception = HearingException::KlagerWaived;
        r.judgment = Outcome::Upheld;
        r.findings = QStringLiteral("De aanbieder is niet aangesproken.");
        r.conclusions = QStringLiteral("Excuses; de regie wordt strakker.");
        REQUIRE(CaseCommands::transition(f.stack, *f.session, f.notifier, c, r));
    }
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    auto* button = w.findChild<QPushButton*>(QStringLiteral("recordLetter"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    QString refusal;
    w.setLetterRunner([&](QDialog& dialog) {
        auto* record = dynamic_cast<RecordLetterDialog*>(&dialog);
        REQUIRE(record);
        record->chooseType(LetterType::Closing);
        record->findChild<QDateEdit*>(QStringLiteral("recordDate"))->setDate(d("2025-04-16")); // tomorrow
        record->accept();
        refusal = record->refusal();
        record->findChild<QDateEdit*>(QStringLiteral("recordDate"))->setDate(d("2025-04-11"));
        record->accept();
    });
    w.recordLetterSentElsewhere();
    CHECK(refusal.contains(QStringLiteral("toekomst")));
    const Case stored = f.stored(c.id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::Upheld);
    CHECK(stored.closedOn == d("2025-04-11"));
    CHECK(stored.closingNoticeSent == d("2025-04-11"));
    CHECK(stored.events.constLast().params.value(QStringLiteral("origin")) == QStringLiteral("elsewhere"));
    CHECK(w.currentCase().phase == Phase::Closed); // the case file followed
}
