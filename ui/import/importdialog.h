// "Importeren uit CSV…": takes an old complaint register into the open municipality file. The user
// chooses a file (separator and encoding detected, both changeable), maps each CSV column onto a
// case field (guessed from the header names), translates words the program does not know, runs a
// "Proefimport" that lists every problem row, and then imports all or nothing — or, when "Regels met
// problemen overslaan" is ticked, only the good rows. "Importeren" stays disabled until a dry run of
// exactly the current settings is clean (or problems are to be skipped). The dry run runs on a worker
// thread with a progress bar; the commit is one transaction (Importer::commit), one undoable step on
// the given stack (ImportCommand), and announces casesReset on the notifier. The mapping is saved and loaded as the
// CLI's JSON.
//
// Object names for tests: fileEdit, separatorCombo, encodingCombo, excelDatesCheck, detectedLabel, columnTable
// (one QComboBox per row in column 2), translationTable, problemTable, skipCheck, summaryLabel,
// dryRunButton, importButton, progressBar.
#pragma once

#include "import/importer.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class CaseNotifier;
class QUndoStack;
class MunicipalitySession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads a CSV file; shows a message and returns false when it cannot be read.
    bool openCsv(const QString& path);
    // The same for bytes already in memory; fileName is used in texts.
    void setCsv(const QByteArray& bytes, const QString& fileName);

    ImportMapping mapping() const; // as the dialog shows it now
    void setMapping(const ImportMapping& mapping);

    // Starts the dry run on a worker thread; dryRunFinished() follows.
    void startDryRun();
    // Writes the importable rows (Importer::commit); returns the number imported, -1 when refused.
    int importNow();

    const ImportRun& lastRun() const { return m_run; }
    bool importEnabled() const;

signals:
    void dryRunFinished();

private:
    void buildUi();
    void reparse();
    void fillColumns();
    void fillTranslations();
    void fillProblems();
    void settingsChanged();
    void updateButtons();
    void chooseFile();
    void loadMapping();
    void saveMapping();
    void finishDryRun(const ImportRun& run, int generation);

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    QByteArray m_bytes;
    QString m_fileName;
    CsvTable m_table;
    ImportMapping m_mapping; // translations and options; columns live in the table's combo boxes
    ImportRun m_run;
    bool m_runCurrent = false; // m_run belongs to exactly the current file and settings
    int m_generation = 0;      // bumped on every change, so a late dry run result is ignored
    QThread* m_worker = nullptr;
    bool m_filling = false;

    QLineEdit* m_fileEdit = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_detected = nullptr;
    QCheckBox* m_excelDates = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_translations = nullptr;
    QTableWidget* m_problems = nullptr;
    QCheckBox* m_skip = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_dryRunButton = nullptr;
    QPushButton* m_importButton = nullptr;
};
