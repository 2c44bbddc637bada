// Sentence templates for demo stories, wishes and timelines. Placeholders: {T} the topic in the klager's
// words ("mijn begeleiding thuis"), {S} in the handler's ("de begeleiding thuis"), {X} the wish ("dat
// de traplift voor de winter geplaatst wordt"), {D} the team or provider as the klager names it, {O}
// another organisation, {P} the provider, {N} a small count and {W} a period (both fixed per case).
// A sentence that starts with a placeholder gets its first letter capitalised. The file is long because
// it is mostly word lists; the logic is the few functions at the end.
#include "demotexts.h"

#include <span>

namespace {

using DemoTexts::Topic;

constexpr Topic wmoTopics[] = {
    {u"de traplift", u"de traplift", u"dat de traplift voor de winter geplaatst wordt", {}},
    {u"de huishoudelijke hulp", u"de huishoudelijke hulp", u"dat de huishoudelijke hulp weer elke week komt", {}},
    {u"mijn aanvraag voor een scootmobiel",
     u"de aanvraag voor een scootmobiel",
     u"dat er binnen een maand een besluit ligt over de scootmobiel",
     {}},
    {u"het Wmo-vervoer naar de dagbesteding", u"het Wmo-vervoer", u"dat de taxi voortaan op tijd komt", {}},
    {u"de eigen bijdrage",
     u"de eigen bijdrage",
     u"dat de rekening van de eigen bijdrage wordt uitgelegd en zo nodig aangepast",
     {}},
    {u"de aanpassing van mijn badkamer",
     u"de badkameraanpassing",
     u"dat de douche wordt aangepast zodat ik weer zelf kan douchen",
     {}},
    {u"mijn begeleiding thuis", u"de begeleiding thuis", u"dat ik een nieuwe begeleider krijg die bij mij past", {}},
    {u"het keukentafelgesprek",
     u"het keukentafelgesprek",
     u"dat er een nieuw keukentafelgesprek komt, met een cliëntondersteuner erbij",
     {}}};
constexpr Topic youthTopics[] = {
    {u"de jeugdhulp voor mijn zoon",
     u"de jeugdhulp voor de zoon van klager",
     u"dat mijn zoon snel de hulp krijgt die hij nodig heeft",
     {}},
    {u"de verlenging van de indicatie van mijn dochter",
     u"de verlenging van de indicatie",
     u"dat de indicatie van mijn dochter op tijd verlengd wordt",
     {}},
    {u"de wachtlijst bij de jeugd-ggz",
     u"de wachtlijst bij de jeugd-ggz",
     u"dat iemand met ons meedenkt over hulp zolang we op de wachtlijst staan",
     {}},
    {u"ons ondersteuningsplan",
     u"het ondersteuningsplan",
     u"dat het ondersteuningsplan samen met ons wordt opgesteld",
     {}},
    {u"de logeeropvang voor mijn zoon", u"de logeeropvang", u"dat de logeeropvang weer eens per maand doorgaat", {}},
    {u"de dyslexiebehandeling van mijn dochter",
     u"de dyslexiebehandeling",
     u"dat de dyslexiebehandeling nog dit schooljaar kan beginnen",
     {}}};
constexpr Topic workTopics[] = {
    {u"mijn bijstandsuitkering", u"de bijstandsuitkering", u"dat mijn uitkering deze maand nog wordt uitbetaald", {}},
    {u"de bijzondere bijstand voor een wasmachine",
     u"de bijzondere bijstand",
     u"dat er binnen twee weken een besluit komt over de wasmachine",
     {}},
    {u"mijn re-integratietraject",
     u"het re-integratietraject",
     u"dat er rekening wordt gehouden met mijn rugklachten",
     {}},
    {u"de terugvordering van mijn uitkering",
     u"de terugvordering",
     u"dat de terugvordering wordt uitgelegd en ik een betalingsregeling krijg",
     {}},
    {u"de inlichtingenformulieren",
     u"de inlichtingenformulieren",
     u"dat ik hulp krijg bij het invullen van de formulieren",
     {}},
    {u"mijn aanvraag voor een uitkering",
     u"de aanvraag voor een uitkering",
     u"dat mijn aanvraag eindelijk in behandeling wordt genomen",
     {}}};
constexpr Topic debtTopics[] = {
    {u"mijn aanvraag voor schuldhulp",
     u"de aanvraag voor schuldhulp",
     u"dat ik binnen drie weken een eerste gesprek krijg",
     {}},
    {u"mijn budgetbeheer", u"het budgetbeheer", u"dat mijn vaste lasten weer op tijd worden betaald", {}},
    {u"mijn leefgeld", u"het leefgeld", u"dat ik elke week op tijd mijn leefgeld krijg", {}},
    {u"mijn schuldregeling",
     u"de schuldregeling",
     u"dat iemand mij uitlegt hoe het verder gaat met de schuldregeling",
     {}},
    {u"het contact met mijn schuldhulpverlener",
     u"het contact met de schuldhulpverlener",
     u"dat ik een vaste schuldhulpverlener krijg die ook terugbelt",
     {}}};
constexpr Topic otherTopics[] = {{u"mijn parkeervergunning", u"de parkeervergunning",
                                  u"dat mijn parkeervergunning alsnog wordt verlengd", u"Vergunningen"},
                                 {u"de aanslag gemeentelijke belastingen", u"de aanslag gemeentelijke belastingen",
                                  u"dat de aanslag wordt gecorrigeerd", u"Belastingen"},
                                 {u"de losliggende stoeptegels voor mijn deur", u"de losliggende stoeptegels",
                                  u"dat de stoeptegels worden gerepareerd voordat er iemand valt", u"Openbare Ruimte"},
                                 {u"het ophalen van het grofvuil", u"het ophalen van het grofvuil",
                                  u"dat het grofvuil alsnog wordt opgehaald", u"Openbare Ruimte"},
                                 {u"mijn afspraak voor een nieuw paspoort", u"de paspoortafspraak",
                                  u"dat ik snel een nieuwe afspraak krijg voor mijn paspoort", u"Burgerzaken"}};

std::span<const Topic> topicsOf(PolicyDomain domain) {
    switch (domain) {
    case PolicyDomain::Wmo: return wmoTopics;
    case PolicyDomain::Youth: return youthTopics;
    case PolicyDomain::Participation: return workTopics;
    case PolicyDomain::DebtAssistance: return debtTopics;
    case PolicyDomain::Other: break;
    }
    return otherTopics;
}

constexpr QStringView wmoOthers[] = {u"de zorgverzekeraar", u"het CAK", u"het CIZ", u"de woningcorporatie",
                                     u"de huisarts"};
constexpr QStringView youthOthers[] = {u"de huisarts", u"de school", u"de gecertificeerde instelling",
                                       u"de zorgverzekeraar"};
constexpr QStringView workOthers[] = {u"het UWV", u"de Belastingdienst", u"het re-integratiebedrijf"};
constexpr QStringView debtOthers[] = {u"de Belastingdienst", u"de woningcorporatie", u"de energieleverancier",
                                      u"het CJIB"};
constexpr QStringView otherOthers[] = {u"de Belastingdienst", u"de woningcorporatie", u"het waterschap"};
constexpr QStringView counts[] = {u"drie", u"vier", u"vijf", u"zes", u"zeven"};
constexpr QStringView periods[] = {u"drie weken", u"een maand", u"zes weken", u"twee maanden", u"een half jaar"};

constexpr QStringView complexity[] = {
    u"Voor {T} word ik van {D} naar {O} gestuurd en weer terug.",
    u"Ik heb over {T} al met {N} verschillende medewerkers gesproken en moet steeds opnieuw mijn hele verhaal doen.",
    u"{D} zegt dat {O} over {T} gaat, maar {O} zegt dat ik bij de gemeente moet zijn.",
    u"Niemand kan mij vertellen wie verantwoordelijk is voor {T}.",
    u"Ik val tussen wal en schip: voor {T} wijst iedereen naar een ander."};
constexpr QStringView information[] = {
    u"Mij is verteld dat {T} binnen twee weken geregeld zou zijn, maar er is nog steeds niets gebeurd.",
    u"Over {T} kreeg ik van {D} iets heel anders te horen dan van {O}.",
    u"Bij het gesprek over {T} is niet uitgelegd wat het mij gaat kosten; nu krijg ik een rekening die ik niet had "
    u"verwacht.",
    u"De brief over {T} is zo ingewikkeld dat ik niet begrijp wat ik moet doen."};
constexpr QStringView nonResponse[] = {
    u"Ik heb {N} keer gebeld over {T} en niemand belt terug.",
    u"Ik heb {W} geleden een e-mail gestuurd over {T} en nog steeds geen antwoord gekregen.",
    u"Er zou iemand langskomen voor {T}, maar er kwam niemand en er is ook niet afgebeld.",
    u"{D} zou mij over {T} terugbellen, maar dat is nooit gebeurd."};
constexpr QStringView treatment[] = {
    u"De medewerker van {D} was kortaf en luisterde niet naar wat ik over {T} te zeggen had.",
    u"Tijdens het gesprek over {T} werd ik niet serieus genomen; er werd gezegd dat ik me aanstel.",
    u"Toen ik vroeg hoe het stond met {T}, werd ik aan de telefoon afgesnauwd.",
    u"Er is over {T} over mijn hoofd heen besloten, zonder dat ik mijn kant mocht vertellen."};
constexpr QStringView privacy[] = {
    u"Gegevens over {T} zijn zonder mijn toestemming gedeeld met {O}.",
    u"Een brief over {T} is naar mijn oude adres gestuurd.",
    u"Aan de balie werd hardop over {T} gesproken terwijl er andere mensen bij stonden.",
    u"Voor {T} moest ik mijn hele medische dossier opsturen, terwijl dat helemaal niet nodig is."};
constexpr QStringView general[] = {u"Ik wacht nu al {W} op {T}.",
                                   u"Over {T} zijn afspraken gemaakt die niet worden nagekomen.",
                                   u"Met {T} gaat het al {W} mis en niemand doet er iets aan."};

// Second sentences: they do not name the topic again.
constexpr QStringView followUps[][3] = {
    {u"Ik word van het kastje naar de muur gestuurd.", u"Iedereen wijst naar een ander.",
     u"Ik moet steeds opnieuw mijn verhaal doen."},
    {u"Wat mij verteld wordt, klopt steeds niet.", u"Niemand kan mij uitleggen hoe het nu zit.",
     u"Ik kreeg een brief die ik niet begrijp."},
    {u"Ik heb {N} keer gebeld en niemand belt terug.", u"Op mijn e-mail heb ik nooit antwoord gekregen.",
     u"Er wordt niet teruggebeld, terwijl dat wel is beloofd."},
    {u"Ik voel me niet serieus genomen.", u"De medewerker was kortaf en luisterde niet.",
     u"Ik werd behandeld alsof ik lastig ben."},
    {u"Ik weet niet wie mijn gegevens allemaal heeft gezien.",
     u"Mijn gegevens zijn zonder mijn toestemming doorgegeven.", u"Niemand heeft mij gevraagd of dat mocht."},
    {u"Het duurt allemaal veel te lang.", u"Afspraken worden niet nagekomen.",
     u"Ik weet niet meer waar ik aan toe ben."}};

constexpr QStringView wmoConsequences[] = {
    u"Ondertussen kan ik niet meer zelfstandig naar boven.", u"Mijn man doet nu alles en raakt zelf uitgeput.",
    u"Ik zit hierdoor de hele dag alleen thuis.", u"Ik ben 82 en dit kost mij veel te veel energie."};
constexpr QStringView youthConsequences[] = {
    u"Ons kind zit nu al maanden thuis en gaat niet naar school.", u"Ons gezin loopt op zijn tandvlees.",
    u"Ons kind wordt steeds somberder en wij weten niet meer wat we moeten doen."};
constexpr QStringView workConsequences[] = {u"Ik heb hierdoor deze maand geen geld voor de huur.",
                                            u"Ik moet nu geld lenen bij familie.",
                                            u"Ik wil graag werken, maar zo lukt dat niet."};
constexpr QStringView debtConsequences[] = {u"De schulden lopen ondertussen verder op.",
                                            u"Er heeft al een deurwaarder aan de deur gestaan.",
                                            u"Ik slaap er niet meer van."};
constexpr QStringView otherConsequences[] = {u"Ik heb hierdoor onnodig kosten moeten maken.",
                                             u"Dit kost mij veel tijd en ergernis."};

constexpr QStringView wmoSignals[] = {
    u"Ik hoor van meerdere ouderen in de wijk dat de huishoudelijke hulp steeds vaker niet komt opdagen.",
    u"Bewoners vertellen mij dat het Wmo-vervoer regelmatig een uur te laat is.",
    u"Mensen die ik ondersteun wachten maanden op een besluit over een woningaanpassing.",
    u"Bij keukentafelgesprekken is vaak geen cliëntondersteuner aanwezig, terwijl mensen niet weten dat dat kan."};
constexpr QStringView youthSignals[] = {
    u"Gezinnen die ik spreek wachten lang op jeugdhulp en weten niet wie ze in de tussentijd kunnen bellen.",
    u"Ouders vertellen dat de indicatie van hun kind afloopt zonder dat iemand contact met ze opneemt.",
    u"Het jeugdteam en de aanbieders verwijzen ouders steeds naar elkaar door."};
constexpr QStringView workSignals[] = {
    u"Verschillende inwoners zeggen dat ze geen reactie krijgen op hun vragen over de uitkering.",
    u"Mensen in een re-integratietraject krijgen werk dat niet past bij hun gezondheid.",
    u"De brieven over terugvordering zijn voor veel mensen onbegrijpelijk."};
constexpr QStringView debtSignals[] = {
    u"Inwoners met schulden wachten soms maanden op een eerste gesprek bij de schuldhulpverlening.",
    u"Bij het budgetbeheer worden vaste lasten te laat betaald, waardoor er boetes bij komen."};
constexpr QStringView otherSignals[] = {
    u"Buurtbewoners melden al maanden dat de stoep bij de school onveilig is, maar er gebeurt niets.",
    u"Inwoners klagen dat ze moeilijk een afspraak kunnen maken bij Burgerzaken."};

template <std::size_t A, std::size_t B, std::size_t C, std::size_t D, std::size_t E>
QStringView perDomain(DemoRandom& rng, PolicyDomain domain, const QStringView (&wmo)[A], const QStringView (&youth)[B],
                      const QStringView (&work)[C], const QStringView (&debt)[D], const QStringView (&other)[E]) {
    switch (domain) {
    case PolicyDomain::Wmo: return rng.pick(wmo);
    case PolicyDomain::Youth: return rng.pick(youth);
    case PolicyDomain::Participation: return rng.pick(work);
    case PolicyDomain::DebtAssistance: return rng.pick(debt);
    case PolicyDomain::Other: break;
    }
    return rng.pick(other);
}

QStringView sentenceFor(DemoRandom& rng, DemoTexts::Tone tone) {
    using DemoTexts::Tone;
    switch (tone) {
    case Tone::Complexity: return rng.pick(complexity);
    case Tone::Information: return rng.pick(information);
    case Tone::NonResponse: return rng.pick(nonResponse);
    case Tone::Treatment: return rng.pick(treatment);
    case Tone::Privacy: return rng.pick(privacy);
    case Tone::General: break;
    }
    return rng.pick(general);
}

} // namespace

namespace DemoTexts {

QString fill(const Context& ctx, QStringView text) {
    QString out;
    out.reserve(text.size() + 96);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'{' && i + 2 < text.size() && text[i + 2] == u'}') {
            switch (text[i + 1].unicode()) {
            case u'T': out += ctx.topic->topic; break;
            case u'S': out += ctx.topic->about; break;
            case u'X': out += ctx.topic->wish; break;
            case u'D': out += ctx.who; break;
            case u'O': out += ctx.other; break;
            case u'P': out += ctx.provider; break;
            case u'N': out += ctx.count; break;
            case u'W': out += ctx.period; break;
            default: Q_ASSERT_X(false, "DemoTexts::fill", "unknown placeholder"); break;
            }
            i += 2;
        } else {
            out += text[i];
        }
    }
    if (!out.isEmpty() && out.front().isLower())
        out.front() = out.front().toUpper();
    return out;
}

QList<Tone> tonesOf(const QString& theme) {
    const QString t = theme.toLower();
    QList<Tone> tones;
    const auto has = [&](const char16_t* word) { return t.contains(QStringView(word)); };
    if (has(u"kastje") || has(u"complex") || has(u"doorverw") || has(u"samenwerking"))
        tones.append(Tone::Complexity);
    if (has(u"informatie") || has(u"uitleg") || has(u"communicatie"))
        tones.append(Tone::Information);
    if (has(u"respons") || has(u"reactie") || has(u"bereikbaar") || has(u"terugbel"))
        tones.append(Tone::NonResponse);
    if (has(u"bejegening") || has(u"houding") || has(u"gedrag"))
        tones.append(Tone::Treatment);
    if (has(u"privacy") || has(u"gegevens"))
        tones.append(Tone::Privacy);
    if (tones.isEmpty())
        tones.append(Tone::General);
    return tones;
}

int topicCount(PolicyDomain domain) {
    return int(topicsOf(domain).size());
}

const Topic& topic(PolicyDomain domain, int index) {
    return topicsOf(domain)[std::size_t(index)];
}

Context context(DemoRandom& rng, CaseKind kind, PolicyDomain domain, const Topic& topic,
                const ComplaintSubject& subject) {
    Context ctx;
    ctx.domain = domain;
    ctx.signal = kind == CaseKind::Signal;
    ctx.topic = &topic;
    ctx.provider = subject.provider.isEmpty() ? provider(rng, domain) : subject.provider;
    ctx.who = !subject.provider.isEmpty() && rng.chance(0.6) ? subject.provider : spokenName(subject.department);
    ctx.other = perDomain(rng, domain, wmoOthers, youthOthers, workOthers, debtOthers, otherOthers);
    ctx.count = rng.pick(counts);
    ctx.period = rng.pick(periods);
    return ctx;
}

QString story(DemoRandom& rng, const Context& ctx, CaseKind kind, Tone first, Tone second) {
    static_assert(int(Tone::General) == 5, "one signal sentence per tone");
    if (kind == CaseKind::Signal) {
        static constexpr QStringView signalFollowUps[] = {
            u"Mensen worden van het kastje naar de muur gestuurd.",
            u"De informatie die mensen krijgen klopt vaak niet of is onduidelijk.",
            u"Mensen worden niet teruggebeld.",
            u"Sommigen voelen zich door {D} niet serieus genomen.",
            u"Ook worden er gegevens gedeeld zonder dat mensen dat weten.",
            u"Het speelt nu al {W}."};
        return perDomain(rng, ctx.domain, wmoSignals, youthSignals, workSignals, debtSignals, otherSignals) % u' ' %
               fill(ctx, signalFollowUps[int(first)]) %
               u" Ik geef dit door omdat het volgens mij geen losstaand geval is.";
    }
    QString text;
    if (kind == CaseKind::WrittenComplaint)
        text = fill(ctx, u"Hierbij dien ik een klacht in over {D}. ");
    text += fill(ctx, sentenceFor(rng, first));
    if (second != first)
        text += u' ' % fill(ctx, rng.pick(followUps[int(second)]));
    else if (rng.chance(0.5))
        text += u' ' % fill(ctx, rng.pick(followUps[int(Tone::General)]));
    if (rng.chance(0.7))
        text += u' ' % perDomain(rng, ctx.domain, wmoConsequences, youthConsequences, workConsequences,
                                 debtConsequences, otherConsequences);
    return text;
}

QString desiredOutcome(DemoRandom& rng, const Context& ctx, CaseKind kind, Tone tone) {
    if (kind == CaseKind::Signal) {
        static constexpr QStringView wishes[] = {
            u"Ik wil dat de gemeente uitzoekt of dit vaker voorkomt en laat weten wat ermee gedaan wordt.",
            u"Ik wil graag een terugkoppeling over wat de gemeente met dit signaal doet.",
            u"Ik wil dat dit wordt besproken met {D} en dat de werkwijze wordt aangepast."};
        return fill(ctx, rng.pick(wishes));
    }
    static constexpr QStringView complexityWishes[] = {
        u"Ik wil één vaste contactpersoon die dit regelt, en {X}.",
        u"Ik wil dat de gemeente en {O} onderling afspreken wie dit oppakt, en {X}.",
        u"Ik wil niet nog een keer mijn verhaal hoeven doen; ik wil {X}."};
    static constexpr QStringView informationWishes[] = {u"Ik wil een duidelijke uitleg op papier en {X}.",
                                                        u"Ik wil weten waar ik aan toe ben en {X}."};
    static constexpr QStringView nonResponseWishes[] = {u"Ik wil dat iemand mij deze week terugbelt en {X}.",
                                                        u"Ik wil dat iemand met mij een afspraak maakt en {X}."};
    static constexpr QStringView treatmentWishes[] = {
        u"Ik wil excuses van de medewerker en {X}.",
        u"Ik wil een gesprek met de leidinggevende en voortaan een andere contactpersoon.",
        u"Ik wil dat de medewerker hoort hoe dit bij mij is aangekomen, en {X}."};
    static constexpr QStringView privacyWishes[] = {
        u"Ik wil weten wie mijn gegevens heeft gezien en dat dit niet meer gebeurt.",
        u"Ik wil dat mijn gegevens worden verwijderd waar ze niet horen, en excuses."};
    static constexpr QStringView generalWishes[] = {u"Ik wil {X}.", u"Ik wil vooral {X}.",
                                                    u"Ik wil dat iemand met mij een afspraak maakt en {X}."};
    switch (tone) {
    case Tone::Complexity: return fill(ctx, rng.pick(complexityWishes));
    case Tone::Information: return fill(ctx, rng.pick(informationWishes));
    case Tone::NonResponse: return fill(ctx, rng.pick(nonResponseWishes));
    case Tone::Treatment: return fill(ctx, rng.pick(treatmentWishes));
    case Tone::Privacy: return fill(ctx, rng.pick(privacyWishes));
    case Tone::General: break;
    }
    return fill(ctx, rng.pick(generalWishes));
}

} // namespace DemoTexts
