#include "backupsettingsdialog.h"

#include "shell/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

BackupSettingsDialog::BackupSettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Reservekopieën instellen"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);

    m_automatic = new QCheckBox(tr("&Automatisch een reservekopie maken bij het openen (hooguit één per dag)"), this);
    m_automatic->setChecked(settings.automaticBackup());
    layout->addWidget(m_automatic);

    auto* form = new QFormLayout;
    m_keep = new QSpinBox(this);
    m_keep->setRange(1, 100);
    m_keep->setValue(settings.backupKeep());
    m_keep->setAccessibleName(tr("Aantal automatische reservekopieën dat bewaard blijft"));
    form->addRow(tr("Aantal kopieën dat bewaard &blijft:"), m_keep);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Waar de reservekopieën komen:"), this));
    m_nextToFile = new QRadioButton(tr("&Naast het gemeentebestand, in de map \u201e<naam>-backups\u201d"), this);
    m_chosenFolder = new QRadioButton(tr("In deze &map:"), this);
    layout->addWidget(m_nextToFile);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_chosenFolder);
    m_folder = new QLineEdit(QDir::toNativeSeparators(settings.backupDirectory()), this);
    m_folder->setAccessibleName(tr("Map voor reservekopieën"));
    folderRow->addWidget(m_folder, 1);
    auto* browse = new QPushButton(tr("B&laderen…"), this);
    folderRow->addWidget(browse);
    layout->addLayout(folderRow);
    (settings.backupDirectory().isEmpty() ? m_nextToFile : m_chosenFolder)->setChecked(true);
    auto* hint = new QLabel(tr("Kies bij een bestand op een netwerkschijf bij voorkeur een map op een andere schijf, "
                               "zodat een kopie ook een defecte schijf overleeft."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    const auto updateEnabled = [this] {
        m_folder->setEnabled(m_chosenFolder->isChecked());
        m_keep->setEnabled(m_automatic->isChecked());
    };
    connect(m_chosenFolder, &QRadioButton::toggled, this, updateEnabled);
    connect(m_automatic, &QCheckBox::toggled, this, updateEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Map voor reservekopieën"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
            m_chosenFolder->setChecked(true);
        }
    });
    updateEnabled();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BackupSettingsDialog::apply() {
    m_settings.setAutomaticBackup(m_automatic->isChecked());
    m_settings.setBackupKeep(m_keep->value());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_settings.setBackupDirectory(m_chosenFolder->isChecked() ? folder : QString());
}
