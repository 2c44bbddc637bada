// The yearly report as documents: an HTML document in the style municipalities publish, a CSV of
// every figure for spreadsheets, and a PrintJob (Layout::Report) whose charts the ui layer draws for
// the PDF. Holds no personal data because YearReport holds none. Numbers in Dutch notation,
// percentages with one decimal ("12,5%").
//
// Charts: the PDF gets real charts (ChartData, drawn by the ui with Qt Charts into the <img> places).
// The stand-alone HTML file cannot rely on the ui, so ChartStyle::InlineSvg draws simple bar charts
// as inline SVG (pure string building; core has no Qt Gui). Both show the same five charts.
#pragma once

#include "../output/printjob.h"
#include "yearreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    enum class ChartStyle {
        Images,   // <img src="chart-…"> places, filled from PrintJob::charts (the PDF)
        InlineSvg // inline SVG drawn by core (the HTML file for the browser)
    };

    // Image names of the five charts, in the order of the document.
    static inline const QString QuartersChart = QStringLiteral("chart-quarters"); // stacked bar per domain
    static inline const QString OutcomesChart = QStringLiteral("chart-outcomes"); // bar
    static inline const QString OnTimeChart = QStringLiteral("chart-ontime");     // bar, % per quarter
    static inline const QString InformalChart = QStringLiteral("chart-informal"); // pie
    static inline const QString ThemesChart = QStringLiteral("chart-themes");     // bar, top 10

    static QString title(const YearReport& report); // "Klachtenjaarverslag 2025 — Gemeente Voorbeeld"
    static QString html(const YearReport& report, ChartStyle charts = ChartStyle::InlineSvg);
    // Semicolon-separated, UTF-8 with a byte order mark, CRLF line ends; a header row, then one row
    // per figure: section;item;value;percentage (percentage empty where it means nothing).
    static QByteArray csv(const YearReport& report);
    static QList<ChartData> charts(const YearReport& report);

    // Dutch notation: 12.345 and 12,5%.
    static QString number(int value);
    static QString number(double value, int decimals = 1);
    static QString percent(double value);
};

// The report as a document for PdfOutput: Layout::Report, title, html with <img> places and charts.
PrintJob reportPrintJob(const YearReport& report);
