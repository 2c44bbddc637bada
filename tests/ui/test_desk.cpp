// The handler's day through the main window: a phone call registered with the intake dialog
// (Ctrl+N), the case file opened, the complaint solved to the klager's satisfaction, and undo.
#include "test_casefilefixture.h"
#include "uitestsupport.h"

#include "casefile/casefilewidget.h"
#include "mainwindow.h"

TEST_CASE("a phone call registered at the desk is solved informally and closed to satisfaction") {
    CaseFileFixture f(d("2026-11-23"));
    f.session.reset(); // the window opens the file itself
    const QByteArray previousUser = qgetenv("USER");
    qputenv("USER", "Fatima Bakkali");
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));

    bool seen = false;
    answerIntake(
        {.klager = QStringLiteral("Mevrouw T. de Wit"),
         .story = QStringLiteral("De huishoudelijke hulp is al drie weken niet gekomen en niemand belt terug."),
         .desiredOutcome = QStringLiteral("Dat de hulp volgende week weer komt.")},
        &seen);
    const qint64 id = window.registerIntake();
    CHECK(seen);
    REQUIRE(id > 0);
    Case stored = f.stored(id);
    CHECK(stored.klager.name == QStringLiteral("Mevrouw T. de Wit"));
    CHECK(stored.channel == Channel::Phone);
    CHECK(stored.phase == Phase::Informal);          // the case opens in Oplossen
    CHECK(stored.firstContactOn == d("2026-11-23")); // the call itself was the first personal contact
    CHECK(stored.handler == QStringLiteral("Fatima Bakkali"));
    CHECK(stored.reference.startsWith(QStringLiteral("KL-2026-")));

    window.openCase(id);
    auto* file = window.findChild<CaseFileWidget*>();
    REQUIRE(file);
    REQUIRE(file->caseId() == id);
    f.at("2026-11-25", 10, 15);
    file->setDialogRunner(
        accepting([](TransitionDialog& dialog) { choose(dialog, "confirmationCombo", ConfirmationMethod::Phone); }));
    file->startAction(WorkflowAction::ResolveToSatisfaction);
    stored = f.stored(id);
    CHECK(stored.phase == Phase::Closed);
    CHECK(stored.outcome == Outcome::ResolvedToSatisfaction);
    CHECK(stored.satisfactionConfirmation == ConfirmationMethod::Phone);
    CHECK(stored.closedOn == d("2026-11-25"));
    CHECK(stored.followUpDue.isValid()); // "hoe gaat het nu?" is planned

    window.undoStack().undo(); // the solution, not the registration
    stored = f.stored(id);
    CHECK(stored.phase == Phase::Informal);
    CHECK(stored.outcome == Outcome::None);
    qputenv("USER", previousUser);
}
