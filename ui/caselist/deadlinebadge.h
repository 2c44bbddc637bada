// How the case list shows a next deadline: which statuses it marks, the short cell text, the status icon
// for an urgent deadline (an empty space of the same size for one further away, so that the dates stay
// aligned), and the tooltip that names the deadline, its due date, its legal or policy basis and how it
// was counted. A marked status looks as it does everywhere (DeadlineStyle: the colours of StatePalette
// and the icons of StateIcon; the status never rests on colour alone).
#pragma once

#include "deadlines/deadline.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class DeadlineBadge {
    Q_DECLARE_TR_FUNCTIONS(DeadlineBadge)
public:
    // Overdue, due today or due soon: the states the list marks.
    static bool isUrgent(DeadlineStatus status);
    // DeadlineStyle::icon for an urgent status, a blank of the same size for any other.
    static QIcon icon(DeadlineStatus status);
    // "22-04-2025 · Afdoening", with " · Te laat" and the like for an urgent status.
    static QString cellText(const Deadline& deadline);
    // The same as one sentence for screen readers.
    static QString accessibleText(const Deadline& deadline);
    // Rich text: label and status, due date in full, basis with what the rule says, the counting and
    // any warning (e.g. a year without decreed days).
    static QString toolTip(const Deadline& deadline);
};
