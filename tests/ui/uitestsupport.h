// Shared by the GUI tests: a municipality file filled with demo cases (for the main window and
// everything it shows), the dark palette a desktop may give, a scope that sets the application's
// palette for one test, and what a user does in more than one test: answering the intake dialog,
// re-applying an edit in the conflict dialog, looking for a case in the list, taking a screenshot.
#pragma once

#include "testsupport.h"

#include <QPalette>
#include <QString>

class CaseFileWidget;
class MainWindow;
class QWidget;

// A new municipality file `fileName` in dir for the municipality `name`, with `cases` demo cases as
// of Monday 23 November 2026 (DemoGenerator with the given seed).
QString demoMunicipality(const TempDir& dir, const QString& fileName, const QString& name, int cases, int seed = 3);

// A dark desktop as KDE Breeze Dark and GNOME's Adwaita dark give it.
QPalette darkPalette();

// Sets the application palette for the scope of a test and restores it after.
class PaletteScope {
public:
    explicit PaletteScope(const QPalette& palette);
    ~PaletteScope();
    PaletteScope(const PaletteScope&) = delete;
    PaletteScope& operator=(const PaletteScope&) = delete;

private:
    QPalette m_before;
};

// What the handler types into the intake dialog.
struct IntakeAnswers {
    QString klager;
    QString story;
    QString desiredOutcome = {}; // left as it is when empty
};
// Fills the intake dialog with the answers as soon as it is open (it runs modally) and registers the call;
// sets *seen when it did.
void answerIntake(const IntakeAnswers& answers, bool* seen = nullptr);

// Types `handler` into the case file's handler field and presses Enter, when a colleague's save has made the
// case stale: the save is refused, and the change is re-applied in the conflict dialog that opens. True when
// the conflict dialog showed.
bool editHandlerThroughConflict(CaseFileWidget& caseFile, const QString& handler);

// True when the window's case list (all of it fetched) shows the case with this reference.
bool listShows(MainWindow& window, const QString& reference);

// Saves a picture of the widget as `name` in the folder AANTAFEL_SHOTS names, when it names one.
void shoot(QWidget& widget, const QString& name);
