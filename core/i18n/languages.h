// Installs the program's translation catalogues. Source strings are Dutch, so Dutch needs only
// the plural forms of aantafel_nl; English loads aantafel_en. Qt's own strings (dialog buttons)
// come from the qtbase catalogue of the chosen language. An installed catalogue
// (share/aantafel/translations) is preferred to the one embedded in the program.
#pragma once

#include <QString>
#include <QStringList>

namespace Languages {
// "nl" (default) or "en"; returns false when a catalogue could not be loaded.
bool install(const QString& language);
QStringList available();
} // namespace Languages
