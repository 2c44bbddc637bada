// A restore and a large import at the same time, as separate programs (aantafel-cli import of a
// 120,000-row register and aantafel-cli restore). The restore takes the file to itself: when it comes
// while the import writes, it waits for the import and then refuses, because the file changed after
// the copy — the imported cases stay; forced, it goes ahead, and the imported cases are in the copy it
// set aside. When the import comes while a restore holds the file, the import waits and is refused
// with a message, and nothing of it is written. Never do both report success while the imported
// cases exist nowhere.
#include "teamlog.h"

#include "storage/lockfile.h"
#include "storage/municipalityfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace {

QString newFile(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("gemeente.aantafel"));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Terugzet");
    MunicipalityFile::create(path, settings, QStringLiteral("Beheerder"));
    return path;
}

// A register of `rows` complaints and the mapping that reads it.
void writeRegister(const TempDir& dir, int rows) {
    QByteArray csv = "Datum;Naam;Kanaal;Soort;Omschrijving\r\n";
    csv.reserve(rows * 64);
    for (int i = 0; i < rows; ++i) {
        csv += QDate(2024, 1, 1).addDays(i % 500).toString(Qt::ISODate).toLatin1() + ";Klager " +
               QByteArray::number(i) + ";telefoon;klaagschrift;Belde over de wachttijd van zijn aanvraag.\r\n";
    }
    QFile file(dir.path(QStringLiteral("register.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    QFile mapping(dir.path(QStringLiteral("indeling.json")));
    REQUIRE(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"format": "aantafel-import-mapping", "version": 1, "separator": ";", "encoding": "utf-8",
        "columns": {"received": "Datum", "klager_name": "Naam", "channel": "Kanaal", "kind": "Soort",
                    "story": "Omschrijving"}})");
}

QStringList importArguments(const TempDir& dir, const QString& path) {
    return {QStringLiteral("import"),    path,
            QStringLiteral("--csv"),     dir.path(QStringLiteral("register.csv")),
            QStringLiteral("--mapping"), dir.path(QStringLiteral("indeling.json"))};
}

// Waits until the import is inside its long write transaction (it holds the write gate for a while,
// not just for the moment its opening probe takes), or has ended.
void waitUntilWriting(const QString& path, Program& import) {
    LockFile lock(path);
    lock.open();
    QElapsedTimer waited;
    waited.start();
    int seen = 0;
    while (!import.finished() && seen < 5) {
        REQUIRE(waited.elapsed() < 120000);
        seen = lock.takenByOthers(LockFile::Range::Gate, LockFile::Mode::Exclusive) ? seen + 1 : 0;
        QThread::msleep(40);
    }
}

qint64 cases(const QString& path) {
    return FileContents::of(path).cases;
}

} // namespace

TEST_CASE("a restore that comes while a 120,000-row import writes waits for it and never erases it") {
    TempDir dir;
    const QString path = newFile(dir);
    const QString copy = dir.path(QStringLiteral("kopie.aantafel"));
    REQUIRE(runCli({QStringLiteral("backup"), path, QStringLiteral("--to"), copy}).code == 0);
    const bool force = GENERATE(false, true);
    INFO("forced: " << force);
    // The register of the finding; the forced variant proves the copy set aside on a smaller one.
    const int rows = force ? 30000 : 120000;
    writeRegister(dir, rows);
    Program import(QStringLiteral(AANTAFEL_CLI_PATH), importArguments(dir, path));
    waitUntilWriting(path, import);
    const bool importWasWriting = !import.finished();
    // The restore waits as long as the import writes; on a machine busy with builds a 120,000-row import
    // has taken more than two minutes, so the wait is generous (it ends as soon as the import does).
    QStringList restore{QStringLiteral("restore"), copy, QStringLiteral("--to"), path, QStringLiteral("--wait"),
                        QStringLiteral("400")};
    if (force)
        restore << QStringLiteral("--force");
    const CliRun restored = runCli(restore, 450000);
    REQUIRE(import.waitUntilFinished(450000));
    const QString importOut = QString::fromUtf8(import.output());
    INFO("import: " << importOut.toStdString() << import.errors().toStdString());
    INFO("restore: " << restored.out.toStdString() << restored.err.toStdString());
    CHECK(importWasWriting); // the restore really came while the import wrote
    REQUIRE(import.exitCode() == 0);
    CHECK(importOut.contains(QStringLiteral("%1 zaken geïmporteerd").arg(rows)));

    if (!force) {
        // It waited, saw the import's cases and refused to undo them.
        CHECK(restored.code == 1);
        CHECK(restored.err.contains(QStringLiteral("later gewijzigd")));
        CHECK(cases(path) == rows);
    } else {
        // It waited and put the copy back; the imported cases are in the file set aside, all of them.
        REQUIRE(restored.code == 0);
        CHECK(cases(path) == 0);
        const qsizetype at = restored.out.indexOf(QStringLiteral("staat in "));
        REQUIRE(at > 0);
        const QString aside = restored.out.mid(at + 9).section(u'\n', 0, 0).chopped(1); // without the full stop
        CHECK(cases(aside) == rows);
    }
    // A full check of 120,000 cases takes longer than the default minute on a loaded machine.
    const CliRun check = runCli({QStringLiteral("check"), path}, 180000);
    CHECK(check.code == 0);
}

TEST_CASE("an import that comes while a restore holds the file waits, is refused with a message, and writes nothing") {
    TempDir dir;
    const QString path = newFile(dir);
    writeRegister(dir, 2000);
    Program holder(QStringLiteral(AANTAFEL_TEAM_WRITER_PATH), {QStringLiteral("hold"), path});
    QElapsedTimer waited;
    waited.start();
    while (!holder.output().contains("held")) {
        REQUIRE(waited.elapsed() < 30000);
        holder.waitUntilFinished(20);
    }
    const CliRun imported = runCli(importArguments(dir, path));
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.code != 0);
    CHECK(imported.err.contains(QStringLiteral("zet een reservekopie terug")));
    CHECK(imported.err.contains(QStringLiteral("er is niets gewijzigd")));
    CHECK(cases(path) == 0);

    // The restore's program dies: its hold dies with it, and the import goes through.
    holder.kill();
    const CliRun again = runCli(importArguments(dir, path));
    CHECK(again.code == 0);
    CHECK(cases(path) == 2000);
}
