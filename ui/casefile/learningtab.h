// The "Leren" tab: the themes of the case, chosen from the municipality's theme list (a new theme
// can be typed and joins the list when stored), so that complaints can be bundled to find
// structural problems; and the improvement measures (verbetermaatregelen) linked to the case, with
// "Nieuwe maatregel…" and opening a measure in its editor (CaseMeasuresPanel).
#pragma once

#include "casefilepage.h"
#include "domain/case.h"

#include <QWidget>

class CaseMeasuresPanel;
class QUndoStack;
class CaseNotifier;
class MunicipalitySession;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

class LearningTab : public QWidget, public CaseFilePage {
    Q_OBJECT
public:
    LearningTab(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent = nullptr);

    void setCase(const Case& c, const QStringList& themeList);
    CaseMeasuresPanel* measures() const { return m_measures; }
    void setReadOnly(bool readOnly) override;

signals:
    void editRequested(const Case& after, const QString& text);

private:
    void toggled(QListWidgetItem* item);
    void addTheme();

    Case m_case;
    bool m_filling = false;
    QListWidget* m_themes = nullptr;
    QLineEdit* m_newTheme = nullptr;
    QPushButton* m_addTheme = nullptr;
    CaseMeasuresPanel* m_measures = nullptr;
};
