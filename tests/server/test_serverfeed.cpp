// Colleagues' changes on the team server reach an open window by the server's notification (LISTEN/NOTIFY),
// within a second or two, without polling: ServerChangeFeed.
#include "servertestsupport.h"

#include "casebuilder.h"
#include "domain/clock.h"
#include "session/serverchangefeed.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sqlrows.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

namespace {

// A municipality on the test cluster, open in a window and in a colleague's (Bram's) program, each its own
// connection, on 7 March 2025.
struct TwoConnections {
    ScratchDatabase scratch;
    std::unique_ptr<Database> window;
    std::unique_ptr<Database> colleague;
    const FixedClock clock{QDateTime(d("2025-03-07"), QTime(9, 0))};
    std::unique_ptr<CaseRepository> colleagueCases;

    explicit TwoConnections(const QString& municipality) {
        scratch.initialise(municipality);
        window = Database::openServer(scratch.location());
        colleague = Database::openServer(scratch.location());
        colleagueCases = std::make_unique<CaseRepository>(*colleague, clock, QStringLiteral("bram"));
    }
};

Case newCase(const QString& klager) {
    return CaseBuilder::phoneComplaint(d("2025-03-07"), klager);
}

} // namespace

TEST_CASE("a colleague's new and changed case reach an open window on the team server within two seconds") {
    SKIP_WITHOUT_TEST_SERVER();
    TwoConnections team(QStringLiteral("Gemeente Live"));
    CaseRepository windowCases(*team.window, team.clock, QStringLiteral("anna"));
    CaseRepository& colleagueCases = *team.colleagueCases;

    ServerChangeFeed feed(*team.window);
    QSignalSpy spy(&feed, &ExternalChangeFeed::changed);
    feed.start();

    // The window's own save is no news to it.
    Case own = newCase(QStringLiteral("Eigen Klager"));
    windowCases.save(own);
    CHECK_FALSE(spy.wait(300));

    QElapsedTimer timer;
    timer.start();
    Case added = newCase(QStringLiteral("Mevrouw Nieuw"));
    colleagueCases.save(added);
    REQUIRE(spy.wait(2000));
    CHECK(timer.elapsed() < 2000);
    ExternalChanges changes = spy.takeFirst().at(0).value<ExternalChanges>();
    CHECK(changes.added.contains(added.id));

    added.handler = QStringLiteral("Bram de Boer");
    colleagueCases.save(added);
    REQUIRE(spy.wait(2000));
    changes = spy.takeFirst().at(0).value<ExternalChanges>();
    CHECK(changes.changed.contains(added.id));
    CHECK_FALSE(changes.added.contains(added.id));

    // A stopped feed hears nothing more.
    feed.stop();
    Case later = newCase(QStringLiteral("Meneer Later"));
    colleagueCases.save(later);
    CHECK_FALSE(spy.wait(500));
}

TEST_CASE("where the server's notifications cannot be listened for, the feed looks for colleagues' changes itself") {
    SKIP_WITHOUT_TEST_SERVER();
    TwoConnections team(QStringLiteral("Gemeente Peiling"));
    CaseRepository& colleagueCases = *team.colleagueCases;

    ServerChangeFeed feed(*team.window, 200);
    feed.setListeningAllowed(false); // as through a pooler that passes no notifications on
    QSignalSpy spy(&feed, &ExternalChangeFeed::changed);
    feed.start();
    CHECK_FALSE(feed.isListening());
    CHECK(feed.isPolling());

    Case added = newCase(QStringLiteral("Mevrouw Gepeild"));
    colleagueCases.save(added);
    REQUIRE(spy.wait(2000));
    CHECK(spy.takeFirst().at(0).value<ExternalChanges>().added.contains(added.id));

    feed.stop();
    CHECK_FALSE(feed.isPolling());
    colleagueCases.save(added);
    CHECK_FALSE(spy.wait(600));
}

TEST_CASE("the feed listens for the server's notifications when it can, and then does not poll") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    scratch.initialise();
    auto window = Database::openServer(scratch.location());
    ServerChangeFeed feed(*window, 200);
    feed.start();
    CHECK(feed.isListening());
    CHECK_FALSE(feed.isPolling());
}

TEST_CASE("a colleague's change whose notification arrives while the window reads rows still reaches the window") {
    SKIP_WITHOUT_TEST_SERVER();
    TwoConnections team(QStringLiteral("Gemeente Lezend"));
    ServerChangeFeed feed(*team.window);
    QSignalSpy spy(&feed, &ExternalChangeFeed::changed);
    feed.start();
    // The driver looks for notifications once after each of its own statements (the LISTEN): that look is
    // over before the colleague writes.
    QCoreApplication::processEvents();

    Case added = newCase(QStringLiteral("Mevrouw Tussendoor"));
    team.colleagueCases->save(added);
    // The notification is on its way to the window's connection; the window reads rows before its event loop
    // runs again, and so takes the notification off the connection with them.
    QThread::msleep(300);
    SqlRows rows(*team.window, QStringLiteral("SELECT id FROM cases"));
    rows.exec();
    CHECK(rows.next());
    REQUIRE(spy.wait(2000));
    CHECK(spy.takeFirst().at(0).value<ExternalChanges>().added.contains(added.id));
}
