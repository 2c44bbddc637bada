// Turns the rows of a CSV register into new cases. dryRun() takes every row to either a Case or
// the list of its problems (line, column, value, why, in Dutch) and writes nothing; commit() then
// writes all importable cases in one transaction, with one audit row per case and one "import"
// row naming the file and the count, or nothing at all.
//
// Rules (documented for the user in the import dialog and the CLI help):
// - Line numbers are the physical lines of the file where the record starts (the header is line 1).
// - A row with an outcome is a closed historical case: phase Closed, that outcome, and a closing date
//   (required). It must satisfy Workflow::consistencyProblems: a judgment needs a hearing date, a
//   solution to satisfaction how the klager confirmed it (art. 9:5), not handling a 9:8 ground and the
//   notice date; a referral takes the provider column and records the feedback on the closing day.
// - A row without an outcome is an open case: in the phase given (Luisteren, Oplossen or Standpunt),
//   else in Oplossen when a handler is named and in Luisteren otherwise.
// - The kind, when not given, is Klaagschrift for letters, e-mails and web forms, else Mondelinge klacht.
// - A reference kept from the old register must be unique in the file and among the rows.
// - Every case gets the timeline entry "Geïmporteerd uit <file> (regel N)"; unknown themes are added.
#pragma once

#include "csvreader.h"
#include "domain/case.h"
#include "importmapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class MunicipalitySession;
class Workflow;

struct ImportProblem {
    int line = 0;
    QString column; // header name; empty for a problem of the whole row
    QString value;
    QString why; // Dutch

    QString text() const; // "regel 12, kolom 'Datum': datum '31-02-2025' bestaat niet"
};

struct ImportedRow {
    int line = 0;
    Case c;
};

struct ImportRun {
    int rowsRead = 0;
    QList<ImportedRow> cases;                    // the importable rows, in file order
    QList<ImportProblem> problems;               // every problem, in file order
    int problemRows = 0;                         // rows with at least one problem (none of them is in cases)
    QStringList fileProblems;                    // the file or the mapping cannot be used at all: nothing imports
    QStringList newThemes;                       // themes the import would add to the municipality's list
    QMap<ImportField, QStringList> unknownWords; // words that need a translation, per field, sorted

    bool clean() const { return fileProblems.isEmpty() && problems.isEmpty(); }
};

class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    // fileName is only used in texts (timeline entry, audit row); today decides two-digit years and
    // which dates lie in the future.
    Importer(ImportMapping mapping, const Workflow& workflow, QDateTime now, QString user, QString fileName);

    // What is already in the municipality file: references that must not be used again, themes known.
    void setExisting(QSet<QString> references, const QStringList& themes);
    void loadExisting(MunicipalitySession& session);

    // progress(done, total) is called every few thousand rows; it may run on a worker thread.
    ImportRun dryRun(const CsvTable& table, const std::function<void(int, int)>& progress = {}) const;

    // Writes run.cases in one transaction and returns how many. Refuses (StorageError::Invalid, nothing
    // written) when the run has file problems, or row problems and skipInvalid is false.
    // Refuses (StorageError::ReadOnly with the reason) a user who may not register cases.
    int commit(MunicipalitySession& session, ImportRun& run, bool skipInvalid) const;

private:
    // What one dry run keeps between rows.
    struct RowContext {
        QList<int> index;                  // per ImportField: the 0-based column, -1 when unmapped
        QHash<QString, int> referenceLine; // reference → first line in this file
        QSet<QString> newThemes;           // lower case
        QMap<ImportField, QSet<QString>> unknown;
    };
    void importRow(const CsvTable& table, const CsvRecord& record, RowContext& ctx, ImportRun& run) const;
    class RowReader; // importrow.cpp: the steps of importRow over one record

    ImportMapping m_mapping;
    const Workflow& m_workflow;
    QDateTime m_now;
    QString m_user;
    QString m_fileName;
    QSet<QString> m_existingReferences;
    QSet<QString> m_knownThemes; // lower case
};
