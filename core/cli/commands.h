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

struct CommandContext {
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QString user; // the operating-system account, recorded in the audit trail
    CliServices services = {};
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

// Opens an existing municipality file, reporting a failure on ctx.err; nullptr when it failed.
std::unique_ptr<Database> openFile(const QString& path, CommandContext& ctx, bool readOnly);
} // namespace Commands
