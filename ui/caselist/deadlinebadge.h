// How the case list shows a next deadline: the short cell text, the colours of the cell and a small
// icon per urgency (drawn here, so the status never rests on colour alone: overdue is a red disc
// with an exclamation mark, due today an orange disc with clock hands, due soon an amber ring, a
// deadline further away an empty space of the same size so the dates stay aligned), and the tooltip
// that names the deadline, its due date, its legal or policy basis and how it was counted.
#pragma once

#include "deadlines/deadline.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class DeadlineBadge {
    Q_DECLARE_TR_FUNCTIONS(DeadlineBadge)
public:
    // Overdue, due today or due soon: the states the list marks.
    static bool isUrgent(DeadlineStatus status);
    static QIcon icon(DeadlineStatus status);
    // Invalid colours for a status the list does not mark (the view's own colours apply).
    static QColor foreground(DeadlineStatus status);
    static QColor background(DeadlineStatus status);
    // "22-04-2025 · Afdoening", with " · Te laat" and the like for an urgent status.
    static QString cellText(const Deadline& deadline);
    // The same as one sentence for screen readers.
    static QString accessibleText(const Deadline& deadline);
    // Rich text: label and status, due date in full, basis with what the rule says, the counting and
    // any warning (e.g. a year without decreed days).
    static QString toolTip(const Deadline& deadline);
};
