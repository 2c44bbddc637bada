// Turns a ChartData (composed by core) into a Qt Charts QChart, the same way for the dashboard and
// for printed reports: a fixed, calm palette that stays readable in grey, numbers as the program's
// language writes them (Languages::locale()), no animations, value labels on bars, and a pie whose
// legend carries the counts and shares.
// On paper and in a saved PNG a chart is dark on white (ChartColours::print()); on screen it takes
// the colours of the widget's palette (ChartColours::of()), so that a dark desktop gets a dark chart
// whose text keeps 4.5:1 and whose bars and slices keep 3:1 against the background (as StatePalette).
#pragma once

#include "output/printjob.h"

#include <QColor>
#include <QList>

class QChart;
class QPalette;

// The colours a chart is drawn in, apart from its series.
struct ChartColours {
    QColor background;
    QColor title;
    QColor text; // axis labels, legend, value labels
    QColor grid;
    bool dark = false;

    static ChartColours print();
    static ChartColours of(const QPalette& palette);
    // The series colour at index i (ChartBuilder::palette()); on a dark background lightened until it
    // stands out at 3:1 (WCAG 2.1, 1.4.11).
    QColor series(qsizetype i) const;
};

namespace ChartBuilder {
// A new chart for the data; the caller owns it. An empty chart (no categories or series) gets a
// title and a "Geen gegevens" note instead of axes.
QChart* build(const ChartData& data, const ChartColours& colours = ChartColours::print());
// The height at which every label of the chart stays whole: a lying bar chart needs room per
// category (Qt Charts elides a label that lacks it); other charts take `usual`.
int preferredHeight(const ChartData& data, int usual);
// Whether the chart is drawn as lying bars (a single series with long category names).
bool liesDown(const ChartData& data);
// The colours series (or slices) take, in order; repeated when there are more.
const QList<QColor>& palette();
} // namespace ChartBuilder
