// The one place that announces changes to the domain while the program runs. Whatever changes a
// case (an undo command, an import, another window) tells the notifier; models and views listen
// and refresh. Dialogs never poke views directly.
#pragma once

#include <QObject>

class CaseNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void caseAdded(qint64 caseId);
    void caseChanged(qint64 caseId);
    void caseRemoved(qint64 caseId);
    // Many cases at once (import, reassignment, another user's changes): reload everything.
    void casesReset();
    void settingsChanged();
    // Improvement measures were added, changed, linked or removed: measure views reload.
    void measuresChanged();
    // The calendar day changed while the program stayed open: deadlines must be recomputed.
    void dayChanged();
};
