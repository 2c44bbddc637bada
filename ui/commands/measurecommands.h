// Undoable changes of improvement measures (undocommand.h): the stack's first redo() stores the
// measure through MeasureStore (fields and links in one transaction); undo and redo store the
// measure as it was before or after, again through MeasureStore, so that each step writes its own
// audit rows once. A measure someone else changed since is never overwritten: the step is dropped
// and the repository's conflict message reported (CaseCommandContext::failed()).
#pragma once

class CaseNotifier;
class MunicipalitySession;
class QUndoStack;
struct Measure;

namespace MeasureCommands {
// Stores `edited`: id 0 makes a new measure ("Maatregel vastleggen", undo removes it again), otherwise
// the measure's fields and links change ("Maatregel wijzigen", undo restores them). Throws StorageError
// (nothing stored or pushed then); on success `edited` carries its id, revision and links as stored.
void save(QUndoStack& stack, MunicipalitySession& session, CaseNotifier& notifier, Measure& edited);
} // namespace MeasureCommands
