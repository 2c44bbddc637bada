#include "deadlinestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QColor badgeColour(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return QColor(0xc6, 0x28, 0x28);
    case DeadlineStatus::DueToday: return QColor(0xd8, 0x4a, 0x00);
    case DeadlineStatus::DueSoon: return QColor(0xb2, 0x7a, 0x00);
    case DeadlineStatus::Open: return QColor(0x45, 0x5a, 0x64);
    case DeadlineStatus::Met: return QColor(0x2e, 0x7d, 0x32);
    case DeadlineStatus::MetLate: return QColor(0xc0, 0x5a, 0x00);
    case DeadlineStatus::Superseded: return QColor(0x8a, 0x8a, 0x8a);
    case DeadlineStatus::Informational: return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

QPixmap badge(DeadlineStatus status, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    const QColor colour = badgeColour(status);
    const bool filled =
        status != DeadlineStatus::Open && status != DeadlineStatus::DueSoon && status != DeadlineStatus::Superseded;
    const QColor ink = filled ? QColor(Qt::white) : colour;
    if (filled) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
    } else {
        p.setPen(QPen(colour, s * 0.1));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(filled ? circle : circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
    QPen pen(ink, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case DeadlineStatus::Overdue:
        p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case DeadlineStatus::DueToday:
    case DeadlineStatus::DueSoon:
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.27));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    case DeadlineStatus::Met:
    case DeadlineStatus::MetLate: {
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.67);
        check.lineTo(s * 0.72, s * 0.35);
        p.drawPath(check);
        break;
    }
    case DeadlineStatus::Superseded: p.drawLine(QPointF(s * 0.28, s * 0.72), QPointF(s * 0.72, s * 0.28)); break;
    case DeadlineStatus::Informational:
        p.drawPoint(QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.72));
        break;
    case DeadlineStatus::Open: break;
    }
    return pixmap;
}

} // namespace

QColor DeadlineStyle::foreground(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return QColor(0x9b, 0x12, 0x12);
    case DeadlineStatus::DueToday: return QColor(0x98, 0x32, 0x00);
    case DeadlineStatus::DueSoon: return QColor(0x6b, 0x4a, 0x00);
    case DeadlineStatus::Open: return QColor(0x26, 0x32, 0x38);
    case DeadlineStatus::Met: return QColor(0x1b, 0x5e, 0x20);
    case DeadlineStatus::MetLate: return QColor(0x8a, 0x3c, 0x00);
    case DeadlineStatus::Superseded: return QColor(0x5f, 0x5f, 0x5f);
    case DeadlineStatus::Informational: return QColor(0x0d, 0x47, 0xa1);
    }
    return Qt::black;
}

QColor DeadlineStyle::background(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return QColor(0xfd, 0xe4, 0xe4);
    case DeadlineStatus::DueToday: return QColor(0xff, 0xe9, 0xd6);
    case DeadlineStatus::DueSoon: return QColor(0xff, 0xf4, 0xcc);
    case DeadlineStatus::Open: return QColor(0xec, 0xf0, 0xf2);
    case DeadlineStatus::Met: return QColor(0xe5, 0xf3, 0xe6);
    case DeadlineStatus::MetLate: return QColor(0xff, 0xef, 0xdc);
    case DeadlineStatus::Superseded: return QColor(0xf0, 0xf0, 0xf0);
    case DeadlineStatus::Informational: return QColor(0xe3, 0xee, 0xfb);
    }
    return Qt::white;
}

QIcon DeadlineStyle::icon(DeadlineStatus status) {
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(badge(status, size));
    return icon;
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
    return QStringLiteral("QLabel { color: %1; background-color: %2; border: 1px solid %3; border-radius: 4px; "
                          "padding: 3px 8px; }")
        .arg(foreground(status).name(), background(status).name(), badgeColour(status).name());
}
