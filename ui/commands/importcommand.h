// Importing a register of cases as one undoable step (undocommand.h): the stack's first redo()
// writes the cases through Importer::commit (one transaction with its audit rows, as aantafel-cli
// import does); undo removes every imported case again in one transaction, each with its "delete"
// audit row, unless someone has worked on one of them since (then all stay, and the conflict is
// reported); redo imports them anew. Views reload on CaseNotifier::casesReset.
#pragma once

#include <QString>

class CaseNotifier;
class Importer;
class MunicipalitySession;
class QUndoStack;
struct ImportRun;

namespace ImportCommand {
// Commits `run` ("Register importeren"); returns how many cases were written, and leaves run.cases
// as stored. Throws StorageError as Importer::commit does (nothing written or pushed then).
int commit(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, const Importer& importer,
           ImportRun& run, bool skipInvalid, const QString& fileName);
} // namespace ImportCommand
