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
constexpr int Bottom = 30;
constexpr int Top = 18;

QString num(double v) {
    return QString::number(v, 'f', 1);
}

QString valueText(double value, const QString& suffix) {
    return suffix == QLatin1String("%") ? ReportExport::percent(value)
                                        : ReportExport::number(value, value == std::floor(value) ? 0 : 1);
}

QString legend(const QStringList& names) {
    QString out = QStringLiteral("<p class=\"legend\">");
    for (qsizetype i = 0; i < names.size(); ++i) {
        out += QStringLiteral("<span><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" "
                              "height=\"10\" fill=\"") +
               Palette.at(i % Palette.size()) + QStringLiteral("\"/></svg> ") + names.at(i).toHtmlEscaped() +
               QStringLiteral("</span> ");
    }
    return out + QStringLiteral("</p>");
}

double valueAt(const ChartSeries& series, qsizetype i) {
    return i < series.values.size() ? series.values.at(i) : 0.0;
}

QString shortened(const QString& label, qsizetype max) {
    return label.size() > max ? label.left(max - 1) + QChar(0x2026) : label;
}

QString svgOpen(int width, int height) {
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                          "font-size=\"11\" font-family=\"sans-serif\" aria-hidden=\"true\">")
        .arg(width)
        .arg(height);
}

QString rect(double x, double y, double w, double h, const QString& fill, const QString& tip) {
    return QStringLiteral(
               "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"none\"><title>%6</title>"
               "</rect>")
        .arg(num(x), num(y), num(w), num(h), fill, tip.toHtmlEscaped());
}

QString text(double x, double y, const QString& anchor, const QString& content) {
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>")
        .arg(num(x), num(y), anchor, content.toHtmlEscaped());
}

// Few categories (quarters): vertical bars, side by side or stacked, labels underneath.
QString columns(const ChartData& chart) {
    const bool stacked = chart.kind == ChartData::Kind::StackedBar;
    const qsizetype n = chart.categories.size();
    double max = 0;
    for (qsizetype c = 0; c < n; ++c) {
        double stack = 0;
        for (const ChartSeries& s : chart.series)
            stack = stacked ? stack + valueAt(s, c) : std::max(stack, valueAt(s, c));
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

    QString out = svgOpen(Width, Height);
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#444\"/>")
               .arg(Left)
               .arg(Height - Bottom)
               .arg(Width - 10);
    out += text(Left - 4, Top + 4, QStringLiteral("end"), valueText(max, chart.valueSuffix));
    out += text(Left - 4, Height - Bottom, QStringLiteral("end"), valueText(0, chart.valueSuffix));
    for (qsizetype c = 0; c < n; ++c) {
        const double x0 = Left + slot * double(c) + (slot - (stacked ? barWidth : barWidth * double(seriesCount))) / 2;
        double base = Height - Bottom;
        double total = 0;
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const double v = valueAt(chart.series.at(s), c);
            total += v;
            const double h = plotHeight * v / max;
            const double x = stacked ? x0 : x0 + barWidth * double(s);
            const double y = stacked ? base - h : Height - Bottom - h;
            out += rect(x, y, barWidth, h, Palette.at(s % Palette.size()),
                        chart.categories.at(c) + QStringLiteral(", ") + chart.series.at(s).name + QStringLiteral(": ") +
                            valueText(v, chart.valueSuffix));
            if (!stacked)
                out += text(x + barWidth / 2, y - 3, QStringLiteral("middle"), valueText(v, chart.valueSuffix));
            base -= stacked ? h : 0;
        }
        if (stacked)
            out += text(x0 + barWidth / 2, base - 3, QStringLiteral("middle"), valueText(total, chart.valueSuffix));
        out += text(Left + slot * double(c) + slot / 2, Height - Bottom + 16, QStringLiteral("middle"),
                    shortened(chart.categories.at(c), std::max<qsizetype>(4, qsizetype(slot / 6.5))));
    }
    QStringList names;
    for (const ChartSeries& s : chart.series)
        names << s.name;
    return out + QStringLiteral("</svg>") + (chart.series.size() > 1 ? legend(names) : QString());
}

// Many categories (outcomes, themes): one horizontal bar per category, its label in front, so that
// long Dutch labels stay readable without rotating text.
QString rows(const ChartData& chart) {
    constexpr int LabelWidth = 210;
    constexpr int RowHeight = 22;
    const qsizetype n = chart.categories.size();
    const ChartSeries series = chart.series.isEmpty() ? ChartSeries() : chart.series.first();
    double max = chart.valueSuffix == QLatin1String("%") ? 100 : 0;
    for (qsizetype c = 0; c < n; ++c)
        max = std::max(max, valueAt(series, c));
    if (max <= 0)
        max = 1;
    const int height = int(n) * RowHeight + 8;
    const double plotWidth = Width - LabelWidth - 60;
    QString out = svgOpen(Width, height);
    for (qsizetype c = 0; c < n; ++c) {
        const double v = valueAt(series, c);
        const double y = 4 + double(c) * RowHeight;
        const double w = plotWidth * v / max;
        out += text(LabelWidth - 6, y + 15, QStringLiteral("end"), shortened(chart.categories.at(c), 34));
        out += rect(LabelWidth, y + 3, w, RowHeight - 6, Palette.first(),
                    chart.categories.at(c) + QStringLiteral(": ") + valueText(v, chart.valueSuffix));
        out += text(LabelWidth + w + 4, y + 15, QStringLiteral("start"), valueText(v, chart.valueSuffix));
    }
    out += QStringLiteral("<line x1=\"%1\" y1=\"2\" x2=\"%1\" y2=\"%2\" stroke=\"#444\"/>")
               .arg(LabelWidth)
               .arg(height - 2);
    return out + QStringLiteral("</svg>");
}

QString bars(const ChartData& chart) {
    if (chart.kind == ChartData::Kind::Bar && chart.categories.size() > 6 && chart.series.size() <= 1)
        return rows(chart);
    return columns(chart);
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
            out += QStringLiteral("<path stroke=\"none\" d=\"M %1 %2 L %3 %4 A %5 %5 0 %6 1 %7 %8 Z\" fill=\"%9\"/>")
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
           out + QStringLiteral("</svg>") + legend(names);
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
