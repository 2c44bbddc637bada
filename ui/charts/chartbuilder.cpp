#include "chartbuilder.h"

#include "i18n/languages.h"
#include "shell/statepalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
};

QString number(double value, const QString& suffix) {
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return Languages::locale().toString(value, 'f', whole ? 0 : 1) + suffix;
}

// Black or white, whichever reads better on the colour (a label inside a slice or a stacked bar).
QColor onColour(const QColor& fill) {
    const QColor white(Qt::white);
    const QColor black(0x11, 0x11, 0x11);
    return StatePalette::contrastRatio(white, fill) >= StatePalette::contrastRatio(black, fill) ? white : black;
}

// Category labels longer than this make a bar chart lie down, so that the labels stay whole.
constexpr int LongCategory = 14;

bool hasData(const ChartData& data) {
    if (data.categories.isEmpty())
        return false;
    for (const ChartSeries& s : data.series) {
        if (std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return v != 0.0; }))
            return true;
    }
    return false;
}

double largest(const ChartData& data) {
    double top = 0;
    for (int i = 0; i < data.categories.size(); ++i) {
        double stacked = 0;
        for (const ChartSeries& s : data.series) {
            const double v = i < s.values.size() ? s.values.at(i) : 0.0;
            stacked += v;
            top = std::max(top, v);
        }
        if (data.kind == ChartData::Kind::StackedBar)
            top = std::max(top, stacked);
    }
    return top;
}

// A value axis from 0 to a round maximum in at most six round steps.
QValueAxis* valueAxis(const ChartData& data, const ChartColours& colours) {
    auto* axis = new QValueAxis;
    const double top = std::max(1.0, largest(data));
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 5.0)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (top / step <= 5.0)
            break;
    }
    if (step < 1.0 && data.valueSuffix != QLatin1String("%"))
        step = 1.0; // counts come whole
    // Ticks at round steps from 0; the range ends a little above the highest value, so that the label
    // of the highest bar has room (a share then still shows no tick past 100%).
    const double upper = std::max(std::ceil(top / step) * step, top + step * 0.6);
    axis->setRange(0, upper);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f") + data.valueSuffix);
    axis->setGridLineColor(colours.grid);
    axis->setLabelsColor(colours.text);
    axis->setLinePenColor(colours.grid);
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories, const ChartColours& colours) {
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(false);
    axis->setLabelsColor(colours.text);
    axis->setLinePenColor(colours.grid);
    return axis;
}

void addBars(QChart* chart, const ChartData& data, const ChartColours& look) {
    const bool stacked = data.kind == ChartData::Kind::StackedBar;
    const bool lying = ChartBuilder::liesDown(data);
    QAbstractBarSeries* series = nullptr;
    if (stacked)
        series = new QStackedBarSeries;
    else if (lying)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartSeries& s = data.series.at(i);
        auto* set = new QBarSet(s.name);
        for (int c = 0; c < data.categories.size(); ++c)
            set->append(c < s.values.size() ? s.values.at(c) : 0.0);
        set->setColor(look.series(i));
        set->setBorderColor(look.background);
        set->setLabelColor(stacked ? onColour(look.series(i)) : look.text);
        series->append(set);
    }
    // Stacked segments are often too thin for a label; their totals are in the report's tables.
    series->setLabelsVisible(!stacked);
    series->setLabelsFormat(QStringLiteral("@value") + data.valueSuffix);
    series->setLabelsPrecision(data.valueSuffix == QLatin1String("%") ? 3 : 6);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(data.series.size() > 1 && !stacked ? 0.8 : 0.6);
    chart->addSeries(series);
    QBarCategoryAxis* categories = categoryAxis(data.categories, look);
    QValueAxis* values = valueAxis(data, look);
    if (lying) {
        // Top to bottom in the given order: a horizontal axis lists its first category lowest.
        QStringList reversed(data.categories.crbegin(), data.categories.crend());
        categories->clear();
        categories->append(reversed);
        for (QBarSet* set : series->barSets()) {
            QList<double> flipped;
            for (int c = set->count() - 1; c >= 0; --c)
                flipped << set->at(c);
            set->remove(0, set->count());
            set->append(flipped);
        }
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(data.series.size() > 1);
}

void addLines(QChart* chart, const ChartData& data, const ChartColours& look) {
    QBarCategoryAxis* categories = categoryAxis(data.categories, look);
    QValueAxis* values = valueAxis(data, look);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartSeries& s = data.series.at(i);
        auto* line = new QLineSeries;
        line->setName(s.name);
        for (int c = 0; c < data.categories.size() && c < s.values.size(); ++c)
            line->append(c, s.values.at(c));
        QPen pen(look.series(i));
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint") + data.valueSuffix);
        line->setPointLabelsClipping(false);
        line->setPointLabelsColor(look.text);
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
    }
    chart->legend()->setVisible(data.series.size() > 1);
}

void addPie(QChart* chart, const ChartData& data, const ChartColours& look) {
    auto* pie = new QPieSeries;
    const QList<double> values = data.series.isEmpty() ? QList<double>() : data.series.first().values;
    double total = 0;
    for (double v : values)
        total += v;
    for (int c = 0; c < data.categories.size() && c < values.size(); ++c) {
        if (values.at(c) <= 0)
            continue;
        QPieSlice* slice = pie->append(data.categories.at(c), values.at(c));
        slice->setColor(look.series(c));
        slice->setBorderColor(look.background);
        const double share = total > 0 ? 100.0 * values.at(c) / total : 0;
        // The share on the slice when it has room; the legend always names the slice and its count.
        slice->setLabel(number(share, QStringLiteral("%")));
        slice->setLabelVisible(share >= 5.0);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(onColour(look.series(c)));
        QFont font = slice->labelFont();
        font.setBold(true);
        slice->setLabelFont(font);
    }
    pie->setPieSize(0.85);
    pie->setHoleSize(0.35);
    chart->addSeries(pie);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    const QList<QLegendMarker*> markers = chart->legend()->markers(pie);
    // The legend names each slice with its count.
    int index = 0;
    for (int c = 0; c < data.categories.size() && c < values.size(); ++c) {
        if (values.at(c) <= 0)
            continue;
        if (index < markers.size())
            markers.at(index)->setLabel(
                Text::tr("%1 (%2)").arg(data.categories.at(c), number(values.at(c), data.valueSuffix)));
        ++index;
    }
}

} // namespace

ChartColours ChartColours::print() {
    return {Qt::white, QColor(0x1f, 0x2d, 0x3d), QColor(0x33, 0x33, 0x33), QColor(0xdd, 0xdd, 0xdd), false};
}

ChartColours ChartColours::of(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    ChartColours colours;
    colours.background = base;
    colours.title = text;
    colours.text = text;
    colours.dark = base.lightnessF() < text.lightnessF();
    // A grid line a fifth of the way from the background to the text: visible, never loud.
    colours.grid = QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.2f,
                                    base.greenF() + (text.greenF() - base.greenF()) * 0.2f,
                                    base.blueF() + (text.blueF() - base.blueF()) * 0.2f);
    return colours;
}

QColor ChartColours::series(qsizetype i) const {
    const QList<QColor>& all = ChartBuilder::palette();
    QColor colour = all.at(i % all.size());
    // Paper keeps the calm print palette; a dark screen lightens what would sink into its background.
    for (int step = 0; dark && step < 20 && StatePalette::contrastRatio(colour, background) < 3.0; ++step)
        colour = colour.lighter(112);
    return colour;
}

namespace ChartBuilder {

const QList<QColor>& palette() {
    // Muted, distinguishable, and different in lightness so that a grey print still separates them.
    static const QList<QColor> colours = {QColor(0x1f, 0x4e, 0x79), QColor(0x4f, 0x9d, 0xa6), QColor(0xd1, 0x9a, 0x3b),
                                          QColor(0x8c, 0x5a, 0x7a), QColor(0x7a, 0x9e, 0x4b), QColor(0xb0, 0x5a, 0x45),
                                          QColor(0x8f, 0x8f, 0x8f), QColor(0x9d, 0xb9, 0xd5)};
    return colours;
}

bool liesDown(const ChartData& data) {
    return data.kind == ChartData::Kind::Bar && data.series.size() == 1 &&
           std::any_of(data.categories.cbegin(), data.categories.cend(),
                       [](const QString& c) { return c.size() > LongCategory; });
}

int preferredHeight(const ChartData& data, int usual) {
    if (!liesDown(data) || !hasData(data))
        return usual;
    // Title and value axis take about 90 pixels; each bar with its label about 34.
    return std::max(usual, 90 + 34 * int(data.categories.size()));
}

QChart* build(const ChartData& data, const ChartColours& colours) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(colours.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    chart->setLocale(Languages::locale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(colours.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(colours.text);
    if (!hasData(data)) {
        chart->setTitle(Text::tr("%1 — geen gegevens in deze periode").arg(data.title));
        chart->legend()->setVisible(false);
        return chart;
    }
    chart->setTitle(data.title);
    switch (data.kind) {
    case ChartData::Kind::Bar:
    case ChartData::Kind::StackedBar: addBars(chart, data, colours); break;
    case ChartData::Kind::Line: addLines(chart, data, colours); break;
    case ChartData::Kind::Pie: addPie(chart, data, colours); break;
    }
    return chart;
}

} // namespace ChartBuilder
