#include "deadlinebadge.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int IconSize = 16;
constexpr qreal Scale = 2.0; // drawn at twice the size, so that it stays sharp on high-dpi screens

QPixmap blank() {
    QPixmap pixmap(QSize(IconSize, IconSize) * Scale);
    pixmap.setDevicePixelRatio(Scale);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap draw(DeadlineStatus status) {
    QPixmap pixmap = blank();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(1.5, 1.5, IconSize - 3.0, IconSize - 3.0);
    const QPointF centre = disc.center();
    switch (status) {
    case DeadlineStatus::Overdue: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(disc);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(centre.x() - 1.1, 4.0, 2.2, 5.6), 1.0, 1.0);
        p.drawEllipse(QPointF(centre.x(), 11.3), 1.2, 1.2);
        break;
    }
    case DeadlineStatus::DueToday: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe0, 0x6c, 0x00));
        p.drawEllipse(disc);
        QPen hands(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap);
        p.setPen(hands);
        p.drawLine(centre, QPointF(centre.x(), 4.3));
        p.drawLine(centre, QPointF(11.2, centre.y()));
        break;
    }
    case DeadlineStatus::DueSoon: {
        p.setPen(QPen(QColor(0xc4, 0x8f, 0x00), 2.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc.adjusted(1.0, 1.0, -1.0, -1.0));
        break;
    }
    default: break;
    }
    return pixmap;
}

QString dateText(QDate day) {
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

bool DeadlineBadge::isUrgent(DeadlineStatus status) {
    return status == DeadlineStatus::Overdue || status == DeadlineStatus::DueToday || status == DeadlineStatus::DueSoon;
}

QIcon DeadlineBadge::icon(DeadlineStatus status) {
    static QHash<int, QIcon> cache;
    const int key = int(status);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, QIcon(draw(status)));
    return *it;
}

QColor DeadlineBadge::foreground(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return QColor(0x8e, 0x1b, 0x1b);
    case DeadlineStatus::DueToday: return QColor(0x85, 0x3e, 0x00);
    case DeadlineStatus::DueSoon: return QColor(0x5f, 0x48, 0x00);
    default: return {};
    }
}

QColor DeadlineBadge::background(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return QColor(0xfd, 0xe2, 0xe1);
    case DeadlineStatus::DueToday: return QColor(0xff, 0xe8, 0xcc);
    case DeadlineStatus::DueSoon: return QColor(0xff, 0xf4, 0xc7);
    default: return {};
    }
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
