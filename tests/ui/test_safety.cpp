// Two users, one file, in the GUI: a save refused because a colleague changed the case shows both
// versions and re-applies only one's own fields; the automatic reservekopie on open; restoring a
// copy through the main window, with explicit confirmation when the file is newer; the "Bezig"
// state while a write waits; a lock left by a crashed program is recovered with a message.
#include "test_casefilefixture.h"

#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/backupsettingsdialog.h"
#include "backup/restoredialog.h"
#include "casefile/casefilewidget.h"
#include "commands/casecommands.h"
#include "intake/intakedialog.h"
#include "mainwindow.h"
#include "safety/busyindicator.h"
#include "safety/conflictdialog.h"
#include "safety/conflictresolver.h"
#include "session/filelock.h"
#include "shell/appsettings.h"
#include "shell/bannerbar.h"
#include "storage/busywait.h"
#include "storage/transaction.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <thread>

namespace {

QStringList firstColumn(const QTableWidget* table) {
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, 0)->text();
    return cells;
}

// Fixture with a stored case that a colleague (Ruud, another session on the file) changes at 14:32
// after Fatima loaded it.
struct ConflictFixture : CaseFileFixture {
    ConflictFixture()
        : CaseFileFixture(d("2026-11-23")) {
        Case c = phoneComplaint(d("2026-11-20"));
        session->cases().save(c);
        before = session->cases().load(c.id);
        colleague = reopen();
    }
    void colleagueChanges(const std::function<void(Case&)>& change) {
        at("2026-11-23", 14, 32);
        Case theirs = colleague->cases().load(before.id);
        change(theirs);
        colleague->cases().save(theirs);
    }

    Case before;
    std::unique_ptr<MunicipalitySession> colleague;
};

} // namespace

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

    bool dialogShown = false;
    QTimer::singleShot(100, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ConflictDialog*>(top); dialog && dialog->isVisible()) {
                dialogShown = true;
                dialog->reapplyButton()->click();
            }
        }
    });
    auto* handler = w.findChild<QLineEdit*>(QStringLiteral("handlerEdit"));
    REQUIRE(handler);
    handler->selectAll();
    QTest::keyClicks(handler, QStringLiteral("Ruud Jansen"));
    QTest::keyClick(handler, Qt::Key_Return);
    QTest::qWait(300); // the dialog opens after the refused save has returned
    CHECK(dialogShown);
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

    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<IntakeDialog*>(w); dialog && dialog->isVisible()) {
                dialog->findChild<QLineEdit*>(QStringLiteral("klagerName"))
                    ->setText(QStringLiteral("Mevrouw T. de Wit"));
                dialog->findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"))
                    ->setPlainText(QStringLiteral("Niemand belt terug."));
                dialog->accept();
            }
        }
    });
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

TEST_CASE("opening a file makes the day's automatic reservekopie in the background") {
    CaseFileFixture f(d("2026-11-23"));
    f.session.reset();
    AppSettings().setBackupDirectory(QString());
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    window.backups()->waitForAutomatic();
    const QString folder = BackupService::defaultDirectory(f.path);
    CHECK(QFileInfo(folder).fileName() == QStringLiteral("gemeente-backups"));
    QList<BackupEntry> copies = BackupService::list(f.path, folder);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().automatic);

    window.closeFile();
    REQUIRE(window.openFile(f.path)); // the same day: no second copy
    window.backups()->waitForAutomatic();
    CHECK(BackupService::list(f.path, folder).size() == 1);
}

TEST_CASE("an automatic reservekopie that cannot be made is reported in a banner, the file stays open") {
    CaseFileFixture f(d("2026-11-23"));
    f.session.reset();
    QFile notAFolder(f.dir.path(QStringLiteral("geen-map")));
    REQUIRE(notAFolder.open(QIODevice::WriteOnly));
    notAFolder.close();
    AppSettings settings;
    settings.setBackupDirectory(f.dir.path(QStringLiteral("geen-map/kopieen")));
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    window.backups()->waitForAutomatic();
    settings.setBackupDirectory(QString());
    CHECK(window.banners()
              ->text(QStringLiteral("backup"))
              .startsWith(QStringLiteral("De automatische reservekopie is niet gemaakt: In de map")));
    CHECK_FALSE(window.session()->database().isReadOnly());
}

TEST_CASE("restoring through the main window asks explicitly when the file is newer, then reopens it") {
    CaseFileFixture f(d("2026-11-23"));
    const QString copy = f.dir.path(QStringLiteral("kopie.aantafel"));
    BackupService::backup(f.session->database(), copy);
    f.clock.set(QDateTime::currentDateTime().addDays(1)); // after the file's creation
    Case later = phoneComplaint(d("2026-11-23"));
    f.session->cases().save(later);
    f.session.reset();

    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    window.backups()->waitForAutomatic();
    QString asked;
    bool answer = false;
    window.backups()->setAsker([&](const QString&, const QString& text, const QString&) {
        asked = text;
        return answer;
    });
    const auto close = [&] { window.closeFile(); };
    const auto reopen = [&](const QString& path) { return window.openFile(path); };

    SECTION("declined: nothing changes, the file stays open") {
        CHECK_FALSE(window.backups()->restoreFrom(copy, f.path, close, reopen));
        CHECK(asked.contains(QStringLiteral("later gewijzigd dan deze reservekopie")));
        REQUIRE(window.hasFile());
        CHECK(window.session()->cases().count() == 1);
    }
    SECTION("confirmed: the copy is back, the newer file set aside, the window shows the restored file") {
        answer = true;
        CHECK(window.backups()->restoreFrom(copy, f.path, close, reopen));
        REQUIRE(window.hasFile());
        CHECK(window.session()->cases().count() == 0);
        const QList<BackupEntry> aside = BackupService::list(f.path, BackupService::defaultDirectory(f.path));
        const bool setAside = std::any_of(aside.cbegin(), aside.cend(), [](const BackupEntry& e) {
            return QFileInfo(e.path).fileName().contains(QStringLiteral("voor-terugzetten"));
        });
        CHECK(setAside);
    }
}

TEST_CASE("the restore dialog lists the copies of the file, newest first") {
    CaseFileFixture f(d("2026-11-23"));
    const QString folder = BackupService::defaultDirectory(f.path);
    BackupService::automaticBackup(f.path, folder, 10, QDateTime(d("2026-11-20"), QTime(8, 15)));
    BackupService::automaticBackup(f.path, folder, 10, QDateTime(d("2026-11-23"), QTime(8, 30)));
    RestoreDialog dialog(f.path, folder);
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    CHECK(dialog.list()->topLevelItem(0)->text(3) == QStringLiteral("gemeente-20261123-083000.aantafel"));
    CHECK(dialog.list()->topLevelItem(0)->text(1) == QStringLiteral("automatisch"));
    CHECK(QFileInfo(dialog.chosenPath()).fileName() == QStringLiteral("gemeente-20261123-083000.aantafel"));
}

TEST_CASE("the backup settings: next to the file by default, or one chosen folder") {
    AppSettings settings;
    settings.setBackupDirectory(QString());
    settings.setBackupKeep(10);
    BackupSettingsDialog dialog(settings);
    CHECK(dialog.nextToFileButton()->isChecked());
    CHECK_FALSE(dialog.folderEdit()->isEnabled());
    dialog.folderEdit()->setText(QStringLiteral("/srv/kopieen"));
    dialog.keepBox()->setValue(20);
    dialog.apply();
    CHECK(settings.backupDirectory().isEmpty()); // still "next to the file"
    CHECK(settings.backupKeep() == 20);
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
        QFile lock(FileLock::lockPathFor(f.path));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\naantafel\nwerkplek-17\n");
        lock.close();
        REQUIRE(lock.open(QIODevice::ReadWrite));
        REQUIRE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-10 * 60), QFileDevice::FileModificationTime));
    }
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    CHECK_FALSE(window.session()->database().isReadOnly());
    CHECK(window.banners()->text(QStringLiteral("stale-lock")) ==
          QStringLiteral("Het bestand was nog vergrendeld door een programma dat niet meer draait; de vergrendeling "
                         "is opgeheven."));
}

// Run by hand: ui_tests "[safety-screenshots]"; the PNGs go to /tmp/safety-shots.
TEST_CASE("screenshots of the safety dialogs", "[.][safety-screenshots]") {
    const QDir shots(QStringLiteral("/tmp/safety-shots"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); // as the program sets it
    QDir().mkpath(shots.path());
    const auto save = [&](QWidget& w, const char* name) {
        w.show();
        QCoreApplication::processEvents();
        CHECK(w.grab().save(shots.filePath(QString::fromLatin1(name))));
    };

    ConflictFixture f;
    f.colleagueChanges([](Case& c) {
        c.story = QStringLiteral("Aangevuld door Ruud na zijn telefoongesprek met de klager.");
        c.desiredOutcome = QStringLiteral("Excuses en een vaste contactpersoon.");
    });
    Case mine = f.before;
    mine.handler = QStringLiteral("Ruud Jansen");
    mine.klager.phone = QStringLiteral("06-87654321");
    ConflictResolver::resolve(nullptr, *f.session, f.stack, f.notifier, f.before, mine, QStringLiteral("Wijzigen"),
                              [&](ConflictDialog& dialog) { save(dialog, "conflict.png"); });
    Case both = f.before;
    both.story = QStringLiteral("Versie van Fatima.");
    ConflictResolver::resolve(nullptr, *f.session, f.stack, f.notifier, f.before, both, QStringLiteral("Wijzigen"),
                              [&](ConflictDialog& dialog) { save(dialog, "conflict-both.png"); });

    const QString folder = BackupService::defaultDirectory(f.path);
    for (int day = 0; day < 4; ++day)
        BackupService::automaticBackup(f.path, folder, 10, QDateTime(d("2026-11-18").addDays(day), QTime(8, 30)));
    BackupService::backupFile(f.path,
                              QDir(folder).filePath(QStringLiteral("gemeente-met-de-hand-20261122-161500.aantafel")));
    RestoreDialog restore(f.path, folder);
    save(restore, "restore.png");
    f.clock.set(QDateTime::currentDateTime().addSecs(3600)); // work after the copies: the file is newer
    Case later = phoneComplaint(d("2026-11-23"), QStringLiteral("De heer B. de Vries"));
    f.session->cases().save(later);

    AppSettings settings;
    BackupSettingsDialog configure(settings);
    save(configure, "settings.png");

    f.session.reset();
    f.colleague.reset();
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(f.path));
    window.backups()->waitForAutomatic();
    window.resize(1100, 700);
    QTimer::singleShot(300, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->grab().save(shots.filePath(QStringLiteral("restore-confirm.png")));
                box->reject();
            }
        }
    });
    window.backups()->restoreFrom(
        BackupService::list(f.path, folder).last().path, f.path, [&] { window.closeFile(); },
        [&](const QString& p) { return window.openFile(p); });
    save(window, "mainwindow.png");

    // The "Bezig" state: grabbed right after a save that waited, before the event loop clears it.
    std::atomic<bool> colleagueWrites{false};
    std::thread colleague([&] {
        try {
            auto db = Database::open(f.path);
            Transaction writing(*db);
            colleagueWrites = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            writing.commit();
        } catch (const StorageError&) {
            colleagueWrites = true;
        }
    });
    while (!colleagueWrites)
        std::this_thread::yield();
    Case waiting = phoneComplaint(d("2026-11-23"), QStringLiteral("Mevrouw C. Bakker"));
    window.session()->cases().save(waiting);
    colleague.join();
    CHECK(window.grab().save(shots.filePath(QStringLiteral("busy.png"))));
    QLocale::setDefault(QLocale::c());
}

// Run by hand on a large file: AANTAFEL_TIMING_FILE=/tmp/demo-100k.aantafel ui_tests "[safety-timing]".
// The automatic reservekopie must not hold up the first paint.
TEST_CASE("timing: the automatic reservekopie does not delay opening a large file", "[.][safety-timing]") {
    const QString path = qEnvironmentVariable("AANTAFEL_TIMING_FILE");
    if (path.isEmpty()) {
        WARN("AANTAFEL_TIMING_FILE is not set");
        return;
    }
    TempDir dir;
    AppSettings settings;
    const FixedClock clock(d("2026-11-23"));
    // The first open reads the file cold; the later ones compare fairly.
    for (const bool automatic : {false, true, false, true}) {
        settings.setAutomaticBackup(automatic);
        static int run = 0;
        settings.setBackupDirectory(dir.path(QStringLiteral("kopie%1").arg(++run))); // a fresh day each time
        MainWindow window(clock);
        QElapsedTimer timer;
        timer.start();
        REQUIRE(window.openFile(path));
        window.show();
        QCoreApplication::processEvents();
        const qint64 painted = timer.elapsed();
        window.backups()->waitForAutomatic();
        WARN("automatic backup " << (automatic ? "on" : "off") << ": open and first paint " << painted
                                 << " ms, backup done after " << timer.elapsed() << " ms");
        window.closeFile();
    }
    settings.setAutomaticBackup(true);
    settings.setBackupDirectory(QString());
}
