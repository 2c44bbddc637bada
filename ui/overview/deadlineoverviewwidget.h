// The Termijnen overview: every pending deadline across all handlers, grouped by urgency, with
// filters per handler, domain and deadline kind, the workload per handler, and reassignment of
// the selected cases (one undo step, audited), and the improvement measures past their due date. Recomputes when the
// notifier announces a change or a new day, and only while it is visible.
#pragma once

#include "overview/deadlineoverview.h"

#include <QWidget>

class CaseNotifier;
class DeadlineOverviewModel;
class MunicipalitySession;
class OverdueMeasuresList;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;
class QTreeWidget;
class QUndoStack;

class DeadlineOverviewWidget : public QWidget {
    Q_OBJECT
public:
    DeadlineOverviewWidget(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& undo,
                           QWidget* parent = nullptr);

    // Shows only this handler's deadlines ("" shows everyone's).
    void showHandler(const QString& handler);
    void refresh();
    const Overview& overview() const;
    // The ids of the cases of the selected deadline rows, each once.
    QList<qint64> selectedCaseIds() const;
    // Assigns the cases to handler in one undo step; returns how many changed.
    int reassign(const QList<qint64>& caseIds, const QString& handler);
    OverdueMeasuresList* overdueMeasures() const { return m_overdueMeasures; }

signals:
    void caseActivated(qint64 caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    OverviewFilter currentFilter() const;
    void fillHandlerCombo();
    void fillWorkload();
    void askReassign();
    void updateButtons();
    void refreshWhenVisible();

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_undo;
    DeadlineOverviewModel* m_model;
    QComboBox* m_handler;
    QComboBox* m_domain;
    QComboBox* m_kind;
    QTreeView* m_view;
    QTreeWidget* m_workload;
    QPushButton* m_reassign;
    QLabel* m_summary;
    OverdueMeasuresList* m_overdueMeasures = nullptr;
    QTimer* m_refreshTimer;
    bool m_stale = true; // computed only while visible: the work grows with the number of open cases
};
