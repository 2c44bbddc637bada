// Shared by the concurrency tests: running team_writer and aantafel-cli as separate programs on one
// municipality (a file, or a team server's database), reading what each reported, and checking the
// municipality against those reports afterwards.
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

// What one team_writer reported: every line is printed only after its write returned.
struct WriterReport {
    QString name;
    QHash<QString, QString> created; // klager → reference
    QHash<QString, QString> changed; // token → reference
    QSet<QString> conflicts;         // tokens refused because someone else changed the case first
    QSet<QString> refused;           // tokens refused otherwise (busy, a hold)
    QSet<QString> refusedCreates;    // klagers whose registration was refused
    QStringList refusalMessages;
    bool done = false;
    int lines = 0;

    void read(const QByteArray& output);
};

// A program of the test, with its whole output kept.
class Program {
public:
    Program(const QString& executable, const QStringList& arguments);
    ~Program();
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    // Collects what it printed so far.
    const QByteArray& output();
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    bool waitUntilFinished(int ms);
    void kill();
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString errors();

private:
    QProcess m_process;
    QByteArray m_output;
};

// aantafel-cli with its exit code and what it printed.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& arguments, int timeoutMs = 60000);

// What the municipality holds: every case's klager and reference, and where each token of a story is.
struct FileContents {
    QHash<QString, QStringList> referencesByKlager;
    QHash<QString, QStringList> casesByToken; // token → references of the cases whose story has it
    QSet<QString> references;
    qint64 cases = 0;

    // A file's path or a team server's location (Database::openAny).
    static FileContents of(const QString& location);
};

// The team test (test_teamwork.cpp on a file, test_serverteamwork.cpp on the team server): writers, each
// a team_writer that registers perWriter cases and makes perWriter changes in random order for the same
// three handlers (half of the changes on the ten oldest cases, so that they meet), while the readers read;
// with killOne, one writer is SIGKILLed halfway through its writes. Afterwards it checks, with Catch, that
// every registration and every change a writer reported as committed is in the municipality exactly once,
// in the case it named; that no change refused as a conflict (the writer that lost was told) or otherwise
// is anywhere; that nothing is there twice or unreported, except at most the one write the killed writer
// was making; that the writers met (at least one conflict); and that the readers never failed. The
// consistency check of the whole municipality is the caller's.
struct TeamRun {
    QStringList writers; // the location each writer opens (a file, or the server as that writer's login)
    QStringList readers; // the location each reader opens
    QString contents;    // where the contents are read afterwards
    int perWriter = 200;
    bool killOne = false;
    int timeLimitMs = 120000; // for all writers together

    void run() const;
};
