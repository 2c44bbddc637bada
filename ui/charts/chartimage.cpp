#include "chartimage.h"

#include "chartbuilder.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <memory>

namespace ChartImage {

QImage render(const ChartData& data, QSize logicalSize, qreal devicePixelRatio) {
    QImage image(logicalSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    // The scene owns the chart; no view is needed to lay out and paint it.
    QGraphicsScene scene;
    QChart* chart = ChartBuilder::build(data);
    scene.addItem(chart);
    const QRectF area(QPointF(0, 0), QSizeF(logicalSize));
    chart->setGeometry(area);
    scene.setSceneRect(area);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, area, area);
    painter.end();
    return image;
}

QByteArray png(const ChartData& data, QSize logicalSize, qreal devicePixelRatio) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    render(data, logicalSize, devicePixelRatio).save(&buffer, "PNG");
    return bytes;
}

} // namespace ChartImage
