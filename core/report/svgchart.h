// Draws a ChartData as inline SVG for an HTML file opened in a browser: vertical bars (stacked or
// side by side) or a pie, with a legend. Pure string building, so that core stays free of Qt Gui;
// the PDF draws the same ChartData with Qt Charts instead.
#pragma once

#include "../output/printjob.h"

#include <QString>

namespace SvgChart {
// A <figure> holding the SVG and the chart's title as caption; accessible through role="img" and a
// text alternative listing every value.
QString render(const ChartData& chart);
} // namespace SvgChart
