// Not a check but a look: renders the case file of a demo municipality, one PNG per tab, so that a
// person can see what a handler sees. Hidden (tag [.]); on a file made by `aantafel-cli demo`, run
//   AANTAFEL_SCREENSHOT_FILE=/tmp/demo.aantafel AANTAFEL_SCREENSHOT_DIR=/tmp/shots ui_tests "[screenshots]"
// It picks an open formal case and a closed one.
#include "testsupport.h"

#include "casefile/casefilewidget.h"
#include "casefile/transitiondialog.h"
#include "casenotifier.h"
#include "domain/clock.h"
#include "letters/recordletterdialog.h"
#include "session/municipalitysession.h"
#include "workflow/intakeflags.h"

#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

namespace {

std::optional<Case> pick(MunicipalitySession& session, const std::function<bool(const Case&)>& wanted) {
    std::optional<Case> found;
    session.cases().forEach({}, [&](const Case& c) {
        if (!found && wanted(c))
            found = c;
    });
    return found;
}

void shoot(MunicipalitySession& session, qint64 id, const QString& name, const QString& dir, QSize size) {
    CaseNotifier notifier;
    QUndoStack stack;
    CaseFileWidget w(session, notifier, stack, id);
    w.resize(size);
    w.show();
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    REQUIRE(tabs);
    const QStringList tabNames{QStringLiteral("overzicht"), QStringLiteral("tijdlijn"), QStringLiteral("termijnen"),
                               QStringLiteral("leren")};
    for (int i = 0; i < tabs->count(); ++i) {
        w.showTab(CaseFileWidget::Tab(i));
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2-%3x%4.png").arg(name, tabNames.at(i)).arg(size.width()).arg(size.height()));
        CHECK(w.grab().save(file));
    }
}

} // namespace

TEST_CASE("screenshots of the case file on a demo municipality", "[.][screenshots]") {
    const QString file = qEnvironmentVariable("AANTAFEL_SCREENSHOT_FILE");
    const QString dir = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR", QDir::tempPath());
    if (file.isEmpty()) {
        WARN("AANTAFEL_SCREENSHOT_FILE is not set: no screenshots taken");
        return;
    }
    QDir().mkpath(dir);
    SystemClock clock;
    MunicipalitySession session(Database::open(file), clock, QStringLiteral("Schermafdruk"));

    const auto formal = pick(session, [](const Case& c) {
        return c.phase == Phase::Formal && c.kind == CaseKind::WrittenComplaint && c.hearingPlanned.isValid();
    });
    const auto closed = pick(session, [](const Case& c) {
        return c.phase == Phase::Closed && c.outcome == Outcome::ResolvedToSatisfaction;
    });
    const auto overdue = pick(session, [&](const Case& c) {
        const auto next = session.engine().nextDeadline(c, session.today());
        return c.isOpen() && next && next->status == DeadlineStatus::Overdue;
    });
    const auto informal = pick(session, [](const Case& c) { return c.phase == Phase::Informal; });
    const auto flagged = pick(session, [&](const Case& c) {
        return c.isOpen() &&
               IntakeChecks::flagsFor(session.cases().load(c.id), session.engine(), session.today()).size() > 0;
    });
    // Conduct older than a year (9:8 lid 1 b): a flag with the choice, not an overdue deadline.
    const auto oldConduct = pick(session, [&](const Case& c) {
        if (!c.isOpen())
            return false;
        const QList<IntakeFlag> flags =
            IntakeChecks::flagsFor(session.cases().load(c.id), session.engine(), session.today());
        return std::any_of(flags.cbegin(), flags.cend(),
                           [](const IntakeFlag& f) { return f.kind == IntakeFlagKind::ConductOlderThanOneYear; });
    });
    // A klaagschrift whose handling term passed without an afdoening: the 9:24 lid 1 b date in the header.
    const auto lapsed = pick(session, [&](const Case& c) {
        return c.isOpen() && c.kind == CaseKind::WrittenComplaint &&
               session.engine().ombudsmanTerm(c, session.today()).has_value();
    });
    REQUIRE(formal);
    REQUIRE(closed);
    if (oldConduct)
        shoot(session, oldConduct->id, QStringLiteral("oude-gedraging"), dir, QSize(1366, 620));
    if (lapsed)
        shoot(session, lapsed->id, QStringLiteral("ombudsman-lid-1b"), dir, QSize(1366, 620));
    for (const QSize size : {QSize(1366, 620), QSize(1100, 620)}) {
        shoot(session, formal->id, QStringLiteral("formeel"), dir, size);
        shoot(session, closed->id, QStringLiteral("afgesloten"), dir, size);
    }
    if (overdue)
        shoot(session, overdue->id, QStringLiteral("te-laat"), dir, QSize(1366, 620));
    if (flagged)
        shoot(session, flagged->id, QStringLiteral("signalen"), dir, QSize(1366, 620));

    // The dialogs, as they open (and one refusal).
    const auto dialog = [&](const Case& c, WorkflowAction action, const QString& name,
                            const std::function<void(TransitionDialog&)>& fill = {}) {
        TransitionDialog d(session, session.cases().load(c.id), action);
        if (fill)
            fill(d);
        d.show();
        d.resize(d.sizeHint());
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("dialoog-%1.png").arg(name))));
    };
    dialog(*formal, WorkflowAction::Judge, QStringLiteral("oordeel"));
    dialog(*formal, WorkflowAction::RecordHearing, QStringLiteral("horen"));
    dialog(*formal, WorkflowAction::RecordHearingException, QStringLiteral("afzien-van-horen"));
    dialog(*formal, WorkflowAction::RecordHearingReport, QStringLiteral("hoorverslag"));
    dialog(*formal, WorkflowAction::ReturnToInformal, QStringLiteral("terug-naar-informeel"));
    if (const auto committee = pick(session, [](const Case& c) { return c.phase == Phase::Formal && c.committee; }))
        dialog(*committee, WorkflowAction::RecordCommitteeAdvice, QStringLiteral("advies-commissie"));
    if (const auto judged = pick(session, [](const Case& c) { return Workflow::closedByDecision(c); })) {
        shoot(session, judged->id, QStringLiteral("afgedaan"), dir, QSize(1366, 620));
        dialog(*judged, WorkflowAction::Reopen, QStringLiteral("heropenen-nieuwe-klacht"));
    }
    {
        RecordLetterDialog d(session, session.cases().load(formal->id));
        d.chooseType(LetterType::Closing);
        d.show();
        d.resize(d.sizeHint());
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("dialoog-brief-van-elders.png"))));
    }
    if (informal) {
        dialog(*informal, WorkflowAction::ResolveToSatisfaction, QStringLiteral("opgelost"));
        dialog(*informal, WorkflowAction::Refer, QStringLiteral("doorverwijzen"));
        dialog(*informal, WorkflowAction::DeclineToHandle, QStringLiteral("niet-behandelen-geweigerd"),
               [](TransitionDialog& d) {
                   auto* ground = d.findChild<QComboBox*>(QStringLiteral("groundCombo"));
                   ground->setCurrentIndex(ground->findData(int(NonHandlingGround::OlderThanOneYear)));
                   d.accept();
               });
    }
}
