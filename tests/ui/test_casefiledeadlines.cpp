// The deadlines in the case file: the header names the next one with its basis, the Termijnen tab
// lists them all with status, basis and counting, and the Overzicht tab shows the intake flags.
#include "test_casefilefixture.h"

#include "casefile/casefilewidget.h"
#include "casefile/deadlinestab.h"
#include "commands/casecommands.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

TEST_CASE("the Termijnen tab shows the hand-worked handling deadline: received Fri 7 March 2025, due Tue 22 April") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-07"));
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::Letter;
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.showTab(CaseFileWidget::Tab::Deadlines);

    auto* table = w.findChild<QTableWidget*>(QStringLiteral("deadlinesTable"));
    REQUIRE(table);
    int handling = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, DeadlinesTab::KindColumn)->text() == DeadlineText::label(DeadlineKind::Handling))
            handling = row;
    }
    REQUIRE(handling >= 0);
    CHECK(table->item(handling, DeadlinesTab::DueColumn)->text() == QStringLiteral("di 22 apr 2025"));
    CHECK(table->item(handling, DeadlinesTab::BasisColumn)->text() == QStringLiteral("art. 9:11 lid 1 Awb"));
    const QString counting = table->item(handling, DeadlinesTab::CountingColumn)->text();
    CHECK(counting.contains(QStringLiteral("Goede Vrijdag")));
    CHECK(counting.contains(QStringLiteral("di 22 apr 2025")));
    QTableWidgetItem* status = table->item(handling, DeadlinesTab::StatusColumn);
    CHECK(status->text().startsWith(DeadlineText::label(DeadlineStatus::Open)));
    CHECK(status->text() == DeadlineText::label(DeadlineStatus::Open) + QStringLiteral(" \u00b7 nog 43 dagen"));
    CHECK_FALSE(status->icon().isNull());
    CHECK(table->item(handling, DeadlinesTab::KindColumn)->toolTip().contains(QStringLiteral("zes weken")));

    table->setCurrentCell(handling, 0);
    auto* detail = w.findChild<QLabel*>(QStringLiteral("deadlineDetail"));
    REQUIRE(detail);
    CHECK(detail->text().contains(QStringLiteral("art. 9:11 lid 1 Awb")));
    CHECK(detail->text().contains(QStringLiteral("Berekening: ") + counting));

    // The header: the next deadline is the acknowledgement (5 working days: Fri 14 March).
    auto* next = w.findChild<QLabel*>(QStringLiteral("nextDeadlineLabel"));
    REQUIRE(next);
    CHECK(next->text().startsWith(DeadlineText::label(DeadlineKind::Acknowledgement)));
    CHECK(next->text().contains(QStringLiteral("vr 14 mrt 2025")));
    CHECK(next->toolTip().contains(QStringLiteral("art. 9:6 Awb")));
    CHECK(next->toolTip().contains(QStringLiteral("Berekening:")));

    // A day later, on the due date, the header says so.
    f.at("2025-03-14");
    emit f.notifier.dayChanged();
    CHECK(next->text().endsWith(QStringLiteral("vandaag")));
    CHECK(next->accessibleName().contains(DeadlineText::label(DeadlineStatus::DueToday).toLower()));
}

TEST_CASE("the Overzicht tab shows the intake flags of the case") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    c.conductDate = d("2023-12-01");
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    auto* flags = w.findChild<QLabel*>(QStringLiteral("intakeFlags"));
    REQUIRE(flags);
    CHECK_FALSE(flags->isHidden());
    CHECK(flags->text().contains(QStringLiteral("9:8 lid 1 b")));

    auto* anonymous = w.findChild<QCheckBox*>(QStringLiteral("anonymousBox"));
    REQUIRE(anonymous);
    anonymous->click();
    CHECK(f.stored(c.id).anonymous);
    CHECK(w.title() == QStringLiteral("KL-2025-0001 \u00b7 Anoniem"));
    CHECK_FALSE(w.findChild<QLineEdit*>(QStringLiteral("klagerNameEdit"))->isEnabled());
}

TEST_CASE("the Overzicht tab asks for the klaagschrift's date only when the complaint is a klaagschrift") {
    CaseFileFixture f(d("2025-03-10"));
    Case oral = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, oral);
    Case written = phoneComplaint(d("2025-03-10"), QStringLiteral("De heer B. de Vries"));
    written.kind = CaseKind::WrittenComplaint;
    written.channel = Channel::Letter;
    written.klaagschriftDated = d("2025-03-07");
    CaseCommands::create(f.stack, *f.session, f.notifier, written);

    // art. 9:4 lid 2 b Awb: the dagtekening belongs to a klaagschrift; an oral complaint has none.
    CaseFileWidget oralFile(*f.session, f.notifier, f.stack, oral.id);
    REQUIRE(oralFile.findChild<QWidget*>(QStringLiteral("klaagschriftDatedEdit")));
    CHECK(oralFile.findChild<QWidget*>(QStringLiteral("klaagschriftDatedEdit"))->isHidden());
    CaseFileWidget writtenFile(*f.session, f.notifier, f.stack, written.id);
    CHECK_FALSE(writtenFile.findChild<QWidget*>(QStringLiteral("klaagschriftDatedEdit"))->isHidden());
}
