// How the case list shows a next deadline: the short cell text, the colours of the cell (StatePalette)
// and the status icon (StateIcon, the same as in the case file: the status never rests on colour
// alone) for an urgent deadline, an empty space of the same size for one further away so that the
// dates stay aligned, and the tooltip
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
