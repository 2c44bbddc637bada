#include "measurestyle.h"

#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

namespace {
constexpr int MeasureIdRole = Qt::UserRole;
constexpr int OverdueColumnRole = Qt::UserRole + 1; // the column marked overdue, -1 for none

void colourOverdue(QTreeWidget* list) {
    const QColor colour = MeasureStyle::overdueColour();
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        const int column = item->data(0, OverdueColumnRole).toInt();
        if (column >= 0)
            item->setForeground(column, colour);
    }
}
} // namespace

QString MeasureStyle::dueText(const Measure& m, QDate today) {
    if (!m.due.isValid())
        return tr("geen");
    const QString day = m.due.toString(QStringLiteral("dd-MM-yyyy"));
    return m.isOverdue(today) ? tr("%1 — te laat").arg(day) : day;
}

QColor MeasureStyle::overdueColour() {
    return StatePalette().foreground(StatePalette::Role::Error);
}

QIcon MeasureStyle::overdueIcon() {
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QString MeasureStyle::caseCount(int count) {
    return count == 1 ? tr("1 zaak") : tr("%1 zaken").arg(count);
}

QTreeWidget* MeasureStyle::list(QWidget* parent, const QString& objectName, const QString& accessibleName,
                                const QStringList& headers, std::function<void(qint64)> open) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    QObject::connect(list, &QTreeWidget::itemActivated, list,
                     [open = std::move(open)](QTreeWidgetItem* item) { open(measureId(item)); });
    PaletteStyle::onChange(list, [list] { colourOverdue(list); });
    return list;
}

void MeasureStyle::fillRow(QTreeWidgetItem* item, const Measure& m, int dueColumn, QDate today) {
    item->setData(0, MeasureIdRole, m.id);
    item->setText(0, m.title);
    item->setText(dueColumn, dueText(m, today));
    const bool overdue = m.isOverdue(today);
    item->setData(0, OverdueColumnRole, overdue ? dueColumn : -1);
    if (overdue) {
        item->setIcon(dueColumn, overdueIcon());
        item->setForeground(dueColumn, overdueColour());
    }
}

qint64 MeasureStyle::measureId(const QTreeWidgetItem* item) {
    return item ? item->data(0, MeasureIdRole).toLongLong() : 0;
}
