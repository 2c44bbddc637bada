#include "transaction.h"

#include "database.h"
#include "sqlquery.h"

#include <QDir>

#include <sqlite3.h>

#include <atomic>

namespace {

bool insideTransaction(Database& db) {
    auto* handle = static_cast<sqlite3*>(db.sqliteHandle());
    return handle && sqlite3_get_autocommit(handle) == 0;
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
            SqlQuery::run(db, QStringLiteral("BEGIN IMMEDIATE"));
        } catch (...) {
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
            if (insideTransaction(m_db))
                SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
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
    if (m_savepoint.isEmpty())
        SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    else
        SqlQuery::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    if (m_gated)
        m_db.leaveWrite();
}
