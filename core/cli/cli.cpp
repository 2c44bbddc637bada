#include "cli.h"

#include "commands.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QMap>

#include <functional>

QString Cli::usage() {
    return CliText::tr(
        "Gebruik: aantafel-cli OPDRACHT [OPTIES]\n"
        "\n"
        "Opdrachten:\n"
        "  init BESTAND --name NAAM [--committee]\n"
        "      Maak een nieuw gemeentebestand (.aantafel).\n"
        "  demo BESTAND [--cases N] [--seed S]\n"
        "      Maak een demogemeente met N gegenereerde zaken (standaard 300, hoogstens 1.000.000).\n"
        "  deadlines --received JJJJ-MM-DD [--committee] [--conduct JJJJ-MM-DD] [--json]\n"
        "      Bereken de termijnen van hoofdstuk 9 Awb voor een ontvangstdatum.\n"
        "  list BESTAND [--open] [--json]\n"
        "      Toon de zaken met hun eerstvolgende termijn.\n"
        "  check BESTAND\n"
        "      Controleer het bestand en of elke zaak klopt met de werkwijze.\n"
        "  due BESTAND [--within DAGEN] [--handler NAAM] [--format text|csv|json]\n"
        "      Termijnoverzicht: alle openstaande termijnen per urgentie (te laat, vandaag, deze week,\n"
        "      later) en de werklast per behandelaar.\n"
        "  backup BESTAND --to KOPIE\n"
        "      Maak een reservekopie, ook terwijl anderen in het bestand werken.\n"
        "  restore KOPIE --to BESTAND [--force]\n"
        "      Zet een reservekopie terug. Weigert een bestand dat nog geopend is of later is gewijzigd dan de\n"
        "      kopie (--force: toch); het huidige bestand wordt eerst opzij gezet.\n"
        "  import BESTAND --csv IN.csv --mapping INDELING.json [--dry-run] [--skip-invalid]\n"
        "      Importeer een bestaand klachtenregister (CSV) volgens een kolomindeling (JSON). Alles of niets:\n"
        "      met een probleemregel wordt niets geschreven, tenzij --skip-invalid die regels overslaat.\n"
        "  letter BESTAND --case KENMERK --type SOORT --pdf UIT.pdf [--date JJJJ-MM-DD] [--ground GROND] [--record]\n"
        "      Maak een brief van een zaak als PDF. Soorten: ontvangstbevestiging, informele-oplossing,\n"
        "      uitnodiging-hoorzitting, verdaging, instemming-uitstel, niet-behandelen, afschrift-beklaagde,\n"
        "      afdoening. Weigert (code 1) als een verplicht onderdeel ontbreekt. --record legt de brief vast\n"
        "      als verstuurd; --ground geeft bij niet-behandelen de grond (bijv. 9_8_1_b).\n"
        "  case BESTAND new --kind klaagschrift|mondeling|signaal --received JJJJ-MM-DD --klager NAAM […]\n"
        "  case BESTAND do KENMERK ACTIE [--date JJJJ-MM-DD] [--param SLEUTEL=WAARDE]…\n"
        "  case BESTAND show KENMERK [--json]\n"
        "      De werkwijze van een zaak, met dezelfde regels, rechten en audittrail als het programma;\n"
        "      aantafel-cli case --help toont elke actie met haar parameters.\n"
        "  audit BESTAND --from JJJJ-MM-DD --to JJJJ-MM-DD [--case ZAAKNUMMER] --out UITVOER.csv\n"
        "      Audittrail van een periode (of van één zaak) als CSV; alleen voor een beheerder.\n"
        "  report BESTAND --year JJJJ --format pdf|html|csv --out UITVOER\n"
        "      Klachtenjaarverslag (art. 9:12a Awb) van een jaar, zonder persoonsgegevens.\n"
        "  retention BESTAND --list|--anonymise|--destroy [--before JJJJ-MM-DD] [--dry-run] [--copies scrub|delete]\n"
        "      Bewaartermijn: toon, anonimiseer of vernietig de afgesloten zaken waarvan de bewaartermijn is\n"
        "      verstreken (--before: alleen zaken afgesloten vóór die dag); --copies schoont de reservekopieën\n"
        "      van vóór de vernietiging op of verwijdert ze. Alleen voor een beheerder.\n"
        "\n"
        "Algemene optie:\n"
        "  --as INLOGNAAM\n"
        "      Werk als deze gebruiker van het bestand; alleen als uw account aan die gebruiker is gekoppeld.\n"
        "      Zonder --as werkt u als de gebruiker van uw account (of alleen lezend).\n"
        "\n"
        "Afsluitcodes: 0 in orde, 1 geweigerd of problemen gevonden, 2 verkeerd gebruik of bestand niet te "
        "openen.\n");
}

bool Cli::needsGui(const QStringList& args) {
    if (args.isEmpty())
        return false;
    const QString& command = args.first();
    if (command == QLatin1String("letter"))
        return true;
    if (command == QLatin1String("report")) {
        // Without --format the report command takes the format from the name of the output file.
        const qsizetype format = args.indexOf(QStringLiteral("--format"));
        if (format >= 0)
            return format + 1 < args.size() && args.at(format + 1) == QLatin1String("pdf");
        const qsizetype out = args.indexOf(QStringLiteral("--out"));
        return out >= 0 && out + 1 < args.size() &&
               args.at(out + 1).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    }
    return false;
}

QStringList Cli::argumentsFrom(const QList<QByteArray>& raw, QString* problem) {
    QStringList args;
    for (const QByteArray& bytes : raw) {
        const QString text = QString::fromLocal8Bit(bytes);
        if (text.toLocal8Bit() != bytes && problem && problem->isEmpty()) {
            *problem =
                CliText::tr("Het argument '%1' bevat tekens die dit systeem niet als tekst kan lezen (geen geldige "
                            "UTF-8), bijvoorbeeld een bestandsnaam uit een ander systeem. Geef het bestand een "
                            "naam zonder die tekens; er is niets gedaan.")
                    .arg(text);
        }
        args << text;
    }
    return args;
}

int Cli::run(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock,
             const CliServices& services) {
    if (args.isEmpty()) {
        err << usage();
        return UsageOrFile;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        out << "aantafel-cli " << AANTAFEL_VERSION << '\n';
        return Ok;
    }

    using Handler = std::function<int(const QStringList&, CommandContext&)>;
    static const QMap<QString, Handler> commands{
        {QStringLiteral("init"), Commands::init},           {QStringLiteral("demo"), Commands::demo},
        {QStringLiteral("deadlines"), Commands::deadlines}, {QStringLiteral("list"), Commands::list},
        {QStringLiteral("check"), Commands::check},         {QStringLiteral("due"), Commands::due},
        {QStringLiteral("backup"), Commands::backup},       {QStringLiteral("restore"), Commands::restore},
        {QStringLiteral("import"), Commands::importCsv},    {QStringLiteral("letter"), Commands::letter},
        {QStringLiteral("audit"), Commands::audit},         {QStringLiteral("report"), Commands::report},
        {QStringLiteral("retention"), Commands::retention}, {QStringLiteral("case"), Commands::caseCommand},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        err << CliText::tr("Onbekende opdracht: %1").arg(command) << "\n\n" << usage();
        return UsageOrFile;
    }
    // --as LOGIN belongs to no command in particular: taken out here, settled when the file is opened.
    QStringList rest;
    QString asLogin;
    bool asGiven = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--as")) {
            if (i + 1 >= args.size()) {
                err << CliText::tr("Optie --as verwacht een inlognaam.") << '\n';
                return UsageOrFile;
            }
            asLogin = args.at(++i);
            asGiven = true;
        } else if (arg.startsWith(QLatin1String("--as="))) {
            asLogin = arg.mid(5);
            asGiven = true;
        } else {
            rest << arg;
        }
    }
    if (asGiven && asLogin.trimmed().isEmpty()) {
        err << CliText::tr("Optie --as verwacht een inlognaam.") << '\n';
        return UsageOrFile;
    }

    // Results are held back until the command has finished: damage met halfway through a listing
    // gives the message and exit code 2, never half a list.
    QString results;
    QTextStream held(&results);
    CommandContext ctx{held, err, clock, MunicipalitySession::operatingSystemUser(), services, asLogin.trimmed()};
    int code = Refused;
    try {
        code = (*it)(rest, ctx);
    } catch (const StorageError& e) {
        err << e.message() << '\n';
        return Commands::exitCodeFor(e);
    } catch (const std::exception& e) {
        // Every storage failure is caught where it is expected; this is the last line of defence.
        err << CliText::tr("Onverwachte fout: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return Refused;
    }
    held.flush();
    out << results;
    return code;
}
