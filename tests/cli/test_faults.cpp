// Writers, a backup, a restore and a retention run against one file at random moments, with one
// writer killed on the way (real programs: team_writer, aantafel-cli). Afterwards every case and every
// change a writer reported as committed is in the file exactly once — or, when a restore put an older
// copy back, in the copy that restore set aside — or was destroyed as intended; the cases whose
// retention period had passed are gone, also when a restore put back a copy made before the retention
// run (the restore applies the recorded destruction again before the file is used); nothing a writer
// was refused is anywhere; and aantafel-cli check is clean on the file and on every copy.
#include "teamlog.h"

#include "demo/demogenerator.h"
#include "privacy/retention.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QElapsedTimer>
#include <QThread>

#include <random>

namespace {

constexpr int Writers = 4;
constexpr int PerWriter = 100;

// A municipality whose demo cases were received nine to eleven years ago: most are closed, and those
// are past their retention period of five years.
QString oldMunicipality(const TempDir& dir, QSet<QString>* due) {
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Storing");
    const FixedClock past(QDateTime::currentDateTime().addYears(-9));
    {
        MunicipalitySession session(MunicipalityFile::create(path, settings, QStringLiteral("beheer")), past,
                                    QStringLiteral("beheer"));
        DemoOptions options;
        options.cases = 40;
        options.years = 2;
        DemoGenerator(session.engine(), past, 7).populate(session.database(), options);
    }
    auto db = Database::open(path);
    SystemClock now;
    for (const RetentionCandidate& c : Retention(*db, now, QStringLiteral("beheer")).due())
        due->insert(c.reference);
    return path;
}

void pause(std::mt19937& random, int fromMs, int toMs) {
    QThread::msleep(std::uniform_int_distribution<int>(fromMs, toMs)(random));
}

} // namespace

TEST_CASE("writers, a backup, a restore and retention at random moments, one writer killed — nothing committed is "
          "lost, nothing destroyed comes back unasked") {
    TempDir dir;
    QSet<QString> due;
    const QString path = oldMunicipality(dir, &due);
    REQUIRE(due.size() >= 5);
    const QString backup = dir.path(QStringLiteral("kopie.aantafel"));
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);

    QElapsedTimer took;
    took.start();
    std::vector<std::unique_ptr<Program>> writers;
    for (int i = 0; i < Writers; ++i) {
        writers.push_back(std::make_unique<Program>(QStringLiteral(AANTAFEL_TEAM_WRITER_PATH),
                                                    QStringList{QStringLiteral("write"), path,
                                                                QStringLiteral("W%1").arg(i), QString::number(seed + i),
                                                                QString::number(PerWriter), QStringLiteral("15")}));
    }
    const int victim = int(seed % Writers);

    // The order of the three operations: backup before restore, retention anywhere.
    const int retentionSlot = std::uniform_int_distribution<int>(0, 2)(random);
    bool backupDone = false;
    bool restoreDone = false;
    bool retentionDone = false;
    int step = 0;
    bool backupBeforeRetention = false;
    bool restoreAfterRetention = false;
    QString safetyCopy;
    QStringList log;
    for (int slot = 0; slot < 3; ++slot) {
        pause(random, 200, 1500);
        if (slot == 1)
            writers[victim]->kill(); // the fault: SIGKILL in the middle of its work
        if (slot == retentionSlot) {
            Program retention(QStringLiteral(AANTAFEL_TEAM_WRITER_PATH), {QStringLiteral("retention"), path});
            REQUIRE(retention.waitUntilFinished(90000));
            const QString out = QString::fromUtf8(retention.output());
            log << QStringLiteral("retention: ") + out;
            retentionDone = retention.exitCode() == 0 && out.startsWith(QStringLiteral("destroyed"));
            backupBeforeRetention = backupDone;
            continue;
        }
        if (step++ == 0) {
            const CliRun made = runCli({QStringLiteral("backup"), path, QStringLiteral("--to"), backup});
            log << QStringLiteral("backup: %1 %2 %3").arg(made.code).arg(made.out, made.err);
            backupDone = made.code == 0;
        } else if (backupDone) {
            const CliRun restored = runCli({QStringLiteral("restore"), backup, QStringLiteral("--to"), path,
                                            QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("60")},
                                           120000);
            log << QStringLiteral("restore: %1 %2 %3").arg(restored.code).arg(restored.out, restored.err);
            restoreDone = restored.code == 0;
            restoreAfterRetention = retentionDone;
            if (restoreDone) {
                const qsizetype at = restored.out.indexOf(QStringLiteral("staat in "));
                REQUIRE(at > 0);
                safetyCopy = restored.out.mid(at + 9).section(u'\n', 0, 0).chopped(1);
            }
        }
    }
    for (auto& writer : writers)
        REQUIRE(writer->waitUntilFinished(90000));
    INFO(log.join(u'\n').toStdString());
    INFO("took " << took.elapsed() << " ms");
    CHECK(backupDone);
    CHECK(restoreDone);
    CHECK(retentionDone);

    const FileContents file = FileContents::of(path);
    const FileContents aside = restoreDone ? FileContents::of(safetyCopy) : FileContents();
    for (int i = 0; i < Writers; ++i) {
        WriterReport report;
        report.read(writers[i]->output());
        INFO("W" << i << ": " << report.refusalMessages.join(u'|').toStdString());
        if (i != victim)
            CHECK(report.done);
        for (auto it = report.created.cbegin(); it != report.created.cend(); ++it) {
            INFO(it.key().toStdString());
            const qsizetype inFile = file.referencesByKlager.value(it.key()).size();
            const qsizetype setAside = aside.referencesByKlager.value(it.key()).size();
            INFO("in the file " << inFile << ", in the copy set aside " << setAside);
            CHECK((inFile == 1 || (inFile == 0 && setAside == 1)));
        }
        for (auto it = report.changed.cbegin(); it != report.changed.cend(); ++it) {
            INFO(it.key().toStdString() << " in " << it.value().toStdString());
            const QStringList inFile = file.casesByToken.value(it.key());
            const bool destroyed = retentionDone && due.contains(it.value());
            const bool inCopyAside = aside.casesByToken.value(it.key()) == QStringList{it.value()};
            CHECK((inFile == QStringList{it.value()} || (inFile.isEmpty() && (destroyed || inCopyAside))));
        }
        for (const QString& token : report.conflicts + report.refused) {
            CHECK_FALSE(file.casesByToken.contains(token));
            CHECK_FALSE(aside.casesByToken.contains(token));
        }
    }
    for (auto it = file.casesByToken.cbegin(); it != file.casesByToken.cend(); ++it)
        CHECK(it.value().size() == 1);
    // Destroyed stays destroyed, also when a copy made before the retention run was put back after it:
    // the restore says it applied the destruction again.
    if (restoreDone && backupBeforeRetention && restoreAfterRetention)
        CHECK(log.join(u'\n').contains(QStringLiteral("opnieuw toegepast")));
    for (const QString& reference : std::as_const(due)) {
        INFO(reference.toStdString());
        CHECK(file.references.contains(reference) == !retentionDone);
    }

    for (const QString& copy : {path, backup, safetyCopy}) {
        if (copy.isEmpty())
            continue;
        const CliRun check = runCli({QStringLiteral("check"), copy});
        INFO(copy.toStdString() << ": " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.code == 0);
    }
}
