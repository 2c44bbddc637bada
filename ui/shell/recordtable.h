// The program's read-only tables of records (audit trail, inzage, retention, users, documents) made
// one way: named column headers and a name a screen reader says, whole rows selected, no cell
// editing, no row numbers, alternating row colours, the last column taking the room that is left,
// and dates in the same short numeric form ("7-3-2025").
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class QTableWidget;

namespace RecordTable {
// Sets table up as above; wordWrap for tables whose cells hold sentences.
void setUp(QTableWidget* table, const QStringList& headers, const QString& accessibleName, bool wordWrap = false);
// "7-3-2025"; empty for a null date.
QString date(QDate day);
} // namespace RecordTable
