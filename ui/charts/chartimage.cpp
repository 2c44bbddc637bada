#include "chartimage.h"

#include "chartbuilder.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <memory>

namespace {

// Every text of the chart in the family, keeping sizes and weights.
void useFamily(QChart& chart, const QString& family) {
    const auto inFamily = [&family](QFont font) {
        font.setFamily(family);
        return font;
    };
    chart.setTitleFont(inFamily(chart.titleFont()));
    chart.legend()->setFont(inFamily(chart.legend()->font()));
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(inFamily(axis->labelsFont()));
        axis->setTitleFont(inFamily(axis->titleFont()));
    }
    for (QAbstractSeries* series : chart.series()) {
        if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                slice->setLabelFont(inFamily(slice->labelFont()));
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(inFamily(set->labelFont()));
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            xy->setPointLabelsFont(inFamily(xy->pointLabelsFont()));
        }
    }
}

} // namespace

namespace ChartImage {

QImage render(const ChartData& data, QSize logicalSize, qreal devicePixelRatio, const QString& fontFamily) {
    QImage image(logicalSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    // The scene owns the chart; no view is needed to lay out and paint it.
    QGraphicsScene scene;
    QChart* chart = ChartBuilder::build(data);
    if (!fontFamily.isEmpty())
        useFamily(*chart, fontFamily);
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
