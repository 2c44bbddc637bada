// The users of a municipality file (table users): list, look up by login, add, change and
// deactivate. Every write is one transaction with an audit row ("user"), and no write may leave a
// file that has users without an active beheerder (StorageError::Invalid with the reason).
//
// Bootstrapping: a file without any users works as it always has — everybody may do everything
// (Permissions::everybody()) — until the first user is added. That first user is always made a
// beheerder, whatever role was asked for, so that someone can manage the users from then on.
// Users are never deleted: the audit trail names them.
#pragma once

#include "user.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

class UserRepository {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    // auditUser: who is recorded in the audit trail for the changes.
    UserRepository(Database& db, const Clock& clock, QString auditUser);

    // Every user (activeOnly: only the active ones), sorted by name, then login.
    QList<User> list(bool activeOnly = false);
    // The user with this login, compared case-insensitively; inactive users too.
    std::optional<User> findByLogin(const QString& login);
    // The active user with this login, the one a session runs as; nullopt when unknown or inactive.
    std::optional<User> activeByLogin(const QString& login);
    // True when the file has at least one user (active or not): from then on roles apply.
    bool hasUsers();

    // Stores a new user; assigns id. The first user of a file becomes a beheerder (see above).
    // Refuses an empty login and a login already taken.
    void add(User& user);
    // Changes login, name, role and active of a stored user.
    void update(const User& user);
    // Deactivates a user: he can no longer open the file in his role.
    void deactivate(qint64 id);

private:
    std::optional<User> byId(qint64 id);
    void requireUniqueLogin(const User& user);
    void requireAnActiveAdminAfter(const User& changed);

    Database& m_db;
    const Clock& m_clock;
    QString m_auditUser;
};
