#include "clientry.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

CliEntry::CommandLine CliEntry::read(int argc, char** argv) {
    QList<QByteArray> raw;
    for (int i = 1; i < argc; ++i)
        raw << QByteArray(argv[i]);
    CommandLine commandLine;
    commandLine.args = Cli::argumentsFrom(raw, &commandLine.problem);
    return commandLine;
}

int CliEntry::run(const CommandLine& commandLine, const CliServices& services, Languages::QtStrings qtStrings) {
    QCoreApplication::setApplicationName(QStringLiteral("aantafel-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AANTAFEL_VERSION));
    Languages::install(QStringLiteral("nl"), qtStrings);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!commandLine.problem.isEmpty()) {
        // A name that cannot be read as text would silently become another name: nothing runs.
        err << commandLine.problem << '\n';
        return Cli::UsageOrFile;
    }
    const SystemClock clock;
    const int code = Cli::run(commandLine.args, out, err, clock, services);
    out.flush();
    err.flush();
    return code;
}
