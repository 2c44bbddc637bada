#include "securedelete.h"

#include "sqlquery.h"
#include "storageerror.h"

SecureDelete::SecureDelete(Database& db)
    : m_db(db) {
    SqlQuery::runOnFile(m_db, QStringLiteral("PRAGMA secure_delete = ON"));
}

SecureDelete::~SecureDelete() {
    try {
        SqlQuery::runOnFile(m_db, QStringLiteral("PRAGMA secure_delete = OFF"));
    } catch (const StorageError&) {
        // Only slower deletes later on; nothing to report.
    }
}
