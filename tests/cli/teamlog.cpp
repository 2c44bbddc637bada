#include "teamlog.h"

#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <random>

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

FileContents FileContents::of(const QString& location) {
    static const QRegularExpression token(QStringLiteral("^W\\d+-C\\d+$"));
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::openAny(location, options);
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

void TeamRun::run() const {
    TempDir dir;
    const QString stop = dir.path(QStringLiteral("stop"));
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    const int count = int(writers.size());

    QElapsedTimer took;
    took.start();
    std::vector<std::unique_ptr<Program>> writing;
    for (int i = 0; i < count; ++i) {
        writing.push_back(
            std::make_unique<Program>(QStringLiteral(AANTAFEL_TEAM_WRITER_PATH),
                                      QStringList{QStringLiteral("write"), writers.at(i), QStringLiteral("W%1").arg(i),
                                                  QString::number(seed + i), QString::number(perWriter)}));
    }
    std::vector<std::unique_ptr<Program>> reading;
    for (const QString& location : readers)
        reading.push_back(std::make_unique<Program>(QStringLiteral(AANTAFEL_TEAM_WRITER_PATH),
                                                    QStringList{QStringLiteral("read"), location, stop}));

    const int victim = killOne ? int(seed % unsigned(count)) : -1;
    bool killed = false;
    for (;;) {
        bool allDone = true;
        for (int i = 0; i < count; ++i) {
            if (!writing[i]->finished()) {
                allDone = false;
                writing[i]->waitUntilFinished(50);
            }
            // Halfway through its writes (perWriter registrations and perWriter changes).
            if (i == victim && !killed && writing[i]->output().count('\n') >= perWriter) {
                writing[i]->kill();
                killed = true;
            }
        }
        if (allDone)
            break;
        REQUIRE(took.elapsed() < timeLimitMs);
    }
    INFO("writers took " << took.elapsed() << " ms");
    QFile(stop).open(QIODevice::WriteOnly);
    for (auto& reader : reading) {
        REQUIRE(reader->waitUntilFinished(30000));
        INFO(reader->output().toStdString() << reader->errors().toStdString());
        CHECK(reader->exitCode() == 0);
        CHECK(reader->output().startsWith("reads "));
    }
    if (killOne)
        REQUIRE(killed);

    QList<WriterReport> reports;
    int conflicts = 0;
    for (int i = 0; i < count; ++i) {
        WriterReport report;
        report.name = QStringLiteral("W%1").arg(i);
        report.read(writing[i]->output());
        INFO(report.name.toStdString() << ": " << writing[i]->errors().toStdString());
        if (i == victim) {
            CHECK(writing[i]->exitStatus() == QProcess::CrashExit);
        } else {
            CHECK(writing[i]->exitCode() == 0);
            CHECK(report.done);
            CHECK(report.created.size() + report.refusedCreates.size() == perWriter);
            CHECK(report.changed.size() + report.conflicts.size() + report.refused.size() == perWriter);
        }
        CHECK(report.refusedCreates.isEmpty()); // nothing held the municipality: every registration got its turn
        conflicts += int(report.conflicts.size());
        reports << report;
    }
    INFO("conflicts reported: " << conflicts);
    CHECK(conflicts > 0); // the writers did meet

    const FileContents file = FileContents::of(contents);
    qint64 reportedCreates = 0;
    qint64 reportedChanges = 0;
    for (const WriterReport& report : std::as_const(reports)) {
        reportedCreates += report.created.size();
        reportedChanges += report.changed.size();
        for (auto it = report.created.cbegin(); it != report.created.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(file.referencesByKlager.value(it.key()) == QStringList{it.value()});
        }
        for (auto it = report.changed.cbegin(); it != report.changed.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(file.casesByToken.value(it.key()) == QStringList{it.value()});
        }
        for (const QString& token : report.conflicts) {
            INFO(token.toStdString());
            CHECK_FALSE(file.casesByToken.contains(token));
        }
        for (const QString& token : report.refused)
            CHECK_FALSE(file.casesByToken.contains(token));
    }
    // No case or change more than reported, except the one the killed writer was making.
    const qint64 unreported = killOne ? 1 : 0;
    CHECK(file.cases >= reportedCreates);
    CHECK(file.cases <= reportedCreates + unreported);
    qint64 tokens = 0;
    for (auto it = file.casesByToken.cbegin(); it != file.casesByToken.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().size() == 1); // no change applied twice
        ++tokens;
    }
    CHECK(tokens >= reportedChanges);
    CHECK(tokens <= reportedChanges + unreported);
}
