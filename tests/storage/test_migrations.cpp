// Files written by an older Aan Tafel: the hand-written version 1 fixture is opened by the current
// program, backed up first and migrated, with every row intact.
#include "storagetestsupport.h"

#include "storage/caserepository.h"
#include "storage/municipalitysettings.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace {

// Builds a version 1 municipality file from tests/data/schema-v1.sql with the plain sqlite3 API.
QString version1File(const TempDir& dir, const QString& name = QStringLiteral("oudewater.aantafel")) {
    QFile script(QStringLiteral(AANTAFEL_TEST_DATA "/schema-v1.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    const QString path = dir.path(name);
    RawConnection raw(path);
    REQUIRE(raw.exec(script.readAll().constData()) == SQLITE_OK);
    REQUIRE(raw.scalar("PRAGMA user_version") == QStringLiteral("1"));
    return path;
}

// Column lists, indexes and triggers of every table: the shape of a schema, whatever its SQL text.
QStringList schemaShape(Database& db) {
    QStringList shape;
    QStringList tables;
    {
        SqlQuery q(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        q.exec();
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        while (q.next()) {
            // The statement without its layout: the CHECK constraints must match too.
            shape << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QStringLiteral(" on ") +
                         q.value(2).toString() + QStringLiteral(": ") + q.value(3).toString().remove(whitespace);
            if (q.value(0).toString() == QStringLiteral("table"))
                tables << q.value(1).toString();
        }
    }
    for (const QString& table : tables) {
        SqlQuery q(
            db,
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1')").arg(table));
        q.exec();
        while (q.next()) {
            QStringList column{table};
            for (int i = 0; i < 5; ++i)
                column << q.value(i).toString();
            shape << column.join(QLatin1Char('|'));
        }
    }
    return shape;
}

} // namespace

TEST_CASE("a version 1 file is backed up, migrated to the current version and keeps every row") {
    TempDir dir;
    const QString path = version1File(dir);
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::CurrentVersion);

    // The backup sits next to the file and is the file as version 1 left it.
    const QString backup = dir.path(QStringLiteral("oudewater.voor-migratie-v1.aantafel"));
    CHECK(db->migrationBackupPath() == backup);
    REQUIRE(QFileInfo::exists(backup));
    {
        RawConnection old(backup);
        CHECK(old.scalar("PRAGMA user_version") == QStringLiteral("1"));
        CHECK(old.scalar("SELECT count(*) FROM cases") == QStringLiteral("3"));
        CHECK(old.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'cases_fts'") == QStringLiteral("0"));
    }

    FixedClock clock(testNow());
    CaseRepository repository(*db, clock, QStringLiteral("Fatima Bakkali"));
    CHECK(repository.count() == 3);
    const std::optional<Case> traplift = repository.findByReference(QStringLiteral("KL-2025-0001"));
    REQUIRE(traplift);
    CHECK(traplift->klager.name == QStringLiteral("Mevrouw J. de Wit"));
    CHECK(traplift->klager.address == QStringLiteral("Kerkstraat 12\n3421 AB Oudewater-Vliet"));
    CHECK(traplift->phase == Phase::Closed);
    CHECK(traplift->outcome == Outcome::ResolvedToSatisfaction);
    CHECK(traplift->satisfactionConfirmation == ConfirmationMethod::Phone);
    CHECK(traplift->closedOn == d("2025-03-12"));
    CHECK(traplift->revision == 3);
    CHECK(traplift->themes == QStringList{QStringLiteral("Geen reactie / niet teruggebeld"),
                                          QStringLiteral("Van het kastje naar de muur")});
    REQUIRE(traplift->events.size() == 3);
    CHECK(traplift->events.at(1).kind == EventKind::Agreement);
    CHECK(traplift->events.at(1).at == QDateTime(d("2025-03-10"), QTime(13, 0), Qt::UTC));
    CHECK(MunicipalitySettingsStore(*db).load().name == QStringLiteral("Gemeente Oudewater-Vliet"));

    // The full-text index of version 2 covers the rows that were already there.
    const auto references = [&](const QString& words) {
        QStringList found;
        for (const Case& c : repository.search(words))
            found << c.reference;
        return found;
    };
    CHECK(references(QStringLiteral("traplift")) == QStringList{QStringLiteral("KL-2025-0001")});
    CHECK(references(QStringLiteral("monteur donderdag")) == QStringList{QStringLiteral("KL-2025-0001")});
    CHECK(references(QStringLiteral("onheus consulent")) == QStringList{QStringLiteral("KL-2025-0002")});
    CHECK(references(QStringLiteral("van dijk")) == QStringList{QStringLiteral("KL-2025-0002")});
    CHECK(references(QStringLiteral("KL-2025-0003")) == QStringList{QStringLiteral("KL-2025-0003")});
    CHECK(references(QStringLiteral("jeugdhulp")) == QStringList{QStringLiteral("KL-2025-0003")});
    CHECK(references(QStringLiteral("ontvangstbevestiging")) == QStringList{QStringLiteral("KL-2025-0002")});
    CHECK(references(QStringLiteral("raadslid")).isEmpty());

    // Numbering goes on where version 1 stopped.
    Case next = intakeCase(d("2025-06-02"));
    repository.save(next);
    CHECK(next.reference == QStringLiteral("KL-2025-0004"));
    CHECK(references(QStringLiteral("huishoudelijke")) == QStringList{QStringLiteral("KL-2025-0004")});

    db.reset();
    auto reopened = Database::open(path);
    CHECK(reopened->migrationBackupPath().isEmpty()); // a current file needs no new backup
}

TEST_CASE("a migrated file has the same schema as a new file") {
    TempDir dir;
    auto migrated = Database::open(version1File(dir));
    auto fresh = newMunicipality(dir);
    CHECK(schemaShape(*migrated) == schemaShape(*fresh));
}

TEST_CASE("the pre-migration backup can go to a chosen directory, and never overwrites an earlier one") {
    TempDir dir;
    TempDir backups;
    const QString path = version1File(dir);
    const QString earlier = backups.path(QStringLiteral("oudewater.voor-migratie-v1.aantafel"));
    writeFile(earlier, "een eerdere reservekopie");
    OpenOptions options;
    options.backupDirectory = backups.path({});
    auto db = Database::open(path, options);
    CHECK(db->migrationBackupPath() == backups.path(QStringLiteral("oudewater.voor-migratie-v1-2.aantafel")));
    CHECK(readFile(earlier) == QByteArray("een eerdere reservekopie"));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("oudewater.voor-migratie-v1.aantafel"))));
}

TEST_CASE("a version 1 file opened read-only is refused, not migrated, and left byte-identical") {
    TempDir dir;
    const QString path = version1File(dir);
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path({}));
    OpenOptions options;
    options.readOnly = true;
    try {
        Database::open(path, options);
        FAIL("a file was migrated on a read-only open");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("oudere versie")));
    }
    CHECK(fileHash(path) == before);
    CHECK(filesIn(dir.path({})) == filesBefore);
}
