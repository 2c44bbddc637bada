// What changed in a municipality file since a point in its audit trail, for windows that show the
// file while colleagues work in it. Every change the program makes leaves audit rows inside the
// transaction of the change (auditlog.h), so the rows after the last one a window saw tell which
// cases were added, changed or removed and whether settings, users or measures changed; rows that
// record only reading (a case file viewed, an export) are no change. Plain SQL without a dialect:
// every change feed (externalchangefeed.h) reads the same log.
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

class Database;

struct ExternalChanges {
    QSet<qint64> added;
    QSet<qint64> changed;
    QSet<qint64> removed;
    bool settings = false; // municipality settings, calendar, letter templates
    bool users = false;
    bool measures = false;
    // Too much to list (an import), or the file was replaced (a restore): reload everything.
    bool everything = false;

    bool isEmpty() const {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !settings && !users && !measures &&
               !everything;
    }
};

class ChangeLog {
public:
    // More audit rows than this after the last position: everything is reloaded instead.
    static constexpr int ManyRows = 2000;

    explicit ChangeLog(Database& db);

    // A point in the log: the newest audit row (and its time), and the newest safety copy a restore
    // recorded in the file. A restore is recognised by the latter: the rows of the copy put back may
    // carry the same numbers and, within one second, the same times as the ones a window saw.
    struct Position {
        qint64 id = 0;
        QString at;
        QString restored;
    };
    Position position();
    // The changes after `from`; `from` moves on to the newest row read.
    ExternalChanges since(Position& from);

private:
    Database& m_db;
};
