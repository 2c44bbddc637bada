// The "Leren" tab: the themes of the case, chosen from the municipality's theme list (a new theme
// can be typed and joins the list when stored), so that complaints can be bundled to find
// structural problems; and the improvement measures (verbetermaatregelen) of the case. Measures
// cannot be recorded yet: the tab says so plainly instead of showing anything made up.
#pragma once

#include "domain/case.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

class LearningTab : public QWidget {
    Q_OBJECT
public:
    explicit LearningTab(QWidget* parent = nullptr);

    void setCase(const Case& c, const QStringList& themeList);

signals:
    void editRequested(const Case& after, const QString& text);

private:
    void toggled(QListWidgetItem* item);
    void addTheme();

    Case m_case;
    bool m_filling = false;
    QListWidget* m_themes = nullptr;
    QLineEdit* m_newTheme = nullptr;
};
