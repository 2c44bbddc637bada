// The case file as a handler uses it: a phone complaint solved informally with the timeline kept
// by keyboard, and a klaagschrift taken through the formal procedure to a judgment. What counts is
// what is stored, so every test reads the case back through a fresh session on the same file.
#include "test_casefilefixture.h"

#include "workflow/eventtext.h"

#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"
#include "letters/letterdialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

namespace {

QPushButton* actionButton(CaseFileWidget& w, WorkflowAction action) {
    auto* button = w.findChild<QPushButton*>(QStringLiteral("action_") + Workflow::code(action));
    REQUIRE(button);
    return button;
}

// Clicks the action's button; the button must be offered.
void click(CaseFileWidget& w, WorkflowAction action) {
    QPushButton* button = actionButton(w, action);
    INFO("action " << Workflow::code(action).toStdString());
    REQUIRE_FALSE(button->isHidden());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("a phone complaint is solved informally: timeline by keyboard, then resolved to satisfaction") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);

    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.resize(1366, 768);
    w.show();
    CHECK(w.title() == QStringLiteral("KL-2025-0001 \u00b7 Mevrouw A. Jansen"));
    w.setDialogRunner(accepting());
    click(w, WorkflowAction::StartInformal);
    CHECK(f.stored(c.id).phase == Phase::Informal);
    CHECK(w.currentCase().phase == Phase::Informal);

    // The timeline: kind, text, Ctrl+Enter; twice.
    w.showTab(CaseFileWidget::Tab::Timeline);
    auto* kind = w.findChild<QComboBox*>(QStringLiteral("timelineKind"));
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("timelineText"));
    REQUIRE(kind);
    REQUIRE(text);
    f.at("2025-03-10", 10, 30);
    QTest::keyClicks(text, QStringLiteral("Mevrouw gebeld: de hulp is sinds 17 februari niet geweest."));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(text->toPlainText().isEmpty());
    f.at("2025-03-10", 10, 45);
    QTest::keyClick(kind, Qt::Key_A); // "Afspraak"
    CHECK(kind->currentText() == EnumText::label(EventKind::Agreement));
    QTest::keyClicks(text, QStringLiteral("Toegezegd: De Linde komt donderdag; ik bel vrijdag na."));
    QTest::keyClick(text, Qt::Key_Enter, Qt::ControlModifier);

    auto* list = w.findChild<QTreeWidget*>(QStringLiteral("timelineList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() >= 3);
    CHECK(list->topLevelItem(0)->text(1) == EnumText::label(EventKind::Agreement)); // newest first
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Fatima Bakkali"));
    CHECK(list->topLevelItem(1)->text(1) == EnumText::label(EventKind::ContactMoment));

    // Resolved: the klager confirmed by phone; the follow-up call defaults to the policy term.
    f.at("2025-03-14", 15, 0);
    QDate offeredFollowUp;
    w.setDialogRunner(accepting([&](TransitionDialog& dialog) {
        choose(dialog, "confirmationCombo", ConfirmationMethod::Phone);
        auto* followUp = dialog.findChild<QDateEdit*>(QStringLiteral("followUpEdit"));
        REQUIRE(followUp);
        offeredFollowUp = followUp->date();
    }));
    click(w, WorkflowAction::ResolveToSatisfaction);

    const Case stored = f.stored(c.id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::ResolvedToSatisfaction);
    CHECK(stored.satisfactionConfirmation == ConfirmationMethod::Phone);
    CHECK(stored.closedOn == d("2025-03-14"));
    CHECK(offeredFollowUp == d("2025-04-04")); // 15 working days after Fri 14 March
    CHECK(stored.followUpDue == offeredFollowUp);
    const auto entry = [&](EventKind k) {
        const auto it =
            std::find_if(stored.events.cbegin(), stored.events.cend(), [k](const CaseEvent& e) { return e.kind == k; });
        REQUIRE(it != stored.events.cend());
        return *it;
    };
    const CaseEvent contact = entry(EventKind::ContactMoment);
    CHECK(contact.author == QStringLiteral("Fatima Bakkali"));
    CHECK(contact.at == QDateTime(d("2025-03-10"), QTime(10, 30)));
    CHECK(contact.text.startsWith(QStringLiteral("Mevrouw gebeld")));
    const CaseEvent agreement = entry(EventKind::Agreement);
    CHECK(agreement.author == QStringLiteral("Fatima Bakkali"));
    CHECK(agreement.at == QDateTime(d("2025-03-10"), QTime(10, 45)));
    CHECK(agreement.text.startsWith(QStringLiteral("Toegezegd")));
    CHECK(stored.events.constLast().kind == EventKind::PhaseChange);
    CHECK(EventText::render(stored.events.constLast()).contains(QStringLiteral("telefonisch")));

    // The closed case offers only what a closed, solved case allows.
    const QString facts = w.findChild<QLabel*>(QStringLiteral("caseFacts"))->text().replace(QChar::Nbsp, u' ');
    CHECK(facts.contains(QStringLiteral("uitkomst: Naar tevredenheid opgelost")));
    CHECK_FALSE(actionButton(w, WorkflowAction::Reopen)->isHidden());
    CHECK_FALSE(actionButton(w, WorkflowAction::RecordFollowUp)->isHidden());
    CHECK(actionButton(w, WorkflowAction::ResolveToSatisfaction)->isHidden());
}

TEST_CASE("a klaagschrift goes formal: hearing planned and held, the verslag, judged gegrond, closed by its letter") {
    CaseFileFixture f(d("2025-03-07"));
    Case c = phoneComplaint(d("2025-03-07"), QStringLiteral("De heer K. Bakker"));
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::Letter;
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.setDialogRunner(accepting());

    click(w, WorkflowAction::StartInformal);
    f.at("2025-03-12");
    click(w, WorkflowAction::StartFormal);
    CHECK(f.stored(c.id).phase == Phase::Formal);
    CHECK(actionButton(w, WorkflowAction::Judge)->isHidden());

    w.setDialogRunner(accepting([](TransitionDialog& dialog) {
        dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(d("2025-03-26"));
    }));
    click(w, WorkflowAction::PlanHearing);
    CHECK(f.stored(c.id).hearingPlanned == d("2025-03-26"));

    f.at("2025-03-26", 16, 0);
    QDate offered;
    w.setDialogRunner(accepting(
        [&](TransitionDialog& dialog) { offered = dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->date(); }));
    click(w, WorkflowAction::RecordHearing);
    CHECK(offered == d("2025-03-26"));
    CHECK(f.stored(c.id).hearingHeld == d("2025-03-26"));
    CHECK(actionButton(w, WorkflowAction::Judge)->isHidden()); // first the verslag (9:10 lid 3)

    f.at("2025-03-28");
    w.setDialogRunner(accepting([](TransitionDialog& dialog) {
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportEdit"))
            ->setPlainText(QStringLiteral("Klager licht toe dat niemand terugbelde."));
    }));
    click(w, WorkflowAction::RecordHearingReport);
    CHECK(f.stored(c.id).hearingReportSent == d("2025-03-28"));

    f.at("2025-04-09");
    w.setDialogRunner(accepting([](TransitionDialog& dialog) {
        auto* upheld = dialog.findChild<QRadioButton*>(QStringLiteral("judgment_upheld"));
        REQUIRE(upheld);
        upheld->setChecked(true);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("findingsEdit"))
            ->setPlainText(QStringLiteral("Er is drie keer niet teruggebeld."));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("conclusionsEdit"))
            ->setPlainText(QStringLiteral("Wij bieden excuses aan."));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
            ->setPlainText(QStringLiteral("Excuses aangeboden."));
    }));
    click(w, WorkflowAction::Judge);
    // The judgment alone closes nothing (art. 9:12 lid 1): the complaint is still open.
    CHECK(f.stored(c.id).phase == Phase::Formal);
    CHECK(f.stored(c.id).judgment == Outcome::Upheld);

    // Afdoen opens the afdoeningsbrief; sending it closes the complaint on the letter's date.
    f.at("2025-04-10");
    w.setLetterRunner([&](QDialog& dialog) {
        auto* letters = dynamic_cast<LetterDialog*>(&dialog);
        REQUIRE(letters);
        REQUIRE(letters->currentType() == LetterType::Closing);
        letters->setConfirm([](QWidget*, const QString&, const QString&) { return true; });
        INFO(letters->sendBlockedReason().toStdString());
        REQUIRE(letters->send());
    });
    click(w, WorkflowAction::Close);

    auto other = f.reopen();
    const Case stored = other->cases().load(c.id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::Upheld);
    CHECK(stored.closedOn == d("2025-04-10"));
    CHECK(stored.closingNoticeSent == d("2025-04-10"));
    CHECK(stored.hearingPlanned == d("2025-03-26"));
    CHECK(stored.hearingHeld == d("2025-03-26"));
    QStringList texts;
    for (const CaseEvent& e : stored.events)
        texts << EventText::render(e).section(u'\n', 0, 0);
    CHECK(texts.contains(QStringLiteral("Formeel behandelen: van Oplossen naar Standpunt")));
    CHECK(texts.contains(QStringLiteral("Horen vastleggen: wo 26 mrt 2025")));
    CHECK(texts.contains(QStringLiteral("Oordeel vastleggen: wo 9 apr 2025")));
    CHECK(texts.contains(QStringLiteral("Afdoen: van Standpunt naar Afgesloten")));
    CHECK(stored.events.constLast().kind == EventKind::Letter);
    const auto judged = std::find_if(stored.events.cbegin(), stored.events.cend(),
                                     [](const CaseEvent& e) { return e.code == QStringLiteral("workflow.judge"); });
    REQUIRE(judged != stored.events.cend());
    CHECK(EventText::render(*judged).contains(QStringLiteral("Oordeel: Gegrond.")));
    CHECK(EventText::render(*judged).contains(QStringLiteral("Excuses aangeboden.")));
    CHECK(judged->author == QStringLiteral("Fatima Bakkali"));
    // The handling term was met: the afdoeningsbrief went out before Tue 22 April.
    const std::optional<Deadline> handling = other->engine().governingHandlingDeadline(stored, d("2025-04-10"));
    REQUIRE(handling);
    CHECK(handling->status == DeadlineStatus::Met);
}
