#include "benchsupport.h"

#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"
#include "storage/municipalitysettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include <malloc.h>

namespace {

int g_cases = 100000;
QString g_directory;

double statusField(const char* name) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB → MiB
    }
    return 0;
}

} // namespace

namespace BenchConfig {

void set(int cases, const QString& directory) {
    g_cases = cases;
    g_directory = directory.isEmpty() ? QDir::tempPath() : directory;
}

int cases() {
    return g_cases;
}

QDate today() {
    return QDate(2026, 11, 2);
}

QString file() {
    const QString path = QDir(g_directory).filePath(QStringLiteral("aantafel-bench-%1.aantafel").arg(g_cases));
    if (QFileInfo::exists(path))
        return path;
    std::fprintf(stderr, "Generating %d cases into %s ...\n", g_cases, qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    const FixedClock clock(QDateTime(today(), QTime(9, 0)));
    MunicipalitySettings settings;
    settings.name = QStringLiteral("Gemeente Meetstad");
    settings.committee = true;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        MunicipalitySession session(MunicipalityFile::create(partial, settings, QStringLiteral("bench")), clock,
                                    QStringLiteral("bench"));
        DemoOptions options;
        options.cases = g_cases;
        DemoGenerator(session.engine(), clock, options.seed).populate(session.database(), options);
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QFile::rename(partial, path);
    std::fprintf(stderr, "... made in %.1f s\n", double(timer.elapsed()) / 1000.0);
    BenchMemory::resetPeak(); // the generator's memory is not what the measurements use
    return path;
}

} // namespace BenchConfig

namespace BenchMemory {

double residentMiB() {
    return statusField("VmRSS");
}

double peakMiB() {
    return statusField("VmHWM");
}

void resetPeak() {
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current resident size
}

} // namespace BenchMemory
