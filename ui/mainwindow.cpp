#include "mainwindow.h"

#include "deadlines/deadlineengine.h"
#include "domain/clock.h"
#include "storage/calendarstore.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalitysettings.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { ReferenceColumn, ReceivedColumn, PhaseColumn, KlagerColumn, HandlerColumn, NextDeadlineColumn };
constexpr int MaxRows = 500;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_clock(clock)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Samenvatting"));
    layout->addWidget(m_summary);

    m_openCases = new QTreeWidget(central);
    m_openCases->setAccessibleName(tr("Open zaken"));
    m_openCases->setRootIsDecorated(false);
    m_openCases->setUniformRowHeights(true);
    m_openCases->setAlternatingRowColors(true);
    m_openCases->setHeaderLabels(
        {tr("Referentie"), tr("Ontvangen"), tr("Fase"), tr("Klager"), tr("Behandelaar"), tr("Volgende termijn")});
    m_openCases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_openCases);
    setCentralWidget(central);

    buildMenus();
    refresh();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Bestand"));
    QAction* quit = file->addAction(tr("&Afsluiten"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Over Aan Tafel"), this, &MainWindow::showAbout);
}

void MainWindow::refresh()
{
    const MunicipalitySettings settings = MunicipalitySettingsStore(*m_db).load();
    const HolidayCalendar calendar = CalendarStore(*m_db).load();
    const DeadlineEngine engine(calendar, settings.terms);
    CaseRepository repository(*m_db, m_clock, QString());
    setWindowTitle(tr("%1 — Aan Tafel").arg(settings.name.isEmpty() ? QFileInfo(m_db->path()).fileName()
                                                                    : settings.name));

    CaseFilter open;
    open.openOnly = true;
    const qint64 openCount = repository.count(open);
    const qint64 total = repository.count();
    m_summary->setText(tr("%1 · %2 open van %3 zaken").arg(settings.name).arg(openCount).arg(total));

    open.limit = MaxRows;
    const QDate today = m_clock.today();
    m_openCases->clear();
    QList<QTreeWidgetItem*> items;
    for (const Case& c : repository.list(open)) {
        auto* item = new QTreeWidgetItem;
        item->setText(ReferenceColumn, c.reference);
        item->setText(ReceivedColumn, QLocale().toString(c.received, QLocale::ShortFormat));
        item->setText(PhaseColumn, EnumText::label(c.phase));
        item->setText(KlagerColumn, c.anonymous ? tr("(anoniem)") : c.klager.name);
        item->setText(HandlerColumn, c.handler);
        if (const auto next = engine.nextDeadline(c, today)) {
            item->setText(NextDeadlineColumn, tr("%1 %2 (%3)")
                                            .arg(DeadlineText::label(next->kind),
                                                 QLocale().toString(next->due, QLocale::ShortFormat),
                                                 DeadlineText::label(next->status)));
            item->setToolTip(NextDeadlineColumn, next->basis + QLatin1Char('\n') + next->counting);
            if (next->status == DeadlineStatus::Overdue)
                item->setForeground(NextDeadlineColumn, QColor(0xb0, 0x1c, 0x1c));
        }
        items.append(item);
    }
    m_openCases->addTopLevelItems(items);
    statusBar()->showMessage(m_db->path());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Over Aan Tafel"),
                       tr("<h3>Aan Tafel %1</h3><p>Klachtbehandeling voor gemeenten: eerst samen oplossen, zo nodig "
                          "een standpunt, altijd ervan leren (hoofdstuk 9 Awb).</p><p>Uitgegeven onder de GNU General "
                          "Public License, versie 3 of later.</p>")
                           .arg(QStringLiteral(AANTAFEL_VERSION)));
}
