// The individual aantafel-cli commands, dispatched by Cli::run. Each takes its arguments without
// the command name and returns a Cli::ExitCode.
#pragma once

#include "arguments.h"
#include "cli.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Clock;
class Database;
class MunicipalitySession;
class StorageError;

struct CommandContext {
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QString user; // the operating-system account, recorded in the audit trail
    CliServices services = {};
    QString asLogin; // --as LOGIN: work as that user, when the file allows the account to
};

// Translation context of every command-line message.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

namespace Commands {
int init(const QStringList& args, CommandContext& ctx);
int demo(const QStringList& args, CommandContext& ctx);
int deadlines(const QStringList& args, CommandContext& ctx);
int list(const QStringList& args, CommandContext& ctx);
int check(const QStringList& args, CommandContext& ctx);
int due(const QStringList& args, CommandContext& ctx);
// backupcommand.cpp
int backup(const QStringList& args, CommandContext& ctx);
int restore(const QStringList& args, CommandContext& ctx);
int importCsv(const QStringList& args, CommandContext& ctx);
int letter(const QStringList& args, CommandContext& ctx);
int audit(const QStringList& args, CommandContext& ctx);
int report(const QStringList& args, CommandContext& ctx);
// casecommand.cpp
int caseCommand(const QStringList& args, CommandContext& ctx);
// The help of aantafel-cli case: its three sub-commands and every action with its parameters.
QString caseHelp();

int retention(const QStringList& args, CommandContext& ctx);
// servercommand.cpp: aantafel-cli server init and migrate (the team server), and backup of a server location.
int server(const QStringList& args, CommandContext& ctx);
int migrate(const QStringList& args, CommandContext& ctx);
int backupServer(const QString& location, const QString& target, CommandContext& ctx);

// Opens an existing municipality file, or the municipality on a team server (a postgresql:// URL or an
// .aantafel-server file), reporting a failure on ctx.err; nullptr when it failed.
std::unique_ptr<Database> openFile(const QString& path, CommandContext& ctx, bool readOnly);
// Opens the file and settles who works in it (the account, or --as; Identity::resolve), as the GUI
// does. nullptr after reporting on ctx.err; *code is then the exit code.
std::unique_ptr<MunicipalitySession> openSession(const QString& path, CommandContext& ctx, bool readOnly, int* code);
// A file that cannot be read as an Aan Tafel file (missing, foreign, damaged, newer) is exit code 2;
// anything refused on purpose (locked, read-only, a rule) is 1.
int exitCodeFor(const StorageError& e);
// Refuses (on ctx.err) an output path the output writer would refuse: the input file, its companions,
// any municipality file, a folder or a device. True when refused.
bool refuseOutput(const QString& out, const QString& input, CommandContext& ctx);
} // namespace Commands
