// Two users, one file, in the GUI: a save refused because a colleague changed the case shows both
// versions and re-applies only one's own fields; a write that waits shows "Bezig" and, when it gives
// up, keeps what the user typed; a lock left by a crashed program is recovered with a message.
#include "test_conflictfixture.h"
#include "uitestsupport.h"

#include "backup/backupactions.h"
#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"
#include "mainwindow.h"
#include "safety/busyindicator.h"
#include "safety/conflictdialog.h"
#include "safety/conflictresolver.h"
#include "shell/bannerbar.h"
#include "storage/busywait.h"
#include "storage/lockfile.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <thread>
TEST_CASE("a conflicting edit shows both versions and re-applies only the handler's own fields") {
    ConflictFixture f;
    f.colleagueChanges([](Case& c) { c.story = QStringLiteral("Aangevuld door Ruud na zijn telefoongesprek."); });
    Case mine = f.before;
    mine.handler = QStringLiteral("Ruud Jansen");
    REQUIRE_THROWS_AS(CaseCommands::edit(f.stack, *f.session, f.notifier, f.before, mine, QStringLiteral("Toewijzen")),
                      StorageError);

    bool shown = false;
    const bool stored = ConflictResolver::resolve(
        nullptr, *f.session, f.stack, f.notifier, f.before, mine, QStringLiteral("Toewijzen"),
        [&](ConflictDialog& dialog) {
            shown = true;
            CHECK(dialog.table()->horizontalHeaderItem(2)->text() ==
                  QStringLiteral("Versie in het bestand\n(gewijzigd door Ruud Jansen om 14:32)"));
            CHECK(firstColumn(dialog.table()) == QStringList{QStringLiteral("verhaal — door Ruud Jansen gewijzigd"),
                                                             QStringLiteral("behandelaar — door u gewijzigd")});
            CHECK(dialog.table()->item(1, 1)->text() == QStringLiteral("Ruud Jansen"));
            CHECK(dialog.table()->item(1, 2)->text() == QStringLiteral("Fatima Bakkali"));
            REQUIRE(dialog.canReapply());
            dialog.reapplyButton()->click();
        });
    CHECK(shown);
    REQUIRE(stored);
    const Case result = f.stored(f.before.id);
    CHECK(result.story == QStringLiteral("Aangevuld door Ruud na zijn telefoongesprek.")); // theirs kept
    CHECK(result.handler == QStringLiteral("Ruud Jansen"));                                // mine re-applied
    REQUIRE(f.stack.count() == 1);
    f.stack.undo(); // undoes only the handler's own change
    CHECK(f.stored(f.before.id).handler == QStringLiteral("Fatima Bakkali"));
    CHECK(f.stored(f.before.id).story == result.story);
}

TEST_CASE("in the case file, a conflicting edit opens the conflict dialog and keeps the colleague's work") {
    ConflictFixture f;
    CaseFileWidget w(*f.session, f.notifier, f.stack, f.before.id);
    w.show();
    f.colleagueChanges([](Case& c) { c.story = QStringLiteral("Aangevuld door Ruud."); });

    CHECK(editHandlerThroughConflict(w, QStringLiteral("Ruud Jansen")));
    const Case stored = f.stored(f.before.id);
    CHECK(stored.handler == QStringLiteral("Ruud Jansen"));
    CHECK(stored.story == QStringLiteral("Aangevuld door Ruud."));
    CHECK(w.currentCase().story == QStringLiteral("Aangevuld door Ruud.")); // the view shows what is stored
}

TEST_CASE("an edit that cannot get the file in time stays in its field and can be tried again") {
    ConflictFixture f;
    CaseFileWidget w(*f.session, f.notifier, f.stack, f.before.id);
    w.show();
    auto* handler = w.findChild<QLineEdit*>(QStringLiteral("handlerEdit"));
    REQUIRE(handler);
    {
        BusyWait shortWait(f.session->database(), 300, 100, {});
        auto colleague = Database::open(f.path);
        Transaction holding(*colleague);
        handler->selectAll();
        QTest::keyClicks(handler, QStringLiteral("Ruud Jansen"));
        QTest::keyClick(handler, Qt::Key_Return);
        CHECK(w.message().contains(QStringLiteral("Probeer het over enkele ogenblikken opnieuw")));
        CHECK(handler->text() == QStringLiteral("Ruud Jansen")); // not reloaded away
    }
    QTest::keyClick(handler, Qt::Key_Return); // the colleague is done: again
    CHECK(f.stored(f.before.id).handler == QStringLiteral("Ruud Jansen"));
    CHECK(w.message().isEmpty());
}

TEST_CASE("a registration that finds the file busy is kept and stored on the second try") {
    CaseFileFixture f(d("2026-11-23"));
    f.session.reset();
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));
    window.backups()->waitForAutomatic();
    auto colleague = Database::open(f.path);
    auto holding = std::make_unique<Transaction>(*colleague);
    BusyWait shortWait(window.session()->database(), 300, 100, {});

    answerIntake({.klager = QStringLiteral("Mevrouw T. de Wit"), .story = QStringLiteral("Niemand belt terug.")});
    QString asked;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                asked = box->text();
                holding.reset(); // the colleague is done
                box->defaultButton()->click();
                poll.stop();
            }
        }
    });
    poll.start();
    const qint64 id = window.registerIntake();
    CHECK(asked.contains(QStringLiteral("Wat u hebt ingevuld, is bewaard")));
    REQUIRE(id > 0);
    CHECK(f.stored(id).klager.name == QStringLiteral("Mevrouw T. de Wit"));
}

TEST_CASE("when both changed the same field nothing is overwritten: their version stays") {
    ConflictFixture f;
    f.colleagueChanges([](Case& c) { c.story = QStringLiteral("Versie van Ruud."); });
    Case mine = f.before;
    mine.story = QStringLiteral("Versie van Fatima.");
    const bool stored =
        ConflictResolver::resolve(nullptr, *f.session, f.stack, f.notifier, f.before, mine,
                                  QStringLiteral("Verhaal wijzigen"), [](ConflictDialog& dialog) {
                                      CHECK(dialog.changedByBoth() == QStringList{QStringLiteral("verhaal")});
                                      CHECK_FALSE(dialog.reapplyButton()->isEnabled());
                                      CHECK(dialog.keepTheirsButton()->isDefault());
                                      dialog.keepTheirsButton()->click();
                                  });
    CHECK_FALSE(stored);
    CHECK(f.stored(f.before.id).story == QStringLiteral("Versie van Ruud."));
    CHECK(f.stack.count() == 0);
}

TEST_CASE("a write that waits for another user shows the Bezig state, then clears it") {
    CaseFileFixture f(d("2026-11-23"));
    QStatusBar bar;
    bar.showMessage(QStringLiteral("gemeente.aantafel"));
    BusyIndicator busy(f.session->database(), 3000, &bar);
    std::atomic<bool> holding{false};
    QString seen;
    std::thread colleague([&] {
        try {
            auto db = Database::open(f.path);
            Transaction writing(*db);
            holding = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            writing.commit();
        } catch (const StorageError&) {
            holding = true; // the CHECKs below then fail instead of the test hanging
        }
    });
    while (!holding)
        std::this_thread::yield();
    Case c = phoneComplaint(d("2026-11-23"));
    f.session->cases().save(c);
    seen = bar.currentMessage();
    colleague.join();
    CHECK(seen == BusyIndicator::busyText());
    CHECK(busy.isShowing());
    QCoreApplication::processEvents(); // back in the event loop: the state clears
    CHECK_FALSE(busy.isShowing());
    CHECK(bar.currentMessage() == QStringLiteral("gemeente.aantafel"));
    CHECK(c.id > 0);
}

TEST_CASE("a file left locked by a crashed program opens writable with a message") {
    CaseFileFixture f(d("2026-11-23"));
    f.session.reset();
    {
        // The record of a program on another computer that stopped writing its heartbeat ten minutes ago.
        LockFile lock(f.path);
        lock.open();
        lock.update([](QList<LockRecord>& records) {
            LockRecord r = LockFile::recordForThisProcess(LockRecord::Kind::Open, QStringLiteral("Karin"),
                                                          LockRecord::ShareWriter);
            r.pid = 4242;
            r.host = QStringLiteral("werkplek-17");
            r.heartbeat = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
            records << r;
        });
    }
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    CHECK_FALSE(window.session()->database().isReadOnly());
    CHECK(window.banners()->text(QStringLiteral("stale-lock")) ==
          QStringLiteral("Het bestand was nog vergrendeld door een programma dat niet meer draait; de vergrendeling "
                         "is opgeheven."));
}
