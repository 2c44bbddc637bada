// The case file (zaakdossier): one case on one screen. A header says which case it is and the next
// deadline the municipality owes; an action bar offers exactly the workflow actions the case allows
// now; five tabs hold the fields (Overzicht), the timeline (Tijdlijn), every deadline with its basis
// and counting (Termijnen), the themes and improvement measures (Leren) and the documents of the
// case (Documenten: documents/documentstab.h). Files dropped anywhere on the case file are added to it.
//
// Every change goes through CaseCommands on the given undo stack and so is stored at once, in one
// transaction, and undoable. The widget never trusts its own copy after a change: it reloads the
// case from the file whenever the notifier announces it (caseChanged), the day changes (dayChanged)
// or the settings change (the policy terms). A workflow refusal or a storage error (someone else
// changed the case) is shown in the message bar above the tabs (shell/bannerbar.h); nothing is stored
// then. The tabs are CaseFilePages: the case file tells them to be read-only and they report through
// the same bar. When the case
// is removed (its registration undone) the widget says so and offers nothing; when that undo is
// redone, it follows the case to its new id. A case the user's role may not change
// (users/permissions.h) is shown read-only with the reason; a workflow step the role may not take is
// a disabled button whose tooltip says why.
//
// "Brief…" (Ctrl+L) opens the letter dialog (letters/letterdialog.h); a sent letter in the timeline
// reopens read-only (letters/sentletterviewer.h). Verdagen and Afdoen are legal acts in writing: their
// buttons open the letter dialog with the verdagingsbrief or afdoeningsbrief, and sending it applies
// the step; "Brief van elders vastleggen…" records a letter written outside the program as sent
// (letters/recordletterdialog.h). Heropenen after an afdoening registers a new, linked complaint.
#pragma once

#include "casefilepage.h"
#include "domain/case.h"
#include "letters/lettertype.h"
#include "workflow/workflow.h"

#include <optional>

#include <QWidget>

#include <functional>

class ActionBar;
class ArchiveDialog;
class CaseHeader;
class CaseNotifier;
class DeadlinesTab;
class DocumentsTab;
class LearningTab;
class MunicipalitySession;
class OverviewTab;
class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;
class TimelineTab;
class TransitionDialog;

class CaseFileWidget : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Overview, Timeline, Deadlines, Learning, Documents };

    // Runs a transition dialog and says whether it was accepted. The default runs exec(); tests
    // fill the dialog's fields and call accept() instead.
    using DialogRunner = std::function<bool(TransitionDialog&)>;
    // Runs the letter dialog or the viewer of a sent letter. The default runs exec(); tests drive
    // the dialog instead.
    using LetterRunner = std::function<void(QDialog&)>;

    CaseFileWidget(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, qint64 caseId,
                   QWidget* parent = nullptr);
    ~CaseFileWidget() override;

    qint64 caseId() const { return m_caseId; }
    // The case as last loaded from the file.
    const Case& currentCase() const { return m_case; }
    // False once the case no longer exists in the file.
    bool exists() const { return m_exists; }
    // "KL-2025-0001 · Mevrouw A. Jansen", for the tab that holds the case file.
    QString title() const;
    // The text of the message bar, empty when it is hidden.
    QString message() const;

    void showTab(Tab tab);
    DocumentsTab* documentsTab() const { return m_documents; }
    // Starts a workflow action as its button does: the dialog, then CaseCommands::transition.
    void startAction(WorkflowAction action);
    // Stores the field the handler is still typing in (call before closing the case file).
    void commitPendingEdits();
    void setDialogRunner(DialogRunner runner);
    void setLetterRunner(LetterRunner runner);
    // Runs the archive dialog (the beheerder's choice of another Selectielijst result); exec() by default.
    using ArchiveRunner = std::function<bool(ArchiveDialog&)>;
    void setArchiveRunner(ArchiveRunner runner) { m_runArchive = std::move(runner); }
    // "Bewaartermijn kiezen…" in the Overzicht tab: ArchiveDialog, then CaseArchive.
    void chooseArchive();
    // Brief… (Ctrl+L): the letter dialog for the case, with type chosen when given (Verdagen: the
    // verdagingsbrief, Afdoen: the afdoeningsbrief).
    void writeLetter(std::optional<LetterType> type = std::nullopt);
    // Brief van elders vastleggen…: a letter written outside the program, recorded as sent (final).
    void recordLetterSentElsewhere(std::optional<LetterType> type = std::nullopt);
    // Reopens, read-only, the sent letter a timeline entry stands for.
    void openSentLetter(const CaseEvent& entry);

public slots:
    void reload();

signals:
    void titleChanged(const QString& title);

protected:
    void hideEvent(QHideEvent* event) override;
    // Files dropped on the case file become its documents (DocumentsTab::addFiles).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void edit(const Case& after, const QString& text);
    void addTimelineEntry(EventKind kind, const QString& text);
    // After a save refused with a conflict: the conflict dialog (ui/safety/conflictresolver.h).
    void resolveConflict(const Case& before, const Case& mine, const QString& text);

public:
    // The message bar above the tabs; an empty text clears it.
    void showMessage(const QString& text, BannerBar::Tone tone = BannerBar::Tone::Warning);
    void clearMessage();

private:
    void showMissing();
    QList<CaseFilePage*> pages() const;

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    QUndoStack& m_stack;
    qint64 m_caseId;
    Case m_case;
    bool m_exists = false;
    bool m_refusalShown = false; // the role's reason why this case is read-only was shown
    DialogRunner m_runDialog;
    LetterRunner m_runLetter;
    ArchiveRunner m_runArchive;

    CaseHeader* m_header = nullptr;
    ActionBar* m_actions = nullptr;
    QPushButton* m_letter = nullptr;
    QPushButton* m_recordLetter = nullptr;
    BannerBar* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewTab* m_overview = nullptr;
    TimelineTab* m_timeline = nullptr;
    DeadlinesTab* m_deadlines = nullptr;
    LearningTab* m_learning = nullptr;
    DocumentsTab* m_documents = nullptr;
};
