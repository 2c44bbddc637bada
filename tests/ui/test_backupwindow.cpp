// Reservekopieën in the GUI: the automatic copy on open, the restore through the main window (with
// explicit confirmation when the file is newer), the restore dialog and the settings.
#include "test_conflictfixture.h"

#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/backupsettingsdialog.h"
#include "backup/restoredialog.h"
#include "mainwindow.h"
#include "shell/appsettings.h"
#include "shell/bannerbar.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>

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
