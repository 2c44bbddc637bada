#include "deadlinestab.h"

#include "shell/deadlinestyle.h"
#include "shell/palettestyle.h"
#include "spaceddelegate.h"

#include "deadlines/termcalculator.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DeadlinesTab::DeadlinesTab(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("deadlinesTab"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("deadlinesTable"));
    m_table->setAccessibleName(tr("Termijnen van de zaak"));
    m_table->setHorizontalHeaderLabels(
        {tr("Termijn"), tr("Uiterste datum"), tr("Status"), tr("Grondslag"), tr("Berekening"), tr("Voldaan op")});
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new SpacedDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Basis and counting share the width that is left and wrap on a narrow screen; the short columns
    // always show in full.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column : {KindColumn, DueColumn, StatusColumn, MetColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BasisColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CountingColumn, QHeaderView::Stretch);
    // Keep the status column after the counting one visible on a narrow screen.
    header->moveSection(MetColumn, CountingColumn);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("deadlineDetail"));
    m_detail->setAccessibleName(tr("Toelichting bij de termijn"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4 + 16);
    // A text field's ground and frame, in the colours of the palette of the moment.
    PaletteStyle::set(m_detail, [](const StatePalette&) {
        const QPalette palette = QGuiApplication::palette();
        return QStringLiteral(
                   "QLabel { background-color: %1; border: 1px solid %2; border-radius: 4px; padding: 6px; }")
            .arg(palette.color(QPalette::Base).name(), palette.color(QPalette::Mid).name());
    });

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { explain(row); });
    PaletteStyle::onChange(this, [this] { styleStatusCells(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
}

void DeadlinesTab::styleStatusCells() {
    for (int row = 0; row < m_deadlines.size() && row < m_table->rowCount(); ++row) {
        QTableWidgetItem* status = m_table->item(row, StatusColumn);
        const DeadlineStatus s = m_deadlines.at(row).status;
        status->setIcon(DeadlineStyle::icon(s));
        status->setForeground(DeadlineStyle::foreground(s));
        status->setBackground(DeadlineStyle::background(s));
    }
}

void DeadlinesTab::setDeadlines(const QList<Deadline>& deadlines, QDate today) {
    const int keep = m_table->currentRow();
    m_deadlines = deadlines;
    m_table->setRowCount(int(deadlines.size()));
    for (int row = 0; row < deadlines.size(); ++row) {
        const Deadline& dl = deadlines.at(row);
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem* kind = cell(KindColumn, DeadlineText::label(dl.kind));
        kind->setToolTip(dl.basisText);
        cell(DueColumn, TermCalculator::shortDate(dl.due));
        cell(StatusColumn, DeadlineStyle::statusText(dl, today));
        QTableWidgetItem* basis = cell(BasisColumn, dl.basis);
        basis->setToolTip(dl.basis + u'\n' + dl.basisText);
        QTableWidgetItem* counting = cell(CountingColumn, dl.counting);
        counting->setToolTip(dl.warning.isEmpty() ? dl.counting : dl.counting + u'\n' + dl.warning);
        cell(MetColumn, dl.metOn.isValid() ? TermCalculator::shortDate(dl.metOn) : QString());
        if (dl.status == DeadlineStatus::Superseded) {
            for (int column = 0; column < ColumnCount; ++column) {
                QFont font = m_table->item(row, column)->font();
                font.setItalic(true);
                m_table->item(row, column)->setFont(font);
            }
        }
    }
    styleStatusCells();
    // Open on the first deadline still owed, else the first.
    int row = keep >= 0 && keep < deadlines.size() ? keep : 0;
    if (keep < 0) {
        for (int i = 0; i < deadlines.size(); ++i) {
            if (deadlines.at(i).isPending()) {
                row = i;
                break;
            }
        }
    }
    if (deadlines.isEmpty()) {
        m_detail->setText(tr("Voor deze zaak gelden geen termijnen."));
        return;
    }
    // Current without being selected: the detail below follows it, the status colours stay readable.
    m_table->setCurrentCell(row, KindColumn, QItemSelectionModel::NoUpdate);
    explain(row);
}

void DeadlinesTab::explain(int row) {
    if (row < 0 || row >= m_deadlines.size())
        return;
    const Deadline& dl = m_deadlines.at(row);
    QString text =
        tr("%1 \u2014 %2 (%3)\n%4\nBerekening: %5")
            .arg(DeadlineText::label(dl.kind), dl.basis,
                 dl.statutory ? tr("wettelijke termijn") : tr("termijn volgens beleid"), dl.basisText, dl.counting);
    if (!dl.warning.isEmpty())
        text += u'\n' + dl.warning;
    m_detail->setText(text);
}
