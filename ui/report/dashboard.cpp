#include "dashboard.h"

#include "shell/formparts.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "casenotifier.h"
#include "charts/chartview.h"
#include "report/reportexport.h"
#include "reportexportdialog.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

Dashboard::Dashboard(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("dashboard"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("dashboardYear"));
    m_year->setAccessibleName(tr("Jaar"));
    m_year->setRange(1990, session.today().year());
    m_year->setValue(session.today().year());
    m_year->setGroupSeparatorShown(false);
    auto* yearLabel = new QLabel(tr("&Jaar:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &Dashboard::refresh);
    auto* exportButton = new QPushButton(tr("Jaarverslag &exporteren…"), this);
    exportButton->setObjectName(QStringLiteral("dashboardExport"));
    connect(exportButton, &QPushButton::clicked, this, &Dashboard::exportReport);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_error = new QLabel(this);
    PaletteStyle::text(m_error, StatePalette::Role::Error);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_figures, 1);
    top->addWidget(exportButton);

    auto* content = new QWidget(this);
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    for (int i = 0; i < 5; ++i) {
        auto* chart = new ChartView(content);
        chart->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        m_charts << chart;
    }
    // The themes chart has the longest labels: it gets the full width (ChartView makes it high enough).
    m_grid->addWidget(chartCell(m_charts.at(0)), 0, 0);
    m_grid->addWidget(chartCell(m_charts.at(1)), 0, 1);
    m_grid->addWidget(chartCell(m_charts.at(2)), 1, 0);
    m_grid->addWidget(chartCell(m_charts.at(3)), 1, 1);
    m_grid->addWidget(chartCell(m_charts.at(4)), 2, 0, 1, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    for (auto signal : {&CaseNotifier::casesReset, &CaseNotifier::measuresChanged, &CaseNotifier::dayChanged,
                        &CaseNotifier::settingsChanged})
        connect(&notifier, signal, this, &Dashboard::markStale);
    for (auto signal : {&CaseNotifier::caseAdded, &CaseNotifier::caseChanged, &CaseNotifier::caseRemoved})
        connect(&notifier, signal, this, &Dashboard::markStale);
}

namespace {

// One row per category, one column per series.
void fillTable(QTableWidget* table, const ChartData& data) {
    table->clear();
    table->setRowCount(int(data.categories.size()));
    table->setColumnCount(int(data.series.size()));
    QStringList headers;
    for (const ChartSeries& series : data.series)
        headers << (series.name.isEmpty() ? data.title : series.name);
    table->setHorizontalHeaderLabels(headers);
    table->setVerticalHeaderLabels(data.categories);
    const QLocale locale;
    for (int c = 0; c < int(data.categories.size()); ++c) {
        for (int s = 0; s < int(data.series.size()); ++s) {
            auto* item =
                new QTableWidgetItem(locale.toString(data.series.at(s).values.value(c), 'g', 6) + data.valueSuffix);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(c, s, item);
        }
    }
    table->resizeColumnsToContents();
    table->setFixedHeight(table->horizontalHeader()->height() + table->verticalHeader()->length() + 4);
}

} // namespace

QWidget* Dashboard::chartCell(ChartView* chart) {
    auto* cell = new QWidget(chart->parentWidget());
    auto* save = new QToolButton(cell);
    save->setText(tr("Opslaan als PNG…"));
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, chart, &ChartView::askSavePng);
    // The chart's data as a table, for the keyboard and a screen reader (and anyone who wants the figures).
    auto* showTable = new QToolButton(cell);
    showTable->setText(tr("Gegevens als tabel"));
    showTable->setCheckable(true);
    showTable->setAutoRaise(true);
    auto* table = new QTableWidget(cell);
    table->setObjectName(QStringLiteral("chartTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setVisible(false);
    connect(showTable, &QToolButton::toggled, table, &QWidget::setVisible);
    const auto update = [chart, save, showTable, table] {
        const ChartData& chartData = chart->data();
        // Five charts, five buttons: each says which chart it saves.
        save->setAccessibleName(tr("Grafiek \u201c%1\u201d opslaan als PNG").arg(chartData.title));
        showTable->setAccessibleName(tr("Gegevens van \u201c%1\u201d als tabel").arg(chartData.title));
        table->setAccessibleName(tr("Gegevens van \u201c%1\u201d").arg(chartData.title));
        fillTable(table, chartData);
    };
    connect(chart, &ChartView::dataChanged, cell, update);
    update();
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(showTable);
    bar->addWidget(save);
    auto* layout = FormParts::flatColumn(cell);
    layout->setSpacing(0);
    layout->addWidget(chart, 1);
    layout->addLayout(bar);
    layout->addWidget(table);
    return cell;
}

void Dashboard::setYear(int year) {
    m_year->setValue(year);
}

int Dashboard::year() const {
    return m_year->value();
}

void Dashboard::markStale() {
    m_stale = true;
    if (isVisible())
        refresh();
}

void Dashboard::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void Dashboard::refresh() {
    m_stale = false;
    try {
        m_report = YearReport::compute(m_session, year());
    } catch (const StorageError& e) {
        m_error->setText(e.message());
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    const QList<ChartData> chartData = ReportExport::charts(m_report);
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setData(i < chartData.size() ? chartData.at(i) : ChartData());
        // A chart's height follows its data (a lying bar chart grows with its categories): the grid
        // must take its cell's new minimum now, or the row keeps the old one and cuts the chart off.
        m_charts.at(i)->parentWidget()->updateGeometry();
    }
    m_figures->setText(keyFigures());
}

QString Dashboard::keyFigures() const {
    const YearReport& r = m_report;
    const QString separator = QStringLiteral(" &nbsp;·&nbsp; ");
    QStringList parts;
    parts << tr("<b>%1</b> klachten").arg(ReportExport::number(r.complaints))
          << tr("<b>%1</b> signalen").arg(ReportExport::number(r.signalCount))
          << tr("<b>%1</b> informeel opgelost").arg(ReportExport::percent(r.informalShare()))
          << tr("<b>%1</b> op tijd").arg(ReportExport::percent(r.onTimeShare()))
          << tr("<b>%1</b> naar de ombudsman").arg(ReportExport::number(r.sentToOmbudsman));
    return parts.join(separator);
}

void Dashboard::exportReport() {
    ReportExportDialog dialog(m_session, this);
    dialog.setYear(year());
    dialog.exec();
}
