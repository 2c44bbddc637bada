// The case tables of the Beheer dialogs (inzage, retention) keep one checkable item per row whose
// Qt::UserRole holds the case id; this reads back the ids the beheerder ticked, in row order.
#pragma once

#include <QList>
#include <QTableWidget>

inline QList<qint64> checkedCaseIds(const QTableWidget* table, int column) {
    QList<qint64> ids;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QTableWidgetItem* item = table->item(r, column);
        if (item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}
