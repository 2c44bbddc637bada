#include "exclusivehold.h"

#include "storage/database.h"
#include "storage/fileaccess.h"
#include "storage/systemaccount.h"

#include <QDir>

namespace {

QString accountOr(const QString& user) {
    return user.isEmpty() ? SystemAccount::name() : user;
}

} // namespace

QString ExclusiveHold::purposeCode(Purpose purpose) {
    return purpose == Purpose::Restore ? LockRecord::Restore : LockRecord::Retention;
}

ExclusiveHold::ExclusiveHold(const QString& databasePath, Purpose purpose, int waitMs, const QString& user)
    : m_lock(std::make_unique<LockFile>(databasePath)) {
    m_id = FileAccess::acquireHold(*m_lock, purposeCode(purpose), accountOr(user), waitMs, databasePath);
}

ExclusiveHold::ExclusiveHold(Database& db, Purpose purpose, int waitMs, const QString& user)
    : m_db(&db) {
    if (!db.access()) {
        // A copy being changed in place takes no part in the protocol: nobody else works in it.
        if (!db.isReadOnly())
            return;
        throw StorageError(StorageError::Kind::ReadOnly,
                           Database::tr("%1 is alleen-lezen geopend; er kan niets worden gewijzigd.")
                               .arg(QDir::toNativeSeparators(db.path())));
    }
    db.access()->beginHold(purposeCode(purpose), accountOr(user), waitMs);
}

ExclusiveHold::~ExclusiveHold() {
    if (m_db) {
        if (FileAccess* access = m_db->access())
            access->endHold();
    } else if (m_lock) {
        FileAccess::releaseHold(*m_lock, m_id);
    }
}

QList<LockRecord> ExclusiveHold::others() {
    if (m_db && m_db->access())
        return m_db->access()->others();
    QList<LockRecord> list = m_lock ? m_lock->records() : QList<LockRecord>{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    list.removeIf([&](const LockRecord& r) { return r.id == m_id || r.isLeftBehind(now); });
    return list;
}
