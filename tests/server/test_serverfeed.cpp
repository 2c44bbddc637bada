// Colleagues' changes on the team server reach an open window by the server's notification (LISTEN/NOTIFY),
// within a second or two, without polling: ServerChangeFeed.
#include "servertestsupport.h"

#include "session/serverchangefeed.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/serverconnection.h"
#include "storage/serverinit.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace {

Case newCase(const QString& klager) {
    Case c;
    c.received = d("2025-03-07");
    c.klager.name = klager;
    c.story = QStringLiteral("Niet teruggebeld.");
    return c;
}

} // namespace

TEST_CASE("a colleague's new and changed case reach an open window on the team server within two seconds") {
    SKIP_WITHOUT_TEST_SERVER();
    ScratchDatabase scratch;
    {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Live");
        ServerConnection server(scratch.location());
        ServerInit::initialise(server, settings, QStringLiteral("it"));
    }
    auto window = Database::openServer(scratch.location());
    auto colleague = Database::openServer(scratch.location());
    const FixedClock clock(QDateTime(d("2025-03-07"), QTime(9, 0)));
    CaseRepository windowCases(*window, clock, QStringLiteral("anna"));
    CaseRepository colleagueCases(*colleague, clock, QStringLiteral("bram"));

    ServerChangeFeed feed(*window);
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
    ScratchDatabase scratch;
    {
        MunicipalitySettings settings;
        settings.name = QStringLiteral("Gemeente Peiling");
        ServerConnection server(scratch.location());
        ServerInit::initialise(server, settings, QStringLiteral("it"));
    }
    auto window = Database::openServer(scratch.location());
    auto colleague = Database::openServer(scratch.location());
    const FixedClock clock(QDateTime(d("2025-03-07"), QTime(9, 0)));
    CaseRepository colleagueCases(*colleague, clock, QStringLiteral("bram"));

    ServerChangeFeed feed(*window, 200);
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
    {
        ServerConnection server(scratch.location());
        ServerInit::initialise(server, MunicipalitySettings{}, QStringLiteral("it"));
    }
    auto window = Database::openServer(scratch.location());
    ServerChangeFeed feed(*window, 200);
    feed.start();
    CHECK(feed.isListening());
    CHECK_FALSE(feed.isPolling());
}
