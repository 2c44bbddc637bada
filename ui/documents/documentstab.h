// The "Documenten" tab of the case file: every document of the case (klaagschrift, e-mail, bijlagen,
// verslag, advies, reactie) with its kind, date received, size and who added it; a preview of the
// selected PDF or image beside the list (DocumentPreview); and the actions: add files (the button, or
// files dropped on the case file), open a document in its own program from a private temporary copy,
// save a copy, change its kind, remove it. Every action goes through DocumentService, so the same
// rules hold as on the command line: who may change the case, the size limit, the audit trail.
//
// The list reads no document bytes; only the selected document's preview does, up to PreviewLimit.
// A refusal or failure is shown in the tab's message line; nothing is stored then. After a change the
// tab reloads itself and announces the case as changed (the audit trail and the case list follow).
//
// Object names for tests: documentList, previewImage, previewNote, addDocumentButton,
// openDocumentButton, saveDocumentButton, kindCombo, removeDocumentButton, documentMessage.
#pragma once

#include "casefile/casefilepage.h"
#include "domain/case.h"

#include <QWidget>

#include <functional>

class CaseNotifier;
class MunicipalitySession;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class TextExtractor;

class DocumentsTab : public QWidget, public CaseFilePage {
    Q_OBJECT
public:
    // Documents larger than this are not read for a preview.
    static constexpr qint64 PreviewLimit = 20 * 1024 * 1024;

    // How the tab asks before removing a document and which files to add; tests replace these.
    using Confirm = std::function<bool(const QString& question)>;
    using ChooseFiles = std::function<QStringList()>;
    // Opens a file in its own program (QDesktopServices by default).
    using OpenFile = std::function<bool(const QString& path)>;

    DocumentsTab(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent = nullptr);
    ~DocumentsTab() override;

    void setCase(const Case& c);
    // Adds the files to the case (kind guessed from the name: .eml and .msg are e-mails); says how it
    // went in the message line. Returns how many were added.
    int addFiles(const QStringList& paths);
    void openSelected();
    void removeSelected();
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseFiles(ChooseFiles choose) { m_choose = std::move(choose); }
    void setOpenFile(OpenFile open) { m_open = std::move(open); }

    QTreeWidget* list() const { return m_list; }
    QLabel* previewImage() const { return m_preview; }
    QLabel* previewNote() const { return m_previewNote; }
    // Whether files dropped on the case file can be added now.
    bool acceptsFiles() const { return mayChange(); }
    // Read-only: the documents stay readable (open, save a copy); none can be added, removed or retyped.
    void setReadOnly(bool readOnly) override;

private:
    QWidget* buildPreviewPane();
    void connectActions();
    void saveSelectedCopy();
    void setSelectedKind(int index);
    void reload();
    void showSelected();
    qint64 selectedId() const;
    void setMessage(const QString& text, BannerBar::Tone tone = BannerBar::Tone::Warning);
    bool mayChange() const { return m_mayChange && !m_readOnly; }
    void changed();
    void updateButtons();

    MunicipalitySession& m_session;
    CaseNotifier& m_notifier;
    std::unique_ptr<TextExtractor> m_extractor;
    Case m_case;
    bool m_mayChange = false;
    Confirm m_confirm;
    ChooseFiles m_choose;
    OpenFile m_open;

    QTreeWidget* m_list = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
    QLabel* m_hint = nullptr;
    bool m_readOnly = false;
    QPushButton* m_add = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_save = nullptr;
    QComboBox* m_kind = nullptr;
    QPushButton* m_remove = nullptr;
    qint64 m_previewed = 0;
};
