#include "userrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace {

const QString selectUsers = QStringLiteral("SELECT id, login, name, role, active FROM users ");

User readUser(const SqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = RoleText::fromCode(q.value(3).toString()).value_or(Role::Handler);
    u.active = q.value(4).toInt() != 0;
    return u;
}

// "login, name, role, active" as the audit trail shows a user.
QString auditText(const User& u) {
    return u.login + QStringLiteral(", ") + u.name + QStringLiteral(", ") + RoleText::code(u.role) +
           (u.active ? QString() : QStringLiteral(", inactive"));
}

} // namespace

UserRepository::UserRepository(Database& db, const Clock& clock, QString auditUser)
    : m_db(db)
    , m_clock(clock)
    , m_auditUser(std::move(auditUser)) {}

QList<User> UserRepository::list(bool activeOnly) {
    SqlQuery q(m_db, selectUsers + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                         QStringLiteral("ORDER BY name COLLATE NOCASE, login COLLATE NOCASE"));
    q.exec();
    QList<User> users;
    while (q.next())
        users << readUser(q);
    return users;
}

std::optional<User> UserRepository::findByLogin(const QString& login) {
    // The column is COLLATE NOCASE, so "=" compares ASCII letters case-insensitively.
    SqlQuery q(m_db, selectUsers + QStringLiteral("WHERE login = ?"));
    q.bind(0, login.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<User> UserRepository::activeByLogin(const QString& login) {
    std::optional<User> u = findByLogin(login);
    if (u && !u->active)
        return std::nullopt;
    return u;
}

bool UserRepository::hasUsers() {
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")).toInt() != 0;
}

std::optional<User> UserRepository::byId(qint64 id) {
    SqlQuery q(m_db, selectUsers + QStringLiteral("WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

void UserRepository::requireUniqueLogin(const User& user) {
    if (user.login.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Een gebruiker heeft een inlognaam nodig."));
    const std::optional<User> other = findByLogin(user.login);
    if (other && other->id != user.id) {
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("De inlognaam %1 is al in gebruik door %2.").arg(user.login.trimmed(), other->displayName()));
    }
}

void UserRepository::requireAnActiveAdminAfter(const User& changed) {
    if (changed.active && changed.role == Role::Admin)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?"));
    q.bind(0, changed.id).exec();
    q.next();
    if (q.value(0).toLongLong() == 0) {
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is de laatste actieve beheerder. Maak eerst iemand anders beheerder; zonder "
                              "beheerder kan niemand meer gebruikers beheren.")
                               .arg(changed.displayName()));
    }
}

void UserRepository::add(User& user) {
    User work = user;
    work.login = work.login.trimmed();
    work.name = work.name.trimmed();
    Transaction transaction(m_db);
    requireUniqueLogin(work);
    if (!hasUsers()) {
        work.role = Role::Admin; // the bootstrapping rule: the first user manages the others
        work.active = true;
    }
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO users (login, name, role, active) VALUES (?, ?, ?, ?)"));
    insert.bind(0, work.login)
        .bind(1, work.name)
        .bind(2, RoleText::code(work.role))
        .bind(3, SqlValue::boolean(work.active))
        .exec();
    work.id = insert.lastInsertId().toLongLong();
    AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, QStringLiteral("user"), QStringLiteral("add"), {},
                          auditText(work));
    transaction.commit();
    user = work;
}

void UserRepository::update(const User& user) {
    User work = user;
    work.login = work.login.trimmed();
    work.name = work.name.trimmed();
    Transaction transaction(m_db);
    const std::optional<User> stored = byId(work.id);
    if (!stored)
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit bestand."));
    requireUniqueLogin(work);
    requireAnActiveAdminAfter(work);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET login = ?, name = ?, role = ?, active = ? WHERE id = ?"));
    q.bind(0, work.login)
        .bind(1, work.name)
        .bind(2, RoleText::code(work.role))
        .bind(3, SqlValue::boolean(work.active))
        .bind(4, work.id)
        .exec();
    if (*stored != work) {
        AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, QStringLiteral("user"), QStringLiteral("update"),
                              auditText(*stored), auditText(work));
    }
    transaction.commit();
}

void UserRepository::deactivate(qint64 id) {
    Transaction transaction(m_db);
    std::optional<User> stored = byId(id);
    if (!stored)
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit bestand."));
    if (stored->active) {
        User work = *stored;
        work.active = false;
        update(work); // a savepoint inside this transaction: checks and audits as any change
    }
    transaction.commit();
}
