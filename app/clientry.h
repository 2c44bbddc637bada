// What the two command-line programs (aantafel-cli and aantafel-cli-full) share around Cli::run: reading
// the arguments as text, naming the application, the Dutch catalogue, the clock and the exit code.
#pragma once

#include "cli/cli.h"
#include "i18n/languages.h"

#include <QString>
#include <QStringList>

namespace CliEntry {
struct CommandLine {
    QStringList args; // without the program name
    QString problem;  // the Dutch reason when an argument is no valid text; then nothing may run
};
CommandLine read(int argc, char** argv);
// After the application object exists: names it, installs the Dutch catalogue (the plural forms the
// output needs; Qt's own strings only where Qt Gui draws) and runs the command with these services.
int run(const CommandLine& commandLine, const CliServices& services, Languages::QtStrings qtStrings);
} // namespace CliEntry
