// The dashboard's chart widget: one ChartData drawn with Qt Charts, antialiased, with "Opslaan als
// PNG…" in its context menu (and as a public function, so that a button or a test can call it).
// On screen it takes the colours of its palette (ChartColours::of), and follows a change of palette;
// the saved PNG is drawn in print colours. A chart is more than its title to a screen reader: its accessible
// description is the data in words (describe()), which the saved PNG also carries as its alternative text (tEXt
// "Description").
#pragma once

#include "output/printjob.h"

#include <QChartView>

class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    void setData(const ChartData& data);
    const ChartData& data() const { return m_data; }
    // Writes the chart as a PNG of the given size (the size on screen when empty); returns an empty
    // string on success, otherwise a Dutch message.
    QString savePng(const QString& path, QSize size = {}) const;
    // Asks for a file name and saves; shows a message on failure.
    void askSavePng();
    // The chart in words: "Klachten per kwartaal. K1: Klachten 12, Signalen 3. K2: …".
    static QString describe(const ChartData& data);

signals:
    void saved(const QString& path);
    void dataChanged();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    ChartData m_data;
};
