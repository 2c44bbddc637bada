// aantafel-cli is a small console program: it links Qt Core, Qt Sql and SQLite only, so that it starts
// fast. A command line that draws a PDF or reads an e-mail or a document (Cli::needsServices) is handed,
// unchanged, to the full command line, aantafel-cli-full, which carries Qt Gui and the readers: beside
// aantafel-cli (the build tree, Windows) or in ../libexec/aantafel (an installed Linux system).
#pragma once

#include <QString>
#include <QTextStream>

namespace FullProgram {
// Where aantafel-cli-full is, seen from the folder of aantafel-cli; empty when it is not there.
QString locate(const QString& programDir);
// Runs the full command line with argv (the original arguments, argv[0] included) and returns its exit
// code; on Linux it replaces this process and does not return unless that fails. When the full program
// is missing or cannot start, err gets the Dutch reason and the exit code is Cli::UsageOrFile.
int handOver(const QString& programDir, int argc, char** argv, QTextStream& err);
} // namespace FullProgram
