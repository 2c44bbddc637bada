// Charts drawn from ChartData: every kind renders into an image of the asked size that is not
// blank, the chart widget follows its data, and a chart saves as a real PNG.
#include "testsupport.h"

#include "charts/chartbuilder.h"
#include "charts/chartimage.h"
#include "charts/chartview.h"

#include <QBarSeries>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QImageReader>
#include <QLegendMarker>
#include <QPieSeries>
#include <QSet>

namespace {

ChartData quarters(ChartData::Kind kind) {
    ChartData c;
    c.name = QStringLiteral("chart-quarters");
    c.title = QStringLiteral("Klachten per kwartaal");
    c.kind = kind;
    c.categories = {QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"), QStringLiteral("K4")};
    c.series = {{QStringLiteral("Wmo"), {12, 15, 9, 14}}, {QStringLiteral("Jeugdwet"), {5, 7, 6, 3}}};
    return c;
}

// The number of distinct colours: a blank or single-colour image has one.
int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Share of pixels in the image that carry a palette colour (bars or slices drawn).
bool showsPaletteColour(const QImage& image, const QColor& colour) {
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixelColor(x, y) == colour)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("every kind of chart renders into an image of the asked size, in the palette's colours") {
    for (ChartData::Kind kind :
         {ChartData::Kind::Bar, ChartData::Kind::StackedBar, ChartData::Kind::Pie, ChartData::Kind::Line}) {
        CAPTURE(int(kind));
        const QImage image = ChartImage::render(quarters(kind), QSize(600, 300), 2.0);
        CHECK(image.size() == QSize(1200, 600));
        CHECK(image.devicePixelRatio() == 2.0);
        CHECK(colourCount(image) > 20);
        CHECK(showsPaletteColour(image, ChartBuilder::palette().at(0)));
    }
}

TEST_CASE("a chart without any counts says so instead of drawing empty axes") {
    ChartData empty = quarters(ChartData::Kind::Bar);
    for (ChartSeries& s : empty.series)
        s.values = {0, 0, 0, 0};
    std::unique_ptr<QChart> chart(ChartBuilder::build(empty));
    CHECK(chart->series().isEmpty());
    CHECK(chart->title().contains(QStringLiteral("geen gegevens")));
    const QImage image = ChartImage::render(empty, QSize(400, 200));
    CHECK(image.size() == QSize(400, 200));
    CHECK_FALSE(showsPaletteColour(image, ChartBuilder::palette().at(0)));
}

TEST_CASE("a bar chart of long theme names lies down so that the names stay readable") {
    ChartData themes;
    themes.title = QStringLiteral("Meest voorkomende thema's");
    themes.categories = {QStringLiteral("Geen reactie / niet teruggebeld"), QStringLiteral("Bejegening")};
    themes.series = {{QStringLiteral("Klachten"), {30, 12}}};
    std::unique_ptr<QChart> chart(ChartBuilder::build(themes));
    REQUIRE(chart->series().size() == 1);
    CHECK(qobject_cast<QHorizontalBarSeries*>(chart->series().first()));

    themes.categories = {QStringLiteral("Wmo"), QStringLiteral("Jeugdwet")};
    std::unique_ptr<QChart> upright(ChartBuilder::build(themes));
    CHECK(qobject_cast<QBarSeries*>(upright->series().first()));
}

TEST_CASE("a pie's legend names every slice with its count") {
    ChartData outcomes;
    outcomes.kind = ChartData::Kind::Pie;
    outcomes.categories = {QStringLiteral("Naar tevredenheid opgelost"), QStringLiteral("Gegrond"),
                           QStringLiteral("Ongegrond")};
    outcomes.series = {{QStringLiteral("Zaken"), {1200, 30, 0}}};
    std::unique_ptr<QChart> chart(ChartBuilder::build(outcomes));
    auto* pie = qobject_cast<QPieSeries*>(chart->series().first());
    REQUIRE(pie);
    CHECK(pie->count() == 2); // an outcome that did not occur takes no slice
    QStringList labels;
    for (QLegendMarker* marker : chart->legend()->markers())
        labels << marker->label();
    CHECK(labels == QStringList{QStringLiteral("Naar tevredenheid opgelost (1.200)"), QStringLiteral("Gegrond (30)")});
}

TEST_CASE("the chart widget saves its chart as a PNG") {
    TempDir dir;
    ChartView view;
    view.resize(500, 300);
    view.setData(quarters(ChartData::Kind::StackedBar));
    CHECK(view.chart()->title() == QStringLiteral("Klachten per kwartaal"));
    CHECK(view.accessibleName() == QStringLiteral("Klachten per kwartaal"));
    const QString path = dir.path(QStringLiteral("kwartalen.png"));
    CHECK(view.savePng(path, QSize(800, 400)).isEmpty());
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    CHECK(reader.size() == QSize(1600, 800));

    const QString error = view.savePng(dir.path(QStringLiteral("bestaat-niet/kwartalen.png")));
    CHECK(error.startsWith(QStringLiteral("De grafiek kon niet worden opgeslagen")));
}

TEST_CASE("ten long theme names get the height they need, on screen, in PNG and in print") {
    ChartData themes;
    themes.name = QStringLiteral("chart-themes");
    themes.title = QStringLiteral("De tien thema's met de meeste klachten");
    for (int i = 0; i < 10; ++i) {
        themes.categories << QStringLiteral("Onjuiste of onduidelijke informatie %1").arg(i + 1);
    }
    themes.series = {{QStringLiteral("Klachten"), {24, 22, 16, 16, 14, 13, 12, 11, 10, 9}}};
    CHECK(ChartBuilder::liesDown(themes));
    CHECK(ChartBuilder::preferredHeight(themes, 300) == 90 + 10 * 34);
    ChartData quarterly = quarters(ChartData::Kind::Bar);
    CHECK(ChartBuilder::preferredHeight(quarterly, 300) == 300);

    ChartView view;
    view.setData(themes);
    CHECK(view.minimumHeight() == 90 + 10 * 34);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("thema.png"));
    REQUIRE(view.savePng(path, QSize(640, 300)).isEmpty());
    CHECK(QImageReader(path).size() == QSize(1280, 2 * (90 + 10 * 34)));
}
