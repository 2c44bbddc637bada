// aantafel-cli: the command-line interface, as a function so that tests run it in-process.
// Exit codes: 0 ok, 1 refused or problems found, 2 usage error or the file cannot be opened.
// Messages to the user are Dutch and go to err; results go to out.
#pragma once

#include <QStringList>
#include <QTextStream>

class Clock;

namespace Cli {
enum ExitCode { Ok = 0, Refused = 1, UsageOrFile = 2 };
// args excludes the program name: e.g. {"deadlines", "--received", "2025-03-07"}.
int run(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock);
QString usage();
} // namespace Cli
