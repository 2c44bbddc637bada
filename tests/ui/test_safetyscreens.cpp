// Screenshots and timings of the safety features, run by hand (hidden tags).
#include "test_conflictfixture.h"

#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/backupsettingsdialog.h"
#include "backup/restoredialog.h"
#include "mainwindow.h"
#include "safety/conflictdialog.h"
#include "safety/conflictresolver.h"
#include "shell/appsettings.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <thread>
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
