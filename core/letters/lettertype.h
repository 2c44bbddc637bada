// The eight letters of chapter 9 Awb the program writes, with their stable codes (command line,
// template file names, storage), Dutch labels, the article each one serves, to whom each is
// addressed, and in which state of a case each one makes sense. Nothing here reads the file.
#pragma once

#include "../domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class DeadlineEngine;

enum class LetterType {
    Acknowledgement,    // ontvangstbevestiging (9:6; says whether a committee advises, 9:15)
    InformalResolution, // bevestiging informele oplossing (9:5)
    HearingInvitation,  // uitnodiging hoorzitting (9:10)
    Adjournment,        // verdagingsbrief (9:11 lid 2), to klager and beklaagde
    ConsentRequest,     // verzoek om instemming met verder uitstel (9:11 lid 3)
    NonHandlingNotice,  // kennisgeving niet-behandelen (9:8 lid 3)
    CopyToRespondent,   // afschrift klaagschrift aan beklaagde (9:9)
    Closing             // afdoeningsbrief (9:12)
};

// Who a copy of a letter is addressed to.
enum class LetterRecipient { Klager, Beklaagde };

class LetterTypes {
    Q_DECLARE_TR_FUNCTIONS(LetterTypes)
public:
    // Every type in the order of a procedure, for menus and tests.
    static QList<LetterType> all();
    // The stable code: command line (--type), resources/letters/<code>.html, letters.type and
    // letter_templates.type. E.g. "ontvangstbevestiging", "informele-oplossing", "afdoening".
    static QString code(LetterType type);
    static std::optional<LetterType> fromCode(const QString& code);
    // Dutch name of the letter, e.g. "Afdoeningsbrief".
    static QString label(LetterType type);
    // The article it serves, e.g. "art. 9:12 Awb".
    static QString article(LetterType type);
    // The copies one letter consists of, in print order: the verdagingsbrief goes to the klager
    // and to the beklaagde (two copies in one document, each with its own address block); the
    // afschrift to the beklaagde only; every other letter to the klager.
    static QList<LetterRecipient> recipients(LetterType type);

    // Why the letter does not fit the case in its current state (Dutch), empty when it does:
    // - ontvangstbevestiging: any open case that is no signaal;
    // - informele-oplossing: informal phase, or closed as resolved to satisfaction;
    // - uitnodiging-hoorzitting, afschrift-beklaagde (written complaint only, not about a contracted
    //   provider's own conduct): formal phase;
    // - verdaging: formal phase, handling term not yet ended on letterDate, or already adjourned
    //   (a reprint of the sent adjournment);
    // - instemming-uitstel: an adjourned open case;
    // - niet-behandelen: a 9:8 ground recorded, or an open case outside a warme overdracht
    //   (the ground is then being recorded; in the formal phase the workflow allows 9:8 lid 1 d-f only);
    // - afdoening: formal phase; or closed with a judgment but without a recorded afdoening (a case of
    //   an older version, which still owes it).
    static QString unavailableReason(LetterType type, const Case& c, const DeadlineEngine& engine, QDate letterDate);
    static bool isAvailable(LetterType type, const Case& c, const DeadlineEngine& engine, QDate letterDate) {
        return unavailableReason(type, c, engine, letterDate).isEmpty();
    }
    static QList<LetterType> availableFor(const Case& c, const DeadlineEngine& engine, QDate letterDate);
};
