// Style sheets and colours in StatePalette's colours that follow the application palette while the
// program runs: when the desktop switches to a dark or high-contrast theme (or the program's palette
// is set anew), every status text, pill, message box and marked list row takes the new colours at
// once, not only what is built after the change. The application object receives
// QEvent::ApplicationPaletteChange for every such change; one watcher turns it into calls to what
// registered here, for as long as the widget or owner lives, as soon as the event loop runs again.
#pragma once

#include "statepalette.h"

#include <QString>

#include <functional>

class QObject;
class QWidget;

class PaletteStyle {
public:
    using Sheet = std::function<QString(const StatePalette&)>;
    // Gives widget the style sheet sheet(StatePalette()) now and after every palette change,
    // replacing an earlier sheet given for widget.
    static void set(QWidget* widget, Sheet sheet);
    // The usual cases: a role's text colour (StatePalette::textStyleSheet) and a role's box
    // (StatePalette::boxStyleSheet on the QLabel).
    static void text(QWidget* widget, StatePalette::Role role);
    static void box(QWidget* widget, StatePalette::Role role, const QString& padding = QStringLiteral("4px 8px"));
    // Empties widget's style sheet and stops following for it.
    static void clear(QWidget* widget);
    // Calls restyle after every palette change, for as long as owner lives: for colours and icons
    // that are not a style sheet (list items, charts).
    static void onChange(QObject* owner, std::function<void()> restyle);
};
