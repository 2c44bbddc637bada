#include "svgchart.h"

#include "reportexport.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

const QStringList Palette{QStringLiteral("#1f5f8b"), QStringLiteral("#e08a1e"), QStringLiteral("#3a8d3f"),
                          QStringLiteral("#b5323a"), QStringLiteral("#7a4e9c"), QStringLiteral("#5b8fa8"),
                          QStringLiteral("#c9b037"), QStringLiteral("#8c564b"), QStringLiteral("#6f6f6f"),
                          QStringLiteral("#2ca089")};

constexpr int Width = 640;
constexpr int Height = 260;
constexpr int Left = 48;
constexpr int Bottom = 60;
constexpr int Top = 14;

QString num(double v) {
    return QString::number(v, 'f', 1);
}

QString valueText(double value, const QString& suffix) {
    return suffix == QLatin1String("%") ? ReportExport::percent(value)
                                        : ReportExport::number(value, value == std::floor(value) ? 0 : 1);
}

QString legend(const ChartData& chart, const QStringList& names) {
    QString out = QStringLiteral("<p class=\"legend\">");
    for (qsizetype i = 0; i < names.size(); ++i) {
        out += QStringLiteral("<span><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" "
                              "height=\"10\" fill=\"") +
               Palette.at(i % Palette.size()) + QStringLiteral("\"/></svg> ") + names.at(i).toHtmlEscaped() +
               QStringLiteral("</span> ");
    }
    Q_UNUSED(chart)
    return out + QStringLiteral("</p>");
}

QString bars(const ChartData& chart) {
    const bool stacked = chart.kind == ChartData::Kind::StackedBar;
    const qsizetype n = chart.categories.size();
    double max = 0;
    for (qsizetype c = 0; c < n; ++c) {
        double stack = 0;
        for (const ChartSeries& s : chart.series) {
            const double v = c < s.values.size() ? s.values.at(c) : 0;
            stack = stacked ? stack + v : std::max(stack, v);
        }
        max = std::max(max, stack);
    }
    if (chart.valueSuffix == QLatin1String("%"))
        max = 100;
    if (max <= 0)
        max = 1;
    const double plotHeight = Height - Top - Bottom;
    const double slot = n > 0 ? double(Width - Left - 10) / double(n) : 0;
    const qsizetype seriesCount = std::max<qsizetype>(1, chart.series.size());
    const double barWidth = stacked ? slot * 0.6 : slot * 0.7 / double(seriesCount);

    QString out;
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#444\"/>")
               .arg(Left)
               .arg(Height - Bottom)
               .arg(Width - 10);
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
               .arg(Left - 4)
               .arg(Top + 4)
               .arg(valueText(max, chart.valueSuffix).toHtmlEscaped());
    for (qsizetype c = 0; c < n; ++c) {
        const double x0 = Left + slot * double(c) + (slot - (stacked ? barWidth : barWidth * double(seriesCount))) / 2;
        double base = Height - Bottom;
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const double v = c < chart.series.at(s).values.size() ? chart.series.at(s).values.at(c) : 0;
            const double h = plotHeight * v / max;
            const double x = stacked ? x0 : x0 + barWidth * double(s);
            const double y = stacked ? base - h : Height - Bottom - h;
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title>"
                                  "</rect>")
                       .arg(num(x), num(y), num(barWidth), num(h), Palette.at(s % Palette.size()),
                            QString(chart.categories.at(c) + QStringLiteral(", ") + chart.series.at(s).name +
                                    QStringLiteral(": ") + valueText(v, chart.valueSuffix))
                                .toHtmlEscaped());
            if (!stacked && v > 0) {
                out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                           .arg(num(x + barWidth / 2), num(y - 3), valueText(v, chart.valueSuffix).toHtmlEscaped());
            }
            if (stacked)
                base -= h;
        }
        QString label = chart.categories.at(c);
        if (label.size() > 18)
            label = label.left(17) + QChar(0x2026);
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" transform=\"rotate(-30 %1 %2)\">%3</text>")
                   .arg(num(Left + slot * double(c) + slot / 2), num(Height - Bottom + 14), label.toHtmlEscaped());
    }
    QStringList names;
    for (const ChartSeries& s : chart.series)
        names << s.name;
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                          "font-size=\"11\" font-family=\"sans-serif\" aria-hidden=\"true\">")
               .arg(Width)
               .arg(Height) +
           out + QStringLiteral("</svg>") + (chart.series.size() > 1 ? legend(chart, names) : QString());
}

QString pie(const ChartData& chart) {
    const QList<double> values = chart.series.isEmpty() ? QList<double>() : chart.series.first().values;
    double total = 0;
    for (double v : values)
        total += v;
    const double cx = 110, cy = 110, r = 100;
    QString out;
    if (total <= 0) {
        out += QStringLiteral("<circle cx=\"110\" cy=\"110\" r=\"100\" fill=\"#ddd\"/>");
    } else {
        double angle = -M_PI / 2;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double share = values.at(i) / total;
            if (share <= 0)
                continue;
            const QString fill = Palette.at(i % Palette.size());
            if (share >= 1) {
                out += QStringLiteral("<circle cx=\"110\" cy=\"110\" r=\"100\" fill=\"%1\"/>").arg(fill);
                break;
            }
            const double end = angle + 2 * M_PI * share;
            out += QStringLiteral("<path d=\"M %1 %2 L %3 %4 A %5 %5 0 %6 1 %7 %8 Z\" fill=\"%9\"/>")
                       .arg(num(cx), num(cy), num(cx + r * std::cos(angle)), num(cy + r * std::sin(angle)), num(r))
                       .arg(share > 0.5 ? 1 : 0)
                       .arg(num(cx + r * std::cos(end)), num(cy + r * std::sin(end)), fill);
            angle = end;
        }
    }
    QStringList names;
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        const double v = i < values.size() ? values.at(i) : 0;
        names << chart.categories.at(i) + QStringLiteral(": ") + ReportExport::number(v, 0) + QStringLiteral(" (") +
                     ReportExport::percent(total > 0 ? 100 * v / total : 0) + QLatin1Char(')');
    }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 220 220\" width=\"220\" "
                          "height=\"220\" aria-hidden=\"true\">") +
           out + QStringLiteral("</svg>") + legend(chart, names);
}

QString alternative(const ChartData& chart) {
    QStringList parts;
    for (const ChartSeries& s : chart.series) {
        QStringList values;
        for (qsizetype i = 0; i < chart.categories.size() && i < s.values.size(); ++i)
            values << chart.categories.at(i) + QStringLiteral(" ") + valueText(s.values.at(i), chart.valueSuffix);
        parts << (chart.series.size() > 1 ? s.name + QStringLiteral(": ") : QString()) +
                     values.join(QStringLiteral(", "));
    }
    return chart.title + QStringLiteral(". ") + parts.join(QStringLiteral("; "));
}

} // namespace

namespace SvgChart {

QString render(const ChartData& chart) {
    const QString body = chart.kind == ChartData::Kind::Pie ? pie(chart) : bars(chart);
    return QStringLiteral("<figure class=\"chart\" role=\"img\" aria-label=\"") + alternative(chart).toHtmlEscaped() +
           QStringLiteral("\">") + body + QStringLiteral("<figcaption>") + chart.title.toHtmlEscaped() +
           QStringLiteral("</figcaption></figure>\n");
}

} // namespace SvgChart
