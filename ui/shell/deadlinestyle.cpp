#include "deadlinestyle.h"

#include "stateicon.h"
#include "statepalette.h"

#include <QLocale>

QColor DeadlineStyle::foreground(DeadlineStatus status) {
    return StatePalette().foreground(StatePalette::roleFor(status));
}

QColor DeadlineStyle::background(DeadlineStatus status) {
    return StatePalette().background(StatePalette::roleFor(status));
}

QIcon DeadlineStyle::icon(DeadlineStatus status) {
    return StateIcon::deadline(status);
}

bool DeadlineStyle::isUrgent(DeadlineStatus status) {
    return status == DeadlineStatus::Overdue || status == DeadlineStatus::DueToday || status == DeadlineStatus::DueSoon;
}

QIcon DeadlineStyle::urgentIcon(DeadlineStatus status) {
    static const QIcon none = StateIcon::blank();
    return isUrgent(status) ? icon(status) : none;
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

QString DeadlineStyle::cellText(const Deadline& deadline) {
    const QString text = QLocale().toString(deadline.due, QLocale::ShortFormat) + QStringLiteral(" · ") +
                         DeadlineText::label(deadline.kind);
    return isUrgent(deadline.status) ? text + QStringLiteral(" · ") + DeadlineText::label(deadline.status) : text;
}

QString DeadlineStyle::accessibleText(const Deadline& deadline) {
    return tr("%1 uiterlijk %2, %3")
        .arg(DeadlineText::label(deadline.kind), QLocale().toString(deadline.due, QLocale::LongFormat),
             DeadlineText::label(deadline.status).toLower());
}

QString DeadlineStyle::toolTip(const Deadline& deadline) {
    QString html =
        QStringLiteral("<p style='white-space:pre'><b>") + DeadlineText::label(deadline.kind).toHtmlEscaped() +
        QStringLiteral("</b> — ") + DeadlineText::label(deadline.status).toHtmlEscaped() + QStringLiteral("<br>") +
        tr("Uiterlijk %1").arg(QLocale().toString(deadline.due, QStringLiteral("dddd d MMMM yyyy"))).toHtmlEscaped() +
        QStringLiteral("</p>");
    QString basis = deadline.basis;
    if (!deadline.basisText.isEmpty())
        basis += QStringLiteral(": ") + deadline.basisText;
    if (!basis.isEmpty())
        html += QStringLiteral("<p>") + basis.toHtmlEscaped() + QStringLiteral("</p>");
    if (!deadline.counting.isEmpty())
        html += QStringLiteral("<p><i>") + deadline.counting.toHtmlEscaped() + QStringLiteral("</i></p>");
    if (!deadline.warning.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Let op:") + QStringLiteral("</b> ") + deadline.warning.toHtmlEscaped() +
                QStringLiteral("</p>");
    return html;
}
