// Shared by the GUI tests: a municipality file filled with demo cases (for the main window and
// everything it shows), the dark palette a desktop may give, and a scope that sets the
// application's palette for one test.
#pragma once

#include "testsupport.h"

#include <QPalette>
#include <QString>

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
