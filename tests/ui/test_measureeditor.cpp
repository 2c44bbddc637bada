// The measure editor and the case's Leren tab: a measure is stored with its fields and links in one
// go, refused without a title, linked by reference, and listed in every linked case's Leren tab.
#include "learningfixture.h"

#include "casefile/casefilewidget.h"
#include "commands/casecommandcontext.h"
#include "commands/casecommands.h"
#include "commands/measurecommands.h"
#include "learning/casemeasurespanel.h"
#include "learning/measurerepository.h"
#include "storage/sqlquery.h"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

namespace {

// Two privacy complaints and a stored measure linked to the first: where the editing tests start.
struct LinkedMeasure {
    explicit LinkedMeasure(CaseFileFixture& f)
        : a(storedComplaint(f, "2026-04-01", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken")))
        , b(storedComplaint(f, "2026-04-02", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"))) {
        measure.title = QStringLiteral("Brieven zonder BSN");
        measure.caseIds = {a.id};
        MeasureRepository(*f.session).save(measure);
    }
    Case a;
    Case b;
    Measure measure;
};

} // namespace

TEST_CASE("the measure editor stores every field and the linked cases, and tells the notifier") {
    CaseFileFixture f(d("2026-05-04"));
    const Case a = storedComplaint(f, "2026-04-01", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    const Case b = storedComplaint(f, "2026-04-08", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    QSignalSpy changed(&f.notifier, &CaseNotifier::measuresChanged);

    Measure fresh;
    fresh.caseIds = {a.id};
    MeasureEditor editor(*f.session, f.notifier, f.stack, fresh);
    editor.findChild<QLineEdit*>(QStringLiteral("measureTitle"))->setText(QStringLiteral("Training bejegening"));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"))
        ->setPlainText(QStringLiteral("Alle medewerkers van het wijkteam volgen de training."));
    auto* scope = editor.findChild<QComboBox*>(QStringLiteral("measureScope"));
    scope->setCurrentIndex(scope->findData(int(MeasureScope::Structural)));
    editor.findChild<QLineEdit*>(QStringLiteral("measureOwner"))->setText(QStringLiteral("Teamleider Noord"));
    editor.findChild<QCheckBox*>(QStringLiteral("measureHasDue"))->setChecked(true);
    editor.findChild<QDateEdit*>(QStringLiteral("measureDue"))->setDate(d("2026-09-01"));
    CHECK(editor.linkReference(b.reference.toLower()));
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(changed.count() == 1);

    const Measure stored = MeasureRepository(*f.reopen()).load(editor.stored().id);
    CHECK(stored.title == QStringLiteral("Training bejegening"));
    CHECK(stored.description == QStringLiteral("Alle medewerkers van het wijkteam volgen de training."));
    CHECK(stored.scope == MeasureScope::Structural);
    CHECK(stored.owner == QStringLiteral("Teamleider Noord"));
    CHECK(stored.due == d("2026-09-01"));
    CHECK(stored.status == MeasureStatus::Planned);
    CHECK(stored.caseIds == QList<qint64>{a.id, b.id});
}

TEST_CASE("editing a measure links and unlinks cases and marks the day it was carried out") {
    CaseFileFixture f(d("2026-05-04"));
    const LinkedMeasure linked(f);
    const Case& a = linked.a;
    const Case& b = linked.b;
    const Measure& m = linked.measure;

    MeasureEditor editor(*f.session, f.notifier, f.stack, MeasureRepository(*f.session).load(m.id));
    auto* cases = editor.findChild<QListWidget*>(QStringLiteral("measureCases"));
    REQUIRE(cases->count() == 1);
    CHECK(cases->item(0)->text() == a.reference);
    cases->item(0)->setSelected(true);
    editor.findChild<QPushButton*>(QStringLiteral("measureUnlink"))->click();
    CHECK(editor.linkReference(b.reference));
    auto* status = editor.findChild<QComboBox*>(QStringLiteral("measureStatus"));
    status->setCurrentIndex(status->findData(int(MeasureStatus::Done)));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("measureResult"))
        ->setPlainText(QStringLiteral("Sjablonen aangepast."));
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);

    const Measure stored = MeasureRepository(*f.reopen()).load(m.id);
    CHECK(stored.caseIds == QList<qint64>{b.id});
    CHECK(stored.status == MeasureStatus::Done);
    CHECK(stored.doneOn == d("2026-05-04"));
    CHECK(stored.result == QStringLiteral("Sjablonen aangepast."));
}

TEST_CASE("the measure editor refuses a measure without a title and an unknown reference, and stays open") {
    CaseFileFixture f(d("2026-05-04"));
    MeasureEditor editor(*f.session, f.notifier, f.stack, Measure{});
    CHECK_FALSE(editor.linkReference(QStringLiteral("KL-2026-9999")));
    CHECK(editor.errorText() == QStringLiteral("Er is geen zaak met zaaknummer KL-2026-9999."));
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.errorText() == QStringLiteral("Geef de maatregel een titel."));
    CHECK(MeasureRepository(*f.reopen()).all().isEmpty());
}

TEST_CASE("someone else's change to the measure meanwhile is refused with a message, nothing is lost") {
    CaseFileFixture f(d("2026-05-04"));
    Measure m;
    m.title = QStringLiteral("Terugbelnotitie invoeren");
    MeasureRepository(*f.session).save(m);
    MeasureEditor editor(*f.session, f.notifier, f.stack, m);

    auto other = f.reopen();
    Measure theirs = MeasureRepository(*other).load(m.id);
    theirs.owner = QStringLiteral("Klantcontactcentrum");
    MeasureRepository(*other).save(theirs);

    editor.findChild<QLineEdit*>(QStringLiteral("measureTitle"))->setText(QStringLiteral("Mijn titel"));
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
    CHECK_FALSE(editor.errorText().isEmpty());
    CHECK(MeasureRepository(*f.reopen()).load(m.id).title == QStringLiteral("Terugbelnotitie invoeren"));
}

TEST_CASE("the Leren tab lists the case's measures and a new measure there is linked to the case") {
    CaseFileFixture f(d("2026-05-04"));
    Case c = phoneComplaint(d("2026-04-20"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    const Case other = storedComplaint(f, "2026-04-21", QStringLiteral("Privacy"), QStringLiteral("Burgerzaken"));
    Measure elsewhere;
    elsewhere.title = QStringLiteral("Niet van deze zaak");
    elsewhere.caseIds = {other.id};
    MeasureRepository(*f.session).save(elsewhere);

    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.showTab(CaseFileWidget::Tab::Learning);
    auto* panel = w.findChild<CaseMeasuresPanel*>();
    REQUIRE(panel);
    CHECK(panel->measures().isEmpty());
    CHECK(w.findChild<QLabel*>(QStringLiteral("caseMeasuresEmpty"))->isVisibleTo(panel));

    Measure offered;
    panel->setEditorRunner(
        savingAs(QStringLiteral("Terugbelafspraak nakomen"), QStringLiteral("Fatima Bakkali"), std::nullopt, &offered));
    CHECK(panel->newMeasure());
    CHECK(offered.caseIds == QList<qint64>{c.id});
    CHECK(offered.scope == MeasureScope::Individual);
    REQUIRE(panel->measures().size() == 1);
    CHECK(panel->list()->topLevelItemCount() == 1);
    CHECK(panel->list()->topLevelItem(0)->text(CaseMeasuresPanel::TitleColumn) ==
          QStringLiteral("Terugbelafspraak nakomen"));
    CHECK(panel->list()->topLevelItem(0)->text(CaseMeasuresPanel::StatusColumn) == QStringLiteral("Gepland"));
    CHECK(MeasureRepository(*f.reopen()).forCase(c.id).size() == 1);

    // Changed elsewhere (the overview): the tab follows.
    Measure m = panel->measures().first();
    m.due = d("2026-05-01");
    MeasureRepository(*f.session).save(m);
    emit f.notifier.measuresChanged();
    CHECK(panel->list()->topLevelItem(0)->text(CaseMeasuresPanel::DueColumn) == QStringLiteral("01-05-2026 — te laat"));
}

TEST_CASE("a new measure is one undoable step: undo removes it, redo stores it again with its links") {
    CaseFileFixture f(d("2026-05-04"));
    const Case a = storedComplaint(f, "2026-04-01", QStringLiteral("Bejegening"), QStringLiteral("Wijkteam Noord"));
    Measure m;
    m.title = QStringLiteral("Training bejegening");
    m.caseIds = {a.id};
    MeasureCommands::save(f.stack, *f.session, f.notifier, m);
    REQUIRE(m.id > 0);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("Maatregel vastleggen (\u201cTraining bejegening\u201d)"));
    const auto creations = [&f] {
        return SqlQuery::scalar(f.session->database(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'measure-create'"))
            .toInt();
    };
    CHECK(creations() == 1);

    QSignalSpy changed(&f.notifier, &CaseNotifier::measuresChanged);
    f.stack.undo();
    CHECK(MeasureRepository(*f.reopen()).forCase(a.id).isEmpty());
    CHECK(changed.count() == 1);
    f.stack.redo();
    const QList<Measure> again = MeasureRepository(*f.reopen()).forCase(a.id);
    REQUIRE(again.size() == 1);
    CHECK(again.first().title == m.title);
    CHECK(again.first().caseIds == QList<qint64>{a.id});
    CHECK(creations() == 2);
    f.stack.undo();
    CHECK(MeasureRepository(*f.reopen()).forCase(a.id).isEmpty());
    CHECK(creations() == 2);
}

TEST_CASE("a changed measure is undone and redone with its links, and never over a colleague's change") {
    CaseFileFixture f(d("2026-05-04"));
    const LinkedMeasure linked(f);
    const Case& a = linked.a;
    const Case& b = linked.b;
    const Measure& m = linked.measure;

    Measure edited = MeasureRepository(*f.session).load(m.id);
    edited.title = QStringLiteral("Brieven zonder BSN, ook per e-mail");
    edited.caseIds = {b.id};
    MeasureCommands::save(f.stack, *f.session, f.notifier, edited);
    CHECK(edited.revision == m.revision + 1);
    CHECK(f.stack.undoText() == QStringLiteral("Maatregel wijzigen (\u201cBrieven zonder BSN, ook per e-mail\u201d)"));

    f.stack.undo();
    Measure stored = MeasureRepository(*f.reopen()).load(m.id);
    CHECK(stored.title == m.title);
    CHECK(stored.caseIds == QList<qint64>{a.id});
    f.stack.redo();
    stored = MeasureRepository(*f.reopen()).load(m.id);
    CHECK(stored.title == edited.title);
    CHECK(stored.caseIds == QList<qint64>{b.id});

    // A colleague changes the measure: undo would overwrite it, so it is dropped with the repository's message.
    auto other = f.reopen();
    Measure theirs = MeasureRepository(*other).load(m.id);
    theirs.owner = QStringLiteral("Teamleider Burgerzaken");
    MeasureRepository(*other).save(theirs);
    QSignalSpy failed(&CaseCommandContext::of(f.stack), &CaseCommandContext::failed);
    f.stack.undo();
    stored = MeasureRepository(*f.reopen()).load(m.id);
    CHECK(stored.title == edited.title);
    CHECK(stored.owner == theirs.owner);
    CHECK(f.stack.count() == 0);
    REQUIRE(failed.wait(1000));
    CHECK(failed.at(0).at(0).toString() ==
          QStringLiteral("\u201eMaatregel wijzigen\u201d kon niet ongedaan worden gemaakt."));
    CHECK(failed.at(0).at(1).toString().startsWith(QStringLiteral(
        "De verbetermaatregel \u201cBrieven zonder BSN, ook per e-mail\u201d is intussen door iemand anders "
        "gewijzigd.")));
}
