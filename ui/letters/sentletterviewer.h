// A letter as it was sent, reopened from the case timeline: the stored version exactly as printed,
// read-only, with when, to whom and by whom it was sent, and Voorbeeld, Afdrukken and Opslaan als
// PDF to print it again. Nothing in it can change the letter (the file refuses that too).
#pragma once

#include "letters/letterstore.h"
#include "storage/municipalitysettings.h"

#include <QDialog>

#include <optional>

class LetterOutputBar;
class QTextEdit;

class SentLetterViewer : public QDialog {
    Q_OBJECT
public:
    SentLetterViewer(const SentLetter& letter, const MunicipalitySettings& settings, QWidget* parent = nullptr);

    const SentLetter& letter() const { return m_letter; }
    QTextEdit* view() const { return m_view; }
    LetterOutputBar* outputBar() const { return m_output; }

    // The stored letter a Letter entry of the timeline stands for: the letter of that case recorded
    // at the entry's time (LetterSender writes both in one transaction, with one clock reading).
    static std::optional<SentLetter> letterFor(const CaseEvent& entry, const QList<SentLetter>& letters);

private:
    SentLetter m_letter;
    QTextEdit* m_view = nullptr;
    LetterOutputBar* m_output = nullptr;
};
