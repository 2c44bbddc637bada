// The font of every document the program prints or writes as PDF: letters, the yearly report and the
// inzage overview. That is the municipality's house font (a setting in the municipality file) when it
// is installed on this computer, and otherwise Liberation Sans, which the program carries in its
// resources (SIL Open Font License; metric-compatible with Arial): so a letter is laid out the same on
// every computer, whatever fonts happen to be installed there.
//
// registerBundled() adds the bundled faces to QFontDatabase; the entry points call it at start-up, and
// every function here makes sure it happened, so no path can draw a document without them.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>

class LetterFont {
    Q_DECLARE_TR_FUNCTIONS(LetterFont)
public:
    // "Liberation Sans"
    static QString bundledFamily();
    // Registers the bundled faces (regular, bold, italic, bold italic) once; false when one of them
    // could not be loaded from the resources.
    static bool registerBundled();
    // Whether documents can use this family here: installed, or the bundled one.
    static bool isAvailable(const QString& family);
    // The family documents use for the municipality's house font setting (empty: none set).
    static QString family(const QString& houseFont);
    // Why documents do not use the house font on this computer (for the letter dialog); empty when
    // they do, or when none is set.
    static QString fallbackNote(const QString& houseFont);
    // The document font at a size: family(houseFont), unhinted so that its widths are the design
    // widths on every device and every computer.
    static QFont font(const QString& houseFont, qreal pointSize);
};
