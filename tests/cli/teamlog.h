// Shared by the concurrency tests: running team_writer and aantafel-cli as separate programs on one
// file, reading what each reported, and checking the file against those reports afterwards.
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

// What the file holds: every case's klager and reference, and where each token of a story is.
struct FileContents {
    QHash<QString, QStringList> referencesByKlager;
    QHash<QString, QStringList> casesByToken; // token → references of the cases whose story has it
    QSet<QString> references;
    qint64 cases = 0;

    static FileContents of(const QString& path);
};
