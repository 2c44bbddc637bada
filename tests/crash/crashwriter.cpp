// The crash test's victim: writes cases into a municipality file without end, in batches of N (one
// transaction each, CaseRepository::insertMany, as the demo generator and imports do) and single
// saves (CaseRepository::save, as the desk does), and reports every commit on stdout only after it
// returned: "batch <last reference> <cases in the file>" or "save <reference> <cases in the file>".
// test_crash.cpp kills it with SIGKILL somewhere in the middle.
//
// Usage: crash_writer FILE BATCH
#include "domain/clock.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

Case newCase(int n) {
    Case c;
    c.kind = CaseKind::OralComplaint;
    c.channel = Channel::Phone;
    c.received = QDate(2025, 1, 2).addDays(n % 300);
    c.klager.name = QStringLiteral("Klager %1").arg(n);
    c.domain = PolicyDomain::Wmo;
    c.story = QStringLiteral("Mijn aanvraag voor huishoudelijke hulp is kwijtgeraakt (%1).").arg(n);
    c.handler = QStringLiteral("Fatima Bakkali");
    return c;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const int batchSize = args.at(2).toInt();
    try {
        auto db = Database::open(args.at(1));
        SystemClock clock;
        CaseRepository cases(*db, clock, QStringLiteral("Crashtest"));
        qint64 total = cases.count();
        for (int round = 0;; ++round) {
            QList<Case> batch;
            for (int i = 0; i < batchSize; ++i)
                batch << newCase(int(total) + i);
            cases.insertMany(batch);
            total += batch.size();
            std::printf("batch %s %lld\n", qPrintable(batch.last().reference), static_cast<long long>(total));
            std::fflush(stdout);
            Case single = newCase(int(total));
            cases.save(single);
            ++total;
            std::printf("save %s %lld\n", qPrintable(single.reference), static_cast<long long>(total));
            std::fflush(stdout);
        }
    } catch (const StorageError& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
