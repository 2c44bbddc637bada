// How a measure's due date looks wherever measures are listed: an overdue measure (due before
// today, neither done nor cancelled) is marked by colour, a warning icon and the words "te laat",
// so that it stands out without relying on colour alone; the colour follows a change of the desktop's
// palette. The lists of measures (in the case file, under the deadlines) are built here one way.
#pragma once

#include "learning/measure.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

class MeasureStyle {
    Q_DECLARE_TR_FUNCTIONS(MeasureStyle)
public:
    // "12-03-2026", "12-03-2026 — te laat" or "geen".
    static QString dueText(const Measure& m, QDate today);
    static QColor overdueColour(); // StatePalette's error colour
    static QIcon overdueIcon();
    // "3 zaken", "1 zaak".
    static QString caseCount(int count);

    // A flat list of measures under headers: the first column takes the room, the others fit their
    // contents; activating a row calls open with the row's measure id.
    static QTreeWidget* list(QWidget* parent, const QString& objectName, const QString& accessibleName,
                             const QStringList& headers, std::function<void(qint64)> open);
    // A row of such a list for m: its id, the title in column 0 and the due date in dueColumn, marked
    // when it is overdue.
    static void fillRow(QTreeWidgetItem* item, const Measure& m, int dueColumn, QDate today);
    // The id of a row's measure; 0 for none.
    static qint64 measureId(const QTreeWidgetItem* item);
};
