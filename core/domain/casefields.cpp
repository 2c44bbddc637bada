#include "casefields.h"

const QStringList& CaseFields::keys() {
    static const QStringList all{
        QStringLiteral("kind"),
        QStringLiteral("channel"),
        QStringLiteral("received"),
        QStringLiteral("conductDate"),
        QStringLiteral("anonymous"),
        QStringLiteral("klager"),
        QStringLiteral("representative"),
        QStringLiteral("subject"),
        QStringLiteral("domain"),
        QStringLiteral("themes"),
        QStringLiteral("story"),
        QStringLiteral("desiredOutcome"),
        QStringLiteral("handler"),
        QStringLiteral("committee"),
        QStringLiteral("aboutDecisionContent"),
        QStringLiteral("decisionPublished"),
        QStringLiteral("phase"),
        QStringLiteral("outcome"),
        QStringLiteral("closedOn"),
        QStringLiteral("satisfactionConfirmation"),
        QStringLiteral("nonHandlingGround"),
        QStringLiteral("nonHandlingNoticeSent"),
        QStringLiteral("acknowledgementSent"),
        QStringLiteral("firstContactOn"),
        QStringLiteral("adjournedOn"),
        QStringLiteral("consentReceived"),
        QStringLiteral("agreedDueDate"),
        QStringLiteral("hearingPlanned"),
        QStringLiteral("hearingHeld"),
        QStringLiteral("hearingException"),
        QStringLiteral("referralProvider"),
        QStringLiteral("referralFollowUp"),
        QStringLiteral("referralFeedback"),
        QStringLiteral("followUpDue"),
        QStringLiteral("followUpDone"),
        QStringLiteral("klaagschriftDated"),
        QStringLiteral("committeeDecidedOn"),
        QStringLiteral("committeeReason"),
        QStringLiteral("aboutRegie"),
        QStringLiteral("hearingReplyTerm"),
        QStringLiteral("respondentHearing"),
        QStringLiteral("respondentHeardOn"),
        QStringLiteral("hearingReport"),
        QStringLiteral("hearingReportSent"),
        QStringLiteral("findings"),
        QStringLiteral("judgment"),
        QStringLiteral("conclusions"),
        QStringLiteral("closingNoticeSent"),
        QStringLiteral("historyImported"),
        QStringLiteral("sentToOmbudsman"),
        QStringLiteral("ombudsmanKind"),
        QStringLiteral("ombudsmanOutcome"),
        QStringLiteral("ombudsmanOutcomeOn"),
        QStringLiteral("committeeAdviceOn"),
        QStringLiteral("committeeAdvice"),
        QStringLiteral("committeeAdviceText"),
        QStringLiteral("departureReasons"),
        QStringLiteral("predecessor"),
    };
    return all;
}

QString CaseFields::label(const QString& key) {
    if (key == QLatin1String("kind"))
        return tr("soort");
    if (key == QLatin1String("channel"))
        return tr("kanaal");
    if (key == QLatin1String("received"))
        return tr("ontvangstdatum");
    if (key == QLatin1String("conductDate"))
        return tr("datum gedraging");
    if (key == QLatin1String("anonymous"))
        return tr("anoniem");
    if (key == QLatin1String("klager"))
        return tr("klager");
    if (key == QLatin1String("representative"))
        return tr("vertegenwoordiger");
    if (key == QLatin1String("subject"))
        return tr("over wie");
    if (key == QLatin1String("domain"))
        return tr("domein");
    if (key == QLatin1String("themes"))
        return tr("thema's");
    if (key == QLatin1String("story"))
        return tr("verhaal");
    if (key == QLatin1String("desiredOutcome"))
        return tr("gewenste uitkomst");
    if (key == QLatin1String("handler"))
        return tr("behandelaar");
    if (key == QLatin1String("committee"))
        return tr("klachtadviescommissie");
    if (key == QLatin1String("aboutDecisionContent"))
        return tr("inhoud besluit");
    if (key == QLatin1String("decisionPublished"))
        return tr("bekendmaking besluit");
    if (key == QLatin1String("phase"))
        return tr("fase");
    if (key == QLatin1String("outcome"))
        return tr("uitkomst");
    if (key == QLatin1String("closedOn"))
        return tr("datum afsluiting");
    if (key == QLatin1String("satisfactionConfirmation"))
        return tr("bevestiging door de klager");
    if (key == QLatin1String("nonHandlingGround"))
        return tr("grond niet-behandelen");
    if (key == QLatin1String("nonHandlingNoticeSent"))
        return tr("kennisgeving niet-behandelen");
    if (key == QLatin1String("acknowledgementSent"))
        return tr("ontvangstbevestiging");
    if (key == QLatin1String("firstContactOn"))
        return tr("eerste contact");
    if (key == QLatin1String("adjournedOn"))
        return tr("verdaging");
    if (key == QLatin1String("consentReceived"))
        return tr("instemming met uitstel");
    if (key == QLatin1String("agreedDueDate"))
        return tr("afgesproken afdoeningsdatum");
    if (key == QLatin1String("hearingPlanned"))
        return tr("geplande hoorzitting");
    if (key == QLatin1String("hearingHeld"))
        return tr("klager gehoord");
    if (key == QLatin1String("hearingException"))
        return tr("afzien van horen");
    if (key == QLatin1String("referralProvider"))
        return tr("aanbieder");
    if (key == QLatin1String("referralFollowUp"))
        return tr("navragen terugkoppeling");
    if (key == QLatin1String("referralFeedback"))
        return tr("terugkoppeling aanbieder");
    if (key == QLatin1String("followUpDue"))
        return tr("nabellen gepland");
    if (key == QLatin1String("followUpDone"))
        return tr("nagebeld");
    if (key == QLatin1String("klaagschriftDated"))
        return tr("datum klaagschrift");
    if (key == QLatin1String("committeeDecidedOn"))
        return tr("besluit klachtadviescommissie");
    if (key == QLatin1String("committeeReason"))
        return tr("reden klachtadviescommissie");
    if (key == QLatin1String("aboutRegie"))
        return tr("over de regie van de gemeente");
    if (key == QLatin1String("hearingReplyTerm"))
        return tr("gestelde termijn horen");
    if (key == QLatin1String("respondentHearing"))
        return tr("horen beklaagde");
    if (key == QLatin1String("respondentHeardOn"))
        return tr("datum horen beklaagde");
    if (key == QLatin1String("hearingReport"))
        return tr("hoorverslag");
    if (key == QLatin1String("hearingReportSent"))
        return tr("hoorverslag verstuurd");
    if (key == QLatin1String("findings"))
        return tr("bevindingen");
    if (key == QLatin1String("judgment"))
        return tr("oordeel");
    if (key == QLatin1String("conclusions"))
        return tr("conclusies");
    if (key == QLatin1String("closingNoticeSent"))
        return tr("afdoeningsbrief verstuurd");
    if (key == QLatin1String("historyImported"))
        return tr("geïmporteerd");
    if (key == QLatin1String("sentToOmbudsman"))
        return tr("naar de ombudsman");
    if (key == QLatin1String("ombudsmanKind"))
        return tr("welke ombudsman");
    if (key == QLatin1String("ombudsmanOutcome"))
        return tr("uitkomst bij de ombudsman");
    if (key == QLatin1String("ombudsmanOutcomeOn"))
        return tr("datum uitkomst ombudsman");
    if (key == QLatin1String("committeeAdviceOn"))
        return tr("datum advies commissie");
    if (key == QLatin1String("committeeAdvice"))
        return tr("advies commissie");
    if (key == QLatin1String("committeeAdviceText"))
        return tr("toelichting advies");
    if (key == QLatin1String("departureReasons"))
        return tr("reden afwijken van advies");
    if (key == QLatin1String("predecessor"))
        return tr("vorige klacht");
    return key;
}
