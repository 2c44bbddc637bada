// The Controle panel of the letter dialog: one line saying whether the letter may be sent, and the
// list behind it, while the handler types: in red what keeps it from being sent (a required element
// missing, an unknown placeholder), in amber what he should look at (a field left empty); the colours
// follow a change of the desktop's palette.
#pragma once

#include <QWidget>

class LetterDraft;
class QLabel;
class QListWidget;

class LetterCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit LetterCheckPanel(QWidget* parent = nullptr);

    void showDraft(const LetterDraft& draft);
    // Only a sentence, no list: the letter was sent, or no letter fits the case.
    void showStatement(const QString& text);
    QString statusText() const;

private:
    // The issues in the colours of the application palette (again after a palette change).
    void colourIssues();
    QLabel* m_status = nullptr;
    QListWidget* m_issues = nullptr;
};
