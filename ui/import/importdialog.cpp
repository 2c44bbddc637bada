#include "importdialog.h"

#include "casenotifier.h"
#include "commands/importcommand.h"
#include "i18n/languages.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>

ImportDialog::ImportDialog(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack) {
    setWindowTitle(tr("Importeren uit CSV"));
    setAccessibleName(windowTitle());
    buildUi();
    settingsChanged();
}

ImportDialog::~ImportDialog() {
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool ImportDialog::openCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Bestand niet geopend"),
                             tr("Kan %1 niet openen: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    setCsv(file.readAll(), QFileInfo(path).fileName());
    return true;
}

void ImportDialog::setCsv(const QByteArray& bytes, const QString& fileName) {
    m_bytes = bytes;
    m_fileName = fileName;
    if (m_fileEdit->text().isEmpty())
        m_fileEdit->setText(fileName);
    reparse();
    // Options and translations stay; the columns are guessed afresh from this file's header.
    ImportMapping next = m_mapping;
    const ImportMapping guessed = ImportMapping::guess(m_table.header);
    for (ImportField f : ImportMapping::allFields()) {
        next.clearColumn(f);
        if (guessed.isMapped(f))
            next.setColumn(f, guessed.column(f));
    }
    setMapping(next);
}

void ImportDialog::reparse() {
    const QString sep = m_separator->currentData().toString();
    m_mapping.separator = sep.isEmpty() ? std::nullopt : std::optional<QChar>(sep.at(0));
    m_mapping.encoding = CsvReader::encodingFromName(m_encoding->currentData().toString());
    m_table = CsvReader::read(m_bytes, m_mapping.separator, m_mapping.encoding);
    if (m_table.ok()) {
        m_detected->setText(
            tr("Gelezen met scheidingsteken %1 en tekenset %2: %3 kolommen, %4 regels.")
                .arg(CsvReader::separatorName(m_table.separator), CsvReader::encodingName(m_table.encoding))
                .arg(m_table.header.size())
                .arg(m_table.rows.size()));
    } else {
        m_detected->setText(m_table.error);
    }
    fillColumns();
}

ImportMapping ImportDialog::mapping() const {
    ImportMapping m = m_mapping;
    for (ImportField f : ImportMapping::allFields())
        m.clearColumn(f);
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 2));
        if (!combo || combo->currentData().isNull())
            continue;
        const auto field = ImportField(combo->currentData().toInt());
        const QString name = m_table.header.value(row);
        m.setColumn(field,
                    name.isEmpty() || m_table.header.count(name) > 1 ? ColumnRef{{}, row + 1} : ColumnRef{name, 0});
    }
    return m;
}

void ImportDialog::setMapping(const ImportMapping& mapping) {
    const auto selectData = [](QComboBox* combo, const QString& value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    m_filling = true;
    selectData(m_separator, mapping.separator ? QString(*mapping.separator) : QString());
    selectData(m_encoding, mapping.encoding ? CsvReader::encodingName(*mapping.encoding) : QString());
    m_excelDates->setChecked(mapping.excelDates);
    m_filling = false;
    if (!m_bytes.isEmpty() && (mapping.separator != m_mapping.separator || mapping.encoding != m_mapping.encoding))
        reparse();
    m_mapping = mapping;
    m_filling = true;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 2));
        combo->setCurrentIndex(0);
        for (ImportField f : ImportMapping::allFields()) {
            if (mapping.columnIndex(f, m_table.header) == row)
                combo->setCurrentIndex(combo->findData(int(f)));
        }
    }
    m_filling = false;
    settingsChanged();
}

void ImportDialog::settingsChanged() {
    if (m_filling)
        return;
    ++m_generation;
    m_runCurrent = false;
    if (m_bytes.isEmpty())
        m_summary->setText(tr("Kies met Bladeren… het register (een CSV-bestand) dat u wilt importeren."));
    else if (m_table.ok())
        m_summary->setText(tr("Kies bij elke kolom het veld en start de proefimport."));
    else
        m_summary->clear();
    updateButtons();
}

void ImportDialog::startDryRun() {
    if (m_worker || !m_table.ok())
        return;
    Importer importer(mapping(), m_session.workflow(), m_session.clock().now(), m_session.user(), m_fileName);
    importer.loadExisting(m_session); // on this thread: the database belongs to it
    const int generation = m_generation;
    m_progress->setRange(0, std::max<int>(1, int(m_table.rows.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_dryRunButton->setEnabled(false);
    const CsvTable table = m_table;
    m_worker = QThread::create([this, importer = std::move(importer), table, generation] {
        // Queued to this dialog: dropped if it is gone (its destructor waits for this thread first).
        const ImportRun run = importer.dryRun(table, [this](int done, int) {
            QMetaObject::invokeMethod(
                this, [this, done] { m_progress->setValue(done); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this, [this, run, generation] { finishDryRun(run, generation); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImportDialog::finishDryRun(const ImportRun& run, int generation) {
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_progress->hide();
    // A result for settings changed meanwhile is stale: the user runs the dry run again.
    if (generation == m_generation) {
        m_run = run;
        m_runCurrent = true;
        fillTranslations();
        fillProblems();
    }
    updateButtons();
    emit dryRunFinished();
}

int ImportDialog::importNow() {
    if (!importEnabled())
        return -1;
    Importer importer(mapping(), m_session.workflow(), m_session.clock().now(), m_session.user(), m_fileName);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int imported = -1;
    try {
        imported =
            ImportCommand::commit(m_stack, m_session, m_notifier, importer, m_run, m_skip->isChecked(), m_fileName);
    } catch (const StorageError& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Niet geïmporteerd"), e.message());
        return -1;
    }
    QApplication::restoreOverrideCursor();
    m_runCurrent = false;
    updateButtons();
    return imported;
}

bool ImportDialog::importEnabled() const {
    return m_importButton->isEnabled();
}

void ImportDialog::updateButtons() {
    const bool writable = !m_session.database().isReadOnly();
    m_dryRunButton->setEnabled(!m_worker && m_table.ok() && !m_bytes.isEmpty());
    const bool usable = m_runCurrent && m_run.fileProblems.isEmpty() && !m_run.cases.isEmpty();
    m_importButton->setEnabled(writable && usable && (m_run.problems.isEmpty() || m_skip->isChecked()));
    if (!m_runCurrent)
        return;
    if (!m_run.fileProblems.isEmpty()) {
        m_summary->setText(m_run.fileProblems.join(u'\n'));
        return;
    }
    QString text = tr("%n regel/regels gelezen: %1 te importeren, %2 met problemen.", nullptr, m_run.rowsRead)
                       .arg(m_run.cases.size())
                       .arg(m_run.problemRows);
    if (!m_run.problems.isEmpty() && !m_skip->isChecked())
        text += u' ' + tr("Los de problemen op of vink aan dat die regels worden overgeslagen.");
    if (!m_run.newThemes.isEmpty())
        text += u' ' + tr("%n nieuwe thema's: %1.", nullptr, int(m_run.newThemes.size()))
                           .arg(Languages::locale().createSeparatedList(m_run.newThemes));
    m_summary->setText(text);
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Register kiezen"), QString(),
                                                      tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"));
    if (!path.isEmpty())
        openCsv(path);
}

void ImportDialog::loadMapping() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Kolomindeling laden"), QString(), tr("Kolomindeling (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto loaded = ImportMapping::load(path, &error);
    if (!loaded) {
        QMessageBox::warning(this, tr("Kolomindeling niet geladen"), error);
        return;
    }
    setMapping(*loaded);
}

void ImportDialog::saveMapping() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Kolomindeling opslaan"), QString(), tr("Kolomindeling (*.json)"));
    QString error;
    if (!path.isEmpty() && !mapping().save(path, &error))
        QMessageBox::warning(this, tr("Kolomindeling niet opgeslagen"), error);
}
