// A letter while the handler writes it: the letter core composed for the case, and the text as the
// handler edited it. Every edit is checked again as core checks a composed letter: placeholders
// typed or left in the text are merged with the case's values (an unknown one is flagged and stays
// visible as {{name}}), and the required elements of the letter type are looked for in the edited
// text, so that deleting the ombudsman paragraph blocks finalising just as a bad template does.
// The draft stores nothing; LetterDialog sends letterToSend() through LetterSender.
#pragma once

#include "letters/lettercomposer.h"
#include "letters/lettertemplate.h"

#include <QCoreApplication>
#include <QStringList>

class MunicipalitySession;

class LetterDraft {
    Q_DECLARE_TR_FUNCTIONS(LetterDraft)
public:
    // Composes the letter from the municipality's current template.
    LetterDraft(MunicipalitySession& session, const Case& c, LetterType type, QDate letterDate);
    // Composes it from the given template source (template editor preview).
    LetterDraft(MunicipalitySession& session, const Case& c, LetterType type, QDate letterDate,
                const QString& templateSource);

    LetterType type() const { return m_letter.type; }
    QDate letterDate() const { return m_letter.letterDate; }
    // The letter as composed, before any edit.
    const ComposedLetter& composed() const { return m_composed; }

    // The handler's text (the editor's HTML) replaces the letter's; checked at once.
    void setEditedHtml(const QString& html);
    bool isEdited() const { return m_edited; }

    // What is printed and stored: the composed letter, or the edit merged once more.
    const QString& html() const { return m_letter.html; }
    PrintJob job() const { return m_letter.job; }
    // The letter to hand to LetterSender: the edited text with its own check.
    const ComposedLetter& letterToSend() const { return m_letter; }

    // Required elements absent: finalising is refused while any is listed.
    QStringList missing() const;
    // Placeholders the merge could not fill (unknown, empty, malformed), one Dutch line each.
    QStringList flagged() const;
    bool mayFinalise() const { return m_letter.check.mayFinalise(); }
    // Why it may not be finalised, in one Dutch sentence; empty when it may.
    QString blockedReason() const;

private:
    void recheck(const QString& html);

    MunicipalitySession& m_session;
    Case m_case;
    ComposedLetter m_composed;
    ComposedLetter m_letter;
    bool m_edited = false;
};
