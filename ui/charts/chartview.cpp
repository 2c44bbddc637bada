#include "chartview.h"

#include "chartbuilder.h"
#include "chartimage.h"

#include "output/outputfile.h"
#include "shell/palettestyle.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

ChartView::ChartView(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setBackgroundRole(QPalette::Base);
    setMinimumSize(320, 220);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    // A dark desktop switched on while the program runs: the chart follows.
    PaletteStyle::onChange(this, [this] { setData(m_data); });
}

void ChartView::setData(const ChartData& data) {
    m_data = data;
    QChart* old = chart();
    setChart(ChartBuilder::build(data, ChartColours::of(palette())));
    delete old; // setChart leaves the previous chart to us
    setMinimumHeight(ChartBuilder::preferredHeight(data, 280));
    setAccessibleName(data.title);
    setAccessibleDescription(describe(data));
    emit dataChanged();
    setToolTip(tr("Rechtsklik om de grafiek als PNG op te slaan"));
}

QString ChartView::savePng(const QString& path, QSize size) const {
    QSize logical = size.isValid() ? size : this->size();
    logical.setHeight(std::max(logical.height(), ChartBuilder::preferredHeight(m_data, 0)));
    QImage image = ChartImage::render(m_data, logical, 2.0);
    // The alternative text of the image, for whoever puts it in a document or on a web page.
    image.setText(QStringLiteral("Title"), m_data.title);
    image.setText(QStringLiteral("Description"), describe(m_data));
    // The one output writer: never over a municipality file, whole or not at all.
    OutputFile file(path);
    if (!file.open() || !image.save(&file.device(), "PNG") || !file.commit()) {
        const QString why = file.reason().isEmpty() ? tr("de afbeelding kon niet worden gemaakt") : file.reason();
        return tr("De grafiek kon niet worden opgeslagen in %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    return {};
}

QString ChartView::describe(const ChartData& data) {
    const QLocale locale;
    QStringList parts{data.title};
    for (qsizetype c = 0; c < data.categories.size(); ++c) {
        QStringList values;
        for (const ChartSeries& series : data.series) {
            const QString value = locale.toString(series.values.value(c), 'g', 6) + data.valueSuffix;
            values << (data.series.size() == 1 || series.name.isEmpty()
                           ? value
                           : tr("%1 %2", "series name and value").arg(series.name, value));
        }
        parts << tr("%1: %2", "category and its values").arg(data.categories.at(c), locale.createSeparatedList(values));
    }
    return parts.join(QStringLiteral(". ")) + u'.';
}

void ChartView::askSavePng() {
    const QString name = (m_data.name.isEmpty() ? QStringLiteral("grafiek") : m_data.name) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Grafiek opslaan als PNG"), QDir::home().filePath(name),
                                                      tr("PNG-afbeeldingen (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = savePng(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Grafiek niet opgeslagen"), error);
        return;
    }
    emit saved(path);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Opslaan als &PNG…"), this, &ChartView::askSavePng);
    menu.exec(event->globalPos());
}

void ChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    // A palette given to this view alone (the application's palette: PaletteStyle::onChange).
    if (event->type() == QEvent::PaletteChange)
        setData(m_data);
}
