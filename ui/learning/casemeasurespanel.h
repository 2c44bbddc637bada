// The improvement measures of one case, in the case file's Leren tab: a list (title, kind, status,
// due date with overdue marked), "Nieuwe maatregel…" (a new measure linked to this case) and opening
// a measure in the editor. Reloads whenever the notifier announces changed measures.
#pragma once

#include "learning/measure.h"
#include "measureeditor.h"

#include <QWidget>

class CaseNotifier;
class QUndoStack;
class MunicipalitySession;
class QLabel;
class QPushButton;
class QTreeWidget;

class CaseMeasuresPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleColumn, ScopeColumn, StatusColumn, DueColumn, ColumnCount };

    CaseMeasuresPanel(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                      QWidget* parent = nullptr);

    void setCaseId(qint64 caseId);
    void reload();
    // Read-only: the measures are listed; none can be added or opened.
    void setReadOnly(bool readOnly);
    const QList<Measure>& measures() const { return m_measures; }
    QTreeWidget* list() const { return m_list; }

    // A new measure linked to this case, in the editor; returns whether it was stored.
    bool newMeasure();
    // Opens the measure in the editor; returns whether it was stored.
    bool openMeasure(qint64 measureId);
    void setEditorRunner(MeasureEditorRunner runner) { m_runner = std::move(runner); }

private:
    qint64 currentMeasureId() const;

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    qint64 m_caseId = 0;
    QList<Measure> m_measures;
    MeasureEditorRunner m_runner;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_open;
    bool m_readOnly = false;
};
