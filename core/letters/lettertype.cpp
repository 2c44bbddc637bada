#include "lettertype.h"

#include "../domain/judgment.h"

#include "../deadlines/deadlineengine.h"

QList<LetterType> LetterTypes::all() {
    return {LetterType::Acknowledgement,   LetterType::InformalResolution,
            LetterType::HearingInvitation, LetterType::Adjournment,
            LetterType::ConsentRequest,    LetterType::NonHandlingNotice,
            LetterType::CopyToRespondent,  LetterType::Closing};
}

QString LetterTypes::code(LetterType type) {
    switch (type) {
    case LetterType::Acknowledgement: return QStringLiteral("ontvangstbevestiging");
    case LetterType::InformalResolution: return QStringLiteral("informele-oplossing");
    case LetterType::HearingInvitation: return QStringLiteral("uitnodiging-hoorzitting");
    case LetterType::Adjournment: return QStringLiteral("verdaging");
    case LetterType::ConsentRequest: return QStringLiteral("instemming-uitstel");
    case LetterType::NonHandlingNotice: return QStringLiteral("niet-behandelen");
    case LetterType::CopyToRespondent: return QStringLiteral("afschrift-beklaagde");
    case LetterType::Closing: return QStringLiteral("afdoening");
    }
    return {};
}

std::optional<LetterType> LetterTypes::fromCode(const QString& code) {
    for (LetterType type : all()) {
        if (LetterTypes::code(type) == code)
            return type;
    }
    return std::nullopt;
}

QString LetterTypes::label(LetterType type) {
    switch (type) {
    case LetterType::Acknowledgement: return tr("Ontvangstbevestiging");
    case LetterType::InformalResolution: return tr("Bevestiging informele oplossing");
    case LetterType::HearingInvitation: return tr("Uitnodiging hoorzitting");
    case LetterType::Adjournment: return tr("Verdagingsbrief");
    case LetterType::ConsentRequest: return tr("Verzoek om instemming met verder uitstel");
    case LetterType::NonHandlingNotice: return tr("Kennisgeving niet-behandelen");
    case LetterType::CopyToRespondent: return tr("Afschrift klaagschrift aan beklaagde");
    case LetterType::Closing: return tr("Afdoeningsbrief");
    }
    return {};
}

QString LetterTypes::article(LetterType type) {
    switch (type) {
    case LetterType::Acknowledgement: return tr("art. 9:6 Awb");
    case LetterType::InformalResolution: return tr("art. 9:5 Awb");
    case LetterType::HearingInvitation: return tr("art. 9:10 Awb");
    case LetterType::Adjournment: return tr("art. 9:11 lid 2 Awb");
    case LetterType::ConsentRequest: return tr("art. 9:11 lid 3 Awb");
    case LetterType::NonHandlingNotice: return tr("art. 9:8 lid 3 Awb");
    case LetterType::CopyToRespondent: return tr("art. 9:9 Awb");
    case LetterType::Closing: return tr("art. 9:12 Awb");
    }
    return {};
}

QList<LetterRecipient> LetterTypes::recipients(LetterType type) {
    switch (type) {
    case LetterType::Adjournment: return {LetterRecipient::Klager, LetterRecipient::Beklaagde};
    case LetterType::CopyToRespondent: return {LetterRecipient::Beklaagde};
    default: return {LetterRecipient::Klager};
    }
}

QString LetterTypes::unavailableReason(LetterType type, const Case& c, const DeadlineEngine& engine, QDate letterDate) {
    if (c.kind == CaseKind::Signal)
        return tr("Een signaal is geen klacht; er gaan geen klachtbrieven over.");
    const bool open = c.isOpen();
    switch (type) {
    case LetterType::Acknowledgement: return open ? QString() : tr("De ontvangstbevestiging hoort bij een open zaak.");
    case LetterType::InformalResolution:
        if (open && c.phase == Phase::Informal)
            return {};
        if (!open && c.outcome == Outcome::ResolvedToSatisfaction)
            return {};
        return tr("De bevestiging van de informele oplossing hoort bij een zaak in de informele fase of een zaak die "
                  "naar tevredenheid is opgelost (art. 9:5 Awb).");
    case LetterType::HearingInvitation:
        return open && c.phase == Phase::Formal
                   ? QString()
                   : tr("Een uitnodiging voor de hoorzitting hoort bij een zaak in de formele fase (art. 9:10 Awb).");
    case LetterType::CopyToRespondent:
        if (c.kind != CaseKind::WrittenComplaint)
            return tr("Een afschrift aan de beklaagde hoort bij een schriftelijke klacht (art. 9:9 Awb).");
        if (!c.subject.provider.trimmed().isEmpty() && !c.aboutRegie)
            return tr("De klacht gaat over een gecontracteerde aanbieder; die behandelt klachten over zijn medewerkers "
                      "zelf. Een afschrift aan de beklaagde hoort bij een klacht over de gemeente (art. 9:9 Awb).");
        return open && c.phase == Phase::Formal
                   ? QString()
                   : tr("Een afschrift aan de beklaagde hoort bij een zaak in de formele fase (art. 9:9 Awb).");
    case LetterType::Adjournment: {
        // The workflow allows adjourning in the informal and the formal phase; so do the letters.
        if (!open || (c.phase != Phase::Informal && c.phase != Phase::Formal))
            return tr("Verdagen kan alleen bij een open zaak in de informele of formele fase (art. 9:11 lid 2 Awb).");
        if (c.isAdjourned())
            return {}; // a reprint of the adjournment already notified
        const QDate due = engine.handlingTerms(c.received, c.committee).handling.due;
        if (letterDate > due)
            return tr("De afhandelingstermijn is op %1 verstreken; verdagen kan alleen daarvoor (art. 9:11 lid 2 "
                      "Awb).")
                .arg(TermCalculator::shortDate(due));
        return {};
    }
    case LetterType::ConsentRequest:
        return open && c.isAdjourned() ? QString()
                                       : tr("Om instemming met verder uitstel wordt pas gevraagd als de behandeling "
                                            "al is verdaagd (art. 9:11 lid 3 Awb).");
    case LetterType::NonHandlingNotice:
        if (c.nonHandlingGround != NonHandlingGround::None)
            return {};
        // In the formal phase only the grounds that can arise later (9:8 lid 1 d-f); the workflow checks that.
        if (open && c.phase != Phase::Referred)
            return {};
        return tr("De kennisgeving niet-behandelen hoort bij een open klacht of een zaak waarvoor een grond uit art. "
                  "9:8 Awb is vastgelegd.");
    case LetterType::Closing:
        if (open && c.phase == Phase::Formal)
            return {};
        if (!open && isJudgment(c.outcome) && !c.closingNoticeSent.isValid() && !c.historyImported)
            return {}; // judged in an older version without a recorded afdoening: the letter is still owed
        if (!open && c.closingNoticeSent.isValid())
            return tr("De afdoeningsbrief is al verstuurd op %1; de verzonden versie staat in de tijdlijn.")
                .arg(TermCalculator::shortDate(c.closingNoticeSent));
        return tr("De afdoeningsbrief hoort bij een klacht in de formele fase (art. 9:12 Awb).");
    }
    return {};
}

QList<LetterType> LetterTypes::availableFor(const Case& c, const DeadlineEngine& engine, QDate letterDate) {
    QList<LetterType> types;
    for (LetterType type : all()) {
        if (isAvailable(type, c, engine, letterDate))
            types << type;
    }
    return types;
}
