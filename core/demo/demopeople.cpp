// People, places and organisations of the demo municipality "Gemeente Voorbeeld". Names are common
// Dutch first and family names (with tussenvoegsels), streets and villages are invented.
#include "demotexts.h"

#include <array>

namespace {

constexpr QStringView firstNames[] = {
    u"Jan",   u"Piet",   u"Kees",     u"Henk",    u"Gerrit",  u"Willem",  u"Johan",  u"Bram",    u"Daan",   u"Sem",
    u"Lucas", u"Thijs",  u"Ruud",     u"Mohamed", u"Youssef", u"Mehmet",  u"Ahmet",  u"Rachid",  u"Kevin",  u"Dennis",
    u"Marco", u"Erik",   u"Hans",     u"Bart",    u"Gijs",    u"Teun",    u"Koen",   u"Jeroen",  u"Stefan", u"Anouk",
    u"Sanne", u"Fleur",  u"Lotte",    u"Emma",    u"Julia",   u"Sophie",  u"Anna",   u"Maria",   u"Els",    u"Ria",
    u"Gerda", u"Ingrid", u"Annemiek", u"Marja",   u"Petra",   u"Wilma",   u"Fatima", u"Khadija", u"Ayşe",   u"Zeynep",
    u"Nadia", u"Priya",  u"Shanti",   u"Lisa",    u"Eva",     u"Noor",    u"Zoë",    u"Iris",    u"Femke",  u"Marloes",
    u"Joke",  u"Truus",  u"Corrie",   u"Tineke",  u"Hüseyin", u"Andrzej", u"Dewi",   u"Mariska", u"Roos",   u"Bas"};

constexpr QStringView lastNames[] = {u"de Vries",
                                     u"Jansen",
                                     u"de Jong",
                                     u"van den Berg",
                                     u"Bakker",
                                     u"van Dijk",
                                     u"Visser",
                                     u"Smit",
                                     u"Meijer",
                                     u"de Boer",
                                     u"Mulder",
                                     u"de Groot",
                                     u"Bos",
                                     u"Vos",
                                     u"Peters",
                                     u"Hendriks",
                                     u"van Leeuwen",
                                     u"Dekker",
                                     u"Brouwer",
                                     u"de Wit",
                                     u"Dijkstra",
                                     u"Smits",
                                     u"de Graaf",
                                     u"van der Meer",
                                     u"van der Linden",
                                     u"Kok",
                                     u"Jacobs",
                                     u"de Haan",
                                     u"Vermeulen",
                                     u"van den Heuvel",
                                     u"van der Veen",
                                     u"van den Broek",
                                     u"de Bruijn",
                                     u"van der Heijden",
                                     u"Schouten",
                                     u"van Beek",
                                     u"Willems",
                                     u"van Vliet",
                                     u"van de Ven",
                                     u"Hoekstra",
                                     u"Maas",
                                     u"Verhoeven",
                                     u"Koster",
                                     u"van Dam",
                                     u"van der Wal",
                                     u"Prins",
                                     u"Blom",
                                     u"Huisman",
                                     u"Kuipers",
                                     u"El Amrani",
                                     u"Yılmaz",
                                     u"Öztürk",
                                     u"Bennani",
                                     u"Ramdin",
                                     u"Sitaram",
                                     u"Kaya",
                                     u"Nguyen",
                                     u"Kowalski",
                                     u"Bouzid",
                                     u"Tahiri",
                                     u"van 't Hof",
                                     u"ter Horst",
                                     u"op den Kamp",
                                     u"in 't Veld",
                                     u"Postma",
                                     u"Wolters"};

constexpr QStringView streets[] = {u"Dorpsstraat",
                                   u"Kerkstraat",
                                   u"Molenweg",
                                   u"Julianalaan",
                                   u"Beatrixstraat",
                                   u"Schoolstraat",
                                   u"Lindelaan",
                                   u"Prinses Irenestraat",
                                   u"Van Goghstraat",
                                   u"Rembrandtlaan",
                                   u"Eikenlaan",
                                   u"Stationsweg",
                                   u"Vaartweg",
                                   u"Brinkstraat",
                                   u"Esdoornstraat",
                                   u"Oranjestraat",
                                   u"Burgemeester de Leeuwstraat",
                                   u"Zuiderdiep",
                                   u"Noorderhaven",
                                   u"Kastanjehof",
                                   u"Akkerweg",
                                   u"Boterbloemstraat"};

struct Place {
    QStringView name;
    int postcode; // first four digits
    int weight;
};
constexpr Place places[] = {{u"Voorbeeld", 9101, 40},   {u"Voorbeeld", 9103, 20},  {u"Voorbeeld", 9105, 10},
                            {u"Oosterhoeve", 9111, 10}, {u"Westerbroek", 9114, 8}, {u"Kerkdorp", 9121, 7},
                            {u"Zandhuizen", 9125, 5}};

constexpr QStringView postcodeLetters = u"ABCEGHJKLMNPRTVWXZ"; // never SA, SD or SS

constexpr QStringView mailDomains[] = {u"gmail.com",  u"hotmail.com", u"outlook.com", u"ziggo.nl",
                                       u"kpnmail.nl", u"live.nl",     u"home.nl"};

constexpr QStringView familyRoles[] = {u"dochter", u"zoon", u"partner", u"schoonzoon"};
constexpr QStringView otherRoles[] = {u"cliëntondersteuner", u"mantelzorger", u"buurvrouw", u"sociaal raadsman"};

struct Department {
    QStringView name;
    QStringView spoken;
};
constexpr Department departments[] = {{u"Team Wmo", u"het Wmo-loket"},
                                      {u"Jeugdteam", u"het jeugdteam"},
                                      {u"Werk en Inkomen", u"Werk en Inkomen"},
                                      {u"Schuldhulpverlening", u"de schuldhulpverlening"},
                                      {u"Klantcontactcentrum", u"het klantcontactcentrum"},
                                      {u"Wijkteam Noord", u"het wijkteam"},
                                      {u"Wijkteam Zuid", u"het wijkteam"},
                                      {u"Wijkteam Centrum", u"het wijkteam"},
                                      {u"Burgerzaken", u"Burgerzaken"},
                                      {u"Belastingen", u"de afdeling Belastingen"},
                                      {u"Openbare Ruimte", u"de afdeling Openbare Ruimte"},
                                      {u"Vergunningen", u"de afdeling Vergunningen"}};

constexpr QStringView wmoProviders[] = {u"Zorggroep De Linde", u"Thuiszorg Samen", u"Vervoer Regio Taxi",
                                        u"Hulpmiddelencentrum Oost", u"Begeleiding Dichtbij"};
constexpr QStringView youthProviders[] = {u"Jeugdhulp Kompas", u"Kinderpraktijk De Boomgaard", u"Jeugd-ggz Horizon"};
constexpr QStringView workProviders[] = {u"Werkbedrijf Voorbeeld", u"Re-integratie Vooruit"};
constexpr QStringView debtProviders[] = {u"Budgetbeheer Plus", u"Bewindvoering Zeker"};

constexpr std::array<QStringView, 6> handlerNames = {u"Sanne de Boer",  u"Mohamed El Amrani", u"Petra Verhoeven",
                                                     u"Joost van Dijk", u"Ingrid Smits",      u"Kevin Jansen"};

// "Ayşe" → "ayse", "van 't Hof" → "vanthof": the part of an e-mail address made from a name.
QString mailToken(QStringView name) {
    QString out;
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    for (QChar ch : decomposed) {
        if (ch == u'ı')
            out += u'i';
        else if (ch.unicode() < 128 && ch.isLetter())
            out += ch.toLower();
    }
    return out;
}

template <std::size_t N> const std::array<QString, N>& mailTokens(const QStringView (&names)[N]) {
    // One table per name list, made once; the lists are few and fixed.
    static const std::array<QString, N> tokens = [&] {
        std::array<QString, N> t;
        for (std::size_t i = 0; i < N; ++i)
            t[i] = mailToken(names[i]);
        return t;
    }();
    return tokens;
}

QString digits(DemoRandom& rng, int count) {
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(u'0' + rng.between(0, 9));
    return s;
}

} // namespace

PolicyDomain DemoTexts::domain(DemoRandom& rng) {
    return rng.weighted<PolicyDomain>({{PolicyDomain::Wmo, 35},
                                       {PolicyDomain::Youth, 18},
                                       {PolicyDomain::Participation, 20},
                                       {PolicyDomain::DebtAssistance, 10},
                                       {PolicyDomain::Other, 17}});
}

Person DemoTexts::person(DemoRandom& rng, QString* lastName) {
    const std::size_t first = rng.index(std::size(firstNames));
    const std::size_t last = rng.index(std::size(lastNames));
    Person p;
    p.name = firstNames[first] % u' ' % lastNames[last];
    if (lastName)
        *lastName = lastNames[last].toString();

    int roll = rng.between(0, 99);
    const Place* place = places;
    for (const Place& candidate : places) {
        place = &candidate;
        if (roll < candidate.weight)
            break;
        roll -= candidate.weight;
    }
    QString number = QString::number(rng.between(1, 180));
    if (rng.chance(0.08))
        number += QChar(u'a' + rng.between(0, 2));
    p.address = rng.pick(streets) % u' ' % number % u'\n' % QString::number(place->postcode + rng.between(0, 1)) %
                u' ' % postcodeLetters[rng.index(postcodeLetters.size())] %
                postcodeLetters[rng.index(postcodeLetters.size())] % u' ' % place->name;

    const int phone = rng.between(0, 99);
    if (phone < 85)
        p.phone = u"06-" % digits(rng, 8);
    else if (phone < 95)
        p.phone = u"0599-" % digits(rng, 6);

    if (rng.chance(0.7)) {
        const QString& f = mailTokens(firstNames)[first];
        const QString& l = mailTokens(lastNames)[last];
        const QStringView at = rng.pick(mailDomains);
        switch (rng.between(0, 3)) {
        case 0: p.email = f % u'.' % l % u'@' % at; break;
        case 1: p.email = f.left(1) % l % u'@' % at; break;
        case 2: p.email = f % l % QString::number(rng.between(1, 99)) % u'@' % at; break;
        default: p.email = f % u'_' % l % u'@' % at; break;
        }
    }
    return p;
}

Representative DemoTexts::representative(DemoRandom& rng, PolicyDomain domain, const QString& klagerLastName) {
    Representative r;
    if (domain == PolicyDomain::DebtAssistance && rng.chance(0.5)) {
        r.role = QStringLiteral("bewindvoerder");
    } else if (rng.chance(0.5)) {
        r.role = rng.pick(familyRoles).toString();
        r.name = rng.pick(firstNames) % u' ' % klagerLastName;
        return r;
    } else {
        r.role = rng.pick(otherRoles).toString();
    }
    r.name = rng.pick(firstNames) % u' ' % rng.pick(lastNames);
    return r;
}

ComplaintSubject DemoTexts::subject(DemoRandom& rng, PolicyDomain domain, const Topic& topic) {
    ComplaintSubject s;
    QStringView department = topic.department;
    if (department.isEmpty()) {
        const int team = rng.between(0, 99);
        const QStringView wijkteam = departments[5 + rng.between(0, 2)].name;
        switch (domain) {
        case PolicyDomain::Wmo:
            department = team < 50 ? departments[0].name : team < 85 ? wijkteam : departments[4].name;
            break;
        case PolicyDomain::Youth: department = team < 65 ? departments[1].name : wijkteam; break;
        case PolicyDomain::Participation: department = team < 80 ? departments[2].name : departments[4].name; break;
        case PolicyDomain::DebtAssistance: department = team < 80 ? departments[3].name : wijkteam; break;
        case PolicyDomain::Other: department = departments[4].name; break;
        }
    }
    s.department = department.toString();
    if (rng.chance(0.35))
        s.employee =
            (rng.chance(0.55) ? u"mevrouw " : u"de heer ") % rng.pick(firstNames).left(1) % u". " % rng.pick(lastNames);
    if (rng.chance(0.3))
        s.provider = provider(rng, domain);
    if (rng.chance(0.06)) {
        switch (domain) {
        case PolicyDomain::Wmo: s.jointArrangement = QStringLiteral("GGD Regio"); break;
        case PolicyDomain::Youth:
            s.jointArrangement = rng.chance(0.5) ? QStringLiteral("GGD Regio") : QStringLiteral("Veilig Thuis Regio");
            break;
        case PolicyDomain::Participation: s.jointArrangement = QStringLiteral("Sociale Dienst Regio"); break;
        case PolicyDomain::DebtAssistance: s.jointArrangement = QStringLiteral("Kredietbank Regio"); break;
        case PolicyDomain::Other: s.jointArrangement = QStringLiteral("Belastingsamenwerking Regio"); break;
        }
    }
    return s;
}

QString DemoTexts::spokenName(const QString& department) {
    for (const Department& d : departments) {
        if (d.name == department)
            return d.spoken.toString();
    }
    return QStringLiteral("de gemeente");
}

QString DemoTexts::provider(DemoRandom& rng, PolicyDomain domain) {
    switch (domain) {
    case PolicyDomain::Wmo: return rng.pick(wmoProviders).toString();
    case PolicyDomain::Youth: return rng.pick(youthProviders).toString();
    case PolicyDomain::Participation: return rng.pick(workProviders).toString();
    case PolicyDomain::DebtAssistance: return rng.pick(debtProviders).toString();
    case PolicyDomain::Other: break;
    }
    return {};
}

const QList<QString>& DemoTexts::handlers() {
    static const QList<QString> names = [] {
        QList<QString> list;
        for (QStringView name : handlerNames)
            list.append(name.toString());
        return list;
    }();
    return names;
}

QString DemoTexts::handler(DemoRandom& rng) {
    // Two handlers do most of the work; one works part-time.
    static constexpr int weights[] = {26, 24, 18, 14, 10, 8};
    static_assert(std::size(weights) == handlerNames.size());
    return handlers().at(rng.weighted({weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]}));
}
