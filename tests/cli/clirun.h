// Runs aantafel-cli in process with a pinned "today" and collects what it prints.
#pragma once

#include "cli/cli.h"
#include "domain/clock.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

inline CliResult runCliOn(const QStringList& args, QDate today) {
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const FixedClock clock(today);
    r.code = Cli::run(args, out, err, clock);
    out.flush();
    err.flush();
    return r;
}
