// The one source of status colours in the program. A status has a role (error, urgent, warning,
// success, information, neutral, muted); the colours of a role are derived from a QPalette, by
// default the application's, so that a dark desktop and a high-contrast theme give readable colours:
// - background(): a light tint of the role's hue over the palette's base (a dark tint on a dark base);
// - foreground(): the role's hue, darkened or lightened until it has a contrast ratio of at least
//   4.5:1 (WCAG 2.1, 1.4.3) against background(), the palette's window and its base, so that it can be
//   used for text on any of the three;
// - accent(): the hue for icons and borders, at least 3:1 against window and base (1.4.11);
// - in a dark palette a dark tint: more of the hue over the dark base, light text on it at 4.5:1;
// - in high contrast (on Windows the system setting; everywhere a palette whose text stands at 20:1
//   or more on window and base, i.e. black and white) no tint: the palette's own base, and the
//   role's hue pushed to 7:1. A dark palette is not high contrast.
// Colour never carries a status alone: every caller also says it in text, and deadline statuses get
// their own icon shape (StateIcon). Every style sheet colour in ui/ comes from here (a test checks
// that no ui source writes a literal colour into a style sheet).
#pragma once

#include "deadlines/deadline.h"

#include <QColor>
#include <QPalette>
#include <QString>
#include <array>

enum class UrgencyGroup;

class StatePalette {
public:
    enum class Role { Error, Urgent, Warning, Success, Information, Neutral, Muted };

    // The application's palette (QGuiApplication::palette()) and, on Windows, the system's high
    // contrast setting; cheap: the colours are worked out once per palette.
    StatePalette();
    // The colours for palette; systemHighContrast says the system asks for high contrast whatever
    // the palette's colours.
    explicit StatePalette(const QPalette& palette, bool systemHighContrast = false);

    QColor foreground(Role role) const;
    QColor background(Role role) const;
    QColor accent(Role role) const;

    static Role roleFor(DeadlineStatus status);
    static Role roleFor(UrgencyGroup group);

    // "QLabel { color: …; background-color: …; border: 1px solid …; border-radius: 4px; padding: … }"
    // for a message box or pill; selector names the styled widget ("QLabel", "QFrame#banner").
    QString boxStyleSheet(Role role, const QString& selector = QStringLiteral("QLabel"),
                          const QString& padding = QStringLiteral("4px 8px")) const;
    // "color: …;" (or "QLabel { color: … }" with a selector): an error or success line without a box.
    QString textStyleSheet(Role role, const QString& selector = {}) const;
    // A red frame around an input that holds a wrong value.
    QString fieldErrorStyleSheet(const QString& selector) const;

    // The contrast ratio of two colours (WCAG 2.1), from 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
    bool isHighContrast() const { return m_highContrast; }
    bool isDark() const { return m_dark; }

private:
    struct Colours {
        QColor foreground, background, accent;
    };
    static constexpr int RoleCount = int(Role::Muted) + 1;
    Colours derive(const QPalette& palette, Role role) const;

    bool m_highContrast = false;
    bool m_dark = false;
    std::array<Colours, RoleCount> m_colours;
};
