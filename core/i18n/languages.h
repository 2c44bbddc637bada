// Installs the program's translation catalogues. Source strings are Dutch, so Dutch needs only
// the plural forms of aantafel_nl; English loads aantafel_en. Qt's own strings (dialog buttons)
// come from the qtbase catalogue of the chosen language. An installed catalogue
// (share/aantafel/translations) is preferred to the one embedded in the program.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Languages {
// "nl" (default) or "en"; returns false when a catalogue could not be loaded.
bool install(const QString& language);
QStringList available();
// The locale of the language the program speaks: English (United Kingdom) once English is installed
// (QLocale's default), Dutch otherwise, also where nothing was installed (tests, a bare core). Dates
// and lists in core texts (TermCalculator::shortDate, the counting explanations) use it.
QLocale locale();
} // namespace Languages
