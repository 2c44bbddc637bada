// Two program windows on one municipality file on this computer (two MainWindows with sessions of
// their own, as two instances would have): both can write, and each sees what the other does within
// a few seconds, without reopening — the case list, an open case file, the Termijnen overview — and
// the status bar says who else has the file open; a restore names the colleagues present and their
// windows show the copy afterwards; the network rules can be set per file from the File menu.
#include "uitestsupport.h"

#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "casefile/casefilewidget.h"
#include "caselist/caselistwidget.h"
#include "commands/casecommands.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "overview/deadlineoverviewwidget.h"
#include "session/municipalitysession.h"
#include "shell/bannerbar.h"
#include "storage/fileaccess.h"
#include "storage/lockfile.h"
#include "storage/municipalityfile.h"

#include <QAction>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTest>

TEST_CASE("two windows on one local file both edit cases and see each other's changes without reopening") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("samen.aantafel"), QStringLiteral("Gemeente Samenwerk"), 30, 5);
    const FixedClock clock(d("2026-11-23"));
    MainWindow anna(clock);
    MainWindow bram(clock);
    for (MainWindow* w : {&anna, &bram}) {
        w->setChangeInterval(100);
        w->resize(1200, 760);
        REQUIRE(w->openFile(path));
        REQUIRE_FALSE(w->session()->database().isReadOnly());
        CHECK_FALSE(w->windowTitle().contains(QStringLiteral("alleen lezen")));
        w->show();
    }
    anna.move(0, 0);
    bram.move(1210, 0);
    anna.checkPresence();
    bram.checkPresence();
    CHECK(anna.presenceText().startsWith(QStringLiteral("Ook geopend door ")));
    CHECK(bram.presenceText().startsWith(QStringLiteral("Ook geopend door ")));

    // Bram has a case open; Anna changes its story in her window.
    const QList<Case> cases = anna.session()->cases().list();
    REQUIRE(cases.size() >= 2);
    const qint64 shared = cases.at(0).id;
    bram.openCase(shared);
    auto* bramsFile = bram.findChild<CaseFileWidget*>();
    REQUIRE(bramsFile);
    auto* story = bramsFile->findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"));
    REQUIRE(story);
    {
        const Case before = anna.session()->cases().load(shared);
        Case after = before;
        after.story = QStringLiteral("Aangevuld door Anna: de klager is teruggebeld.");
        CaseCommands::edit(anna.undoStack(), *anna.session(), anna.notifier(), before, after,
                           QStringLiteral("Verhaal wijzigen"));
    }
    CHECK(QTest::qWaitFor(
        [&] { return story->toPlainText() == QStringLiteral("Aangevuld door Anna: de klager is teruggebeld."); },
        5000));

    // Bram registers a new case in his window; Anna's case list shows it.
    Case fresh;
    fresh.received = d("2026-11-23");
    fresh.klager.name = QStringLiteral("Mevrouw T. Samen");
    fresh.story = QStringLiteral("Belde over een omgevallen boom.");
    fresh.handler = anna.session()->user();
    CaseCommands::create(bram.undoStack(), *bram.session(), bram.notifier(), fresh);
    REQUIRE(fresh.id > 0);
    CHECK(QTest::qWaitFor([&] { return listShows(anna, fresh.reference); }, 5000));
    CHECK(listShows(bram, fresh.reference));

    // Bram reassigns a case that is on Anna's Termijnen overview; the overview follows.
    auto* overview = anna.findChild<DeadlineOverviewWidget*>();
    REQUIRE(overview);
    for (QTabWidget* tabs : anna.findChildren<QTabWidget*>()) {
        if (tabs->indexOf(overview) >= 0)
            tabs->setCurrentWidget(overview);
    }
    CHECK(QTest::qWaitFor([&] { return !overview->overview().rows.isEmpty(); }, 5000));
    qint64 other = 0;
    for (const OverviewRow& row : overview->overview().rows) {
        if (row.caseId != shared && row.handler != QStringLiteral("Bram de Vries"))
            other = row.caseId;
    }
    REQUIRE(other > 0);
    {
        const Case before = bram.session()->cases().load(other);
        Case after = before;
        after.handler = QStringLiteral("Bram de Vries");
        CaseCommands::edit(bram.undoStack(), *bram.session(), bram.notifier(), before, after,
                           QStringLiteral("Behandelaar wijzigen"));
    }
    CHECK(QTest::qWaitFor(
        [&] {
            for (const OverviewRow& row : overview->overview().rows) {
                if (row.caseId == other)
                    return row.handler == QStringLiteral("Bram de Vries");
            }
            return false;
        },
        5000));

    QTest::qWait(200);
    shoot(anna, QStringLiteral("anna.png"));
    shoot(bram, QStringLiteral("bram.png"));
}

TEST_CASE("a restore names the colleagues who have the file open, and their window shows the copy afterwards") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("samen.aantafel"), QStringLiteral("Gemeente Samenwerk"), 12, 5);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    const FixedClock clock(d("2026-11-23"));
    MainWindow mine(clock);
    MainWindow colleague(clock);
    colleague.setChangeInterval(100);
    REQUIRE(mine.openFile(path));
    REQUIRE(colleague.openFile(path));
    mine.backups()->waitForAutomatic();
    colleague.backups()->waitForAutomatic();
    BackupService::backupFile(path, copy);
    Case later;
    later.received = d("2026-11-23");
    later.klager.name = QStringLiteral("Na de kopie");
    CaseCommands::create(colleague.undoStack(), *colleague.session(), colleague.notifier(), later);
    REQUIRE(QTest::qWaitFor([&] { return listShows(colleague, later.reference); }, 5000));

    // A colleague's program elsewhere on this computer (another process) is recorded in the lock file.
    QProcess elsewhere;
    elsewhere.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    REQUIRE(elsewhere.waitForStarted());
    {
        LockFile lock(path);
        lock.open();
        lock.update([&](QList<LockRecord>& records) {
            LockRecord r = LockFile::recordForThisProcess(LockRecord::Kind::Open, QStringLiteral("Karin de Wit"),
                                                          LockRecord::LocalWriter);
            r.pid = elsewhere.processId();
            records << r;
        });
    }
    QString asked;
    mine.backups()->setAsker([&](const QString&, const QString& text, const QString&) {
        asked = text;
        return true;
    });
    REQUIRE(mine.backups()->restoreFrom(
        copy, path, [&] { mine.closeFile(); }, [&](const QString& p) { return mine.openFile(p); }));
    CHECK(asked.contains(QStringLiteral("Het bestand is ook geopend door Karin de Wit")));
    CHECK(mine.session()->cases().count() == 12);
    // The colleague's window follows without reopening: the case made after the copy is gone.
    CHECK(QTest::qWaitFor([&] { return !listShows(colleague, later.reference); }, 5000));
    elsewhere.kill();
    elsewhere.waitForFinished();
}

TEST_CASE("Behandelen als bestand op een netwerkschijf reopens the file under the network rules, and back") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("samen.aantafel"), QStringLiteral("Gemeente Samenwerk"), 5, 5);
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(path));
    REQUIRE_FALSE(window.session()->database().access()->underShareRules());
    QAction* share = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("Behandelen als bestand op een &netwerkschijf"))
            share = a;
    }
    REQUIRE(share);
    CHECK_FALSE(share->isChecked());
    share->trigger();
    REQUIRE(window.hasFile());
    CHECK(window.session()->database().access()->underShareRules());
    CHECK_FALSE(window.session()->database().isReadOnly());
    CHECK(window.banners()->isShown(QStringLiteral("network-share")));
    CHECK(share->isChecked());
    share->trigger();
    CHECK_FALSE(window.session()->database().access()->underShareRules());
    CHECK_FALSE(window.banners()->isShown(QStringLiteral("network-share")));
}
