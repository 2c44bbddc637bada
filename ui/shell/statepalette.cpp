#include "statepalette.h"

#include "overview/deadlineoverview.h"

#include <QGuiApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace {

// The hue each role starts from (the colours the program has always used on a light palette).
QColor hueOf(StatePalette::Role role) {
    switch (role) {
    case StatePalette::Role::Error: return QColor(0xc6, 0x28, 0x28);
    case StatePalette::Role::Urgent: return QColor(0xd8, 0x4a, 0x00);
    case StatePalette::Role::Warning: return QColor(0xb2, 0x7a, 0x00);
    case StatePalette::Role::Success: return QColor(0x2e, 0x7d, 0x32);
    case StatePalette::Role::Information: return QColor(0x15, 0x65, 0xc0);
    case StatePalette::Role::Neutral: return QColor(0x45, 0x5a, 0x64);
    case StatePalette::Role::Muted: return QColor(0x80, 0x80, 0x80);
    }
    return QColor(0x80, 0x80, 0x80);
}

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double amountOfA) {
    const auto blend = [amountOfA](double x, double y) { return x * amountOfA + y * (1.0 - amountOfA); };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())));
}

double worstContrast(const QColor& colour, std::initializer_list<QColor> grounds) {
    double worst = 21.0;
    for (const QColor& ground : grounds)
        worst = std::min(worst, StatePalette::contrastRatio(colour, ground));
    return worst;
}

// The hue with its lightness moved away from the grounds (darker on light grounds, lighter on dark
// ones) until it reaches the target contrast against every one of them.
QColor readable(const QColor& hue, std::initializer_list<QColor> grounds, double target) {
    double groundLuminance = 0;
    for (const QColor& ground : grounds)
        groundLuminance = std::max(groundLuminance, luminance(ground));
    const bool lightGrounds = groundLuminance > 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    hue.toHsl().getHslF(&h, &s, &l, &a);
    QColor colour = hue;
    for (int step = 0; step < 60 && worstContrast(colour, grounds) < target; ++step) {
        l = std::clamp(l + (lightGrounds ? -0.02f : 0.02f), 0.0f, 1.0f);
        colour = QColor::fromHslF(h < 0 ? 0 : h, s, l).toRgb();
    }
    return colour;
}

// A high-contrast theme is black and white: its text reaches 20:1 on window and base (Windows' High
// Contrast Black and White, GNOME's HighContrast and its inverse give 21:1). Desktop themes stay
// below, dark (Breeze Dark and Adwaita-dark about 15:1, a Fusion dark palette 12:1) and light (black
// on Fusion's grey window about 18:1) alike, and get tints. Qt 6.4 offers no contrast setting in QStyleHints or
// QPalette, so elsewhere the palette is all there is to go by.
bool highContrastColours(const QPalette& palette) {
    constexpr double HighContrast = 20.0;
    return StatePalette::contrastRatio(palette.color(QPalette::Active, QPalette::Text),
                                       palette.color(QPalette::Active, QPalette::Base)) >= HighContrast &&
           StatePalette::contrastRatio(palette.color(QPalette::Active, QPalette::WindowText),
                                       palette.color(QPalette::Active, QPalette::Window)) >= HighContrast;
}

// On Windows high contrast is a setting of the system (its contrast themes need not be black and
// white: "Aquatic" and "Desert" are not).
bool systemHighContrast() {
#ifdef Q_OS_WIN
    HIGHCONTRASTW setting{};
    setting.cbSize = sizeof(setting);
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof(setting), &setting, 0) &&
           (setting.dwFlags & HCF_HIGHCONTRASTON) != 0;
#else
    return false;
#endif
}

// How much of the role's hue a tint has over the base: on a dark base more (a dark tint needs more
// hue to be seen as one, and light text keeps 4.5:1 on it), the neutral roles less.
double tintAmount(StatePalette::Role role, bool dark) {
    if (role == StatePalette::Role::Neutral || role == StatePalette::Role::Muted)
        return dark ? 0.16 : 0.10;
    return dark ? 0.30 : 0.14;
}

} // namespace

StatePalette::StatePalette()
    : StatePalette([] {
        // The colours of the application palette, worked out once per palette.
        static qint64 key = -1;
        static std::optional<StatePalette> cached;
        const QPalette palette = QGuiApplication::palette();
        if (!cached || key != palette.cacheKey()) {
            cached.emplace(palette, systemHighContrast());
            key = palette.cacheKey();
        }
        return *cached;
    }()) {}

StatePalette::StatePalette(const QPalette& palette, bool systemHighContrast)
    : m_highContrast(systemHighContrast || highContrastColours(palette))
    , m_dark(luminance(palette.color(QPalette::Active, QPalette::Window)) < 0.18) {
    for (int role = 0; role < RoleCount; ++role)
        m_colours[std::size_t(role)] = derive(palette, Role(role));
}

StatePalette::Colours StatePalette::derive(const QPalette& palette, Role role) const {
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    Colours c;
    if (m_highContrast) {
        c.background = base;
    } else {
        c.background = mix(hueOf(role), base, tintAmount(role, m_dark));
    }
    c.foreground = readable(hueOf(role), {c.background, window, base}, m_highContrast ? 7.0 : 4.5);
    c.accent = readable(hueOf(role), {window, base}, m_highContrast ? 4.5 : 3.0);
    return c;
}

QColor StatePalette::foreground(Role role) const {
    return m_colours[std::size_t(role)].foreground;
}

QColor StatePalette::background(Role role) const {
    return m_colours[std::size_t(role)].background;
}

QColor StatePalette::accent(Role role) const {
    return m_colours[std::size_t(role)].accent;
}

StatePalette::Role StatePalette::roleFor(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return Role::Error;
    case DeadlineStatus::DueToday: return Role::Urgent;
    case DeadlineStatus::DueSoon: return Role::Warning;
    case DeadlineStatus::Open: return Role::Neutral;
    case DeadlineStatus::Met: return Role::Success;
    case DeadlineStatus::MetLate: return Role::Urgent;
    case DeadlineStatus::Superseded: return Role::Muted;
    case DeadlineStatus::Informational: return Role::Information;
    }
    return Role::Neutral;
}

StatePalette::Role StatePalette::roleFor(UrgencyGroup group) {
    switch (group) {
    case UrgencyGroup::Overdue: return Role::Error;
    case UrgencyGroup::Today: return Role::Urgent;
    case UrgencyGroup::ThisWeek: return Role::Warning;
    case UrgencyGroup::Later: return Role::Neutral;
    }
    return Role::Neutral;
}

QString StatePalette::boxStyleSheet(Role role, const QString& selector, const QString& padding) const {
    return QStringLiteral("%1 { color: %2; background-color: %3; border: 1px solid %4; border-radius: 4px; "
                          "padding: %5; }")
        .arg(selector, foreground(role).name(), background(role).name(), accent(role).name(), padding);
}

QString StatePalette::textStyleSheet(Role role, const QString& selector) const {
    if (selector.isEmpty())
        return QStringLiteral("color: %1;").arg(foreground(role).name());
    return QStringLiteral("%1 { color: %2; }").arg(selector, foreground(role).name());
}

QString StatePalette::fieldErrorStyleSheet(const QString& selector) const {
    return QStringLiteral("%1 { border: 2px solid %2; }").arg(selector, accent(Role::Error).name());
}

double StatePalette::contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
