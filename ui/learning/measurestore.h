// Stores a measure as the editor left it, in one transaction: its fields and, for an existing
// measure, the cases linked and unlinked since it was loaded. Tells the notifier afterwards, so that
// every measure view (the case's Leren tab, the overview, the Termijnen tab) reloads.
#pragma once

#include "learning/measure.h"

class CaseNotifier;
class MunicipalitySession;

namespace MeasureStore {
// Saves `edited` (id 0: a new measure with its caseIds). Throws StorageError (nothing is stored
// then); on success `edited` carries its id, revision and caseIds as stored.
void save(MunicipalitySession& session, CaseNotifier& notifier, Measure& edited);
} // namespace MeasureStore
