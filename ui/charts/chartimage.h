// Draws a ChartData into an image without any window: for PDF reports (where the image is placed at
// its logical size and printed sharp through the extra pixels) and for PNG export.
#pragma once

#include "output/printjob.h"

#include <QImage>
#include <QSize>

namespace ChartImage {
// The chart drawn at logicalSize with devicePixelRatio pixels per logical pixel: the image has
// logicalSize * devicePixelRatio pixels and reports that ratio, so that painters and documents place
// it at logicalSize. White background, never transparent. fontFamily, when given, is used for every
// text of the chart (a report's charts in the report's font).
QImage render(const ChartData& data, QSize logicalSize, qreal devicePixelRatio = 1.0, const QString& fontFamily = {});
// Encodes the chart as PNG bytes.
QByteArray png(const ChartData& data, QSize logicalSize, qreal devicePixelRatio = 1.0);
} // namespace ChartImage
