// A retention run as the Beheer dialog and "aantafel-cli retention" carry it out, in one place: only
// a beheerder (Permissions::ManageRetention); destroy or anonymise the chosen cases (Retention), then
// name every copy of the file that predates the run (RetentionCopies), to scrub or delete. An
// incomplete run (a reader kept the write-ahead log) is reported, never silently passed.
//
// execute() is the one function through which every retention run goes: where a run needs the file
// to itself, that hold is taken there.
#pragma once

#include "retention.h"
#include "retentioncopies.h"

#include "users/permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class MunicipalitySession;

enum class RetentionAction { Destroy, Anonymise };

struct RetentionRunOutcome {
    RetentionResult result;
    QList<RetentionCopy> staleCopies; // copies made before the run: scrub or delete them
};

class RetentionRun {
    Q_DECLARE_TR_FUNCTIONS(RetentionRun)
public:
    // A beheerder on a writable file, or the reason not.
    static Permission allowed(MunicipalitySession& session);
    // Destroys or anonymises the cases (all due, or nothing changes) and lists the copies that predate
    // it, also those in extraFolders (the program's chosen backup folder). Throws StorageError
    // (ReadOnly with the reason for anyone but a beheerder).
    static RetentionRunOutcome execute(MunicipalitySession& session, RetentionAction action, const QList<qint64>& ids,
                                       const QStringList& extraFolders = {});
    // The Dutch sentence for a run whose log a reader kept.
    static QString incompleteText(const QString& databasePath);

    // Scrubs (applies the runs they lack) or deletes the copies. Returns, per copy that could not be
    // handled, its path and the Dutch reason; empty when all were. Only for a beheerder: otherwise one
    // entry with an empty path and the reason, and nothing is done.
    static QHash<QString, QString> scrubCopies(MunicipalitySession& session, const QList<RetentionCopy>& copies);
    static QHash<QString, QString> deleteCopies(MunicipalitySession& session, const QList<RetentionCopy>& copies);
};
