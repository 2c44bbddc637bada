#include "cli.h"

#include "commandhelp.h"
#include "commands.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QIODevice>
#include <QMap>

#include <algorithm>
#include <functional>
#include <optional>

QString Cli::usage() {
    return CommandHelps::overview();
}

namespace {
// The value of an option written either "--name value" or "--name=value", as Arguments reads it.
std::optional<QString> optionValue(const QStringList& args, const QString& name) {
    const QString inlinePrefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name)
            return i + 1 < args.size() ? std::optional<QString>(args.at(i + 1)) : std::nullopt;
        if (args.at(i).startsWith(inlinePrefix))
            return args.at(i).mid(inlinePrefix.size());
    }
    return std::nullopt;
}

bool hasOption(const QStringList& args, const QString& name) {
    const QString inlinePrefix = name + QLatin1Char('=');
    return std::any_of(args.begin(), args.end(),
                       [&](const QString& arg) { return arg == name || arg.startsWith(inlinePrefix); });
}
} // namespace

bool Cli::needsGui(const QStringList& args) {
    if (args.isEmpty())
        return false;
    const QString& command = args.first();
    if (command == QLatin1String("letter"))
        return true;
    if (command == QLatin1String("report")) {
        // Without --format the report command takes the format from the name of the output file.
        if (hasOption(args, QStringLiteral("--format")))
            return optionValue(args, QStringLiteral("--format")) == QLatin1String("pdf");
        const std::optional<QString> out = optionValue(args, QStringLiteral("--out"));
        return out && out->endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    }
    return false;
}

bool Cli::needsServices(const QStringList& args) {
    if (needsGui(args))
        return true;
    // case FILE SUBCOMMAND …
    if (args.size() < 3 || args.first() != QLatin1String("case"))
        return false;
    const QString& subcommand = args.at(2);
    return subcommand == QLatin1String("attach") ||
           (subcommand == QLatin1String("new") && hasOption(args, QStringLiteral("--eml")));
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
    const auto isHelp = [](const QString& arg) { return arg == QLatin1String("--help") || arg == QLatin1String("-h"); };
    if (isHelp(command) || command == QLatin1String("help")) {
        // "help COMMAND" shows that command's help.
        if (const QString one = CommandHelps::forCommand(args.value(1));
            command == QLatin1String("help") && !one.isEmpty()) {
            out << one;
            return Ok;
        }
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
        {QStringLiteral("server"), Commands::server},       {QStringLiteral("migrate"), Commands::migrate},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        err << CliText::tr("Onbekende opdracht: %1").arg(command) << "\n\n" << usage();
        return UsageOrFile;
    }
    if (std::any_of(args.cbegin() + 1, args.cend(), isHelp)) {
        out << CommandHelps::forCommand(command);
        return Ok;
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
    // gives the message and exit code 2, never half a list. They are held as the UTF-8 they are printed
    // in: half the memory of the text, and no second conversion on the way out.
    QByteArray results;
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
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(results);
    } else {
        out << QString::fromUtf8(results);
    }
    return code;
}
