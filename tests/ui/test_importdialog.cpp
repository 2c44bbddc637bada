// The import dialog: columns guessed from the header, every problem of the dry run in the table,
// "Importeren" only enabled for a current, clean dry run (or with problem rows to be skipped), and
// an import that adds the cases in one go and tells the views.
#include "test_casefilefixture.h"

#include "casenotifier.h"
#include "commands/casecommandcontext.h"
#include "domain/clock.h"
#include "import/importdialog.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

struct Fixture : CaseFileFixture {
    Fixture()
        : CaseFileFixture(QDateTime(QDate(2025, 6, 2), QTime(9, 0)), QStringLiteral("beheer"), importdam(),
                          QStringLiteral("import.aantafel")) {}

    static MunicipalitySettings importdam() {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Importdam");
        return settings;
    }
};

QString data(const char* name) {
    return QStringLiteral(AANTAFEL_TEST_DATA "/import/") + QString::fromUtf8(name);
}

QComboBox* fieldCombo(ImportDialog& dialog, int row) {
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("columnTable"));
    REQUIRE(table);
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 2));
    REQUIRE(combo);
    return combo;
}

void dryRun(ImportDialog& dialog) {
    QSignalSpy finished(&dialog, &ImportDialog::dryRunFinished);
    dialog.startDryRun();
    REQUIRE(finished.wait(10000));
}

// Screenshots for looking at the dialog: only when AANTAFEL_SCREENSHOT_DIR is set.
void grab(QWidget& widget, const char* name) {
    const QString dir = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.show();
    QApplication::processEvents();
    widget.grab().save(dir + u'/' + QString::fromUtf8(name));
}

} // namespace

TEST_CASE("the import dialog guesses the columns from the register's header names", "[ui][import]") {
    Fixture f;
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text() ==
          u"Kies met Bladeren… het register (een CSV-bestand) dat u wilt importeren.");
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("dryRunButton"))->isEnabled());
    REQUIRE(dialog.openCsv(data("semicolon-1252.csv")));
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("dryRunButton"))->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("detectedLabel"))->text() ==
          u"Gelezen met scheidingsteken puntkomma en tekenset Windows-1252: 16 kolommen, 4 regels.");
    CHECK(fieldCombo(dialog, 0)->currentText() == ImportMapping::label(ImportField::Reference));
    CHECK(fieldCombo(dialog, 1)->currentText() == u"Datum ontvangst");
    CHECK(fieldCombo(dialog, 2)->currentText() == u"Naam klager");
    CHECK(fieldCombo(dialog, 5)->currentText() == u"Kanaal");
    CHECK(fieldCombo(dialog, 8)->currentText() == u"Omschrijving");
    CHECK(fieldCombo(dialog, 12)->currentText() == u"Uitkomst");
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("columnTable"));
    CHECK(table->item(2, 1)->text() == QStringLiteral("Noël Çelik · René Dubois · Zoë Bakker"));
    const ImportMapping m = dialog.mapping();
    CHECK(m.column(ImportField::Received) == ColumnRef{QStringLiteral("Datum ontvangst"), 0});
    CHECK_FALSE(dialog.importEnabled()); // no dry run yet
}

TEST_CASE("the dry run lists every problem and import waits for a clean run or skipping", "[ui][import]") {
    Fixture f;
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    REQUIRE(dialog.openCsv(data("broken.csv")));
    dryRun(dialog);
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problemTable"));
    REQUIRE(problems->rowCount() == 6);
    CHECK(problems->item(0, 0)->data(Qt::DisplayRole).toInt() == 2);
    CHECK(problems->item(0, 1)->text() == u"Datum ontvangst");
    CHECK(problems->item(0, 2)->text() == u"31-02-2025");
    CHECK(problems->item(0, 3)->text() == u"datum '31-02-2025' bestaat niet");
    CHECK(problems->item(2, 3)->text() == u"onbekend kanaal 'fax' (kies een vertaling)");
    // "%n regel/regels gelezen": the plural form comes from the catalogue, which the tests do not load.
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    CHECK(summary.startsWith(QStringLiteral("7 regel")));
    CHECK(summary.contains(QStringLiteral(" gelezen: 1 te importeren, 6 met problemen.")));
    CHECK_FALSE(dialog.importEnabled());

    auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("skipCheck"));
    skip->setChecked(true);
    CHECK(dialog.importEnabled());
    skip->setChecked(false);
    CHECK_FALSE(dialog.importEnabled());

    // Translating "fax" makes that row good, but only a new dry run enables anything again.
    auto* translations = dialog.findChild<QTableWidget*>(QStringLiteral("translationTable"));
    REQUIRE(translations->rowCount() == 1);
    CHECK(translations->item(0, 1)->text() == u"fax");
    grab(dialog, "import-problems.png");
    auto* meaning = qobject_cast<QComboBox*>(translations->cellWidget(0, 2));
    meaning->setCurrentIndex(meaning->findData(QStringLiteral("letter")));
    skip->setChecked(true);
    CHECK_FALSE(dialog.importEnabled()); // the run is stale
    dryRun(dialog);
    CHECK(problems->rowCount() == 5);
    CHECK(dialog.lastRun().cases.size() == 2);
    CHECK(dialog.importEnabled());
    CHECK(dialog.mapping().translate(ImportField::Channel, QStringLiteral("fax")) == u"letter");

    // Reading Excel day numbers is part of the mapping, and changes what a dry run finds.
    dialog.findChild<QCheckBox*>(QStringLiteral("excelDatesCheck"))->setChecked(true);
    CHECK(dialog.mapping().excelDates);
    CHECK_FALSE(dialog.importEnabled());
    dryRun(dialog);
    CHECK(dialog.importEnabled());

    // Changing a column invalidates the run.
    fieldCombo(dialog, 2)->setCurrentIndex(0);
    CHECK_FALSE(dialog.importEnabled());
}

TEST_CASE("importing from the dialog adds every case at once and tells the views", "[ui][import]") {
    Fixture f;
    const qint64 before = f.session->cases().count();
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    dialog.resize(1100, 700);
    REQUIRE(dialog.openCsv(data("semicolon-1252.csv")));
    grab(dialog, "import-columns.png");
    dryRun(dialog);
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("problemTable"))->rowCount() == 0);
    REQUIRE(dialog.importEnabled());
    grab(dialog, "import-clean.png");
    QSignalSpy reset(&f.notifier, &CaseNotifier::casesReset);
    CHECK(dialog.importNow() == 4);
    CHECK(reset.count() == 1);
    CHECK(f.session->cases().count() == before + 4);
    CHECK(f.session->cases().findByReference(QStringLiteral("KL-2019-0042"))->klager.name ==
          QStringLiteral("Noël Çelik"));
    CHECK_FALSE(dialog.importEnabled()); // not twice
}

TEST_CASE("an import is one undoable step: undo removes every imported case with an audit row, redo brings them back",
          "[ui][import]") {
    Fixture f;
    const qint64 before = f.session->cases().count();
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    REQUIRE(dialog.openCsv(data("semicolon-1252.csv")));
    dryRun(dialog);
    REQUIRE(dialog.importNow() == 4);
    REQUIRE(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("Register importeren (semicolon-1252.csv)"));
    const auto deletes = [&f] {
        return SqlQuery::scalar(f.session->database(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"))
            .toInt();
    };
    const auto imports = [&f] {
        return SqlQuery::scalar(f.session->database(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"))
            .toInt();
    };
    CHECK(imports() == 1);
    CHECK(deletes() == 0);

    QSignalSpy reset(&f.notifier, &CaseNotifier::casesReset);
    f.stack.undo();
    CHECK(f.session->cases().count() == before);
    CHECK_FALSE(f.session->cases().findByReference(QStringLiteral("KL-2019-0042")));
    CHECK(deletes() == 4);
    CHECK(reset.count() == 1);

    f.stack.redo();
    CHECK(f.session->cases().count() == before + 4);
    CHECK(f.session->cases().findByReference(QStringLiteral("KL-2019-0042"))->klager.name ==
          QStringLiteral("Noël Çelik"));
    CHECK(imports() == 2);
    CHECK(reset.count() == 2);

    f.stack.undo();
    CHECK(f.session->cases().count() == before);
    CHECK(deletes() == 8);
    CHECK(imports() == 2);
}

TEST_CASE("an import is not undone once a colleague has worked on an imported case", "[ui][import]") {
    Fixture f;
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    REQUIRE(dialog.openCsv(data("semicolon-1252.csv")));
    dryRun(dialog);
    REQUIRE(dialog.importNow() == 4);
    const qint64 count = f.session->cases().count();
    auto other = f.reopen();
    Case theirs = *other->cases().findByReference(QStringLiteral("KL-2019-0042"));
    theirs.handler = QStringLiteral("Ruud Jansen");
    other->cases().save(theirs);

    QSignalSpy failed(&CaseCommandContext::of(f.stack), &CaseCommandContext::failed);
    f.stack.undo();
    CHECK(f.session->cases().count() == count);
    CHECK(f.stored(theirs.id).handler == QStringLiteral("Ruud Jansen"));
    CHECK(f.stack.count() == 0);
    REQUIRE(failed.wait(1000));
    CHECK(failed.at(0).at(0).toString() ==
          QStringLiteral("\u201eRegister importeren\u201d kon niet ongedaan worden gemaakt."));
    CHECK(failed.at(0).at(1).toString() ==
          QStringLiteral("Zaak KL-2019-0042 is na de import gewijzigd of aangevuld; de geïmporteerde zaken blijven "
                         "staan."));
}

TEST_CASE("a mapping saved from the dialog loads in the command line's format", "[ui][import]") {
    Fixture f;
    ImportDialog dialog(*f.session, f.notifier, f.stack);
    REQUIRE(dialog.openCsv(data("comma-utf8-bom.csv")));
    const QString path = f.dir.path(QStringLiteral("indeling.json"));
    QString error;
    REQUIRE(dialog.mapping().save(path, &error));
    const auto loaded = ImportMapping::load(path, &error);
    REQUIRE(loaded);
    CHECK(loaded->column(ImportField::Received) == ColumnRef{QStringLiteral("Datum"), 0});
    CHECK(loaded->column(ImportField::Story) == ColumnRef{QStringLiteral("Omschrijving"), 0});
}
