#include "importvocabulary.h"

#include <QMap>

namespace {

using Words = QHash<QString, QString>;

Words words(std::initializer_list<std::pair<const char*, const char*>> list) {
    Words w;
    for (const auto& [word, code] : list)
        w.insert(QString::fromUtf8(word), QString::fromUtf8(code));
    return w;
}

} // namespace

const QHash<QString, QString>& ImportVocabulary::defaults(ImportField field) {
    static const QMap<ImportField, Words> all{
        {ImportField::Channel, words({{"telefoon", "phone"},
                                      {"telefonisch", "phone"},
                                      {"tel", "phone"},
                                      {"tel.", "phone"},
                                      {"gebeld", "phone"},
                                      {"balie", "desk"},
                                      {"aan de balie", "desk"},
                                      {"loket", "desk"},
                                      {"e-mail", "email"},
                                      {"email", "email"},
                                      {"mail", "email"},
                                      {"per e-mail", "email"},
                                      {"per mail", "email"},
                                      {"brief", "letter"},
                                      {"post", "letter"},
                                      {"per brief", "letter"},
                                      {"per post", "letter"},
                                      {"webformulier", "webform"},
                                      {"website", "webform"},
                                      {"internet", "webform"},
                                      {"formulier", "webform"},
                                      {"digitaal formulier", "webform"},
                                      {"wijkteam", "neighbourhood_team"},
                                      {"sociaal wijkteam", "neighbourhood_team"},
                                      {"keukentafelgesprek", "kitchen_table"},
                                      {"keukentafel", "kitchen_table"},
                                      {"huisbezoek", "kitchen_table"},
                                      {"raadslid", "via_councillor"},
                                      {"via raadslid", "via_councillor"},
                                      {"sociale media", "social_media"},
                                      {"social media", "social_media"},
                                      {"facebook", "social_media"},
                                      {"twitter", "social_media"},
                                      {"anders", "other"},
                                      {"overig", "other"}})},
        {ImportField::Domain, words({{"wmo", "wmo"},
                                     {"wmo 2015", "wmo"},
                                     {"wmo2015", "wmo"},
                                     {"jeugd", "youth"},
                                     {"jeugdwet", "youth"},
                                     {"jeugdzorg", "youth"},
                                     {"participatie", "participation"},
                                     {"participatiewet", "participation"},
                                     {"bijstand", "participation"},
                                     {"werk en inkomen", "participation"},
                                     {"schuldhulp", "debt_assistance"},
                                     {"schuldhulpverlening", "debt_assistance"},
                                     {"schulden", "debt_assistance"},
                                     {"overig", "other"},
                                     {"anders", "other"},
                                     {"algemeen", "other"}})},
        {ImportField::Kind, words({{"signaal", "signal"},
                                   {"mondeling", "oral"},
                                   {"mondelinge klacht", "oral"},
                                   {"schriftelijk", "written"},
                                   {"schriftelijke klacht", "written"},
                                   {"klaagschrift", "written"}})},
        {ImportField::Phase, words({{"nieuw", "intake"},
                                    {"intake", "intake"},
                                    {"luisteren", "intake"},
                                    {"ontvangen", "intake"},
                                    {"informeel", "informal"},
                                    {"oplossen", "informal"},
                                    {"in behandeling", "informal"},
                                    {"lopend", "informal"},
                                    {"open", "informal"},
                                    {"formeel", "formal"},
                                    {"standpunt", "formal"},
                                    {"formele behandeling", "formal"},
                                    {"afgesloten", "closed"},
                                    {"gesloten", "closed"},
                                    {"afgehandeld", "closed"},
                                    {"afgerond", "closed"}})},
        {ImportField::Outcome, words({{"opgelost", "resolved"},
                                      {"naar tevredenheid opgelost", "resolved"},
                                      {"informeel opgelost", "resolved"},
                                      {"tevreden", "resolved"},
                                      {"gegrond", "upheld"},
                                      {"deels gegrond", "partly_upheld"},
                                      {"gedeeltelijk gegrond", "partly_upheld"},
                                      {"ten dele gegrond", "partly_upheld"},
                                      {"ongegrond", "rejected"},
                                      {"geen oordeel", "no_judgment"},
                                      {"geen oordeel mogelijk", "no_judgment"},
                                      {"niet in behandeling", "not_handled"},
                                      {"niet in behandeling genomen", "not_handled"},
                                      {"niet behandeld", "not_handled"},
                                      {"ingetrokken", "withdrawn"},
                                      {"doorverwezen", "referred"},
                                      {"doorgestuurd", "referred"}})},
        {ImportField::Confirmation, words({{"telefonisch", "phone"},
                                           {"telefoon", "phone"},
                                           {"tel", "phone"},
                                           {"persoonlijk", "in_person"},
                                           {"mondeling", "in_person"},
                                           {"gesprek", "in_person"},
                                           {"e-mail", "email"},
                                           {"email", "email"},
                                           {"mail", "email"},
                                           {"brief", "letter"},
                                           {"schriftelijk", "letter"}})},
        {ImportField::NonHandlingGround,
         words({{"a", "9_8_1_a"},   {"9:8 lid 1 a", "9_8_1_a"}, {"al behandeld", "9_8_1_a"},
                {"b", "9_8_1_b"},   {"9:8 lid 1 b", "9_8_1_b"}, {"ouder dan een jaar", "9_8_1_b"},
                {"c", "9_8_1_c"},   {"9:8 lid 1 c", "9_8_1_c"}, {"bezwaar", "9_8_1_c"},
                {"d", "9_8_1_d"},   {"9:8 lid 1 d", "9_8_1_d"}, {"beroep", "9_8_1_d"},
                {"e", "9_8_1_e"},   {"9:8 lid 1 e", "9_8_1_e"}, {"rechter", "9_8_1_e"},
                {"f", "9_8_1_f"},   {"9:8 lid 1 f", "9_8_1_f"}, {"strafrechtelijk", "9_8_1_f"},
                {"lid 2", "9_8_2"}, {"9:8 lid 2", "9_8_2"},     {"kennelijk onvoldoende", "9_8_2"}})},
        {ImportField::Anonymous, words({{"ja", "true"},
                                        {"j", "true"},
                                        {"yes", "true"},
                                        {"true", "true"},
                                        {"waar", "true"},
                                        {"1", "true"},
                                        {"x", "true"},
                                        {"anoniem", "true"},
                                        {"nee", "false"},
                                        {"n", "false"},
                                        {"no", "false"},
                                        {"false", "false"},
                                        {"onwaar", "false"},
                                        {"0", "false"},
                                        {"niet anoniem", "false"}})},
    };
    static const Words none;
    const auto it = all.constFind(field);
    return it == all.constEnd() ? none : *it;
}

QStringList ImportVocabulary::headerWords(ImportField field) {
    const auto list = [](std::initializer_list<const char*> l) {
        QStringList out;
        for (const char* w : l)
            out << QString::fromUtf8(w);
        return out;
    };
    switch (field) {
    case ImportField::Reference:
        return list({"kenmerk", "zaaknummer", "klachtnummer", "registratienummer", "nummer", "nr"});
    case ImportField::Received:
        return list({"datum ontvangst", "ontvangstdatum", "datum", "ontvangen", "ontvangst", "binnengekomen"});
    case ImportField::ConductDate: return list({"datum gedraging", "gedraging", "voorval", "datum voorval"});
    case ImportField::Kind: return list({"soort", "soort klacht", "vorm", "type"});
    case ImportField::Channel: return list({"kanaal", "binnengekomen via", "wijze van binnenkomst", "medium", "via"});
    case ImportField::KlagerName: return list({"naam klager", "klager", "naam", "indiener"});
    case ImportField::KlagerAddress: return list({"adres", "adres klager", "woonadres"});
    case ImportField::KlagerPhone: return list({"telefoonnummer", "telefoon", "tel"});
    case ImportField::KlagerEmail: return list({"e-mail", "email", "e-mailadres", "mailadres"});
    case ImportField::Anonymous: return list({"anoniem"});
    case ImportField::Domain: return list({"domein", "beleidsterrein", "wet", "terrein"});
    case ImportField::Themes: return list({"thema", "thema's", "themas", "onderwerp", "categorie"});
    case ImportField::Story: return list({"omschrijving", "klacht", "beschrijving", "toelichting", "inhoud"});
    case ImportField::DesiredOutcome: return list({"gewenste uitkomst", "gewenste oplossing", "wens", "verwachting"});
    case ImportField::Handler: return list({"behandelaar", "klachtbehandelaar", "behandeld door"});
    case ImportField::Department: return list({"afdeling", "team"});
    case ImportField::Employee: return list({"medewerker", "beklaagde"});
    case ImportField::Provider: return list({"aanbieder", "zorgaanbieder", "zorgverlener"});
    case ImportField::Phase: return list({"fase", "status"});
    case ImportField::Outcome: return list({"uitkomst", "oordeel", "resultaat", "afdoening"});
    case ImportField::ClosedOn:
        return list({"datum afgesloten", "afgesloten op", "afsluitdatum", "datum afhandeling", "afgehandeld op",
                     "datum afdoening"});
    case ImportField::HearingHeld: return list({"hoorzitting", "datum hoorzitting", "gehoord op"});
    case ImportField::Confirmation: return list({"bevestiging", "bevestigd via"});
    case ImportField::NonHandlingGround: return list({"grond niet behandelen", "grond 9:8", "grond"});
    case ImportField::NoticeSent: return list({"kennisgeving", "datum kennisgeving"});
    }
    return {};
}
