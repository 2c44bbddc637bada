// How a measure's due date looks wherever measures are listed: an overdue measure (due before
// today, neither done nor cancelled) is marked by colour, a warning icon and the words "te laat",
// so that it stands out without relying on colour alone.
#pragma once

#include "learning/measure.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class MeasureStyle {
    Q_DECLARE_TR_FUNCTIONS(MeasureStyle)
public:
    // "12-03-2026", "12-03-2026 — te laat" or "geen".
    static QString dueText(const Measure& m, QDate today);
    static QColor overdueColour(); // StatePalette's error colour
    static QIcon overdueIcon();
    // "3 zaken", "1 zaak".
    static QString caseCount(int count);
};
