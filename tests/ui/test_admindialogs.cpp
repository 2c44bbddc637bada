// The Beheer dialogs: users (the first user becomes beheerder, the last beheerder stays), the audit
// trail (filter, pages, CSV), retention (the list, confirmation, anonymise and destroy) and inzage
// (the matches to confirm, JSON and a PDF whose text lists the cases).
#include "test_casefilefixture.h"

#include "admin/auditview.h"
#include "admin/inzagedialog.h"
#include "admin/retentiondialog.h"
#include "admin/usereditdialog.h"
#include "admin/usersdialog.h"
#include "commands/casecommands.h"
#include "privacy/casearchive.h"
#include "users/identifydialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

namespace {

// A file as a beheerder sees it on 10 March 2025: cases closed in 2018, 2019 and 2023, an open one,
// and two cases of one klager.
struct AdminFixture : CaseFileFixture {
    AdminFixture()
        : CaseFileFixture(d("2025-03-10"), QStringLiteral("beheer")) {
        oldA = closed(d("2018-05-02"), QStringLiteral("Mevrouw C. Visser"));
        oldB = closed(d("2019-11-20"), QStringLiteral("De heer D. Bos"));
        recent = closed(d("2023-06-01"), QStringLiteral("Mevrouw C. Visser"));
        Case open = phoneComplaint(d("2025-03-06"), QStringLiteral("Mevrouw E. Smit"));
        CaseCommands::create(stack, *session, notifier, open);
        openId = open.id;
    }
    qint64 closed(QDate closedOn, const QString& klager) {
        Case c = phoneComplaint(closedOn.addDays(-40), klager);
        c.klager.email = klager.contains(QStringLiteral("Visser")) ? QStringLiteral("c.visser@example.nl") : QString();
        c.phase = Phase::Closed;
        c.outcome = Outcome::ResolvedToSatisfaction;
        c.closedOn = closedOn;
        session->cases().save(c);
        return c.id;
    }
    qint64 oldA = 0, oldB = 0, recent = 0, openId = 0;
};

QStringList column(QTableWidget* table, int c) {
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        cells << table->item(r, c)->text();
    return cells;
}

QString shotsDir() {
    const QString dir = QStringLiteral("/tmp/roles-shots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

TEST_CASE("the users dialog: the first user becomes beheerder, and the last beheerder cannot be deactivated") {
    CaseFileFixture f(d("2025-03-10"), QStringLiteral("fbakkali"));
    UsersDialog dialog(*f.session);
    CHECK(dialog.table()->rowCount() == 0);
    int changes = 0;
    QObject::connect(&dialog, &UsersDialog::usersChanged, [&] { ++changes; });
    dialog.setEditor([](User& u, bool isNew) {
        CHECK(isNew);
        CHECK(u.login == QStringLiteral("fbakkali")); // proposed: the account at the keyboard
        u.name = QStringLiteral("Fatima Bakkali");
        u.role = Role::Handler;
        return true;
    });
    dialog.addUser();
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("beheerder"));
    CHECK(changes == 1);
    REQUIRE(f.session->currentUser().has_value());
    CHECK(f.session->currentUser()->role == Role::Admin);

    dialog.table()->selectRow(0);
    dialog.deactivateSelected();
    CHECK(dialog.lastError().contains(QStringLiteral("laatste actieve beheerder")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("usersError"))->isVisibleTo(&dialog));
    CHECK(dialog.table()->item(0, 3)->text() == QStringLiteral("ja"));

    dialog.setEditor([](User& u, bool) {
        u.login = QStringLiteral("rjansen");
        u.name = QStringLiteral("Ruud Jansen");
        u.role = Role::Coordinator;
        return true;
    });
    dialog.addUser();
    CHECK(dialog.lastError().isEmpty());
    CHECK(column(dialog.table(), 2) == QStringList{QStringLiteral("beheerder"), QStringLiteral("klachtencoördinator")});
}

TEST_CASE("Wie bent u? lists the active users with their roles and returns the one chosen") {
    const QList<User> users{{1, QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator, true},
                            {2, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true}};
    IdentifyDialog dialog(QStringLiteral("gast"), users);
    REQUIRE(dialog.list()->count() == 2);
    CHECK(dialog.list()->item(0)->text() == QStringLiteral("Ruud Jansen (rjansen) — klachtencoördinator"));
    dialog.list()->setCurrentRow(1);
    dialog.accept();
    REQUIRE(dialog.chosen().has_value());
    CHECK(dialog.chosen()->login == QStringLiteral("fbakkali"));
    IdentifyDialog readOnly(QStringLiteral("gast"), users);
    readOnly.readOnlyButton()->click();
    CHECK_FALSE(readOnly.chosen().has_value());
}

TEST_CASE("the audit view filters by case and period, pages through the rows and exports CSV") {
    AdminFixture f;
    AuditView view(*f.session);
    const QString reference = f.session->cases().load(f.openId).reference;
    AuditTrail(f.session->database()).recordView(f.clock.now(), QStringLiteral("rjansen"), f.openId);
    view.setFilter(reference, {}, {});
    REQUIRE(view.table()->rowCount() == 2);
    CHECK(view.table()->item(1, 1)->text() == QStringLiteral("rjansen"));
    CHECK(view.table()->item(1, 3)->text() == QStringLiteral("ingezien"));
    for (const QString& ref : column(view.table(), 2))
        CHECK(ref == reference);
    CHECK(column(view.table(), 3).contains(QStringLiteral("geregistreerd")));
    view.setFilter(QString(), d("2025-03-10"), d("2025-03-10"));
    CHECK(view.status().startsWith(QStringLiteral("Regel 1–")));
    const QString path = f.dir.path(QStringLiteral("audit.csv"));
    CHECK(view.exportTo(path) == view.table()->rowCount());
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().startsWith("\xEF\xBB\xBFWanneer;Wie;Zaak;Actie"));
}

TEST_CASE("the retention dialog lists the cases past their term and anonymises the selection after confirmation") {
    AdminFixture f;
    RetentionDialog dialog(*f.session, f.notifier);
    REQUIRE(dialog.candidates().size() == 2);
    CHECK(dialog.candidates().at(0).id == f.oldA);
    dialog.select({f.oldA, f.oldB});
    QString asked;
    dialog.setConfirm([&](const QString&, const QString& text) {
        asked = text;
        return false;
    });
    CHECK_FALSE(dialog.anonymiseSelected());
    CHECK(asked.contains(QStringLiteral("2 zaak")));
    CHECK(asked.contains(QStringLiteral("niet ongedaan")));
    CHECK(f.stored(f.oldA).klager.name == QStringLiteral("Mevrouw C. Visser"));

    int resets = 0;
    QObject::connect(&f.notifier, &CaseNotifier::casesReset, [&] { ++resets; });
    dialog.setConfirm([](const QString&, const QString&) { return true; });
    CHECK(dialog.anonymiseSelected());
    CHECK(dialog.erased());
    CHECK(resets == 1);
    CHECK(f.stored(f.oldA).klager.name.isEmpty());
    CHECK(f.stored(f.recent).klager.name == QStringLiteral("Mevrouw C. Visser"));
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK_FALSE(dialog.table()->item(0, 7)->text().isEmpty());           // geanonimiseerd op
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("13.1")); // afgehandeld: 5 jaar

    const QString destroyed = f.stored(f.oldB).reference;
    dialog.select({f.oldB});
    CHECK(dialog.destroySelected());
    CHECK_FALSE(f.reopen()->cases().findByReference(destroyed).has_value());
    CHECK(dialog.candidates().size() == 1);

    // A beheerder judges the case closed on 1 June 2023 an aborted one (13.2, one year): due since
    // 1 June 2024.
    CaseArchive(*f.session).setOverride(f.stored(f.recent), ArchiveResult::Aborted, QStringLiteral("Ingetrokken"));
    RetentionDialog again(*f.session, f.notifier);
    REQUIRE(again.candidates().size() == 2);
    CHECK(again.candidates().at(1).id == f.recent);
    CHECK(again.candidates().at(1).dueSince == d("2024-06-01"));
    CHECK(again.table()->item(1, 4)->text() == QStringLiteral("13.2 (gekozen)"));
}

TEST_CASE("the inzage dialog finds the klager's cases, and the PDF lists exactly the confirmed ones") {
    AdminFixture f;
    InzageDialog dialog(*f.session);
    dialog.find(QStringLiteral("visser"));
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK(dialog.confirmedIds().isEmpty()); // the beheerder confirms each case
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        dialog.table()->item(r, 0)->setCheckState(Qt::Checked);
    REQUIRE(dialog.confirmedIds() == QList<qint64>{f.oldA, f.recent});

    const QString json = f.dir.path(QStringLiteral("inzage.json"));
    REQUIRE(dialog.saveJson(json));
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    CHECK(root.value(QStringLiteral("cases")).toArray().size() == 2);

    const QString pdf = f.dir.path(QStringLiteral("inzage.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not installed: the PDF's text is not checked");
        return;
    }
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (qint64 id : {f.oldA, f.recent})
        CHECK(text.contains(f.session->cases().load(id).reference));
    CHECK(text.contains(QStringLiteral("Mevrouw C. Visser")));
    CHECK_FALSE(text.contains(QStringLiteral("Bos")));
    CHECK_FALSE(text.contains(QStringLiteral("Smit")));
    CHECK(text.contains(QStringLiteral("pagina 1 van")));
}

TEST_CASE("screenshots of the Beheer dialogs", "[.screenshot]") {
    AdminFixture f;
    for (User u : {User{0, QStringLiteral("beheer"), QStringLiteral("Bea Heer"), Role::Admin, true},
                   User{0, QStringLiteral("rjansen"), QStringLiteral("Ruud Jansen"), Role::Coordinator, true},
                   User{0, QStringLiteral("fbakkali"), QStringLiteral("Fatima Bakkali"), Role::Handler, true},
                   User{0, QStringLiteral("oud"), QStringLiteral("Oud Medewerker"), Role::Handler, false}})
        f.session->users().add(u);
    f.session->reloadUsers();
    UsersDialog users(*f.session);
    users.table()->selectRow(1);
    users.show();
    users.grab().save(shotsDir() + QStringLiteral("/users.png"));
    AuditView audit(*f.session);
    audit.setFilter(QString(), d("2025-03-01"), d("2025-03-31"));
    audit.show();
    audit.grab().save(shotsDir() + QStringLiteral("/audit.png"));
    RetentionDialog retention(*f.session, f.notifier);
    retention.select({f.oldA});
    retention.show();
    retention.grab().save(shotsDir() + QStringLiteral("/retention.png"));
    // The confirmation as the beheerder sees it (cancelled here).
    QTimer::singleShot(50, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->grab().save(shotsDir() + QStringLiteral("/retention-confirm.png"));
                box->reject();
            }
        }
    });
    CHECK_FALSE(retention.destroySelected());
    InzageDialog inzage(*f.session);
    inzage.find(QStringLiteral("visser"), QStringLiteral("c.visser@example.nl"));
    inzage.table()->item(0, 0)->setCheckState(Qt::Checked);
    inzage.show();
    inzage.grab().save(shotsDir() + QStringLiteral("/inzage.png"));
    inzage.savePdf(shotsDir() + QStringLiteral("/inzage.pdf"));
    IdentifyDialog identify(QStringLiteral("gast"), f.session->users().list(true));
    identify.show();
    identify.grab().save(shotsDir() + QStringLiteral("/identify.png"));
    UserEditDialog edit(f.session->users().list().at(1), false);
    edit.show();
    edit.grab().save(shotsDir() + QStringLiteral("/useredit.png"));
}
