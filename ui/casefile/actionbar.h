// The workflow buttons of the case file: one button per action the workflow offers for the case
// in its current state (Workflow::availableActions), in the workflow's button order, wrapping to a
// second line when the window is narrow. The buttons exist once and are only shown or hidden, so a
// button may safely trigger a change that refreshes the bar. The visible buttons get distinct
// mnemonics, chosen anew whenever the set changes.
#pragma once

#include "workflow/workflow.h"

#include <QHash>
#include <QWidget>

class QPushButton;

class ActionBar : public QWidget {
    Q_OBJECT
public:
    explicit ActionBar(QWidget* parent = nullptr);

    void setActions(const QList<WorkflowAction>& actions);
    // Actions shown but not allowed to this user: disabled, with the reason as tooltip.
    void setRefused(const QHash<WorkflowAction, QString>& reasons);
    QList<WorkflowAction> actions() const { return m_visible; }
    QPushButton* button(WorkflowAction action) const { return m_buttons.value(action); }

    // Letters the action buttons never take: the tabs' and the main menus' mnemonics.
    static QString reservedMnemonics();
    // Letters the buttons take only when nothing else is left: the Overzicht fields' mnemonics.
    static QString fieldMnemonics();

signals:
    void triggered(WorkflowAction action);

private:
    void assignMnemonics();

    QHash<WorkflowAction, QPushButton*> m_buttons;
    QList<WorkflowAction> m_visible;
};
