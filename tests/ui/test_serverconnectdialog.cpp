// "Verbinden met teamserver": the connection dialog, the password question when the server wants one, and
// the connection file it writes (never with a password).
#include "testsupport.h"

#include "domain/clock.h"
#include "mainwindow.h"
#include "shell/serverconnectdialog.h"
#include "shell/serverlogin.h"
#include "shell/welcomepage.h"
#include "storage/serverconnection.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace {

// A server that wants a password and takes only "geheim" (what the fake probe sees is what a real
// connection would use: the password remembered for the location).
struct FakeServer {
    int probes = 0;
    ServerProbe::Result operator()(const ServerLocation& location) {
        ++probes;
        ServerProbe::Result result;
        if (!ServerConnection::hasRememberedPassword(location)) {
            result.passwordNeeded = true;
            result.message = QStringLiteral("fe_sendauth: no password supplied");
            return result;
        }
        result.connected = true;
        result.municipality = true;
        result.name = QStringLiteral("Gemeente Voorbeeld");
        result.message = QStringLiteral("Verbonden met %1: Gemeente Voorbeeld (schemaversie 7).").arg(location.url());
        return result;
    }
};

void fill(ServerConnectDialog& dialog) {
    dialog.hostEdit()->setText(QStringLiteral("db.gemeente.local"));
    dialog.portBox()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("klachten_voorbeeld"));
    dialog.loginEdit()->setText(QStringLiteral("fbakkali"));
    dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(QStringLiteral("require")));
}

} // namespace

TEST_CASE("the connection dialog writes a connection file that reads back as the same location") {
    TempDir dir;
    ServerConnectDialog dialog;
    fill(dialog);
    const ServerLocation location = dialog.location();
    CHECK(location.host == QLatin1String("db.gemeente.local"));
    CHECK(location.port == 5433);
    CHECK(location.database == QLatin1String("klachten_voorbeeld"));
    CHECK(location.user == QLatin1String("fbakkali"));
    CHECK(location.options.value(QStringLiteral("sslmode")) == QLatin1String("require"));
    // The suffix is added when the name lacks it.
    REQUIRE(dialog.saveTo(dir.path(QStringLiteral("klachten"))));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.savedPath() == dir.path(QStringLiteral("klachten.aantafel-server")));
    CHECK(ServerLocation::fromConnectionFile(dialog.savedPath()) == location);
    CHECK(ServerLocation::isServerLocation(dialog.savedPath()));
}

TEST_CASE("the connection dialog needs a database, and refuses a value that would break the file") {
    TempDir dir;
    ServerConnectDialog dialog;
    QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    const auto button = [&](const QString& text) {
        for (QPushButton* b : buttons) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton*>(nullptr);
    };
    REQUIRE(button(QStringLiteral("Verbinding &testen")));
    REQUIRE(button(QStringLiteral("&Opslaan…")));
    CHECK_FALSE(button(QStringLiteral("Verbinding &testen"))->isEnabled());
    CHECK_FALSE(button(QStringLiteral("&Opslaan…"))->isEnabled());
    dialog.databaseEdit()->setText(QStringLiteral("klachten"));
    CHECK(button(QStringLiteral("Verbinding &testen"))->isEnabled());
    CHECK(button(QStringLiteral("&Opslaan…"))->isEnabled());

    dialog.hostEdit()->setText(QStringLiteral("db\nsslmode = disable"));
    CHECK_FALSE(dialog.saveTo(dir.path(QStringLiteral("x.aantafel-server"))));
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("regelovergang")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.aantafel-server"))));
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("a server that wants a password gets it asked once, and it never reaches the connection file") {
    TempDir dir;
    ServerConnectDialog dialog;
    fill(dialog);
    ServerConnection::rememberPassword(dialog.location(), {});
    FakeServer server;
    int asked = 0;
    dialog.setProbe([&server](const ServerLocation& l) { return server(l); });
    dialog.setPasswordQuestion([&asked](const ServerLocation&, const QString& reason) -> std::optional<QString> {
        ++asked;
        CHECK(reason.isEmpty()); // the first question needs no reason
        return QStringLiteral("geheim");
    });
    CHECK(dialog.testConnection());
    CHECK(asked == 1);
    CHECK(server.probes == 2);
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("Gemeente Voorbeeld")));
    REQUIRE(dialog.saveTo(dir.path(QStringLiteral("klachten.aantafel-server"))));
    QFile file(dialog.savedPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK_FALSE(text.contains("geheim"));
    CHECK_FALSE(text.contains("password"));
    ServerConnection::rememberPassword(dialog.location(), {});
}

TEST_CASE("declining the password question, or a refused password three times, leaves no password behind") {
    ServerConnectDialog dialog;
    fill(dialog);
    const ServerLocation location = dialog.location();
    ServerConnection::rememberPassword(location, {});

    SECTION("declined") {
        dialog.setProbe([](const ServerLocation&) {
            ServerProbe::Result r;
            r.passwordNeeded = true;
            r.message = QStringLiteral("fe_sendauth: no password supplied");
            return r;
        });
        dialog.setPasswordQuestion([](const ServerLocation&, const QString&) { return std::optional<QString>(); });
        CHECK_FALSE(dialog.testConnection());
        CHECK(dialog.resultLabel()->text().contains(QStringLiteral("Geen wachtwoord gegeven")));
    }
    SECTION("refused every time") {
        int probes = 0;
        QStringList reasons;
        dialog.setProbe([&probes](const ServerLocation&) {
            ++probes;
            ServerProbe::Result r;
            r.passwordNeeded = true;
            r.message = QStringLiteral("De server meldt: password authentication failed for user \"fbakkali\"");
            return r;
        });
        dialog.setPasswordQuestion([&reasons](const ServerLocation&, const QString& reason) {
            reasons << reason;
            return std::optional<QString>(QStringLiteral("fout"));
        });
        CHECK_FALSE(dialog.testConnection());
        CHECK(reasons.size() == ServerLogin::MaxAttempts);
        CHECK(probes == ServerLogin::MaxAttempts + 1);
        CHECK(reasons.first().contains(QStringLiteral("weigerde het wachtwoord")));
        CHECK(dialog.resultLabel()->text().contains(QStringLiteral("password authentication failed")));
    }
    CHECK_FALSE(ServerConnection::hasRememberedPassword(location));
}

TEST_CASE("a refused connection says why, without asking for a password") {
    ServerConnectDialog dialog;
    dialog.hostEdit()->setText(QStringLiteral("/nergens/een/socket"));
    dialog.databaseEdit()->setText(QStringLiteral("klachten"));
    dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(QStringLiteral("disable")));
    int asked = 0;
    dialog.setPasswordQuestion([&asked](const ServerLocation&, const QString&) {
        ++asked;
        return std::optional<QString>();
    });
    CHECK_FALSE(dialog.testConnection()); // the real probe: no server behind that socket
    CHECK(asked == 0);
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("Geen verbinding met de server")));
}

TEST_CASE("the connection dialog is driven by the keyboard: fields in order, Enter saves") {
    TempDir dir;
    ServerConnectDialog dialog;
    QString chosen;
    dialog.setFileChooser([&](const QString& suggested) {
        chosen = suggested;
        return dir.path(suggested);
    });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.hostEdit()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("db.gemeente.local"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.portBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.databaseEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("klachten_voorbeeld"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.loginEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.sslModeBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // verify-full → verify-ca
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(chosen == QLatin1String("klachten_voorbeeld.aantafel-server"));
    REQUIRE(dialog.result() == QDialog::Accepted);
    const ServerLocation saved = ServerLocation::fromConnectionFile(dialog.savedPath());
    CHECK(saved.host == QLatin1String("db.gemeente.local"));
    CHECK(saved.database == QLatin1String("klachten_voorbeeld"));
    CHECK(saved.options.value(QStringLiteral("sslmode")) == QLatin1String("verify-ca"));
}

TEST_CASE("the File menu and the welcome page offer the connection to a team server") {
    const FixedClock clock(QDate(2026, 11, 23));
    MainWindow window(clock);
    QAction* action = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions()) {
            if (item->objectName() == QLatin1String("connectToServer"))
                action = item;
        }
    }
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Verbinden met teamserver…"));
    auto* welcome = window.findChild<WelcomePage*>();
    REQUIRE(welcome);
    CHECK(welcome->findChild<QPushButton*>(QStringLiteral("connectToServer")));
}

TEST_CASE("screenshot of the connection dialog", "[.screenshot]") {
    const QString dir = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR", QStringLiteral("/tmp/server-shots"));
    QDir().mkpath(dir);
    ServerConnectDialog dialog;
    fill(dialog);
    dialog.setProbe([](const ServerLocation& l) {
        ServerProbe::Result r;
        r.connected = true;
        r.municipality = true;
        r.message = ServerProbe::tr("Verbonden met %1: %2 (schemaversie %3).")
                        .arg(l.url(), QStringLiteral("Gemeente Voorbeeld"))
                        .arg(7);
        return r;
    });
    dialog.show();
    dialog.testConnection();
    dialog.grab().save(dir + QStringLiteral("/serverconnect-") +
                       qEnvironmentVariable("AANTAFEL_SCREENSHOT_LANG", QStringLiteral("nl")) + QStringLiteral(".png"));
}
