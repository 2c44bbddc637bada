// The improvement measures past their due date, as the coordinator sees them in the Termijnen
// overview next to the overdue deadlines: title, owner, due date ("te laat" with icon and colour),
// linked cases. Activating a row opens the measure in its editor. Hidden while there are none.
#pragma once

#include "learning/measure.h"
#include "measureeditor.h"

#include <QWidget>

class CaseNotifier;
class QUndoStack;
class MunicipalitySession;
class QLabel;
class QTreeWidget;

class OverdueMeasuresList : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, CasesColumn, ColumnCount };

    OverdueMeasuresList(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                        QWidget* parent = nullptr);

    void setMeasures(const QList<Measure>& measures);
    QTreeWidget* list() const { return m_list; }
    // Opens the measure in the editor; returns whether it was stored.
    bool openMeasure(qint64 measureId);
    void setEditorRunner(MeasureEditorRunner runner) { m_runner = std::move(runner); }

private:
    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    MeasureEditorRunner m_runner;
    QLabel* m_title;
    QTreeWidget* m_list;
};
