#include "deadlinestyle.h"

#include "shell/stateicon.h"
#include "shell/statepalette.h"

QColor DeadlineStyle::foreground(DeadlineStatus status) {
    return StatePalette().foreground(StatePalette::roleFor(status));
}

QColor DeadlineStyle::background(DeadlineStatus status) {
    return StatePalette().background(StatePalette::roleFor(status));
}

QIcon DeadlineStyle::icon(DeadlineStatus status) {
    return StateIcon::deadline(status);
}
QString DeadlineStyle::remaining(const Deadline& deadline, QDate today) {
    if (!deadline.isPending() || !deadline.due.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(deadline.due);
    if (days == 0)
        return tr("vandaag");
    if (days == 1)
        return tr("morgen");
    if (days > 1)
        return tr("nog %1 dagen").arg(days);
    return days == -1 ? tr("1 dag te laat") : tr("%1 dagen te laat").arg(-days);
}

QString DeadlineStyle::statusText(const Deadline& deadline, QDate today) {
    const QString label = DeadlineText::label(deadline.status);
    if (!deadline.isPending() || deadline.status == DeadlineStatus::DueToday || !today.isValid())
        return label;
    const qint64 days = today.daysTo(deadline.due);
    const QString left = deadline.status == DeadlineStatus::Overdue
                             ? (days == -1 ? tr("1 dag") : tr("%1 dagen").arg(-days))
                             : remaining(deadline, today);
    return tr("%1 \u00b7 %2").arg(label, left);
}

QString DeadlineStyle::pillStyleSheet(DeadlineStatus status) {
    return StatePalette().boxStyleSheet(StatePalette::roleFor(status), QStringLiteral("QLabel"),
                                        QStringLiteral("3px 8px"));
}
