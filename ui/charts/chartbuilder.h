// Turns a ChartData (composed by core) into a Qt Charts QChart, the same way for the dashboard and
// for printed reports: a fixed, calm palette that stays readable in grey, Dutch number formatting,
// no animations, value labels on bars, and a pie whose legend carries the counts and shares.
#pragma once

#include "output/printjob.h"

#include <QColor>
#include <QList>

class QChart;

namespace ChartBuilder {
// A new chart for the data; the caller owns it. An empty chart (no categories or series) gets a
// title and a "Geen gegevens" note instead of axes.
QChart* build(const ChartData& data);
// The colours series (or slices) take, in order; repeated when there are more.
const QList<QColor>& palette();
} // namespace ChartBuilder
