#include "deadlinebadge.h"

#include "casefile/deadlinestyle.h"
#include "shell/stateicon.h"

#include <QLocale>

namespace {

QString dateText(QDate day) {
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

bool DeadlineBadge::isUrgent(DeadlineStatus status) {
    return status == DeadlineStatus::Overdue || status == DeadlineStatus::DueToday || status == DeadlineStatus::DueSoon;
}

QIcon DeadlineBadge::icon(DeadlineStatus status) {
    static const QIcon none = StateIcon::blank();
    return isUrgent(status) ? DeadlineStyle::icon(status) : none;
}

QString DeadlineBadge::cellText(const Deadline& deadline) {
    const QString text = dateText(deadline.due) + QStringLiteral(" · ") + DeadlineText::label(deadline.kind);
    return isUrgent(deadline.status) ? text + QStringLiteral(" · ") + DeadlineText::label(deadline.status) : text;
}

QString DeadlineBadge::accessibleText(const Deadline& deadline) {
    return tr("%1 uiterlijk %2, %3")
        .arg(DeadlineText::label(deadline.kind), QLocale().toString(deadline.due, QLocale::LongFormat),
             DeadlineText::label(deadline.status).toLower());
}

QString DeadlineBadge::toolTip(const Deadline& deadline) {
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
