// The patterns view (Leren → Patronen): bundles the cases received in a chosen period by theme,
// domain, department, provider or channel, with a count per quarter (the trend), and lists what
// recurs: the same theme at the same department or provider three times or more in one quarter.
// From selected groups or recurring patterns, "Structurele maatregel maken…" opens the measure
// editor for a new structural measure linked to every case of the selection.
#pragma once

#include "learning/patterns.h"
#include "measureeditor.h"

#include <QWidget>

class CaseNotifier;
class QUndoStack;
class MunicipalitySession;
class PatternTableModel;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class RecurringPatternModel;

class PatternsView : public QWidget {
    Q_OBJECT
public:
    enum class Preset { ThisQuarter, ThisYear, LastYear, Custom };

    PatternsView(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent = nullptr);

    void setPeriod(QDate from, QDate to);
    void setPreset(Preset preset);
    void setDimension(PatternDimension dimension);
    QDate from() const;
    QDate to() const;
    PatternDimension dimension() const;
    // Recounts; shows a storage error in the view's message line.
    void refresh();

    PatternTableModel* tableModel() const { return m_tableModel; }
    RecurringPatternModel* recurringModel() const { return m_recurringModel; }
    QTableView* groupsView() const { return m_groups; }
    QTableView* recurringView() const { return m_recurring; }

    // The cases of the selected groups and recurring patterns, each once, ascending.
    QList<qint64> selectedCaseIds() const;
    // A new structural measure for the selection, in the editor; returns whether it was stored.
    bool createStructuralMeasure();
    void setEditorRunner(MeasureEditorRunner runner) { m_runner = std::move(runner); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* buildFilters();
    QSplitter* buildTables();
    void connectSignals();
    void presetChosen();
    void updateButton();
    QString selectionSummary() const;

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    Patterns m_patterns;
    MeasureEditorRunner m_runner;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_dimension;
    PatternTableModel* m_tableModel;
    QSortFilterProxyModel* m_tableProxy;
    RecurringPatternModel* m_recurringModel;
    QSortFilterProxyModel* m_recurringProxy;
    QTableView* m_groups;
    QTableView* m_recurring;
    QLabel* m_summary;
    QLabel* m_recurringEmpty;
    QPushButton* m_create;
    bool m_filling = false;
    bool m_stale = false;
};
