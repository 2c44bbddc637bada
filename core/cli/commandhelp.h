// The help of aantafel-cli: for every command its synopsis and what it does, in the reader's language.
// `aantafel-cli --help` lists them all; `aantafel-cli COMMAND --help` (or `help COMMAND`) shows one.
// The man page (resources/man/aantafel-cli.1) describes the same commands; a test keeps them in step.
#pragma once

#include <QString>
#include <QStringList>

struct CommandHelp {
    QString name;        // "letter"
    QString synopsis;    // "letter BESTAND --case KENMERK …"
    QString description; // one paragraph, whole sentences
};

namespace CommandHelps {
// Every command, in the order of the overview.
QList<CommandHelp> all();
QStringList names();
// The overview of every command (aantafel-cli --help).
QString overview();
// The help of one command; empty for an unknown name.
QString forCommand(const QString& name);
} // namespace CommandHelps
