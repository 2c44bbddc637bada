#include "casefilewidget.h"

#include "actionbar.h"
#include "archivedialog.h"
#include "caseheader.h"
#include "deadlinestab.h"
#include "learningtab.h"
#include "overviewtab.h"
#include "timelinetab.h"
#include "transitiondialog.h"

#include "casenotifier.h"
#include "commands/casecommandcontext.h"
#include "commands/casecommands.h"
#include "documents/documentstab.h"
#include "letters/letterdialog.h"
#include "letters/recordletterdialog.h"
#include "letters/sentletterviewer.h"
#include "privacy/casearchive.h"
#include "safety/conflictresolver.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"
#include "workflow/intakeflags.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString messageKey() {
    return QStringLiteral("message");
}
} // namespace

CaseFileWidget::CaseFileWidget(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, qint64 caseId,
                               QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack)
    , m_caseId(caseId)
    , m_runDialog([](TransitionDialog& dialog) { return dialog.exec() == QDialog::Accepted; })
    , m_runLetter([](QDialog& dialog) { dialog.exec(); })
    , m_runArchive([](ArchiveDialog& dialog) { return dialog.exec() == QDialog::Accepted; }) {
    setObjectName(QStringLiteral("caseFile"));
    setAccessibleName(tr("Zaakdossier"));

    m_header = new CaseHeader(this);
    m_actions = new ActionBar(this);
    connect(m_actions, &ActionBar::triggered, this, &CaseFileWidget::startAction);
    // Not a workflow step, so beside the action bar; its mnemonic is reserved there (ActionBar).
    m_letter = new QPushButton(tr("Brie&f…"), this);
    m_letter->setObjectName(QStringLiteral("writeLetter"));
    m_letter->setAccessibleName(tr("Brief schrijven"));
    m_letter->setToolTip(tr("Een brief voor deze zaak schrijven (Ctrl+L)"));
    m_letter->setAutoDefault(false);
    connect(m_letter, &QPushButton::clicked, this, [this] { writeLetter(); });
    // A letter written in the municipality's own document system, recorded as sent: the same legal act.
    m_recordLetter = new QPushButton(tr("Br&ief van elders vastleggen…"), this);
    m_recordLetter->setObjectName(QStringLiteral("recordLetter"));
    m_recordLetter->setAccessibleName(tr("Brief van elders vastleggen"));
    m_recordLetter->setToolTip(tr("Een brief die buiten het programma is geschreven en verstuurd, vastleggen als "
                                  "verstuurd"));
    m_recordLetter->setAutoDefault(false);
    connect(m_recordLetter, &QPushButton::clicked, this, [this] { recordLetterSentElsewhere(); });
    auto* letterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    letterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(letterShortcut, &QShortcut::activated, this, [this] { writeLetter(); });

    m_banner = new BannerBar(this);
    m_banner->setObjectName(QStringLiteral("caseFileBanner"));
    m_banner->setVisible(false);

    // Created in tab order: the tab bar right after the actions, then the pages' fields.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setAccessibleName(tr("Onderdelen van het dossier"));
    m_overview = new OverviewTab(m_tabs);
    m_timeline = new TimelineTab(m_tabs);
    m_deadlines = new DeadlinesTab(m_tabs);
    m_learning = new LearningTab(m_session, m_notifier, m_stack, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overzicht"));
    m_tabs->addTab(m_timeline, tr("&Tijdlijn"));
    m_tabs->addTab(m_deadlines, tr("Ter&mijnen"));
    m_tabs->addTab(m_learning, tr("&Leren"));
    m_documents = new DocumentsTab(m_session, m_notifier, m_tabs);
    m_tabs->addTab(m_documents, tr("Do&cumenten"));
    setAcceptDrops(true);
    for (CaseFilePage* page : pages())
        page->setMessenger([this](const QString& text, BannerBar::Tone tone) { showMessage(text, tone); });
    connect(m_overview, &OverviewTab::editRequested, this, &CaseFileWidget::edit);
    connect(m_learning, &LearningTab::editRequested, this, &CaseFileWidget::edit);
    connect(m_overview, &OverviewTab::archiveRequested, this, &CaseFileWidget::chooseArchive);
    connect(m_timeline, &TimelineTab::addRequested, this, &CaseFileWidget::addTimelineEntry);
    connect(m_timeline, &TimelineTab::letterRequested, this, &CaseFileWidget::openSentLetter);
    // Alt+T and a click go straight to typing the entry; arrow keys on the tab bar keep the focus.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Tab::Timeline) && !m_tabs->tabBar()->hasFocus())
            m_timeline->textEdit()->setFocus();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_actions, 1);
    auto* letterButtons = new QVBoxLayout;
    letterButtons->addWidget(m_letter);
    letterButtons->addWidget(m_recordLetter);
    letterButtons->addStretch(1);
    actionRow->addLayout(letterButtons);
    layout->addLayout(actionRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(&m_notifier, &CaseNotifier::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    connect(&m_notifier, &CaseNotifier::caseAdded, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    connect(&m_notifier, &CaseNotifier::caseRemoved, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    connect(&m_notifier, &CaseNotifier::casesReset, this, &CaseFileWidget::reload);
    connect(&m_notifier, &CaseNotifier::dayChanged, this, &CaseFileWidget::reload);
    connect(&m_notifier, &CaseNotifier::settingsChanged, this, &CaseFileWidget::reload);
    connect(&CaseCommandContext::of(m_stack), &CaseCommandContext::caseRenumbered, this,
            [this](qint64 from, qint64 to) {
                if (from == m_caseId)
                    m_caseId = to;
            });

    reload();
}

CaseFileWidget::~CaseFileWidget() = default;

QString CaseFileWidget::title() const {
    return m_exists ? CaseHeader::title(m_case) : tr("Verwijderde zaak");
}

QString CaseFileWidget::message() const {
    return m_banner->text(messageKey());
}

QList<CaseFilePage*> CaseFileWidget::pages() const {
    return {m_overview, m_timeline, m_deadlines, m_learning, m_documents};
}

void CaseFileWidget::setDialogRunner(DialogRunner runner) {
    m_runDialog = std::move(runner);
}

void CaseFileWidget::setLetterRunner(LetterRunner runner) {
    m_runLetter = std::move(runner);
}

void CaseFileWidget::writeLetter(std::optional<LetterType> type) {
    if (!m_exists || !m_letter->isEnabled())
        return;
    clearMessage();
    LetterDialog dialog(m_session, m_notifier, m_case, this);
    if (type)
        dialog.chooseType(*type);
    m_runLetter(dialog);
}

void CaseFileWidget::recordLetterSentElsewhere(std::optional<LetterType> type) {
    if (!m_exists || !m_recordLetter->isEnabled())
        return;
    clearMessage();
    RecordLetterDialog dialog(m_session, m_case, this);
    if (type)
        dialog.chooseType(*type);
    m_runLetter(dialog);
    if (dialog.result() == QDialog::Accepted)
        emit m_notifier.caseChanged(m_caseId);
}

void CaseFileWidget::openSentLetter(const CaseEvent& entry) {
    try {
        LetterStore store(m_session.database(), m_session.clock(), m_session.user());
        const std::optional<SentLetter> letter = SentLetterViewer::letterFor(entry, store.lettersOf(m_caseId));
        if (!letter) {
            showMessage(tr("Van deze tijdlijnregel is geen verzonden brief bewaard."));
            return;
        }
        SentLetterViewer viewer(*letter, m_session.settings(), this);
        m_runLetter(viewer);
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
}

void CaseFileWidget::chooseArchive() {
    try {
        CaseArchive archive(m_session);
        const ArchiveStatus status = archive.status(m_case);
        ArchiveDialog dialog(status.derived, status.override, this);
        if (!m_runArchive(dialog))
            return;
        if (const std::optional<ArchiveResult> result = dialog.chosen())
            archive.setOverride(m_case, *result, dialog.reason());
        else if (status.override)
            archive.clearOverride(m_case, dialog.reason());
        emit m_notifier.caseChanged(m_caseId);
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
}

void CaseFileWidget::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void CaseFileWidget::reload() {
    const QString before = title();
    try {
        m_case = m_session.cases().load(m_caseId);
        m_exists = true;
    } catch (const StorageError& e) {
        if (e.kind() != StorageError::Kind::NotFound) {
            // The file cannot be read now (locked, gone): keep showing what was loaded last.
            showMessage(e.message());
            return;
        }
        m_exists = false;
    }
    if (!m_exists) {
        showMissing();
    } else {
        const QDate today = m_session.today();
        const DeadlineEngine& engine = m_session.engine();
        const QStringList themes = m_session.cases().themes();
        m_header->setCase(m_case, engine, today);
        const Permission edit = m_session.permissions().check(Action::EditCase, &m_case);
        const bool readOnly = m_session.database().isReadOnly() || !edit;
        // Roles: a case the user may not change shows no workflow buttons; a step reserved for the
        // klachtencoördinator (the formal sign-off) shows disabled, saying why.
        m_actions->setActions(readOnly ? QList<WorkflowAction>{} : m_session.workflow().availableActions(m_case));
        m_letter->setEnabled(!readOnly && !LetterTypes::availableFor(m_case, engine, today).isEmpty());
        m_recordLetter->setEnabled(m_letter->isEnabled());
        QHash<WorkflowAction, QString> refused;
        for (WorkflowAction action : m_actions->actions()) {
            if (const Permission p = m_session.permissions().checkTransition(action, m_case); !p)
                refused.insert(action, p.reason);
        }
        m_actions->setRefused(refused);
        m_overview->setCase(m_case, themes, IntakeChecks::flagsFor(m_case, engine, today));
        m_timeline->setCase(m_case);
        m_deadlines->setDeadlines(engine.deadlinesFor(m_case, today), today);
        m_learning->setCase(m_case, themes);
        m_documents->setCase(m_case); // its own permission check: documents stay readable when the case is not
        m_tabs->setEnabled(true);
        // Documents stay readable when the case is not: the tab checks its own permission as well.
        for (CaseFilePage* page : pages())
            page->setReadOnly(readOnly);
        // Not an edit of the case: a beheerder chooses the archive result even where he may not edit.
        try {
            CaseArchive archive(m_session);
            m_overview->setArchive(Selectielijst::describe(archive.status(m_case)), bool(archive.mayOverride()));
        } catch (const StorageError& e) {
            m_overview->setArchive(e.message(), false);
        }
        // Who handles the case is the klachtencoördinator's to change (a reassignment).
        const Permission reassign = m_session.permissions().check(Action::ReassignCase, &m_case);
        m_overview->setHandlerEditable(bool(reassign), reassign ? QString() : reassign.reason);
        m_header->setToolTip(m_session.database().isReadOnly() || edit ? QString() : edit.reason);
        if (!m_session.database().isReadOnly() && !edit && !m_refusalShown) {
            m_refusalShown = true; // once: closing the bar means the user has read it
            showMessage(edit.reason, BannerBar::Tone::Information);
        }
    }
    if (title() != before)
        emit titleChanged(title());
}

void CaseFileWidget::showMissing() {
    m_header->setMissing(tr("Deze zaak bestaat niet (meer) in het bestand. Als u de registratie ongedaan hebt "
                            "gemaakt, brengt Opnieuw uitvoeren haar terug."));
    m_actions->setActions({});
    m_letter->setEnabled(false);
    m_recordLetter->setEnabled(false);
    m_tabs->setEnabled(false);
}

void CaseFileWidget::startAction(WorkflowAction action) {
    if (!m_exists)
        return;
    clearMessage();
    // A shortcut reaches a disabled button's action too: say why instead of opening the dialog.
    if (const Permission p = m_session.permissions().checkTransition(action, m_case); !p) {
        showMessage(tr("%1 kan niet: %2").arg(Workflow::label(action), p.reason));
        return;
    }
    // Verdagen and Afdoen are legal acts in writing: they take effect with their letter (9:11 lid 2, 9:12).
    if (Workflow::needsLetter(action)) {
        const TransitionResult check = m_session.workflow().check(
            m_case,
            [&] {
                TransitionRequest r = TransitionRequest::of(action, m_session.today());
                r.letter = LetterOrigin::Program;
                return r;
            }(),
            m_session.today());
        if (!check) {
            showMessage(tr("%1 kan niet: %2").arg(Workflow::label(action), check.reason));
            return;
        }
        writeLetter(action == WorkflowAction::Adjourn ? LetterType::Adjournment : LetterType::Closing);
        return;
    }
    TransitionDialog dialog(m_session, m_case, action, this);
    if (!m_runDialog(dialog))
        return;
    Case work = m_case;
    try {
        Case successor;
        const TransitionRequest request = dialog.request();
        const TransitionResult result =
            action == WorkflowAction::Reopen
                ? CaseCommands::reopen(m_stack, m_session, m_notifier, work, request.date, request.note, &successor)
                : CaseCommands::transition(m_stack, m_session, m_notifier, work, request);
        if (!result)
            showMessage(tr("%1 kan niet: %2").arg(Workflow::label(action), result.reason));
        else if (successor.id != 0)
            showMessage(tr("Heropend als nieuwe klacht %1, gekoppeld aan deze zaak. U vindt haar in de lijst Zaken.")
                            .arg(successor.reference));
    } catch (const StorageError& e) {
        showMessage(e.message());
        reload();
    }
}

void CaseFileWidget::edit(const Case& after, const QString& text) {
    if (!m_exists)
        return;
    Case work = after;
    try {
        CaseCommands::edit(m_stack, m_session, m_notifier, m_case, work, text);
        clearMessage();
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Conflict) {
            // Someone else changed the case since it was loaded: both versions side by side. Queued,
            // because edits are also committed from hideEvent, no place for a modal dialog.
            QTimer::singleShot(0, this, [this, before = m_case, work, text] { resolveConflict(before, work, text); });
            return;
        }
        showMessage(e.message());
        // Another user kept the file busy past the timeout: the edit stays in its field, to try again.
        if (e.kind() != StorageError::Kind::Locked)
            reload();
    }
}

void CaseFileWidget::resolveConflict(const Case& before, const Case& mine, const QString& text) {
    try {
        if (!ConflictResolver::resolve(this, m_session, m_stack, m_notifier, before, mine, text))
            showMessage(tr("Uw wijziging is vervallen; hieronder staat de versie in het bestand."));
        else
            clearMessage();
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
    reload();
}

void CaseFileWidget::addTimelineEntry(EventKind kind, const QString& text) {
    if (!m_exists)
        return;
    CaseEvent event;
    event.kind = kind;
    event.text = text;
    try {
        CaseCommands::addEvent(m_stack, m_session, m_notifier, m_caseId, event);
        m_timeline->clearEntry();
        clearMessage();
    } catch (const StorageError& e) {
        showMessage(e.message());
    }
}

void CaseFileWidget::commitPendingEdits() {
    if (m_exists)
        m_overview->commitPending();
}

void CaseFileWidget::hideEvent(QHideEvent* event) {
    commitPendingEdits();
    QWidget::hideEvent(event);
}

namespace {

// The local files in a drag (Outlook hands a dragged message over as a .msg file), or none.
QStringList localFiles(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void CaseFileWidget::dragEnterEvent(QDragEnterEvent* event) {
    if (m_exists && !localFiles(event->mimeData()).isEmpty() && m_documents->acceptsFiles())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CaseFileWidget::dropEvent(QDropEvent* event) {
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty() || !m_exists) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showTab(Tab::Documents);
    m_documents->addFiles(paths);
}

void CaseFileWidget::showMessage(const QString& text, BannerBar::Tone tone) {
    if (text.isEmpty())
        m_banner->hide(messageKey());
    else
        m_banner->show(messageKey(), tone, text);
}

void CaseFileWidget::clearMessage() {
    m_banner->hide(messageKey());
}
