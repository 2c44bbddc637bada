// The "Tijdlijn" tab: every entry of the case's timeline, newest first, with time, author, kind and
// text; and a quick entry for what just happened on the phone: kind (contact moment, agreement,
// transfer, note), text, Ctrl+Enter. The entry is timestamped by the clock and attributed to the
// user when it is stored (CaseCommands::addEvent, by the case file). A sent letter's entry can be
// reopened (double-click, Enter, or "Verzonden brief inzien"): the tab asks, the case file shows it.
#pragma once

#include "casefilepage.h"
#include "domain/case.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class TimelineTab : public QWidget, public CaseFilePage {
    Q_OBJECT
public:
    explicit TimelineTab(QWidget* parent = nullptr);

    void setCase(const Case& c);
    // Clears the entry after it was stored.
    void clearEntry();
    QPlainTextEdit* textEdit() const { return m_text; }
    // Read-only: no new entries; the timeline and its sent letters stay readable.
    void setReadOnly(bool readOnly) override;

signals:
    void addRequested(EventKind kind, const QString& text);
    void letterRequested(const CaseEvent& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestAdd();
    const CaseEvent* selectedLetter() const;

    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_add = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_openLetter = nullptr;
    QList<CaseEvent> m_events;
};
