// Editing in the case file and undoing it: each field is stored when it is left, as one undoable
// command, and the case file shows what is stored after undo and redo, including a registration
// that is undone and redone.
#include "test_casefilefixture.h"

#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

namespace {

void leave(QWidget* editor) {
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(editor, &out);
}

} // namespace

TEST_CASE("an edited field is stored when left, and undo and redo restore what is stored and shown") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);

    auto* story = w.findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"));
    REQUIRE(story);
    CHECK(story->toPlainText() == c.story);
    story->moveCursor(QTextCursor::End);
    QTest::keyClicks(story, QStringLiteral(" Ook de wijkcoach reageert niet."));
    CHECK(f.stored(c.id).story == c.story); // not yet: still typing
    leave(story);
    const QString edited = c.story + QStringLiteral(" Ook de wijkcoach reageert niet.");
    CHECK(f.stored(c.id).story == edited);
    REQUIRE(f.stack.count() == 2);
    CHECK(f.stack.command(1)->text() == QStringLiteral("Verhaal wijzigen"));
    leave(story); // leaving again without a change stores nothing
    CHECK(f.stack.count() == 2);

    auto* handler = w.findChild<QLineEdit*>(QStringLiteral("handlerEdit"));
    REQUIRE(handler);
    handler->selectAll();
    QTest::keyClicks(handler, QStringLiteral("Ruud Jansen"));
    QTest::keyClick(handler, Qt::Key_Return);
    CHECK(f.stored(c.id).handler == QStringLiteral("Ruud Jansen"));
    CHECK(f.stack.command(2)->text() == QStringLiteral("Behandelaar wijzigen"));

    f.stack.undo();
    CHECK(f.stored(c.id).handler == c.handler);
    CHECK(handler->text() == c.handler);
    f.stack.undo();
    CHECK(f.stored(c.id).story == c.story);
    CHECK(story->toPlainText() == c.story);
    auto* timeline = w.findChild<QTreeWidget*>(QStringLiteral("timelineList"));
    REQUIRE(timeline);
    CHECK(timeline->topLevelItem(0)->text(3) == QStringLiteral("Ongedaan gemaakt: wijziging van verhaal"));
    f.stack.redo();
    CHECK(f.stored(c.id).story == edited);
    CHECK(story->toPlainText() == edited);
    CHECK(timeline->topLevelItem(0)->text(3) == QStringLiteral("Opnieuw uitgevoerd: wijziging van verhaal"));
}

TEST_CASE("a field the handler is typing in keeps its text when the case is refreshed meanwhile") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto* desired = w.findChild<QPlainTextEdit*>(QStringLiteral("desiredOutcomeEdit"));
    REQUIRE(desired);
    desired->setFocus();
    REQUIRE(QApplication::focusWidget() == desired);
    desired->setPlainText(QStringLiteral("Een vaste contactpersoon."));

    // Meanwhile a timeline entry is added (by this handler in another window, say).
    CaseEvent note;
    note.text = QStringLiteral("Tussendoor genoteerd.");
    CaseCommands::addEvent(f.stack, *f.session, f.notifier, c.id, note);
    CHECK(w.currentCase().events.size() == 1);
    CHECK(desired->toPlainText() == QStringLiteral("Een vaste contactpersoon."));
    CHECK(f.stored(c.id).desiredOutcome == c.desiredOutcome);
    w.commitPendingEdits();
    CHECK(f.stored(c.id).desiredOutcome == QStringLiteral("Een vaste contactpersoon."));
}

TEST_CASE("themes are chosen on the Leren tab, one undoable edit each, and no measures are made up") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    w.showTab(CaseFileWidget::Tab::Learning);

    auto* list = w.findChild<QListWidget*>(QStringLiteral("themesList"));
    REQUIRE(list);
    CHECK(list->count() == f.session->cases().themes().size());
    const QList<QListWidgetItem*> privacy = list->findItems(QStringLiteral("Privacy"), Qt::MatchStartsWith);
    REQUIRE(privacy.size() == 1);
    privacy.at(0)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents();
    CHECK(f.stored(c.id).themes.size() == 2);
    CHECK(f.stack.command(f.stack.count() - 1)->text().startsWith(QStringLiteral("Thema toevoegen: Privacy")));

    auto* fresh = w.findChild<QLineEdit*>(QStringLiteral("newThemeEdit"));
    REQUIRE(fresh);
    QTest::keyClicks(fresh, QStringLiteral("Wachtlijst huishoudelijke hulp"));
    QTest::keyClick(fresh, Qt::Key_Return);
    CHECK(f.stored(c.id).themes.contains(QStringLiteral("Wachtlijst huishoudelijke hulp")));
    CHECK(f.session->cases().themes().contains(QStringLiteral("Wachtlijst huishoudelijke hulp")));
    f.stack.undo();
    CHECK_FALSE(f.stored(c.id).themes.contains(QStringLiteral("Wachtlijst huishoudelijke hulp")));

    auto* measures = w.findChild<QLabel*>(QStringLiteral("caseMeasuresEmpty"));
    REQUIRE(measures);
    CHECK(measures->text().startsWith(QStringLiteral("Aan deze zaak is nog geen verbetermaatregel gekoppeld.")));
}

TEST_CASE("undoing the registration empties the case file and redoing it brings the case back") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    QSignalSpy titles(&w, &CaseFileWidget::titleChanged);

    f.stack.undo();
    CHECK_FALSE(w.exists());
    CHECK(w.title() == QStringLiteral("Verwijderde zaak"));
    for (QPushButton* button : w.findChildren<QPushButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("action_")))
            CHECK(button->isHidden());
    }
    f.stack.redo();
    CHECK(w.exists());
    CHECK(w.currentCase().reference == c.reference);
    CHECK(w.title() == QStringLiteral("KL-2025-0001 \u00b7 Mevrouw A. Jansen"));
    CHECK(titles.size() == 2);
}

TEST_CASE("arrowing through a list stores each choice but undoes as one step") {
    CaseFileFixture f(d("2025-03-10"));
    Case c = phoneComplaint(d("2025-03-10"));
    CaseCommands::create(f.stack, *f.session, f.notifier, c);
    CaseFileWidget w(*f.session, f.notifier, f.stack, c.id);
    QComboBox* channel = nullptr;
    for (auto* combo : w.findChildren<QComboBox*>()) {
        if (combo->accessibleName() == QStringLiteral("Kanaal"))
            channel = combo;
    }
    REQUIRE(channel);
    CHECK(channel->currentData().toInt() == int(Channel::Phone));

    QTest::keyClick(channel, Qt::Key_Down);
    QTest::keyClick(channel, Qt::Key_Down);
    CHECK(f.stored(c.id).channel == Channel::Email);
    REQUIRE(f.stack.count() == 2);
    CHECK(f.stack.command(1)->text() == QStringLiteral("Kanaal wijzigen"));
    f.stack.undo();
    CHECK(f.stored(c.id).channel == Channel::Phone);
    CHECK(channel->currentData().toInt() == int(Channel::Phone));

    // There and back again leaves nothing to undo.
    f.stack.redo();
    QTest::keyClick(channel, Qt::Key_Up);
    QTest::keyClick(channel, Qt::Key_Up);
    CHECK(f.stored(c.id).channel == Channel::Phone);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.index() == 1);
}
