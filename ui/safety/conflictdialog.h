// Shown when a save is refused because someone else changed the case since it was loaded (a
// colleague on the same file): both versions side by side, only the fields that differ, each
// marked with who changed it, and who changed the file's version when (from the audit trail).
// The user either keeps their version (his own change lapses) or re-applies his own changed fields
// on top of theirs. Re-applying is refused when both changed the same field: then nobody's work is
// overwritten silently; the dialog says which field and the user decides by editing again.
#pragma once

#include "domain/case.h"

#include <QDateTime>
#include <QDialog>

class QPushButton;
class QTableWidget;

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, Reapply };

    // before: the case as the user loaded it; mine: with his edit; theirs: as it is in the file now,
    // last changed by `who` at `when` (may be empty / invalid when the audit trail does not say).
    ConflictDialog(const Case& before, const Case& mine, const Case& theirs, const QString& who, const QDateTime& when,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Fields changed both by the user and in the file: re-applying is not offered then.
    const QStringList& changedByBoth() const { return m_changedByBoth; }
    bool canReapply() const { return m_changedByBoth.isEmpty(); }

    QTableWidget* table() const { return m_table; }
    QPushButton* keepTheirsButton() const { return m_keep; }
    QPushButton* reapplyButton() const { return m_reapply; }

private:
    void fitRows();

    Choice m_choice = Choice::KeepTheirs;
    QStringList m_changedByBoth;
    QTableWidget* m_table = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_reapply = nullptr;
};
