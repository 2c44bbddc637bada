// The "Overzicht" tab of the case file: every field of the case, editable in place, and the intake
// flags (IntakeChecks) above them. There is no separate save: a field is stored when the handler
// leaves it (editingFinished, focus out, a choice in a list or a tick), as one undoable edit with a
// descriptive text ("Verhaal wijzigen"); that is calmer on the phone than remembering to save.
// A group below the fields holds the ombudsman stage (whether and when the klager went on to the
// Nationale or the municipal ombudsman, and the outcome there) and the case's place in the archive.
// When the case is refreshed while the handler is still typing in a field, that field keeps what
// was typed. commitPending() stores such a field at once, e.g. before the case file closes.
#pragma once

#include "casefilepage.h"
#include "domain/case.h"
#include "workflow/intakeflags.h"

#include <QList>
#include <QWidget>

#include <functional>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class OverviewTab : public QWidget, public CaseFilePage {
    Q_OBJECT
public:
    explicit OverviewTab(QWidget* parent = nullptr);

    // themeList: the municipality's themes, for the theme menu.
    void setCase(const Case& c, const QStringList& themeList, const QList<IntakeFlag>& flags);
    // The archive line of the ombudsman and archive group: the case's Selectielijst result, nominatie and
    // archive date (Selectielijst::describe), and whether this user may choose another result.
    void setArchive(const QString& description, bool mayOverride);
    void commitPending();
    void setReadOnly(bool readOnly) override;
    // Who handles the case is the klachtencoördinator's to change: otherwise the field is read-only
    // and its tooltip says why.
    void setHandlerEditable(bool editable, const QString& reason);

signals:
    // The case with one field changed; text names the change for the Bewerken menu.
    void editRequested(const Case& after, const QString& text);
    // The beheerder wants to choose another Selectielijst result for the case.
    void archiveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Binding {
        QWidget* editor;
        QString text;
        std::function<void(const Case&)> show;
        std::function<void(Case&)> store;
        std::function<void(bool)> setReadOnly; // how this editor goes read-only; none for a label
    };

    QWidget* buildCaseGroup();
    QWidget* buildKlagerGroup();
    QWidget* buildSubjectGroup();
    QWidget* buildTextsRow();
    QWidget* buildOmbudsmanGroup();
    // Registers an editor; returns its index for commitAt().
    int bind(QWidget* editor, const QString& text, std::function<void(const Case&)> show,
             std::function<void(Case&)> store);
    void commitAt(int index) { commit(m_bindings.at(index)); }
    void applyReadOnly();
    // A line edit for the text member that access(case) returns.
    template <typename Access> QLineEdit* lineEdit(Access access, const QString& accessibleName, const QString& text);
    template <typename E> QComboBox* enumCombo(E Case::*member, const QString& accessibleName, const QString& text);
    QCheckBox* checkBox(bool Case::*member, const QString& caption, const QString& text);
    OptionalDateEdit* optionalDate(QDate Case::*member, const QString& accessibleName, const QString& text);
    QPlainTextEdit* textEdit(QString Case::*member, const QString& accessibleName, const QString& text);
    void commit(const Binding& binding);
    bool isDirty(const Binding& binding) const;
    void showFlags(const QList<IntakeFlag>& flags);
    void showThemes();
    void showFormal();

    Case m_case;
    bool m_loaded = false;
    QStringList m_themeList;
    QList<Binding> m_bindings;
    QList<QWidget*> m_klagerFields;
    QLabel* m_flags = nullptr;
    QLabel* m_formal = nullptr;
    QLabel* m_themes = nullptr;
    QPushButton* m_themesButton = nullptr;
    QLabel* m_archive = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QLineEdit* m_handler = nullptr;
    bool m_readOnly = false;
    bool m_handlerEditable = true;
};
