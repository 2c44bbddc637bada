// Team work on one file, with real programs: eight writers (team_writer) each register 200 cases and
// make 200 changes in random order for the same three handlers — half of the changes on the same ten
// cases, so that they meet — while two readers read. Afterwards every change a writer reported as
// committed is in the file exactly once, in the case it named; every change refused as a conflict is
// nowhere (the writer that lost was told); every registration is there once; and aantafel-cli check
// is clean. The same with one writer SIGKILLed halfway: what it reported is there, what it was doing
// when it died is there once or not at all.
#include "teamlog.h"

#include "storage/municipalityfile.h"

namespace {

constexpr int Writers = 8;
constexpr int PerWriter = 200;

QString newFile(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Samenwerk");
    MunicipalityFile::create(path, settings, QStringLiteral("Beheerder"));
    return path;
}

void runTeam(bool killOne) {
    TempDir dir;
    const QString path = newFile(dir);
    TeamRun team;
    for (int i = 0; i < Writers; ++i)
        team.writers << path;
    team.readers = {path, path};
    team.contents = path;
    team.perWriter = PerWriter;
    team.killOne = killOne;
    team.run();

    const CliRun check = runCli({QStringLiteral("check"), path});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}

} // namespace

TEST_CASE("eight programs register and change cases in one file at once — every committed change once, every "
          "conflict told") {
    runTeam(false);
}

TEST_CASE("the same with one writer killed halfway: what it reported is there, what it was doing is whole or absent") {
    runTeam(true);
}
