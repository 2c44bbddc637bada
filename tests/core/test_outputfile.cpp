// The one output writer: every way of naming a municipality file or one of its companions is refused
// (by device and inode, not by spelling), as are folders, devices and names the system cannot spell;
// what is written appears whole or not at all.
#include "testsupport.h"

#include "output/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace {

// A stand-in for a municipality file: starts like SQLite, which is all the writer looks at.
struct Fixture {
    TempDir dir;
    QString town = dir.path(QStringLiteral("gemeente.aantafel"));
    QByteArray original = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x');
    Fixture() {
        writeFile(town, original);
        QDir().mkpath(dir.path(QStringLiteral("sub")));
    }
    QString refusal(const QString& path) const { return OutputFile::refusal(path, {town}); }
};

} // namespace

TEST_CASE("an output is refused over the municipality file however the path is spelled", "[output]") {
    Fixture f;
    CHECK(f.refusal(f.town).contains(QLatin1String("gemeentebestand gemeente.aantafel zelf")));
    CHECK_FALSE(f.refusal(f.dir.path(QStringLiteral("sub/../gemeente.aantafel"))).isEmpty());
    // A symbolic link and a hard link: other names, the same file.
    const QString symlink = f.dir.path(QStringLiteral("verslag.csv"));
    REQUIRE(QFile::link(f.town, symlink));
    CHECK(f.refusal(symlink).contains(QLatin1String("zelf")));
    const QString hardlink = f.dir.path(QStringLiteral("sub/kopie.pdf"));
    REQUIRE(::link(QFile::encodeName(f.town).constData(), QFile::encodeName(hardlink).constData()) == 0);
    CHECK(f.refusal(hardlink).contains(QLatin1String("zelf")));
    // Relative to the working folder.
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(f.dir.path(QStringLiteral("sub"))));
    const QString relative = f.refusal(QStringLiteral("../gemeente.aantafel-wal"));
    QDir::setCurrent(before);
    CHECK(relative.contains(QLatin1String("hulpbestanden")));
    // Writing any of them leaves the file as it was.
    for (const QString& path : {f.town, symlink, hardlink}) {
        INFO(path.toStdString());
        CHECK_FALSE(OutputFile::write(path, "csv;text\r\n", {f.town}).isEmpty());
    }
    CHECK(readFile(f.town) == f.original);
}

TEST_CASE("its companions are refused too, also before they exist", "[output]") {
    Fixture f;
    for (const char* suffix : {"-wal", "-shm", "-journal", ".lock"}) {
        const QString companion = f.town + QString::fromLatin1(suffix);
        INFO(suffix);
        CHECK_FALSE(QFileInfo::exists(companion));
        CHECK(f.refusal(companion).contains(QLatin1String("hulpbestanden")));
        CHECK_FALSE(OutputFile::write(companion, "x", {f.town}).isEmpty());
        CHECK_FALSE(QFileInfo::exists(companion));
    }
    // A link to a companion that does not exist yet is the companion.
    const QString link = f.dir.path(QStringLiteral("sub/log.csv"));
    REQUIRE(QFile::link(f.town + QStringLiteral("-wal"), link));
    CHECK_FALSE(f.refusal(link).isEmpty());
}

TEST_CASE("any existing municipality file or database, and the companions of one, are refused", "[output]") {
    Fixture f;
    const QString other = f.dir.path(QStringLiteral("buurgemeente.aantafel"));
    writeFile(other, "not even a database");
    CHECK(OutputFile::refusal(other).contains(QLatin1String("bestaand gemeentebestand")));
    const QString database = f.dir.path(QStringLiteral("register.csv"));
    writeFile(database, QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
    CHECK_FALSE(OutputFile::refusal(database).isEmpty());
    // Not named by the caller, and still the -wal of a municipality file.
    CHECK(OutputFile::refusal(f.town + QStringLiteral("-wal")).contains(QLatin1String("hulpbestand")));
    CHECK(OutputFile::refusal(other + QStringLiteral(".lock")).contains(QLatin1String("hulpbestand")));
    // A new .aantafel name and an ordinary existing file are fine.
    CHECK(OutputFile::refusal(f.dir.path(QStringLiteral("nieuw.csv"))).isEmpty());
    writeFile(f.dir.path(QStringLiteral("oud.csv")), "a;b\r\n");
    CHECK(OutputFile::refusal(f.dir.path(QStringLiteral("oud.csv"))).isEmpty());
}

TEST_CASE("a municipality file this process has open is protected without being named", "[output]") {
    Fixture f;
    CHECK(OutputFile::refusal(f.dir.path(QStringLiteral("x.csv-wal"))).isEmpty());
    OutputFile::protectOpenFile(f.dir.path(QStringLiteral("open.db")));
    CHECK_FALSE(OutputFile::refusal(f.dir.path(QStringLiteral("open.db-wal"))).isEmpty());
    OutputFile::releaseOpenFile(f.dir.path(QStringLiteral("open.db")));
    CHECK(OutputFile::refusal(f.dir.path(QStringLiteral("open.db-wal"))).isEmpty());
}

TEST_CASE("a folder, a device and a name the system cannot spell each get their own reason", "[output]") {
    Fixture f;
    CHECK(OutputFile::refusal(f.dir.path(QStringLiteral("sub"))) ==
          QLatin1String("er bestaat al een map met die naam"));
    CHECK(OutputFile::refusal(QStringLiteral("/dev/null")).contains(QLatin1String("geen gewoon bestand")));
    const QString mangled =
        f.dir.path(QStringLiteral("verslag-")) + QChar(QChar::ReplacementCharacter) + QStringLiteral(".csv");
    CHECK(OutputFile::refusal(mangled).contains(QLatin1String("geen bestandsnaam")));
    CHECK_FALSE(OutputFile::representable(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")));
    CHECK(OutputFile::refusal(QString()).contains(QLatin1String("geen bestandsnaam")));
    OutputFile missing(f.dir.path(QStringLiteral("geen-map/verslag.csv")));
    CHECK_FALSE(missing.open());
    CHECK(missing.error().contains(QLatin1String("bestaat niet")));
    CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("geen-map"))));
}

TEST_CASE("what is written appears whole on commit, and not at all when cancelled", "[output]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("verslag.csv"));
    writeFile(path, "oud");
    {
        OutputFile file(path);
        REQUIRE(file.open());
        file.device().write("half");
        // Destroyed without commit: cancelled.
    }
    CHECK(readFile(path) == "oud");
    OutputFile file(path);
    REQUIRE(file.open());
    file.device().write("nieuw");
    CHECK(readFile(path) == "oud"); // nothing replaced before the commit
    REQUIRE(file.commit());
    CHECK(readFile(path) == "nieuw");
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("verslag.csv")});
}
