// The "Termijnen" tab: every deadline of the case (DeadlineEngine::deadlinesFor) in order of due
// date, with its status as colour, icon and text (following a change of the desktop's palette), its legal or policy
// basis, how the date was counted and when it was met. The row under the cursor is explained in full below the table:
// what the rule says, the counting and any warning about the holiday calendar.
#pragma once

#include "casefilepage.h"
#include "deadlines/deadline.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

class DeadlinesTab : public QWidget, public CaseFilePage {
    Q_OBJECT
public:
    enum Column { KindColumn, DueColumn, StatusColumn, BasisColumn, CountingColumn, MetColumn, ColumnCount };

    explicit DeadlinesTab(QWidget* parent = nullptr);

    void setDeadlines(const QList<Deadline>& deadlines, QDate today);
    // Nothing to lock: the deadlines are computed, never edited here.
    void setReadOnly(bool) override {}

private:
    void explain(int row);
    // The status cells in the colours of the application palette (again after a palette change).
    void styleStatusCells();

    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QList<Deadline> m_deadlines;
};
