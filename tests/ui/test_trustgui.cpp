// Trust in the GUI: "Wie bent u?" chooses nobody beforehand and offers only users no account is
// linked to (with a PIN for a klachtencoördinator or beheerder); damage met while reading makes the
// window read-only with a banner to restore a copy; every save dialog's writer refuses the
// municipality file; the retention run offers to scrub the copies made before it.
#include "test_casefilefixture.h"
#include "testsupport.h"

#include "admin/auditview.h"
#include "admin/inzagedialog.h"
#include "admin/retentiondialog.h"
#include "admin/usersdialog.h"
#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/sqlitecopy.h"
#include "charts/chartview.h"
#include "import/importmapping.h"
#include "mainwindow.h"
#include "print/letterpdfwriter.h"
#include "report/reportexport.h"
#include "shell/appsettings.h"
#include "shell/bannerbar.h"
#include "storage/caserepository.h"
#include "users/identifydialog.h"
#include "users/userrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

struct AccountScope {
    explicit AccountScope(const QByteArray& login)
        : m_old(qgetenv("USER")) {
        qputenv("USER", login);
    }
    ~AccountScope() { qputenv("USER", m_old); }
    QByteArray m_old;
};

User person(const char* login, Role role) {
    User u;
    u.login = QString::fromLatin1(login);
    u.name = u.login;
    u.role = role;
    return u;
}

QAction* menuAction(MainWindow& window, const QString& text) {
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Wie bent u? chooses nobody beforehand: Enter reads only") {
    const QList<User> users{{1, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                            {2, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true}};
    IdentifyDialog dialog(QStringLiteral("gast"), users);
    dialog.show();
    CHECK(dialog.list()->selectedItems().isEmpty());
    CHECK_FALSE(dialog.continueButton()->isEnabled());
    CHECK(dialog.readOnlyButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.chosen().has_value());

    // A beheerder asks for a PIN; a refusal keeps the dialog open with the reason.
    IdentifyDialog pin(QStringLiteral("gast"), users);
    pin.setVerify([](const User&, const QString& typed) {
        return typed == QLatin1String("9090") ? Permission::allow()
                                              : Permission::refuse(QStringLiteral("Deze PIN klopt niet."));
    });
    pin.show();
    pin.list()->setCurrentRow(0);
    CHECK(pin.pinField()->isVisible());
    pin.pinField()->setText(QStringLiteral("1111"));
    pin.accept();
    CHECK(pin.isVisible());
    CHECK(pin.message() == QStringLiteral("Deze PIN klopt niet."));
    pin.pinField()->setText(QStringLiteral("9090"));
    pin.accept();
    REQUIRE(pin.chosen().has_value());
    CHECK(pin.chosen()->login == QStringLiteral("beheer"));
    CHECK(pin.pin() == QStringLiteral("9090"));
    // A klachtbehandelaar needs none.
    IdentifyDialog handler(QStringLiteral("gast"), users);
    handler.show();
    handler.list()->setCurrentRow(1);
    CHECK_FALSE(handler.pinField()->isVisible());
}

TEST_CASE("an unknown account is offered only users no account is linked to, and never a beheerder for one Enter") {
    CaseFileFixture f(d("2025-03-10"), QStringLiteral("beheer"));
    for (User u : {person("beheer", Role::Admin), person("rjansen", Role::Coordinator),
                   person("fbakkali", Role::Handler), person("sdeboer", Role::Handler)})
        f.session->users().add(u);
    f.session.reset();
    {
        AccountScope account("fbakkali"); // opens under her own login once: claimed from then on
        MainWindow window(f.clock);
        REQUIRE(window.openFile(f.path));
    }
    AccountScope account("gast");
    QStringList offered;
    {
        MainWindow window(f.clock);
        // The real dialog, driven as a hurried user would: Enter at once.
        window.setIdentify([&](const QString& acct, const QList<User>& users) -> std::optional<Identification::Claim> {
            for (const User& u : users)
                offered << u.login;
            IdentifyDialog dialog(acct, users);
            dialog.show();
            QTest::keyClick(&dialog, Qt::Key_Return);
            if (const std::optional<User> chosen = dialog.chosen())
                return Identification::Claim{*chosen, dialog.pin()};
            return std::nullopt;
        });
        REQUIRE(window.openFile(f.path));
        CHECK_FALSE(window.session()->currentUser().has_value());
        CHECK(window.banners()->isShown(QStringLiteral("guest")));
    }
    CHECK(offered == QStringList{QStringLiteral("beheer"), QStringLiteral("rjansen"), QStringLiteral("sdeboer")});
    // Choosing the beheerder without a PIN is refused; the account stays a guest.
    MainWindow window(f.clock);
    window.setIdentify([](const QString&, const QList<User>& users) -> std::optional<Identification::Claim> {
        return Identification::Claim{users.first(), QString()};
    });
    QString shown;
    QTimer::singleShot(0, [&shown] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                shown = box->text();
                box->accept();
            }
        }
    });
    REQUIRE(window.openFile(f.path));
    CHECK(shown.contains(QStringLiteral("PIN")));
    CHECK_FALSE(window.session()->currentUser().has_value());
    // The guest cannot import either: the menu entry says why.
    QAction* import = menuAction(window, QStringLiteral("&Importeren uit CSV…"));
    REQUIRE(import);
    CHECK_FALSE(import->isEnabled());
    CHECK(import->toolTip().contains(QStringLiteral("alleen lezen")));
}

TEST_CASE("a damaged page met while reading makes the window read-only with a banner to restore a copy") {
    CaseFileFixture f(d("2026-11-23"));
    for (int i = 0; i < 400; ++i) {
        Case c = phoneComplaint(d("2026-01-05").addDays(i % 300), QStringLiteral("Klager %1").arg(i));
        f.session->cases().save(c);
    }
    f.session.reset();
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        SqliteCopy::Connection c;
        c.open(f.path, false, 1000);
        c.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QList<QStringList> leaves =
            c.rows("SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY pageno");
        REQUIRE(leaves.size() > 4);
        page = leaves.at(leaves.size() / 2).first().toLongLong();
        pageSize = c.scalar("PRAGMA page_size").toLongLong();
    }
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((page - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\0'));
    }
    AppSettings().setAutomaticBackup(false);
    MainWindow window(f.clock);
    // Opening reads only the start of the file; the lists and the overview may meet the damage at once.
    REQUIRE(window.openFile(f.path));
    // Reading every case meets the damaged page at the latest.
    CHECK_THROWS_AS(window.session()->cases().forEachFull([](const Case&) {}), StorageError);
    QCoreApplication::processEvents();
    CHECK(window.session()->database().isReadOnly());
    CHECK(window.banners()->isShown(QStringLiteral("damaged")));
    CHECK(window.banners()->text(QStringLiteral("damaged")).contains(QStringLiteral("Zet een reservekopie terug")));
    CHECK(window.windowTitle().contains(QStringLiteral("beschadigd")));
    QAction* restore = menuAction(window, QStringLiteral("Reservekopie &terugzetten…"));
    REQUIRE(restore);
    CHECK(restore->isEnabled());
    QAction* intake = menuAction(window, QStringLiteral("&Nieuwe melding…"));
    REQUIRE(intake);
    CHECK_FALSE(intake->isEnabled());
    // Nothing is written any more, by any path.
    Case c = phoneComplaint(d("2026-11-23"));
    CHECK_THROWS_AS(window.session()->cases().save(c), StorageError);
    AppSettings().setAutomaticBackup(true);
}

TEST_CASE("every save dialog's writer refuses the open municipality file") {
    CaseFileFixture f(d("2025-03-10"));
    Case complaint = phoneComplaint(d("2025-03-06"));
    f.session->cases().save(complaint);
    const QByteArray before = fileHash(f.path);
    const QString wal = f.path + QStringLiteral("-wal");
    const QString shm = f.path + QStringLiteral("-shm");

    ChartData chart;
    chart.title = QStringLiteral("Klachten");
    chart.categories = {QStringLiteral("K1")};
    chart.series = {{QStringLiteral("Wmo"), {3}}};
    ChartView view;
    view.setData(chart);
    CHECK(view.savePng(f.path).contains(QStringLiteral("zelf")));
    CHECK_FALSE(view.savePng(shm, QSize(200, 100)).isEmpty());

    QString error;
    CHECK_FALSE(ImportMapping().save(f.path, &error));
    CHECK(error.contains(QStringLiteral("gemeentebestand")));

    AuditView audit(*f.session);
    CHECK(audit.exportTo(f.path) == -1);
    InzageDialog inzage(*f.session);
    inzage.find(QStringLiteral("Jansen"), QString());
    if (inzage.table()->rowCount() > 0)
        inzage.table()->item(0, 0)->setCheckState(Qt::Checked);
    CHECK_FALSE(inzage.saveJson(f.path));
    CHECK_FALSE(inzage.savePdf(wal));

    // "Print to file" in the print dialog goes through the same writer.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(f.path);
    PrintJob job;
    job.html = QStringLiteral("<p>Geachte mevrouw,</p>");
    CHECK(LetterPdfWriter::print(job, printer).contains(QStringLiteral("zelf")));

    CHECK(fileHash(f.path) == before);
}

TEST_CASE("after a retention run the dialog offers to scrub the copies made before it") {
    CaseFileFixture f(d("2030-06-15"), QStringLiteral("beheer"));
    Case old = phoneComplaint(d("2023-11-01"), QStringLiteral("Wilhelmina Zonneveld-Ouwehand"));
    old.phase = Phase::Closed;
    old.outcome = Outcome::ResolvedToSatisfaction;
    old.closedOn = d("2024-01-10");
    f.session->cases().save(old);
    const QString copy = BackupService::automaticName(f.path, BackupService::defaultDirectory(f.path),
                                                      QDateTime(d("2030-06-14"), QTime(8, 0)));
    BackupService::backup(f.session->database(), copy);
    RetentionDialog dialog(*f.session, f.notifier);
    dialog.setConfirm([](const QString&, const QString&) { return true; });
    QList<RetentionCopy> offered;
    dialog.setChooseForCopies([&](const QList<RetentionCopy>& copies) {
        offered = copies;
        return RetentionDialog::CopiesChoice::Scrub;
    });
    dialog.select({old.id});
    REQUIRE(dialog.destroySelected());
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().path == QFileInfo(copy).absoluteFilePath());
    CHECK(dialog.message().contains(QStringLiteral("1 reservekopie")));
    CHECK(dialog.message().contains(QStringLiteral(" opgeschoond.")));
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("Zonneveld-Ouwehand"));
}

TEST_CASE("the users dialog links accounts and sets a PIN, stored only as a hash") {
    CaseFileFixture f(d("2025-03-10"), QStringLiteral("beheer"));
    for (User u : {person("beheer", Role::Admin), person("rjansen", Role::Coordinator)})
        f.session->users().add(u);
    f.session->reloadUsers();
    UsersDialog dialog(*f.session);
    QStringList answers{QStringLiteral("GEMEENTE\\rj123"), QStringLiteral("4821")};
    dialog.setAskText(
        [&](const QString&, const QString&, bool) -> std::optional<QString> { return answers.takeFirst(); });
    const int row = dialog.table()->findItems(QStringLiteral("rjansen"), Qt::MatchExactly).first()->row();
    dialog.table()->selectRow(row);
    dialog.linkAccount();
    dialog.setPin();
    CHECK(dialog.lastError().isEmpty());
    CHECK(dialog.table()->item(row, 4)->text() == QStringLiteral("GEMEENTE\\rj123"));
    CHECK(dialog.table()->item(row, 5)->text() == QStringLiteral("ingesteld"));
    const User rjansen = *f.session->users().findByLogin(QStringLiteral("rjansen"));
    CHECK(f.session->users().verifyPin(rjansen.id, QStringLiteral("4821")));
    CHECK(f.session->users().mayActAs(QStringLiteral("gemeente\\RJ123"), rjansen));
}

TEST_CASE("screenshots of the trust screens", "[.screenshot]") {
    const QString shots = QStringLiteral("/tmp/trust-shots");
    QDir().mkpath(shots);
    const QList<User> users{{1, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                            {2, QStringLiteral("sdeboer"), QStringLiteral("Sanne de Boer"), Role::Handler, true}};
    IdentifyDialog identify(QStringLiteral("gast"), users);
    identify.setVerify([](const User&, const QString&) {
        return Permission::refuse(QStringLiteral("Deze PIN klopt niet. Er is niets vastgelegd."));
    });
    identify.show();
    identify.list()->setCurrentRow(0);
    identify.pinField()->setText(QStringLiteral("1234"));
    identify.accept();
    identify.grab().save(shots + QStringLiteral("/identify-pin.png"));

    CaseFileFixture f(d("2026-11-23"));
    for (int i = 0; i < 400; ++i) {
        Case c = phoneComplaint(d("2026-01-05").addDays(i % 300), QStringLiteral("Klager %1").arg(i));
        f.session->cases().save(c);
    }
    f.session.reset();
    {
        SqliteCopy::Connection c;
        c.open(f.path, false, 1000);
        c.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QList<QStringList> leaves =
            c.rows("SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY pageno");
        const qint64 page = leaves.at(leaves.size() / 2).first().toLongLong();
        const qint64 size = c.scalar("PRAGMA page_size").toLongLong();
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek((page - 1) * size);
        file.write(QByteArray(int(size), '\0'));
    }
    AppSettings().setAutomaticBackup(false);
    MainWindow window(f.clock);
    window.resize(1280, 800);
    REQUIRE(window.openFile(f.path));
    window.show();
    CHECK_THROWS(window.session()->cases().forEachFull([](const Case&) {}));
    QCoreApplication::processEvents();
    window.grab().save(shots + QStringLiteral("/damaged.png"));
    AppSettings().setAutomaticBackup(true);
}
