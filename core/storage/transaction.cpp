#include "transaction.h"

#include "database.h"
#include "sqlquery.h"

#include <QDir>

#include <atomic>

namespace {

bool insideTransaction(Database& db) {
    return db.inTransaction();
}

QString nextSavepointName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("aantafel_sp_%1").arg(++counter);
}

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db) {
    if (db.isDamaged()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           Database::tr("%1 is beschadigd; er wordt niets meer in vastgelegd. Zet een reservekopie "
                                        "terug (Bestand ▸ Reservekopie terugzetten).")
                               .arg(QDir::toNativeSeparators(db.path())));
    }
    if (insideTransaction(db)) {
        m_savepoint = nextSavepointName();
        SqlQuery::run(db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        db.enterWrite();
        m_gated = true;
        try {
            const QStringList begin = db.dialect().beginWrite();
            SqlQuery::run(db, begin.constFirst());
            db.setServerTransaction(true);
            for (qsizetype i = 1; i < begin.size(); ++i)
                SqlQuery::run(db, begin.at(i));
        } catch (...) {
            if (db.isServer() && insideTransaction(db)) {
                try {
                    SqlQuery::run(db, QStringLiteral("ROLLBACK"));
                } catch (...) {
                }
            }
            db.setServerTransaction(false);
            db.leaveWrite();
            throw;
        }
    }
}

Transaction::~Transaction() {
    if (m_done)
        return;
    // After SQLITE_FULL or IOERR SQLite may already have rolled back on its own; then this fails,
    // harmlessly. A destructor must not throw.
    try {
        if (m_savepoint.isEmpty()) {
            if (insideTransaction(m_db)) {
                m_db.setServerTransaction(false);
                SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
            }
        } else if (insideTransaction(m_db)) {
            SqlQuery::run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
            SqlQuery::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
        }
    } catch (...) {
    }
    if (m_gated)
        m_db.leaveWrite();
}

void Transaction::commit() {
    if (m_done)
        return;
    if (m_savepoint.isEmpty()) {
        try {
            for (const QString& statement : m_db.dialect().beforeCommit())
                SqlQuery::run(m_db, statement);
            SqlQuery::run(m_db, QStringLiteral("COMMIT"));
        } catch (...) {
            // A server ends a transaction whose COMMIT failed (a rollback then only warns); the file keeps it
            // open for the destructor's rollback.
            if (m_db.isServer()) {
                m_db.setServerTransaction(false);
                try {
                    SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
                } catch (...) {
                }
            }
            throw;
        }
        m_db.setServerTransaction(false);
    } else
        SqlQuery::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    if (m_gated)
        m_db.leaveWrite();
}
