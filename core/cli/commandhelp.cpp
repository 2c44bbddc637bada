#include "commandhelp.h"

#include "commands.h"

namespace {

// The paragraph broken into lines of at most width characters, each starting with indent.
QString wrapped(const QString& text, int indent, int width = 100) {
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && margin.size() + line.size() + 1 + word.size() > width) {
            result += margin + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += margin + line + QLatin1Char('\n');
    return result;
}

// The option every command that opens a file takes.
QString generalOption() {
    return CliText::tr("Algemene optie:") + QLatin1Char('\n') + CliText::tr("  --as INLOGNAAM") + QLatin1Char('\n') +
           wrapped(CliText::tr("Werk als deze gebruiker van het bestand; alleen als uw account aan die gebruiker "
                               "is gekoppeld. Zonder --as werkt u als de gebruiker van uw account (of alleen "
                               "lezend)."),
                   6);
}

// Where a FILE may be a municipality on the team server.
QString teamServer() {
    return wrapped(CliText::tr("Waar een opdracht een BESTAND neemt, neemt zij ook een gemeente op de teamserver: "
                               "postgresql://SERVER/DATABASE of een .aantafel-server-bestand, met dezelfde uitvoer. "
                               "Op de teamserver werkt u als de login waarmee u bent aangemeld."),
                   0);
}

QString exitCodes() {
    return CliText::tr("Afsluitcodes: 0 in orde, 1 geweigerd of problemen gevonden, 2 verkeerd gebruik of bestand "
                       "niet te openen.");
}

} // namespace

QList<CommandHelp> CommandHelps::all() {
    return {
        {QStringLiteral("init"), CliText::tr("init BESTAND --name NAAM [--committee]"),
         CliText::tr("Maak een nieuw gemeentebestand (.aantafel). --committee: formele klachten gaan naar een "
                     "klachtadviescommissie (afdeling 9.1.3 Awb).")},
        {QStringLiteral("demo"), CliText::tr("demo BESTAND [--cases N] [--seed S] [--years JAREN]"),
         CliText::tr("Maak een demogemeente met N gegenereerde zaken (standaard 300, hoogstens 1.000.000), met "
                     "klachtonderdelen, oordelen en maatregelen. Met dezelfde --seed ontstaat dezelfde gemeente. "
                     "--years: over hoeveel jaren tot vandaag de zaken binnenkwamen (standaard 4, hoogstens 50).")},
        {QStringLiteral("deadlines"),
         CliText::tr("deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json] [--file "
                     "BESTAND]"),
         CliText::tr("Bereken de termijnen van hoofdstuk 9 Awb voor een ontvangstdatum, geteld volgens de "
                     "Algemene termijnenwet. --conduct: de datum van de gedraging (9:8 lid 1 b). --file: de "
                     "vastgestelde vrije dagen van dat gemeentebestand.")},
        {QStringLiteral("list"), CliText::tr("list BESTAND [--open] [--search WOORDEN] [--json]"),
         CliText::tr("Toon de zaken met hun eerstvolgende termijn; --open alleen de lopende zaken, --search alleen "
                     "de zaken waarin alle woorden voorkomen (zoals het zoekveld van de zaaklijst).")},
        {QStringLiteral("check"), CliText::tr("check BESTAND"),
         CliText::tr("Controleer het bestand en of elke zaak klopt met de werkwijze en hoofdstuk 9 Awb (bijvoorbeeld "
                     "een formele klacht afgesloten zonder afdoeningsbrief, of een verdaging na afloop van de "
                     "termijn). Wijzigt niets. Op een teamserver: dezelfde controles van de gegevens, niet de "
                     "opslag van de server zelf.")},
        {QStringLiteral("due"), CliText::tr("due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]"),
         CliText::tr("Termijnoverzicht: alle openstaande termijnen per urgentie (te laat, vandaag, deze week, "
                     "later) en de werklast per behandelaar. Opent het bestand alleen om te lezen.")},
        {QStringLiteral("backup"), CliText::tr("backup BESTAND|postgresql://SERVER/DATABASE --to KOPIE"),
         CliText::tr("Maak een reservekopie, ook terwijl anderen in het bestand werken. Van een teamserver "
                     "(een adres of .aantafel-server-bestand) wordt het een gewoon gemeentebestand, per tabel "
                     "nageteld en vergeleken.")},
        {QStringLiteral("restore"), CliText::tr("restore KOPIE --to BESTAND [--force] [--wait SECONDEN]"),
         CliText::tr("Zet een reservekopie terug. Wacht tot wat collega's aan het vastleggen zijn klaar is "
                     "(hoogstens --wait seconden, standaard 30) en houdt zolang nieuwe wijzigingen tegen. Weigert "
                     "een bestand dat later is gewijzigd dan de kopie (--force: toch); het huidige bestand wordt "
                     "eerst opzij gezet.")},
        {QStringLiteral("import"),
         CliText::tr("import BESTAND --csv IN.csv --mapping INDELING.json [--dry-run] [--skip-invalid]"),
         CliText::tr("Importeer een bestaand klachtenregister (CSV) volgens een kolomindeling (JSON). Alles of "
                     "niets: met een probleemregel wordt niets geschreven, tenzij --skip-invalid die regels "
                     "overslaat. --dry-run controleert alleen.")},
        {QStringLiteral("letter"),
         CliText::tr("letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf [--date JJJJ-MM-DD] [--ground GROND] "
                     "[--record]"),
         CliText::tr("Maak een brief van een zaak als PDF, precies zoals het programma hem afdrukt. Soorten: "
                     "ontvangstbevestiging, informele-oplossing, uitnodiging-hoorzitting, verdaging, "
                     "instemming-uitstel, niet-behandelen, afschrift-beklaagde, afdoening. Weigert (code 1) als een "
                     "verplicht onderdeel ontbreekt. --record legt de brief vast als verstuurd en voert uit wat hij "
                     "rechtens doet: de afdoeningsbrief sluit de formele klacht af op zijn datum, de verdagingsbrief "
                     "verdaagt, de kennisgeving niet-behandelen sluit de zaak als niet behandeld. --ground geeft bij "
                     "niet-behandelen de grond (bijv. 9_8_1_b).")},
        {QStringLiteral("case"), CliText::tr("case BESTAND new|do|show|attach …"),
         CliText::tr("De werkwijze van een zaak, met dezelfde regels, rechten en audittrail als het programma: new "
                     "registreert een zaak (new --eml: uit een e-mail, met het bericht en de bijlagen als documenten), "
                     "do past één stap toe (afsluitcode 1 met de reden als die niet mag), show toont de zaak met "
                     "termijnen en tijdlijn (--json), attach voegt bestanden toe aan de documenten van de zaak. "
                     "Brieven gaan met letter --record. aantafel-cli case --help toont elke actie met haar "
                     "parameters.")},
        {QStringLiteral("audit"),
         CliText::tr("audit BESTAND --from JJJJ-MM-DD --to JJJJ-MM-DD [--case ZAAKNUMMER] --out UITVOER.csv"),
         CliText::tr("Audittrail van een periode (of van één zaak) als CSV; alleen voor een beheerder.")},
        {QStringLiteral("report"), CliText::tr("report BESTAND --year JJJJ --format pdf|html|csv --out UITVOER"),
         CliText::tr("Klachtenjaarverslag (art. 9:12a Awb) van een jaar, zonder persoonsgegevens: PDF met "
                     "grafieken, HTML of CSV.")},
        {QStringLiteral("retention"),
         CliText::tr("retention BESTAND --list|--anonymise|--destroy [--before JJJJ-MM-DD] [--dry-run] [--copies "
                     "scrub|delete]"),
         CliText::tr("Bewaartermijn: toon, anonimiseer of vernietig de afgesloten zaken waarvan de bewaartermijn is "
                     "verstreken (--before: alleen zaken afgesloten vóór die dag); --copies schoont de "
                     "reservekopieën van vóór de vernietiging op of verwijdert ze. Alleen voor een beheerder.")},
        {QStringLiteral("server"),
         CliText::tr("server init postgresql://SERVER/DATABASE --name NAAM [--committee] | server upgrade "
                     "postgresql://SERVER/DATABASE"),
         CliText::tr("Teamserver (PostgreSQL): richt een gemeente in een nieuwe, lege database in, met dezelfde "
                     "tabellen als een gemeentebestand en de rollen klachtbehandelaar, klachtencoördinator en "
                     "beheerder, die de server zelf afdwingt (de audittrail kan niemand wijzigen). Verbind als "
                     "superuser; het wachtwoord komt uit ~/.pgpass of Kerberos. In plaats van het adres mag een "
                     ".aantafel-server-bestand. server upgrade brengt het schema van de gemeente op de versie van dit "
                     "programma, in één transactie, als niemand met haar werkt (ook als superuser).")},
        {QStringLiteral("migrate"), CliText::tr("migrate BESTAND --to postgresql://SERVER/DATABASE"),
         CliText::tr("Zet een gemeentebestand over naar een nieuwe, lege database op de teamserver: alles (zaken, "
                     "tijdlijnen, brieven, documenten, maatregelen, gebruikers, audittrail, instellingen), ingericht "
                     "zoals server init doet. Elke tabel wordt nageteld en met een controlesom vergeleken; bij een "
                     "verschil gebeurt er niets. Het bestand zelf blijft ongewijzigd. Verbind als superuser.")},
    };
}

QStringList CommandHelps::names() {
    QStringList result;
    for (const CommandHelp& help : all())
        result << help.name;
    return result;
}

QString CommandHelps::overview() {
    QString text = CliText::tr("Gebruik: aantafel-cli OPDRACHT [OPTIES]") + QStringLiteral("\n\n") +
                   CliText::tr("Opdrachten:") + QLatin1Char('\n');
    for (const CommandHelp& help : all())
        text += QStringLiteral("  ") + help.synopsis + QLatin1Char('\n') + wrapped(help.description, 6);
    text += QLatin1Char('\n') + generalOption() + QLatin1Char('\n') + teamServer() + QLatin1Char('\n') +
            CliText::tr("aantafel-cli OPDRACHT --help toont de hulp bij één opdracht; aantafel-cli --version de "
                        "versie.") +
            QLatin1Char('\n') + exitCodes() + QLatin1Char('\n');
    return text;
}

QString CommandHelps::forCommand(const QString& name) {
    // case has sub-commands and actions of its own: its help lists them all.
    if (name == QLatin1String("case"))
        return Commands::caseHelp() + QLatin1Char('\n') + exitCodes() + QLatin1Char('\n');
    for (const CommandHelp& help : all()) {
        if (help.name == name)
            return CliText::tr("Gebruik: aantafel-cli %1").arg(help.synopsis) + QStringLiteral("\n\n") +
                   wrapped(help.description, 0) + QLatin1Char('\n') + exitCodes() + QLatin1Char('\n');
    }
    return {};
}
