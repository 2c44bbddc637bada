// Internal to core/import: the Dutch words old registers use for each closed vocabulary, and the
// header names that suggest a field. Data only; ImportMapping decides how to use it.
#pragma once

#include "importmapping.h"

#include <QHash>
#include <QStringList>

namespace ImportVocabulary {
// Normalized word → storage code, per vocabulary field.
const QHash<QString, QString>& defaults(ImportField field);
// Header words that suggest a field; the first ones are typical whole header names.
QStringList headerWords(ImportField field);
} // namespace ImportVocabulary
