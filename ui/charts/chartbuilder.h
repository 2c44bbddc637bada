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
// The height at which every label of the chart stays whole: a lying bar chart needs room per
// category (Qt Charts elides a label that lacks it); other charts take `usual`.
int preferredHeight(const ChartData& data, int usual);
// Whether the chart is drawn as lying bars (a single series with long category names).
bool liesDown(const ChartData& data);
// The colours series (or slices) take, in order; repeated when there are more.
const QList<QColor>& palette();
} // namespace ChartBuilder
