// The content checks a letter must pass before it may be finalised (printed as sent, stored in the
// case timeline): the elements the Awb requires of that letter, checked on the case data and on the
// merged text (an edited template that dropped the ombudsman paragraph is caught too), plus the
// placeholders the merge could not fill. Every message is Dutch and says what is missing.
#pragma once

#include "lettertemplate.h"
#include "lettertype.h"

#include "../domain/case.h"
#include "../storage/municipalitysettings.h"

#include <QCoreApplication>
#include <QStringList>

struct LetterCheckResult {
    QStringList missing;  // required elements absent: the letter may not be finalised
    QStringList warnings; // empty placeholders: shown, but the letter may be finalised

    bool mayFinalise() const { return missing.isEmpty(); }
};

class LetterCheck {
    Q_DECLARE_TR_FUNCTIONS(LetterCheck)
public:
    // merged: the merge result of every copy of the letter (see LetterTypes::recipients), in order.
    // context: the values of the first copy. Rules:
    // - afdoening: findings (per part or for the whole), a judgment and conclusions, the hearing done
    //   and its verslag, the committee's advice and the reasons for departing from it
    //   (Workflow::closingGaps); the letter names the judgment, the conclusions, what was recorded about
    //   the hearing, the advice and the reasons; the ombudsman's name and address and the term (a year,
    //   with its end date);
    // - verdaging: the new date appears; the letter goes to the klager and to the beklaagde (without a
    //   named person, to the head of the department);
    // - afschrift aan beklaagde: the handling date that governs now appears;
    // - ontvangstbevestiging: says that a klachtadviescommissie advises, when one does (9:15);
    // - niet-behandelen: the 9:8 ground in the words of the law, the ombudsman and the term appear;
    // - every type: no unknown placeholder and no malformed tag (they would print as {{…}}).
    static LetterCheckResult check(LetterType type, const Case& c, const MunicipalitySettings& settings,
                                   const TemplateContext& context, const QList<MergeResult>& merged);
    // One Dutch line per placeholder issue, e.g. "Onbekend veld {{klager.naam2}} (regel 12)".
    static QString describe(const TemplateIssue& issue);
};
