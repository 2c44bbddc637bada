// Composes a letter for a case: merges the municipality's template (or the shipped one) with the
// case's values, runs the content check, and builds the complete printable letter — letterhead with
// logo and sender address, the recipient's address block, place and date, kenmerk, onderwerp, the
// merged body, and the footer — as one HTML document and a PrintJob. This is the one place that
// composes the letterhead, so the printed letter, the PDF of aantafel-cli letter and the stored
// version are the same document.
//
// The verdagingsbrief (9:11 lid 2) is one document of two copies, the first addressed to the klager,
// the second to the beklaagde, each merged with its own aan.* values; the second starts on a new page.
#pragma once

#include "lettercheck.h"
#include "letterstore.h"
#include "lettertemplate.h"
#include "lettertype.h"

#include "../output/printjob.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class MunicipalitySession;

struct ComposedLetter {
    LetterType type = LetterType::Acknowledgement;
    qint64 caseId = 0;
    QString reference;
    QDate letterDate;
    QString recipient;           // names of all addressees, e.g. "Mevrouw A. Jansen en J. de Vries"
    QList<MergeResult> copies;   // one per LetterTypes::recipients(type), the merged template bodies
    QList<TemplateIssue> issues; // every placeholder issue of every copy, for the UI to flag
    LetterCheckResult check;     // includes, first, why the letter does not fit the case state (LetterTypes)
    int caseRevision = 0;        // the case as composed; sending refuses when it changed since
    NonHandlingGround ground = NonHandlingGround::None; // the 9:8 ground the letter names (niet-behandelen)
    QString html;                                       // the complete letter as printed and stored
    PrintJob job; // layout Letter, images["logo"] when the municipality has one, footer

    bool mayFinalise() const { return check.mayFinalise(); }
    // The letter as it is stored when sent (no id, time, author or PDF yet).
    SentLetter asSent() const;
};

class LetterComposer {
    Q_DECLARE_TR_FUNCTIONS(LetterComposer)
public:
    explicit LetterComposer(MunicipalitySession& session);

    // The letter from the municipality's current template for type.
    ComposedLetter compose(const Case& c, LetterType type, QDate letterDate);
    // The same from a given template source (template editor preview).
    ComposedLetter compose(const Case& c, LetterType type, QDate letterDate, const QString& templateSource);

    // The PrintJob of a stored letter, to reopen and reprint it exactly as sent (with the current
    // logo and footer of the municipality).
    static PrintJob printJob(const SentLetter& letter, const MunicipalitySettings& settings);
    // The footer line: municipality name · address · phone · email (empty parts left out).
    static QString footer(const MunicipalitySettings& settings);

private:
    MunicipalitySession& m_session;
};
