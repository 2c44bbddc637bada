// What the scale benchmark shares: its configuration, the generated municipality file it measures
// (made once per size and kept) or that file's copy on a team server, the process's memory use, and the
// results table it prints for the README.
#pragma once

#include <QDate>
#include <QString>

namespace BenchConfig {
// years 0: as many years as keep about 25,000 cases in each, at least four — a register grows by
// keeping more years, not by receiving ten times as many complaints a day.
// server: a superuser's location on a PostgreSQL team server (postgresql://…); empty: measure the file.
void set(int cases, int years, const QString& directory, const QString& server = {});
int cases();
int years();
// The generated file with cases() cases, made on first use (demo generator, seed 1, years() years up
// to BenchConfig::today()), kept in the directory for later runs.
QString file();
// What the operations are measured on: file(), or with a server the same municipality moved to a database of
// its own there (bench_<cases>_<years>y_v<schema>_g<generator>, made once with what aantafel-cli migrate
// does, then ANALYZEd as autovacuum would, and kept for later runs).
QString location();
bool onServer();
// The pinned "today" of every measurement, so that runs are comparable.
QDate today();
} // namespace BenchConfig

namespace BenchMemory {
// Resident memory now and at its peak (VmRSS, VmHWM from /proc/self/status), in MiB; 0 elsewhere.
double residentMiB();
double peakMiB();
// Starts measuring the peak afresh from the current resident size (Linux).
void resetPeak();
} // namespace BenchMemory
