// The main window: opening files (good, foreign, written by another program under the network-share
// rules), the title, the recent files, and what is enabled when.
#include "uitestsupport.h"

#include "casefile/casefilewidget.h"
#include "caselist/caselistwidget.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "session/municipalitysession.h"
#include "shell/appsettings.h"
#include "shell/bannerbar.h"
#include "storage/lockfile.h"
#include "storage/municipalityfile.h"
#include "storage/storagelocation.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace {

// Closes the next message box that appears and returns its text through *text.
void dismissNextMessageBox(QString* text) {
    QTimer::singleShot(0, [text] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                *text = box->text();
                box->accept();
                return;
            }
        }
    });
}

} // namespace

TEST_CASE("opening a municipality file shows its name in the title and remembers it") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("venster.aantafel"), QStringLiteral("Gemeente Vensterdam"), 40);
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(path));
    CHECK(window.windowTitle().contains(QStringLiteral("Gemeente Vensterdam")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("alleen lezen")));
    CHECK(AppSettings().recentFiles().value(0) == QFileInfo(path).absoluteFilePath());
    LockFile lock(path);
    lock.open();
    CHECK(lock.records().size() == 1); // this window, recorded as working in the file
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    CHECK(tabs->count() == 4); // Zaken, Termijnen, Leren and Dashboard

    window.closeFile();
    CHECK_FALSE(window.hasFile());
    CHECK(lock.records().isEmpty());
}

TEST_CASE("the status bar names the open file again after a passing message, and nothing once it is closed") {
    TempDir dir;
    const QString path = demoMunicipality(dir, QStringLiteral("pad.aantafel"), QStringLiteral("Gemeente Padwijk"), 20);
    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(path));
    auto* location = window.findChild<QLabel*>(QStringLiteral("locationLabel"));
    REQUIRE(location);
    CHECK(QFileInfo(location->text()).absoluteFilePath() == QFileInfo(path).absoluteFilePath());
    CHECK(location->toolTip() == location->text());

    // A message such as "reservekopie gemaakt" covers the place for its seconds and then gives it back.
    window.show();
    CHECK_FALSE(location->isHidden());
    window.statusBar()->showMessage(QStringLiteral("Reservekopie gemaakt"), 8000);
    CHECK(location->isHidden());
    window.statusBar()->clearMessage();
    CHECK_FALSE(location->isHidden());
    CHECK(QFileInfo(location->text()).absoluteFilePath() == QFileInfo(path).absoluteFilePath());

    window.closeFile();
    CHECK(location->text().isEmpty());
}

TEST_CASE("a file on a network share that another program writes opens read-only, naming the writer") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("gedeeld.aantafel"), QStringLiteral("Gemeente Vensterdam"), 10);
    StorageLocation::setForced(path, true);
    OpenOptions writer;
    writer.location = Location::NetworkShare;
    writer.user = QStringLiteral("Karin de Wit");
    auto other = Database::open(path, writer);

    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    REQUIRE(window.openFile(path));
    REQUIRE(window.session());
    CHECK(window.session()->database().isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("alleen lezen")));
    REQUIRE(window.banners());
    CHECK(window.banners()->isShown(QStringLiteral("read-only")));
    const QString banner = window.banners()->text(QStringLiteral("read-only"));
    CHECK(banner.contains(QStringLiteral("Karin de Wit")));
    CHECK(banner.contains(QStringLiteral("netwerkschijf")));
    CHECK(banner.contains(QStringLiteral("teamserver")));
    CHECK(window.registerIntake() == 0);
    CHECK(window.presenceText().contains(QStringLiteral("Karin de Wit")));

    // A case file shows everything but offers no edit and no workflow step.
    const qint64 caseId = window.session()->cases().list().first().id;
    window.openCase(caseId);
    auto* file = window.findChild<CaseFileWidget*>();
    REQUIRE(file);
    auto* story = file->findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"));
    REQUIRE(story);
    CHECK(story->isReadOnly());
    for (QPushButton* b : file->findChildren<QPushButton*>()) {
        INFO(b->objectName().toStdString());
        CHECK_FALSE((b->objectName().startsWith(QStringLiteral("action_")) && b->isVisibleTo(file)));
    }

    // Karin closes the file: the banner offers to open it again, and then this window writes.
    other.reset();
    window.checkPresence();
    CHECK(window.banners()->text(QStringLiteral("read-only")).contains(QStringLiteral("Niemand wijzigt")));
    REQUIRE(window.openFile(path));
    CHECK_FALSE(window.session()->database().isReadOnly());
    CHECK(window.banners()->isShown(QStringLiteral("network-share")));
    StorageLocation::setForced(path, std::nullopt);
}

TEST_CASE("a file that is not ours gets a clear message and leaves the window without a file") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notities.aantafel"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("boodschappen: melk, brood\n");
    f.close();

    const FixedClock clock(d("2026-11-23"));
    MainWindow window(clock);
    QString message;
    dismissNextMessageBox(&message);
    CHECK_FALSE(window.openFile(path));
    CHECK_FALSE(window.hasFile());
    CHECK(message.contains(QStringLiteral("geen Aan Tafel-bestand")));
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("boodschappen: melk, brood\n"));
}

TEST_CASE("a handler starts with his own open cases, someone without cases sees them all") {
    TempDir dir;
    const QString path =
        demoMunicipality(dir, QStringLiteral("eigen.aantafel"), QStringLiteral("Gemeente Vensterdam"), 120);
    const FixedClock clock(d("2026-11-23"));
    const QByteArray previous = qgetenv("USER");
    {
        qputenv("USER", "Sanne de Boer"); // one of the demo municipality's handlers
        MainWindow window(clock);
        REQUIRE(window.openFile(path));
        auto* list = window.findChild<CaseListWidget*>();
        REQUIRE(list);
        CHECK(list->filter().mine);
        CHECK(list->filter().openOnly);
    }
    {
        qputenv("USER", "iemand-anders");
        MainWindow window(clock);
        REQUIRE(window.openFile(path));
        auto* list = window.findChild<CaseListWidget*>();
        REQUIRE(list);
        CHECK(list->filter().isDefault());
    }
    qputenv("USER", previous);
}
