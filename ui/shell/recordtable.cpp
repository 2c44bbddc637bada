#include "recordtable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace RecordTable {

void setUp(QTableWidget* table, const QStringList& headers, const QString& accessibleName, bool wordWrap) {
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(wordWrap);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

QString date(QDate day) {
    return day.isValid() ? day.toString(QStringLiteral("d-M-yyyy")) : QString();
}

} // namespace RecordTable
