// Helpers for the storage tests: municipality files in a temporary directory, a raw sqlite3
// connection that plays "another program", file hashes, and cases with every field filled.
#pragma once

#include "testsupport.h"

#include "backendscope.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;

// A plain sqlite3 connection, outside Qt, as another program (or another Aan Tafel) would hold it.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Runs one or more statements; returns the SQLite result code.
    int exec(const char* sql);
    int exec(const QString& sql);
    // First column of the first row of a query, as text.
    QString scalar(const char* sql);

private:
    sqlite3* m_db = nullptr;
};

// The names of the files in the directory (sorted), to prove that no stray files appeared.
QStringList filesIn(const QString& dir);

// A new municipality file "gemeente.aantafel" in dir, seeded by MunicipalityFile::create; inside
// BOTH_BACKENDS() on the team server's half a new municipality on the test cluster instead (backendscope.h).
std::unique_ptr<Database> newMunicipality(const TempDir& dir, const QString& name = QStringLiteral("gemeente"));

// A case in which every field has a distinct, non-default value (and three events, two themes).
Case everyFieldCase();
// A small case as a handler registers it at intake.
Case intakeCase(QDate received, const QString& klager = QStringLiteral("Mevrouw A. Jansen"));

// Adds a klaagschrift PDF named name, received on received, whose extracted text is text, to the case
// (through DocumentRepository, as the program adds one).
void addTextDocument(Database& db, const Clock& clock, qint64 caseId, const QString& name, QDate received,
                     const QString& text);

// 2025-03-07 09:00 local time.
QDateTime testNow();

// Dutch local time for one test, whatever the machine's zone; the zone before is restored after it.
class DutchTime {
public:
    DutchTime();
    ~DutchTime();
    DutchTime(const DutchTime&) = delete;
    DutchTime& operator=(const DutchTime&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};
