// StatePalette and StateIcon: status colours derived from the desktop's palette, readable (WCAG 2.1
// contrast) on a light, a dark and a high-contrast palette, and the same colours in the case list,
// the case file and the deadline overview.
#include "overview/deadlineoverview.h"
#include "shell/deadlinestyle.h"
#include "shell/stateicon.h"
#include "shell/statepalette.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QStyleFactory>

namespace {

using Role = StatePalette::Role;
const QList<Role> AllRoles{Role::Error,       Role::Urgent,  Role::Warning, Role::Success,
                           Role::Information, Role::Neutral, Role::Muted};

QPalette lightPalette() {
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

// Windows' "High Contrast Black": white and yellow on black.
QPalette highContrastPalette() {
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    return p;
}

void checkReadable(const QPalette& palette, double textTarget, double accentTarget) {
    const StatePalette state(palette);
    for (Role role : AllRoles) {
        INFO("role " << int(role));
        const QColor fg = state.foreground(role);
        CHECK(StatePalette::contrastRatio(fg, state.background(role)) >= textTarget);
        CHECK(StatePalette::contrastRatio(fg, palette.color(QPalette::Window)) >= textTarget);
        CHECK(StatePalette::contrastRatio(fg, palette.color(QPalette::Base)) >= textTarget);
        CHECK(StatePalette::contrastRatio(state.accent(role), palette.color(QPalette::Window)) >= accentTarget);
        // The palette's own text stays readable on the tint (banners and flag rows use it).
        CHECK(StatePalette::contrastRatio(palette.color(QPalette::Text), state.background(role)) >= 4.5);
    }
}

} // namespace

TEST_CASE("contrast ratios follow WCAG 2.1: black on white is 21, a colour on itself 1") {
    CHECK(StatePalette::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(StatePalette::contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(StatePalette::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) == Approx(1.0));
    // #767676 on white is the classic 4.54:1.
    CHECK(StatePalette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.01));
}

TEST_CASE("status text is readable on a light palette: at least 4.5 to 1 on its tint, window and base") {
    checkReadable(lightPalette(), 4.5, 3.0);
    const StatePalette state(lightPalette());
    CHECK_FALSE(state.isDark());
    CHECK_FALSE(state.isHighContrast());
    // A light tint: the error background is light and reddish.
    const QColor tint = state.background(Role::Error);
    CHECK(tint.lightness() > 200);
    CHECK(tint.red() > tint.green());
}

TEST_CASE("status text is readable on a dark palette: light text on a dark tint") {
    checkReadable(darkPalette(), 4.5, 3.0);
    const StatePalette state(darkPalette());
    CHECK(state.isDark());
    // A dark palette is not high contrast: urgent cells get a tint of their own, not the base.
    CHECK_FALSE(state.isHighContrast());
    const QColor base = darkPalette().color(QPalette::Base);
    for (Role role : {Role::Error, Role::Urgent, Role::Warning}) {
        INFO("role " << int(role));
        CHECK(state.background(role) != base);
        CHECK(state.background(role).lightness() > base.lightness());
        CHECK(StatePalette::contrastRatio(state.foreground(role), state.background(role)) >= 4.5);
    }
    CHECK(state.background(Role::Error).red() > state.background(Role::Error).green());
    CHECK(state.background(Role::Error) != state.background(Role::Warning));
    CHECK(state.background(Role::Error).lightness() < 90);
    CHECK(state.foreground(Role::Error).lightness() > state.background(Role::Error).lightness());
    CHECK(state.foreground(Role::Error).red() > state.foreground(Role::Error).blue());
}

TEST_CASE("a high-contrast palette gets no tint and text at 7 to 1") {
    checkReadable(highContrastPalette(), 7.0, 4.5);
    const StatePalette state(highContrastPalette());
    CHECK(state.isHighContrast());
    CHECK(state.background(Role::Warning) == QColor(Qt::black));
}

TEST_CASE("high contrast is black and white or the system's setting, not every dark or crisp palette") {
    // Windows' "High Contrast White": black on white (21:1) is high contrast as well.
    QPalette white = highContrastPalette();
    for (QPalette::ColorRole ground : {QPalette::Window, QPalette::Base, QPalette::Button})
        white.setColor(ground, Qt::white);
    for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        white.setColor(text, Qt::black);
    CHECK(StatePalette(white).isHighContrast());
    CHECK(StatePalette(white).background(Role::Error) == QColor(Qt::white));
    // Black text on Fusion's grey window is about 18:1: a light palette with tints.
    CHECK(StatePalette::contrastRatio(Qt::black, lightPalette().color(QPalette::Window)) > 18.0);
    CHECK_FALSE(StatePalette(lightPalette()).isHighContrast());
    // A dark desktop theme at 15:1 (Adwaita-dark: white on #242424, base #1e1e1e) is dark, not high contrast.
    QPalette adwaitaDark = darkPalette();
    adwaitaDark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
    adwaitaDark.setColor(QPalette::WindowText, Qt::white);
    adwaitaDark.setColor(QPalette::Text, Qt::white);
    CHECK_FALSE(StatePalette(adwaitaDark).isHighContrast());
    checkReadable(adwaitaDark, 4.5, 3.0);
    // The system's setting (Windows) asks for high contrast whatever the palette's colours.
    const StatePalette asked(darkPalette(), true);
    CHECK(asked.isHighContrast());
    CHECK(asked.background(Role::Urgent) == darkPalette().color(QPalette::Base));
    CHECK(StatePalette::contrastRatio(asked.foreground(Role::Urgent), darkPalette().color(QPalette::Base)) >= 7.0);
}

TEST_CASE("the case file, the case list and the overview draw a deadline status in the same colours") {
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        PaletteScope scope(palette);
        const StatePalette state;
        CHECK(DeadlineStyle::foreground(DeadlineStatus::Overdue) == state.foreground(Role::Error));
        CHECK(DeadlineStyle::background(DeadlineStatus::DueToday) == state.background(Role::Urgent));
        CHECK(StatePalette::roleFor(UrgencyGroup::Overdue) == StatePalette::roleFor(DeadlineStatus::Overdue));
        CHECK(StatePalette::roleFor(UrgencyGroup::Today) == StatePalette::roleFor(DeadlineStatus::DueToday));
        CHECK(StatePalette::roleFor(UrgencyGroup::ThisWeek) == StatePalette::roleFor(DeadlineStatus::DueSoon));
        // An urgent deadline is tinted on a dark palette as on a light one.
        CHECK(DeadlineStyle::background(DeadlineStatus::Overdue) != palette.color(QPalette::Base));
        CHECK(DeadlineStyle::background(DeadlineStatus::DueToday) != palette.color(QPalette::Base));
        // The list marks only the urgent statuses.
        CHECK(DeadlineStyle::isUrgent(DeadlineStatus::DueSoon));
        CHECK_FALSE(DeadlineStyle::isUrgent(DeadlineStatus::Open));
    }
    // A dark desktop gives other colours than a light one.
    QColor light, dark;
    {
        PaletteScope scope(lightPalette());
        light = DeadlineStyle::foreground(DeadlineStatus::Overdue);
    }
    {
        PaletteScope scope(darkPalette());
        dark = DeadlineStyle::foreground(DeadlineStatus::Overdue);
    }
    CHECK(dark.lightness() > light.lightness());
}

// Where the icon is inked (opaque and not the white of the ground): the shape without its colour.
static QImage shapeOf(const QPixmap& pixmap) {
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QImage mask(image.size(), QImage::Format_Mono);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            mask.setPixel(x, y, c.alpha() > 128 && c.lightness() < 220 ? 1 : 0);
        }
    }
    return mask;
}

TEST_CASE("status icons differ in shape, not only in colour") {
    PaletteScope scope(lightPalette());
    const StatePalette state;
    const QList<DeadlineStatus> statuses{
        DeadlineStatus::Overdue, DeadlineStatus::DueToday,   DeadlineStatus::DueSoon,      DeadlineStatus::Open,
        DeadlineStatus::Met,     DeadlineStatus::Superseded, DeadlineStatus::Informational};
    QList<QImage> shapes;
    for (DeadlineStatus status : statuses)
        shapes << shapeOf(StateIcon::paint(status, 32, state));
    for (int i = 0; i < shapes.size(); ++i) {
        for (int j = i + 1; j < shapes.size(); ++j) {
            INFO("statuses " << i << " and " << j);
            CHECK(shapes.at(i) != shapes.at(j));
        }
    }
    // The case list keeps the column aligned with a blank icon for a deadline that is not urgent.
    CHECK_FALSE(DeadlineStyle::urgentIcon(DeadlineStatus::Overdue).isNull());
    CHECK(DeadlineStyle::urgentIcon(DeadlineStatus::Open).pixmap(16).toImage().pixelColor(8, 8).alpha() == 0);
}
