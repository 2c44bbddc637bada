#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString kindOf(const BackupEntry& e) {
    if (e.automatic)
        return RestoreDialog::tr("automatisch");
    if (QFileInfo(e.path).fileName().contains(QStringLiteral("-voor-terugzetten-")))
        return RestoreDialog::tr("vóór het terugzetten");
    if (QFileInfo(e.path).fileName().contains(QStringLiteral(".voor-migratie-")))
        return RestoreDialog::tr("vóór het bijwerken");
    return RestoreDialog::tr("met de hand");
}

} // namespace

RestoreDialog::RestoreDialog(const QString& databasePath, const QString& backupDirectory, QWidget* parent)
    : QDialog(parent)
    , m_directory(backupDirectory) {
    setWindowTitle(tr("Reservekopie terugzetten"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Kies de reservekopie die u wilt terugzetten als <b>%1</b>. Het bestand wordt daarvoor "
                                "gesloten en het huidige bestand wordt eerst opzij gezet, zodat er niets verloren "
                                "gaat.")
                                 .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* listLabel = new QLabel(tr("&Reservekopieën in %1:").arg(QDir::toNativeSeparators(backupDirectory)), this);
    listLabel->setWordWrap(true);
    layout->addWidget(listLabel);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Reservekopieën"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Gemaakt op"), tr("Soort"), tr("Grootte"), tr("Bestand")});
    listLabel->setBuddy(m_list);
    const QLocale locale;
    // The migration backups sit next to the file, the others in the backup folder.
    QList<BackupEntry> entries = BackupService::list(databasePath, backupDirectory);
    if (QDir(backupDirectory) != QFileInfo(databasePath).absoluteDir()) {
        for (const BackupEntry& e : BackupService::list(databasePath, QFileInfo(databasePath).absolutePath())) {
            if (QFileInfo(e.path).fileName().contains(QStringLiteral(".voor-migratie-")))
                entries << e;
        }
    }
    for (const BackupEntry& e : std::as_const(entries)) {
        auto* item =
            new QTreeWidgetItem(m_list, {locale.toString(e.made, QStringLiteral("ddd d MMM yyyy HH:mm")), kindOf(e),
                                         locale.formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat),
                                         QFileInfo(e.path).fileName()});
        item->setData(0, Qt::UserRole, e.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(3, QDir::toNativeSeparators(e.path));
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("Er zijn nog geen reservekopieën van dit bestand in deze map. Kies zo nodig een ander "
                            "bestand."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(entries.isEmpty());
    layout->addWidget(m_empty);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* other = buttons->addButton(tr("&Ander bestand kiezen…"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Terugzetten…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_restore->setEnabled(false);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_other.clear();
        m_restore->setEnabled(item != nullptr);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { accept(); });
    layout->addWidget(buttons);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(720, 380);
}

QString RestoreDialog::chosenPath() const {
    if (!m_other.isEmpty())
        return m_other;
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RestoreDialog::choose(const QString& path) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == path) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
    m_list->setCurrentItem(nullptr);
    m_other = path;
    m_restore->setEnabled(!path.isEmpty());
}

void RestoreDialog::chooseOtherFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Reservekopie kiezen"), m_directory,
                                                      tr("Aan Tafel-bestanden (*.aantafel);;Alle bestanden (*)"));
    if (path.isEmpty())
        return;
    choose(path);
    accept();
}
