#include "stateicon.h"

#include "statepalette.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

QPixmap StateIcon::paint(DeadlineStatus status, int size, const StatePalette& palette) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    const QColor colour = palette.accent(StatePalette::roleFor(status));
    const bool filled =
        status != DeadlineStatus::Open && status != DeadlineStatus::DueSoon && status != DeadlineStatus::Superseded;
    // On a filled disc the ink is the colour the disc stands out from: white on a light desktop,
    // the dark base on a dark one.
    const QColor ink = filled ? QGuiApplication::palette().color(QPalette::Base) : colour;
    if (filled) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
    } else {
        p.setPen(QPen(colour, s * 0.1));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(filled ? circle : circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
    p.setPen(QPen(ink, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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

QIcon StateIcon::deadline(DeadlineStatus status) {
    // Drawn once per palette: a change of desktop theme draws them anew.
    static QHash<QPair<qint64, int>, QIcon> cache;
    const QPalette current = QGuiApplication::palette();
    const QPair<qint64, int> key(current.cacheKey(), int(status));
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        const StatePalette palette(current);
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(paint(status, size, palette));
        it = cache.insert(key, icon);
    }
    return *it;
}

QIcon StateIcon::blank() {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}
