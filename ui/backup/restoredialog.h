// "Reservekopie terugzetten": lists the copies of the open file (newest first, with when, what kind
// and size) and lets the user pick one, or another file. It only chooses; the confirmation (also when
// the current file is newer) and the restore itself are BackupActions' work.
#pragma once

#include "backup/backupservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString& databasePath, const QString& backupDirectory, QWidget* parent = nullptr);

    // The chosen copy, empty while none is chosen.
    QString chosenPath() const;
    void choose(const QString& path); // selects the copy in the list (tests)

    QTreeWidget* list() const { return m_list; }

private:
    void chooseOtherFile();

    QString m_directory;
    QString m_other;
    QTreeWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_restore = nullptr;
};
