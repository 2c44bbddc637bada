#include "fullprogram.h"

#include "cli/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifndef Q_OS_WIN
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>
#endif

namespace {
#ifdef Q_OS_WIN
const QString Name = QStringLiteral("aantafel-cli-full.exe");
#else
const QString Name = QStringLiteral("aantafel-cli-full");
#endif

QString missing() {
    return QCoreApplication::translate(
        "FullProgram", "Dit commando maakt een PDF of leest een e-mail of document, en heeft daarvoor het "
                       "programmaonderdeel %1 nodig. Dat ontbreekt naast aantafel-cli; installeer Aan Tafel "
                       "opnieuw. Er is niets gedaan.");
}
} // namespace

QString FullProgram::locate(const QString& programDir) {
    const QDir dir(programDir);
    for (const QString& candidate : {dir.filePath(Name), dir.filePath(QStringLiteral("../libexec/aantafel/") + Name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

int FullProgram::handOver(const QString& programDir, int argc, char** argv, QTextStream& err) {
    const QString full = locate(programDir);
    if (full.isEmpty()) {
        err << missing().arg(Name) << '\n';
        return Cli::UsageOrFile;
    }
#ifdef Q_OS_WIN
    // No exec on Windows: run it with this console's input and output, and pass its exit code on.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(full, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        err << QCoreApplication::translate("FullProgram", "%1 kon niet worden gestart of is afgebroken: %2")
                   .arg(Name, process.errorString())
            << '\n';
        return Cli::UsageOrFile;
    }
    return process.exitCode();
#else
    // The same process continues as the full program: its output, exit code and signals are this one's.
    const QByteArray path = QFile::encodeName(full);
    std::vector<char*> arguments(argv, argv + argc);
    arguments.front() = const_cast<char*>(path.constData());
    arguments.push_back(nullptr);
    ::execv(path.constData(), arguments.data());
    const int error = errno;
    err << QCoreApplication::translate("FullProgram", "%1 kon niet worden gestart: %2")
               .arg(Name, QString::fromLocal8Bit(std::strerror(error)))
        << '\n';
    return Cli::UsageOrFile;
#endif
}
