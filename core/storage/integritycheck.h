// aantafel-cli check: the file's own integrity (PRAGMA integrity_check, foreign_key_check,
// application id), the schema version, text that is not valid UTF-8 or holds stray control characters
// (every text column of every table), the consistency of every case with its workflow, and the
// deadlines stored with every case against those the deadline engine computes (DeadlineStore::verify).
// On a team server everything but the file's own integrity: the server keeps its pages and enforces its
// foreign keys itself (checking its storage is its administrator's business, see the README).
#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;
class Workflow;

class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    // Dutch problem descriptions, one per line; empty when all is well.
    static QStringList run(Database& db, const Workflow& workflow);
};
