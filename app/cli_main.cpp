// aantafel-cli entry point: everything happens in Cli::run (core/cli). This program links no Qt Gui and
// no readers, so that it starts as a small console program; a command line that draws a PDF or reads an
// e-mail or a document continues as aantafel-cli-full (app/fullprogram.h).
#include "clientry.h"
#include "fullprogram.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    const CliEntry::CommandLine commandLine = CliEntry::read(argc, argv);
    QCoreApplication app(argc, argv);
    if (commandLine.problem.isEmpty() && Cli::needsServices(commandLine.args)) {
        QTextStream err(stderr);
        return FullProgram::handOver(QCoreApplication::applicationDirPath(), argc, argv, err);
    }
    return CliEntry::run(commandLine, {}, Languages::QtStrings::Skip);
}
