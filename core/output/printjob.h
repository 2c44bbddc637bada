// A document core has composed and the ui layer is to draw: a letter or a report as HTML, the
// images it refers to, and the charts it contains as data. Core may not use Qt Gui (the build enforces the layers), so
// it never draws; it fills a PrintJob and hands it to a PdfOutput that the entry point provides.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

// One series of a chart: a value per category.
struct ChartSeries {
    QString name;
    QList<double> values;

    bool operator==(const ChartSeries&) const = default;
};

// A chart as data. The ui layer draws it with Qt Charts, on screen (dashboard) and as an image
// named `name` wherever the HTML of a PrintJob says <img src="name">.
struct ChartData {
    enum class Kind { Bar, StackedBar, Pie, Line };
    QString name;  // image name, e.g. "chart-quarters"
    QString title; // shown above the chart, e.g. "Klachten per kwartaal"
    Kind kind = Kind::Bar;
    QStringList categories; // x axis, or the slices of a pie
    QList<ChartSeries> series;
    QString valueSuffix; // e.g. "%", empty for counts

    bool operator==(const ChartData&) const = default;
};

struct PrintJob {
    enum class Layout {
        Letter, // A4, letterhead on the first page, footer on every page, page numbers from page 2
        Report  // A4, title page style header, page numbers on every page
    };
    Layout layout = Layout::Letter;
    QString title;                    // document title (PDF metadata, window title of a preview)
    QString author;                   // PDF metadata: who issues it, the municipality
    QString subject;                  // PDF metadata: the kenmerk (case reference) or the report's year
    QString html;                     // the document body; images as <img src="name">
    QString footer;                   // plain text on every page, e.g. the municipality's address; may be empty
    QMap<QString, QByteArray> images; // name → encoded image (PNG, JPEG), e.g. "logo"
    QList<ChartData> charts;          // drawn by the ui layer into images of their names
    // The municipality's house font (MunicipalitySettings::houseFont); empty for none. The ui layer
    // draws in it where it is installed and otherwise in the font the program carries.
    QString fontFamily;
};

// Writes a PrintJob as a PDF file. The drawing is implemented in the ui layer (render); the file
// itself is always written by OutputFile, so a PDF can never replace a municipality file and is
// never left half-written. The command line receives one from its entry point (app/cli_full_main.cpp).
class PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    virtual ~PdfOutput() = default;
    // Writes the job to path as an A4 PDF. Returns an empty string on success, otherwise a Dutch
    // message saying why the file could not be written (the file is then not left half-written).
    // protectedFiles: the municipality files of this run (see OutputFile).
    QString write(const PrintJob& job, const QString& path, const QStringList& protectedFiles = {});

protected:
    // The Dutch sentence for a PDF that could not be written to path, given the reason (a fragment).
    virtual QString failure(const QString& path, const QString& reason) const;
    // Draws the job as a PDF into device, the output writer's temporary file. Returns an empty
    // string on success, otherwise the Dutch reason (a sentence fragment, no full stop).
    virtual QString render(const PrintJob& job, QIODevice& device) = 0;
};
