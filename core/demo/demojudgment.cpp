#include "demojudgment.h"

#include "domain/judgment.h"

#include <QStringList>

namespace {

// What a formal complaint is typically split into; {S} is the subject in the handler's words.
constexpr const char16_t* PartTexts[] = {
    u"Er is niet teruggebeld, hoewel dat was toegezegd.",
    u"De informatie over {S} was onduidelijk of onjuist.",
    u"Er is te lang gewacht met {S}.",
    u"De klager is onheus bejegend door een medewerker.",
    u"De klager is van het kastje naar de muur gestuurd.",
    u"Brieven en e-mails zijn niet beantwoord.",
    u"Afspraken over {S} zijn niet nagekomen.",
};

constexpr const char16_t* UpheldFindings[] = {
    u"Uit het dossier blijkt dat de toezegging niet is nagekomen. De medewerker heeft dit bevestigd.",
    u"Wij hebben vastgesteld dat de termijn ruim is overschreden zonder dat de klager daarover is geïnformeerd.",
    u"De informatie op de website en in de brief sprak elkaar tegen; dat had niet mogen gebeuren.",
};
constexpr const char16_t* RejectedFindings[] = {
    u"Uit het contactlogboek blijkt dat de klager binnen de afgesproken tijd is teruggebeld.",
    u"De afspraken zijn nagekomen; de vertraging lag bij een externe partij en is tijdig gemeld.",
    u"Wij hebben geen aanwijzingen gevonden dat de medewerker onfatsoenlijk heeft gehandeld.",
};
constexpr const char16_t* NoJudgmentFindings[] = {
    u"De lezingen van klager en medewerker lopen uiteen en er waren geen getuigen.",
    u"Het gesprek is niet vastgelegd; wat er precies is gezegd, valt niet meer na te gaan.",
};
constexpr const char16_t* PartlyFindings[] = {
    u"Een deel van de afspraken is nagekomen, maar de klager is niet op de hoogte gehouden van de vertraging.",
};

QString fromTemplate(const DemoTexts::Context& ctx, const char16_t* text) {
    return DemoTexts::fill(ctx, QStringView(text));
}

Outcome partJudgment(DemoRandom& rng, Outcome outcome, int index, int count) {
    switch (outcome) {
    case Outcome::Upheld:
    case Outcome::Rejected:
    case Outcome::NoJudgment: return outcome;
    case Outcome::PartlyUpheld:
        if (count == 1)
            return Outcome::PartlyUpheld;
        // At least one part upheld and one not.
        if (index == 0)
            return Outcome::Upheld;
        if (index == 1)
            return Outcome::Rejected;
        return rng.chance(0.5) ? Outcome::Upheld : Outcome::Rejected;
    default: return Outcome::None;
    }
}

QString findingsFor(DemoRandom& rng, Outcome judgment) {
    switch (judgment) {
    case Outcome::Upheld: return QString::fromUtf16(rng.pick(UpheldFindings));
    case Outcome::Rejected: return QString::fromUtf16(rng.pick(RejectedFindings));
    case Outcome::NoJudgment: return QString::fromUtf16(rng.pick(NoJudgmentFindings));
    case Outcome::PartlyUpheld: return QString::fromUtf16(rng.pick(PartlyFindings));
    default: return {};
    }
}

QString conclusionsFor(Outcome outcome) {
    switch (outcome) {
    case Outcome::Upheld:
        return QStringLiteral("Wij vinden uw klacht gegrond en bieden u hiervoor onze excuses aan. Wij hebben de "
                              "betrokken medewerkers gevraagd toezeggingen voortaan binnen één werkdag vast te "
                              "leggen en na te komen.");
    case Outcome::PartlyUpheld:
        return QStringLiteral("Wij vinden uw klacht deels gegrond. Voor het deel dat gegrond is, bieden wij u onze "
                              "excuses aan; wij bespreken uw klacht in het teamoverleg, zodat het een volgende keer "
                              "beter gaat.");
    case Outcome::Rejected:
        return QStringLiteral("Wij vinden uw klacht ongegrond. Wij begrijpen dat de gang van zaken voor u "
                              "teleurstellend is, en hopen dat deze uitleg duidelijk maakt hoe het is gegaan.");
    case Outcome::NoJudgment:
        return QStringLiteral("Wij kunnen geen oordeel geven over uw klacht, omdat niet meer is vast te stellen wat "
                              "er precies is gebeurd. Wij hebben de medewerkers wel gevraagd gesprekken voortaan kort "
                              "vast te leggen.");
    default: return {};
    }
}

} // namespace

namespace DemoJudgment {

QString findings(DemoRandom& rng, Outcome judgment) {
    return findingsFor(rng, judgment);
}

QString conclusions(Outcome judgment) {
    return conclusionsFor(judgment);
}

void complete(DemoRandom& rng, const DemoTexts::Context& ctx, Case& c, QDate today) {
    const Outcome overall = isJudgment(c.judgment) ? c.judgment : c.outcome;
    const bool judged = isJudgment(overall) && (c.phase == Phase::Closed || c.phase == Phase::Formal);
    if (c.phase != Phase::Formal && !judged)
        return;
    const int count = rng.between(1, 3);
    QList<int> used;
    for (int i = 0; i < count; ++i) {
        int pick = int(rng.index(std::size(PartTexts)));
        while (used.contains(pick))
            pick = (pick + 1) % int(std::size(PartTexts));
        used << pick;
        ComplaintPart part;
        part.description = fromTemplate(ctx, PartTexts[pick]);
        if (judged) {
            part.judgment = partJudgment(rng, overall, i, count);
            part.findings = findingsFor(rng, part.judgment);
        }
        c.parts << part;
    }
    if (!judged)
        return;
    c.conclusions = conclusionsFor(overall);
    // Some klagers who are not satisfied go on to the ombudsman (Awb 9:20), within the year of 9:24.
    if (!c.isOpen() && c.outcome != Outcome::Upheld && c.closedOn.isValid() && rng.chance(0.06)) {
        const QDate day = c.closedOn.addDays(rng.between(14, 180));
        if (day <= today)
            c.sentToOmbudsman = day;
    }
}

} // namespace DemoJudgment
