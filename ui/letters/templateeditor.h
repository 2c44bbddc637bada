// The municipality's own letter templates: pick a letter type, edit its template as HTML source or
// as formatted text, insert placeholders from the catalogue (with what each one means), and see it
// merged on a made-up case (SampleCase) with the same checks a real letter gets. Opslaan stores the
// municipality's own copy in its file; Terug naar standaard drops that copy so that the template
// shipped with the program applies again. Each is one transaction (LetterStore).
//
// Tests drive it by objectName: "templateType", "templateSource", "templateRich", "templateEditTabs",
// "placeholderList", "insertPlaceholder", "templatePreview", "templateIssues", "templateStatus",
// "saveTemplate", "resetTemplate", and replace the confirmation (setConfirm).
#pragma once

#include "letters/lettertype.h"

#include <QDialog>

#include <functional>

class LetterOutputBar;
class MunicipalitySession;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextEdit;
class QTimer;

class TemplateEditor : public QDialog {
    Q_OBJECT
public:
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& question)>;

    TemplateEditor(MunicipalitySession& session, QWidget* parent = nullptr);

    LetterType currentType() const;
    // Switches to the type (asks first when the current one has unsaved changes). False when the
    // handler kept the current one.
    bool chooseType(LetterType type);
    // The template source as edited now (the formatted view's edits included).
    QString source() const;
    void setSource(const QString& source);
    bool isModified() const { return m_modified; }
    bool hasOwnCopy() const { return m_ownCopy; }
    // Inserts the catalogue entry's example ("{{klager.naam}}") at the cursor of the visible editor.
    void insertPlaceholder(const QString& name);
    // Merges the source on the sample case now (normally after a short pause in typing).
    void refreshPreview();
    QStringList issues() const;

    // Opslaan and Terug naar standaard; false when refused or cancelled (the reason is in message()).
    bool save();
    bool resetToShipped();
    QString message() const;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

protected:
    void reject() override;

private:
    void load();
    void syncFromRich();
    void showStatus();
    void showMessage(const QString& text);

    MunicipalitySession& m_session;
    Confirm m_confirm;
    int m_typeIndex = 0;
    bool m_modified = false;
    bool m_ownCopy = false;
    bool m_loading = false;
    bool m_richEdited = false;

    QComboBox* m_type = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QTextEdit* m_rich = nullptr;
    QTextEdit* m_preview = nullptr;
    QListWidget* m_issues = nullptr;
    QLabel* m_message = nullptr;
    LetterOutputBar* m_output = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
    QTimer* m_previewTimer = nullptr;
};
