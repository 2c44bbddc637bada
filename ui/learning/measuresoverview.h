// The measures overview (Leren → Maatregelen): every improvement measure, filtered by status, kind,
// owner or "alleen te laat", sortable, overdue ones marked; a double-click (or Enter, or "Openen…")
// opens the measure in its editor, "Nieuwe maatregel…" starts one without a case.
#pragma once

#include "measureeditor.h"

#include <QWidget>

class CaseNotifier;
class QUndoStack;
class MeasureFilterProxy;
class MeasureListModel;
class MunicipalitySession;
class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

class MeasuresOverview : public QWidget {
    Q_OBJECT
public:
    MeasuresOverview(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                     QWidget* parent = nullptr);

    MeasureListModel* model() const { return m_model; }
    MeasureFilterProxy* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* scopeFilter() const { return m_scope; }
    QComboBox* ownerFilter() const { return m_owner; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QString summary() const;

    // Opens the measure in the editor; returns whether it was stored.
    bool openMeasure(qint64 measureId);
    bool newMeasure();
    void setEditorRunner(MeasureEditorRunner runner) { m_runner = std::move(runner); }

private:
    void applyFilters();
    // The constructor's steps: the filter row (status, kind, owner, overdue) and the list itself.
    QHBoxLayout* buildFilters();
    void buildView();
    void fillOwners();
    void updateSummary();

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    MeasureEditorRunner m_runner;
    MeasureListModel* m_model;
    MeasureFilterProxy* m_proxy;
    QComboBox* m_status;
    QComboBox* m_scope;
    QComboBox* m_owner;
    QCheckBox* m_overdue;
    QTreeView* m_view;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_open;
};
