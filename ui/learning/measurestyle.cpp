#include "measurestyle.h"

#include "shell/statepalette.h"

#include <QApplication>
#include <QStyle>

QString MeasureStyle::dueText(const Measure& m, QDate today) {
    if (!m.due.isValid())
        return tr("geen");
    const QString day = m.due.toString(QStringLiteral("dd-MM-yyyy"));
    return m.isOverdue(today) ? tr("%1 — te laat").arg(day) : day;
}

QColor MeasureStyle::overdueColour() {
    return StatePalette().foreground(StatePalette::Role::Error);
}

QIcon MeasureStyle::overdueIcon() {
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QString MeasureStyle::caseCount(int count) {
    return count == 1 ? tr("1 zaak") : tr("%1 zaken").arg(count);
}
