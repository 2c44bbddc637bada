#include "documentstab.h"

#include "documentpreview.h"
#include "shell/recordtable.h"

#include "casenotifier.h"
#include "documents/documentservice.h"
#include "readers/documenttextreader.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Column { Name, Kind, Received, Size, AddedBy, ColumnCount };

} // namespace

DocumentsTab::DocumentsTab(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_extractor(std::make_unique<DocumentTextReader>()) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Document verwijderen"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_choose = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Documenten toevoegen"), QDir::homePath(),
                                             tr("Alle bestanden (*)"));
    };
    m_open = [](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };

    m_add = new QPushButton(tr("Document &toevoegen…"), this);
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_openButton = new QPushButton(tr("&Openen"), this);
    m_openButton->setObjectName(QStringLiteral("openDocumentButton"));
    m_openButton->setToolTip(tr("Opent een tijdelijke kopie in het programma dat bij dit soort bestand hoort."));
    m_save = new QPushButton(tr("Kopie op&slaan…"), this);
    m_save->setObjectName(QStringLiteral("saveDocumentButton"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Soort document"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (DocumentKind kind : EnumText::all<DocumentKind>())
        m_kind->addItem(EnumText::label(kind), QVariant::fromValue(int(kind)));
    auto* kindLabel = new QLabel(tr("S&oort:"), this);
    kindLabel->setBuddy(m_kind);
    m_remove = new QPushButton(tr("&Verwijderen"), this);
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));
    for (QPushButton* b : {m_add, m_openButton, m_save, m_remove})
        b->setAutoDefault(false);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setAccessibleName(tr("Documenten in het dossier"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Naam"), tr("Soort"), tr("Ontvangen"), tr("Grootte"), tr("Toegevoegd door")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column : {Kind, Received, Size, AddedBy})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    QWidget* previewPane = buildPreviewPane();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The preview gets room to be read: at least a third of a narrow screen, half of the tab at first.
    previewPane->setMinimumWidth(380);
    splitter->setSizes({600, 600});

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_openButton);
    actions->addWidget(m_save);
    actions->addSpacing(12);
    actions->addWidget(kindLabel);
    actions->addWidget(m_kind);
    actions->addStretch(1);
    actions->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_hint);

    connectActions();
}

DocumentsTab::~DocumentsTab() = default;

QWidget* DocumentsTab::buildPreviewPane() {
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewImage"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setAccessibleName(tr("Voorbeeld van het document"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Mid);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(scroll, 1);
    previewLayout->addWidget(m_previewNote);
    return previewPane;
}

void DocumentsTab::connectActions() {
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_choose();
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_openButton, &QPushButton::clicked, this, &DocumentsTab::openSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_save, &QPushButton::clicked, this, &DocumentsTab::saveSelectedCopy);
    connect(m_kind, &QComboBox::activated, this, &DocumentsTab::setSelectedKind);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsTab::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        updateButtons();
    });
}

void DocumentsTab::saveSelectedCopy() {
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString name = m_list->currentItem()->text(Name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Kopie opslaan"),
                                                      QDir::home().filePath(DocumentService::safeFileName(name)));
    if (path.isEmpty())
        return;
    const QString problem = DocumentService(m_session).saveCopy(id, path);
    if (problem.isEmpty())
        setMessage(tr("Kopie opgeslagen als %1.").arg(QDir::toNativeSeparators(path)), BannerBar::Tone::Information);
    else
        setMessage(problem);
}

void DocumentsTab::setSelectedKind(int index) {
    const qint64 id = selectedId();
    if (!id)
        return;
    try {
        DocumentService(m_session).setKind(id, DocumentKind(m_kind->itemData(index).toInt()));
        changed();
    } catch (const StorageError& e) {
        setMessage(e.message());
        reload();
    }
}

void DocumentsTab::setCase(const Case& c) {
    const bool other = c.id != m_case.id;
    m_case = c;
    m_mayChange = c.id > 0 && bool(DocumentService(m_session).mayChange(c));
    if (other)
        setMessage({});
    reload();
}

void DocumentsTab::reload() {
    const qint64 keep = selectedId();
    QList<DocumentInfo> documents;
    try {
        if (m_case.id > 0)
            documents = DocumentService(m_session).list(m_case.id);
    } catch (const StorageError& e) {
        setMessage(e.message());
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    QTreeWidgetItem* current = nullptr;
    const QLocale locale;
    for (const DocumentInfo& d : std::as_const(documents)) {
        // An e-mail's attachments under the message; an attachment whose message was removed stands alone.
        QTreeWidgetItem* parent = items.value(d.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_list);
        item->setText(Name, d.name);
        item->setText(Kind, EnumText::label(d.kind));
        item->setText(Received, RecordTable::date(d.received));
        item->setText(Size, locale.formattedDataSize(d.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(AddedBy, d.addedBy);
        item->setToolTip(Name, tr("%1\nToegevoegd op %2 door %3\nSHA-256: %4")
                                   .arg(d.name, locale.toString(d.addedAt.toLocalTime(), QLocale::ShortFormat),
                                        d.addedBy, d.sha256));
        item->setData(Name, Qt::UserRole, d.id);
        item->setData(Name, Qt::UserRole + 1, d.mediaType);
        item->setData(Name, Qt::UserRole + 2, int(d.kind));
        item->setData(Name, Qt::UserRole + 3, d.size);
        items.insert(d.id, item);
        if (d.id == keep)
            current = item;
    }
    m_list->expandAll();
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    const QString limit = QLocale().toString(m_session.settings().documentLimitMegabytes);
    if (documents.isEmpty()) {
        m_hint->setText(m_mayChange
                            ? tr("Nog geen documenten. Sleep bestanden (ook e-mails uit Outlook) op het dossier "
                                 "of kies Document toevoegen; een document mag hoogstens %1 MB zijn.")
                                  .arg(limit)
                            : tr("Geen documenten."));
    } else {
        m_hint->setText(m_mayChange ? tr("%n document/documenten. Sleep bestanden op het dossier om ze toe te voegen "
                                         "(hoogstens %1 MB per document).",
                                         nullptr, int(documents.size()))
                                          .arg(limit)
                                    : tr("%n document/documenten.", nullptr, int(documents.size())));
    }
    showSelected();
    updateButtons();
}

qint64 DocumentsTab::selectedId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(Name, Qt::UserRole).toLongLong() : 0;
}

void DocumentsTab::updateButtons() {
    const QTreeWidgetItem* item = m_list->currentItem();
    m_add->setEnabled(mayChange());
    m_openButton->setEnabled(item);
    m_save->setEnabled(item);
    m_kind->setEnabled(item && mayChange());
    m_remove->setEnabled(item && mayChange());
    if (item) {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(item->data(Name, Qt::UserRole + 2)));
    }
}

void DocumentsTab::showSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    const qint64 id = selectedId();
    if (id == m_previewed && id != 0)
        return;
    m_previewed = id;
    m_preview->clear();
    m_previewNote->clear();
    if (!item)
        return;
    const QString mediaType = item->data(Name, Qt::UserRole + 1).toString();
    if (!DocumentPreview::canPreview(mediaType)) {
        m_previewNote->setText(tr("Geen voorbeeld voor dit soort bestand; kies Openen om het in het eigen programma te "
                                  "bekijken."));
        return;
    }
    if (item->data(Name, Qt::UserRole + 3).toLongLong() > PreviewLimit) {
        m_previewNote->setText(
            tr("Te groot voor een voorbeeld; kies Openen om het in het eigen programma te bekijken."));
        return;
    }
    QString error;
    const QByteArray bytes = DocumentService(m_session).contents(id, PreviewLimit, &error);
    if (!error.isEmpty()) {
        m_previewNote->setText(error);
        return;
    }
    const int width = std::max(200, m_preview->parentWidget() ? m_preview->parentWidget()->width() - 24 : 400);
    const DocumentPreview::Result r = DocumentPreview::render(bytes, mediaType, width);
    if (!r.image.isNull())
        m_preview->setPixmap(QPixmap::fromImage(r.image));
    m_previewNote->setText(r.note);
}

void DocumentsTab::openSelected() {
    const qint64 id = selectedId();
    if (!id)
        return;
    QString error;
    const QString path = DocumentService(m_session).temporaryCopy(id, &error);
    if (path.isEmpty()) {
        setMessage(error);
        return;
    }
    if (!m_open(path))
        setMessage(tr("Er is geen programma gevonden dat %1 opent. Sla een kopie op en open die zelf.")
                       .arg(QFileInfo(path).fileName()));
    else
        setMessage({});
}

void DocumentsTab::removeSelected() {
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString name = m_list->currentItem()->text(Name);
    if (!m_confirm(tr("%1 uit het dossier verwijderen? Het document verdwijnt uit het gemeentebestand; de "
                      "audittrail houdt vast dat het er was.")
                       .arg(name)))
        return;
    try {
        DocumentService(m_session).remove(id);
        setMessage(tr("%1 is verwijderd.").arg(name), BannerBar::Tone::Information);
        changed();
    } catch (const StorageError& e) {
        setMessage(e.message());
    }
}

int DocumentsTab::addFiles(const QStringList& paths) {
    if (m_case.id <= 0)
        return 0;
    DocumentService service(m_session, m_extractor.get());
    int added = 0;
    QStringList problems;
    for (const QString& path : paths) {
        try {
            service.addFile(m_case.id, path, DocumentService::guessKind(path));
            ++added;
        } catch (const StorageError& e) {
            problems << e.message();
        }
    }
    if (problems.isEmpty())
        setMessage(tr("%n document/documenten toegevoegd.", nullptr, added), BannerBar::Tone::Information);
    else
        setMessage(problems.join(u'\n'));
    if (added > 0)
        changed();
    return added;
}

void DocumentsTab::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void DocumentsTab::setMessage(const QString& text, BannerBar::Tone tone) {
    showMessage(text, tone);
}

void DocumentsTab::changed() {
    m_previewed = 0;
    reload();
    emit m_notifier.caseChanged(m_case.id);
}
