// The placeholder catalogue of the letters: every name a template may use, what it means in Dutch
// (for the template editor), and its value for one case, worked out from the case, the
// municipality settings, the handler and the deadline engine. Dates are written the long Dutch way
// ("vrijdag 7 maart 2025"); the one-year ombudsman term (Awb 9:24) counts from the letter date
// (DeadlineEngine::ombudsmanTermAfter). Every value is Dutch whatever the interface language: letters
// go out, and are kept, in Dutch.
#pragma once

#include "lettertemplate.h"
#include "lettertype.h"

#include "../domain/case.h"
#include "../storage/municipalitysettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class DeadlineEngine;

struct PlaceholderInfo {
    enum class Kind { Text, Flag, List, ListField };
    QString name;        // e.g. "klager.naam", "onderdelen", "onderdeel.oordeel"
    QString description; // Dutch, e.g. "Naam van de klager"
    Kind kind = Kind::Text;
    QString example; // how to write it in a template, e.g. "{{klager.naam}}" or "{{#commissie}}…{{/commissie}}"
};

// Everything a letter's values come from.
struct LetterInput {
    const Case& c;
    const MunicipalitySettings& settings;
    const DeadlineEngine& engine;
    QDate letterDate;
    QStringList measures; // titles of the improvement measures linked to the case (LetterStore::measureTitles)
    LetterRecipient recipient = LetterRecipient::Klager; // the copy being merged: fills aan.*
};

class LetterFields {
    Q_DECLARE_TR_FUNCTIONS(LetterFields)
public:
    // Every placeholder, grouped as the editor lists them (zaak, klager, beklaagde, behandelaar,
    // gemeente, ombudsman, termijnen, afdoening, geadresseerde).
    static QList<PlaceholderInfo> catalogue();
    // What is wrong with a template whatever the case (for the template editor): misspelt names
    // (Unknown) and malformed tags (Syntax), each with its position. Empty values are a matter of the
    // case and are not reported here.
    static QList<TemplateIssue> checkTemplate(const QString& source);
    // The values for one letter copy; every catalogue name is set (possibly empty).
    static TemplateContext contextFor(const LetterInput& input);

    // "vrijdag 7 maart 2025"; empty for a null date.
    static QString longDate(QDate day);
    // The name and address lines of a copy's recipient: the klager (or the representative's care
    // of the klager), or the beklaagde at the department of the municipality.
    static QString recipientName(const Case& c, const MunicipalitySettings& settings, LetterRecipient recipient);
    static QString recipientAddress(const Case& c, const MunicipalitySettings& settings, LetterRecipient recipient);
    // "Geachte mevrouw Jansen," style salutation is not guessable from a name: "Geachte <name>,".
    static QString salutation(const QString& name);
    // The Dutch label of a part's judgment: "gegrond", "deels gegrond", "ongegrond",
    // "geen oordeel mogelijk"; empty when not judged.
    static QString judgmentLabel(Outcome judgment);
    // The 9:8 ground as the letter states it, quoting the article (Dutch, whatever the interface
    // language); empty for NonHandlingGround::None.
    static QString groundText(NonHandlingGround ground);
    // What the afdoeningsbrief says about the hearing (9:10), to the klager, from what was recorded:
    // who was heard when, the beklaagde's opportunity, the exception that applied, the verslag sent.
    // Empty when nothing is recorded.
    static QString hearingText(const Case& c);
};
