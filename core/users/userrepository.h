// The users of a municipality file (table users): list, look up by login, add, change and
// deactivate. Every write is one transaction with an audit row ("user"), and no write may leave a
// file that has users without an active beheerder (StorageError::Invalid with the reason).
//
// Bootstrapping: a file without any users works as it always has — everybody may do everything
// (Permissions::everybody()) — until the first user is added. That first user is always made a
// beheerder, whatever role was asked for, so that someone can manage the users from then on.
// Users are never deleted: the audit trail names them.
//
// On a team server a user is a PostgreSQL login, and his role is a server role (serverschema.h): adding,
// changing and deactivating a user also gives the login the server role of his program role, or takes it
// (grant_program_role, revoke_program_roles), in the same transaction. Only a beheerder's login may; the
// server refuses anybody else, and then nothing is stored.
//
// Linked accounts: besides his login, a user may have operating-system accounts linked to him
// (table user_accounts): made once by "Wie bent u?" when an unknown account claims a user, or by a
// beheerder. A linked account works as that user; "aantafel-cli --as LOGIN" is allowed for it. A PIN
// (a salted PBKDF2 hash, never the PIN itself) lets an unknown account claim a klachtencoördinator
// or beheerder.
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

    // The active user an operating-system account works as: the user with that login, else the one
    // active user the account is linked to; nullopt when none (or several: then --as chooses).
    std::optional<User> forAccount(const QString& account);
    // The active users this account is linked to, sorted by name.
    QList<User> linkedTo(const QString& account);
    // True when the account may work as the user: it is his login or linked to him.
    bool mayActAs(const QString& account, const User& user);
    // The accounts linked to a user, sorted.
    QStringList accountsOf(qint64 userId);
    // True when an account is linked to the user (his login counts once it has opened the file).
    bool isClaimed(qint64 userId);
    // Marks a user who opened the file under his own login as claimed: his login becomes a linked
    // account, so that no unknown account can claim him. Not audited (no choice was made); no change
    // when an account is linked to him already.
    void rememberLogin(qint64 userId);
    // Links (or unlinks) an account to a user; audited. Linking twice is no change.
    void link(const QString& account, qint64 userId);
    void unlink(const QString& account, qint64 userId);
    // Sets the user's PIN (stored as a hash); an empty pin removes it. Audited without the value.
    void setPin(qint64 userId, const QString& pin);
    // True when pin is the PIN set for this user.
    bool verifyPin(qint64 userId, const QString& pin);

private:
    std::optional<User> byId(qint64 id);
    void requireUniqueLogin(const User& user);
    void requireAnActiveAdminAfter(const User& changed);
    // On a team server: the login gets the server role of its program role (or none when inactive).
    void grantOnServer(const User& user, const std::optional<User>& before);

    Database& m_db;
    const Clock& m_clock;
    QString m_auditUser;
};
