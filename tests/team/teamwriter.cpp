// The concurrency tests' worker (tests/cli/test_teamwork.cpp, test_faults.cpp, and on a team server
// tests/server/test_serverteamwork.cpp): one program instance among several on the same municipality.
// Every line it prints about a write is printed only after the write returned, so the test knows what
// was committed and what was refused. FILE is a municipality file or a team server's location
// (postgresql://… or an .aantafel-server file), opened as the program opens either (Database::openAny);
// hold is for a file only.
//
//   team_writer write FILE NAME SEED COUNT [PAUSE_MS]
//       Registers COUNT cases (klager "NAME-K<n>") and makes COUNT changes, in random order; a change
//       loads a case (half of the time one of the ten oldest, so that writers meet), waits a moment and
//       appends the token "NAME-C<n>" to its story. Prints "created REF NAME-K<n>", "changed REF TOKEN",
//       or for a refused change "conflict REF TOKEN" (someone changed it meanwhile) or
//       "refused REF TOKEN <message>" (busy, or a restore held the file); a refused registration
//       "refused-create NAME-K<n> <message>". Ends with "done". PAUSE_MS: a rest between two writes.
//   team_writer read FILE STOPFILE
//       Reads (count, a page of the list, a search, one whole case) until STOPFILE exists, read-only
//       as aantafel-cli due does. Prints "reads N" and exits 0, or "error <message>" and exits 1.
//   team_writer hold FILE
//       Takes the exclusive hold of a restore, prints "held" and waits to be killed.
//   team_writer retention FILE
//       Destroys every case whose retention period has passed (core's Retention). Prints
//       "destroyed N" and the references, or "refused <message>".
#include "domain/clock.h"
#include "privacy/retention.h"
#include "session/exclusivehold.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/municipalitysettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <random>

namespace {

const QStringList Handlers{QStringLiteral("Fatima Bakkali"), QStringLiteral("Bram de Vries"),
                           QStringLiteral("Anna Jansen")};

void say(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString oneLine(const QString& message) {
    return QString(message).replace(u'\n', u' ');
}

Case newCase(const QString& klager, std::mt19937& rng) {
    Case c;
    c.kind = CaseKind::OralComplaint;
    c.channel = Channel::Phone;
    c.received = QDate::currentDate().addDays(-int(rng() % 20));
    c.klager.name = klager;
    c.domain = PolicyDomain::Wmo;
    c.story = QStringLiteral("Mijn aanvraag is kwijtgeraakt.");
    c.handler = Handlers.at(int(rng() % Handlers.size()));
    return c;
}

int write(const QString& path, const QString& name, quint32 seed, int count, int pauseMs) {
    std::mt19937 rng(seed);
    OpenOptions options;
    options.busyTimeoutMs = 20000;
    options.user = name;
    auto db = Database::openAny(path, options);
    SystemClock clock;
    CaseRepository cases(*db, clock, name);
    int created = 0;
    int changed = 0;
    while (created < count || changed < count) {
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
        const qint64 total = cases.count();
        const bool create = created < count && (changed >= count || total == 0 || rng() % 2 == 0);
        if (create) {
            const QString klager = QStringLiteral("%1-K%2").arg(name).arg(created++);
            Case c = newCase(klager, rng);
            try {
                cases.save(c);
                say(QStringLiteral("created %1 %2").arg(c.reference, klager));
            } catch (const StorageError& e) {
                say(QStringLiteral("refused-create %1 %2").arg(klager, oneLine(e.message())));
            }
            continue;
        }
        const QString token = QStringLiteral("%1-C%2").arg(name).arg(changed++);
        CaseFilter page;
        page.limit = 1;
        // Half of the changes go to the ten oldest cases, where writers meet and conflicts happen.
        page.offset = int(rng() % 2 == 0 ? std::max<qint64>(0, total - 1 - qint64(rng() % 10)) : rng() % total);
        const QList<Case> one = cases.list(page);
        if (one.isEmpty())
            continue;
        Case c;
        try {
            c = cases.load(one.first().id);
        } catch (const StorageError&) {
            continue; // removed meanwhile (a restore of an older copy)
        }
        QThread::usleep(1000 + rng() % 4000); // a handler reads before he saves
        c.story += u'\n' + token;
        c.handler = Handlers.at(int(rng() % Handlers.size()));
        try {
            cases.save(c);
            say(QStringLiteral("changed %1 %2").arg(c.reference, token));
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::Conflict)
                say(QStringLiteral("conflict %1 %2").arg(c.reference, token));
            else
                say(QStringLiteral("refused %1 %2 %3").arg(c.reference, token, oneLine(e.message())));
        }
    }
    say(QStringLiteral("done"));
    return 0;
}

int read(const QString& path, const QString& stopFile) {
    OpenOptions options;
    options.readOnly = true;
    options.busyTimeoutMs = 20000;
    auto db = Database::openAny(path, options);
    SystemClock clock;
    CaseRepository cases(*db, clock, QStringLiteral("lezer"));
    int reads = 0;
    try {
        while (!QFileInfo::exists(stopFile)) {
            const qint64 total = cases.count();
            CaseFilter page;
            page.limit = 50;
            const QList<Case> list = cases.list(page);
            if (total > 0 && list.isEmpty())
                throw StorageError(StorageError::Kind::Invalid, QStringLiteral("empty page of %1 cases").arg(total));
            cases.search(QStringLiteral("aanvraag"), page);
            if (!list.isEmpty())
                cases.load(list.first().id);
            ++reads;
            QThread::msleep(5);
        }
    } catch (const StorageError& e) {
        // A case removed between the page and its load is no error of the reader.
        if (e.kind() != StorageError::Kind::NotFound) {
            say(QStringLiteral("error %1").arg(oneLine(e.message())));
            return 1;
        }
    }
    say(QStringLiteral("reads %1").arg(reads));
    return 0;
}

int hold(const QString& path) {
    ExclusiveHold held(path, ExclusiveHold::Purpose::Restore, 5000, QStringLiteral("Terugzetter"));
    say(QStringLiteral("held"));
    for (;;)
        QThread::sleep(1);
}

int retention(const QString& path) {
    OpenOptions options;
    options.busyTimeoutMs = 20000;
    auto db = Database::openAny(path, options);
    SystemClock clock;
    Retention retention(*db, clock, QStringLiteral("beheer"));
    QList<qint64> ids;
    QStringList references;
    for (const RetentionCandidate& c : retention.due()) {
        ids << c.id;
        references << c.reference;
    }
    try {
        retention.destroy(ids);
    } catch (const StorageError& e) {
        say(QStringLiteral("refused %1").arg(oneLine(e.message())));
        return 1;
    }
    say(QStringLiteral("destroyed %1 %2").arg(ids.size()).arg(references.join(u' ')));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("team_writer"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    try {
        if (mode == QLatin1String("write") && (args.size() == 6 || args.size() == 7))
            return write(args.at(2), args.at(3), args.at(4).toUInt(), args.at(5).toInt(), args.value(6).toInt());
        if (mode == QLatin1String("read") && args.size() == 4)
            return read(args.at(2), args.at(3));
        if (mode == QLatin1String("hold") && args.size() == 3)
            return hold(args.at(2));
        if (mode == QLatin1String("retention") && args.size() == 3)
            return retention(args.at(2));
    } catch (const StorageError& e) {
        say(QStringLiteral("error %1").arg(oneLine(e.message())));
        return 1;
    }
    std::fprintf(stderr, "usage: team_writer write|read|hold|retention FILE …\n");
    return 2;
}
