// How a deadline looks, in the case file, the case list and the overview alike: the colours of
// StatePalette and the icons of StateIcon for its status (text and tint come as a pair, so that the
// text stays readable whatever the window's palette is), and the texts that say it in words. Colour
// never carries the meaning alone: every status has its own icon shape and its Dutch text
// (DeadlineText::label). The case list and the overview mark only an urgent deadline (isUrgent); the
// case file shows every status.
#pragma once

#include "deadlines/deadline.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

class DeadlineStyle {
    Q_DECLARE_TR_FUNCTIONS(DeadlineStyle)
public:
    static QColor foreground(DeadlineStatus status);
    static QColor background(DeadlineStatus status);
    // A round badge: an exclamation mark (overdue), a clock (due today, filled; due soon, outlined),
    // a ring (open), a check mark (met; orange when late), a struck ring (superseded), an "i".
    static QIcon icon(DeadlineStatus status);

    // Overdue, due today or due soon: the states the case list and the overview mark.
    static bool isUrgent(DeadlineStatus status);
    // icon() for an urgent status, a blank of the same size for any other, so that the dates of a list
    // stay aligned.
    static QIcon urgentIcon(DeadlineStatus status);

    // "nog 12 dagen", "morgen", "vandaag", "1 dag te laat", "3 dagen te laat"; empty for a met term.
    static QString remaining(const Deadline& deadline, QDate today);
    // The status with how long is left, without saying a thing twice: "Lopend · nog 43 dagen",
    // "Binnenkort · morgen", "Vandaag", "Te laat · 3 dagen", "Gehaald".
    static QString statusText(const Deadline& deadline, QDate today);
    // A style sheet for a QLabel that shows the status as a tinted pill.
    static QString pillStyleSheet(DeadlineStatus status);

    // The case list's cell: "22-04-2025 · Afdoening", with " · Te laat" and the like for an urgent status.
    static QString cellText(const Deadline& deadline);
    // The same as one sentence for screen readers.
    static QString accessibleText(const Deadline& deadline);
    // Rich text: label and status, due date in full, basis with what the rule says, the counting and
    // any warning (e.g. a year without decreed days).
    static QString toolTip(const Deadline& deadline);
};
