// aantafel-cli entry point: everything happens in Cli::run (core/cli).
#include "cli/cli.h"
#include "domain/clock.h"
#include "i18n/languages.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aantafel-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AANTAFEL_VERSION));
    Languages::install(QStringLiteral("nl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const SystemClock clock;
    const int code = Cli::run(args, out, err, clock);
    out.flush();
    err.flush();
    return code;
}
