// Retention in the window on the team server: the beheerder finds Beheer ▸ Bewaartermijnen enabled, the dialog
// lists the cases past their term as on a file, and destroying one removes it on the server, blanks the values
// of its audit rows through the server's own function (the trail stays append-only) and leaves the others.
// A klachtbehandelaar finds the action disabled with the reason. Needs the test cluster; skipped without it.
#include "server/servertestsupport.h"
#include "uitestsupport.h"

#include "admin/adminmenu.h"
#include "admin/retentiondialog.h"
#include "casenotifier.h"
#include "cli/cli.h"
#include "cli/clirun.h"
#include "domain/clock.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/serverconnection.h"

#include <QAction>
#include <QLabel>
#include <QTableWidget>

namespace {

// A twelve-year demo municipality moved to the server, with a beheerder (Bea) and a klachtbehandelaar (Jan).
struct OldMunicipality {
    TempDir dir;
    ScratchDatabase scratch;
    QString beheerder = scratch.login(QStringLiteral("bea"));
    QString handler = scratch.login(QStringLiteral("jan"));

    OldMunicipality() {
        const QString file = dir.path(QStringLiteral("oud.aantafel"));
        const QDate today(2026, 12, 6);
        REQUIRE(
            runCliOn({QStringLiteral("demo"), file, QStringLiteral("--cases"), QStringLiteral("60"),
                      QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--years"), QStringLiteral("12")},
                     today)
                .code == Cli::Ok);
        const CliResult moved =
            runCliOn({QStringLiteral("migrate"), file, QStringLiteral("--to"), scratch.location().url()}, today);
        INFO(moved.err.toStdString());
        REQUIRE(moved.code == Cli::Ok);
        scratch.addUsers({{.login = beheerder, .name = QStringLiteral("Bea Beheer"), .role = Role::Admin},
                          {.login = handler, .name = QStringLiteral("Jan Janssen"), .role = Role::Handler}});
    }

    QVariant scalar(const QString& sql) const {
        ServerConnection server(scratch.location());
        return server.scalar(sql);
    }
};

} // namespace

TEST_CASE("on the team server the beheerder applies retention in the window, and the server blanks the trail "
          "through its own function") {
    SKIP_WITHOUT_TEST_SERVER();
    OldMunicipality m;
    const FixedClock clock(QDate(2026, 12, 6));
    MainWindow window(clock);
    REQUIRE(window.openFile(m.scratch.as(m.beheerder).url()));
    CHECK(window.adminMenu()->retentionAction()->isEnabled());

    CaseNotifier notifier;
    RetentionDialog dialog(*window.session(), notifier);
    REQUIRE_FALSE(dialog.candidates().isEmpty());
    const qint64 id = dialog.candidates().first().id;
    const QString reference = m.scalar(QStringLiteral("SELECT reference FROM cases WHERE id = %1").arg(id)).toString();
    const int cases = m.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt();
    REQUIRE(m.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = %1 AND field <> 'reference' AND "
                                    "(old_value <> '' OR new_value <> '')")
                         .arg(id))
                .toInt() > 0);

    dialog.select({id});
    dialog.setConfirm([](const QString&, const QString&) { return true; });
    REQUIRE(dialog.destroySelected());
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = %1").arg(id)).toInt() == 0);
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt() == cases - 1);
    // The rows stay, with the reference; their values are blanked.
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = %1").arg(id)).toInt() > 0);
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = %1 AND field <> 'reference' AND "
                                  "(old_value <> '' OR new_value <> '')")
                       .arg(id))
              .toInt() == 0);
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM retention_runs")).toInt() == 1);
    CHECK(m.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = %1 AND field = 'reference' AND "
                                  "'%2' IN (old_value, new_value)")
                       .arg(id)
                       .arg(reference))
              .toInt() > 0);
    // No file, no log: the result says nothing of a -wal.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(QStringLiteral("-wal")));

    // A klachtbehandelaar's window: the action is there, disabled, with the reason.
    window.closeFile();
    REQUIRE(window.openFile(m.scratch.as(m.handler).url()));
    QAction* retention = window.adminMenu()->retentionAction();
    CHECK_FALSE(retention->isEnabled());
    CHECK(retention->toolTip().contains(QStringLiteral("beheerder")));
}
