#include "teamlog.h"

#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QRegularExpression>

void WriterReport::read(const QByteArray& output) {
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        ++lines;
        const QStringList f = line.split(u' ');
        if (f.first() == QLatin1String("created") && f.size() == 3)
            created.insert(f.at(2), f.at(1));
        else if (f.first() == QLatin1String("changed") && f.size() == 3)
            changed.insert(f.at(2), f.at(1));
        else if (f.first() == QLatin1String("conflict") && f.size() == 3)
            conflicts.insert(f.at(2));
        else if (f.first() == QLatin1String("refused") && f.size() >= 3) {
            refused.insert(f.at(2));
            refusalMessages << f.mid(3).join(u' ');
        } else if (f.first() == QLatin1String("refused-create") && f.size() >= 2) {
            refusedCreates.insert(f.at(1));
            refusalMessages << f.mid(2).join(u' ');
        } else if (f.first() == QLatin1String("done"))
            done = true;
    }
}

Program::Program(const QString& executable, const QStringList& arguments) {
    m_process.start(executable, arguments);
    REQUIRE(m_process.waitForStarted(10000));
}

Program::~Program() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

const QByteArray& Program::output() {
    m_output += m_process.readAllStandardOutput();
    return m_output;
}

bool Program::waitUntilFinished(int ms) {
    const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
    output();
    return ended;
}

void Program::kill() {
    m_process.kill(); // SIGKILL: no destructor, no rollback, no record removed
    m_process.waitForFinished(5000);
    output();
}

QString Program::errors() {
    return QString::fromUtf8(m_process.readAllStandardError());
}

CliRun runCli(const QStringList& arguments, int timeoutMs) {
    QProcess cli;
    cli.start(QStringLiteral(AANTAFEL_CLI_PATH), arguments);
    CliRun run;
    if (!cli.waitForStarted(10000) || !cli.waitForFinished(timeoutMs)) {
        cli.kill();
        cli.waitForFinished(5000);
        run.err = QStringLiteral("aantafel-cli did not finish");
        return run;
    }
    run.code = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

FileContents FileContents::of(const QString& path) {
    static const QRegularExpression token(QStringLiteral("^W\\d+-C\\d+$"));
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    FixedClock clock(QDateTime::currentDateTime());
    CaseRepository cases(*db, clock, QStringLiteral("controle"));
    FileContents contents;
    cases.forEachFull([&](const Case& c) {
        ++contents.cases;
        contents.references.insert(c.reference);
        contents.referencesByKlager[c.klager.name] << c.reference;
        for (const QString& line : c.story.split(u'\n')) {
            if (token.match(line).hasMatch())
                contents.casesByToken[line] << c.reference;
        }
    });
    return contents;
}
