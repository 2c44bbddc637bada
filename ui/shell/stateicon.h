// The one painter of status icons: a round badge per deadline status, in the colours of StatePalette,
// so that the case list, the case file and the deadline overview draw a status the same way. The
// shape carries the meaning as well as the colour: an exclamation mark (overdue), clock hands (due
// today: a filled disc; due soon: a ring), a ring (open), a check mark (met; in the urgent colour when
// met late), a struck ring (superseded), an "i" (informational).
#pragma once

#include "deadlines/deadline.h"

#include <QIcon>
#include <QPixmap>

class StatePalette;

class StateIcon {
public:
    // The badge in the application palette's colours, at 16, 24, 32 and 48 pixels.
    static QIcon deadline(DeadlineStatus status);
    // A transparent 16-pixel icon: keeps text aligned beside rows that carry a badge.
    static QIcon blank();
    static QPixmap paint(DeadlineStatus status, int size, const StatePalette& palette);
};
