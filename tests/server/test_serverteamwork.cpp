// Team work on the team server, with real programs: the twin of tests/cli/test_teamwork.cpp. Eight writers
// (team_writer), each signed in as its own klachtbehandelaar's login, register cases and change them in random
// order for the same three handlers — half of the changes on the same ten cases, so that they meet — while
// two readers read. Afterwards every change a writer reported as committed is on the server exactly once, in
// the case it named; every change refused as a conflict is nowhere (the writer that lost was told); every
// registration is there once; and the program's consistency check (IntegrityCheck, what aantafel-cli check
// runs) finds nothing. The same with one writer SIGKILLed halfway: what it reported is there, what it was
// doing when it died is there once or not at all (the server rolls back the transaction of a connection
// that is gone).
//
// Each writer makes 200 registrations and 200 changes, as on the file. Every write is a transaction of several
// round trips behind the server's writer lock, so the run takes longer than on a file; AANTAFEL_TEAM_CASES=N
// makes it N and N, for a quicker run while developing (see README, "Tests").
#include "servertestsupport.h"

#include "cli/teamlog.h"
#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/serverconnection.h"

namespace {

constexpr int Writers = 8;
constexpr int DefaultPerWriter = 200;

int perWriter() {
    const int asked = qEnvironmentVariableIntValue("AANTAFEL_TEAM_CASES");
    return asked > 0 ? asked : DefaultPerWriter;
}

// The login of writer i, or of the readers (-1): not of the form "<database>_…", which are the program's roles.
QString login(const ScratchDatabase& scratch, int writer) {
    return scratch.login(writer < 0 ? QStringLiteral("lezer") : QStringLiteral("w%1").arg(writer));
}

void runTeam(bool killOne) {
    ScratchDatabase scratch;
    scratch.initialise(QStringLiteral("Gemeente Samenwerk"));
    {
        ServerConnection server(scratch.location());
        // Every writer and the readers sign in with a klachtbehandelaar's login of their own, made as a
        // beheerder makes one.
        for (int i = 0; i < Writers; ++i)
            server.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"),
                        {{QStringLiteral(":login"), login(scratch, i)}});
        server.exec(QStringLiteral("SELECT grant_program_role(:login, 'handler')"),
                    {{QStringLiteral(":login"), login(scratch, -1)}});
    }
    TeamRun team;
    for (int i = 0; i < Writers; ++i)
        team.writers << scratch.as(login(scratch, i)).url();
    const QString reader = scratch.as(login(scratch, -1)).url();
    team.readers = {reader, reader};
    team.contents = scratch.location().url();
    team.perWriter = perWriter();
    team.killOne = killOne;
    // A guard against a hang, not a measure: 24–34 s on the 2-core development machine, but over 120 s there
    // while a full build ran at a higher priority.
    team.timeLimitMs = 300000 * std::max(1, team.perWriter / DefaultPerWriter);
    team.run();

    // The consistency check of aantafel-cli check, run directly on the server's municipality.
    const SystemClock clock;
    MunicipalitySession session(Database::openServer(scratch.location()), clock, QStringLiteral("controle"));
    const QStringList problems = IntegrityCheck::run(session.database(), session.workflow());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(session.cases().count() >= (Writers - (killOne ? 1 : 0)) * team.perWriter);
}

} // namespace

TEST_CASE("eight programs register and change cases on the team server at once — every committed change once, "
          "every conflict told") {
    SKIP_WITHOUT_TEST_SERVER();
    runTeam(false);
}

TEST_CASE("the same on the team server with one writer killed halfway: what it reported is there, what it was "
          "doing is whole or absent") {
    SKIP_WITHOUT_TEST_SERVER();
    runTeam(true);
}
