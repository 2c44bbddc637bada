// Installs the program's translation catalogues. Source strings are Dutch, so Dutch needs only
// the plural forms of aantafel_nl; English loads aantafel_en. Qt's own strings (dialog buttons)
// come from the qtbase catalogue of the chosen language. An installed catalogue
// (share/aantafel/translations) is preferred to the one embedded in the program.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Languages {
// "nl" (default) or "en"; returns false when a catalogue could not be loaded. Qt's own catalogue is
// loaded only with qtStrings: a program that shows no Qt dialog (aantafel-cli, for most commands) has
// no use for it.
enum class QtStrings { Load, Skip };
bool install(const QString& language, QtStrings qtStrings = QtStrings::Load);
QStringList available();
// The locale of the language the program speaks: English (United Kingdom) once English is installed
// (QLocale's default), Dutch otherwise, also where nothing was installed (tests, a bare core). Dates
// and lists in core texts (TermCalculator::shortDate, the counting explanations) use it.
QLocale locale();
} // namespace Languages
