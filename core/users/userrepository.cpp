#include "userrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlcode.h"
#include "storage/sqlcolumns.h"
#include "storage/sqlquery.h"
#include "storage/sqlrows.h"
#include "storage/transaction.h"
#include "users/pinhash.h"

namespace {

// The fields of a user that add() and update() write (the PIN is written by setPin() alone).
const SqlColumnTable<User>& columns() {
    static const SqlColumnTable<User> all{
        {QStringLiteral("login"), [](const User& u) { return SqlValue::text(u.login); },
         [](User& u, const QVariant& v) { u.login = v.toString(); }},
        {QStringLiteral("name"), [](const User& u) { return SqlValue::text(u.name); },
         [](User& u, const QVariant& v) { u.name = v.toString(); }},
        {QStringLiteral("role"), [](const User& u) { return QVariant(RoleText::code(u.role)); },
         [](User& u, const QVariant& v) { u.role = RoleText::fromCode(v.toString()).value_or(Role::Handler); }},
        {QStringLiteral("active"), [](const User& u) { return SqlValue::boolean(u.active); },
         [](User& u, const QVariant& v) { u.active = v.toInt() != 0; }},
    };
    return all;
}

// "SELECT u.id, u.<columns()>, whether a PIN is set FROM users AS u <rest>".
QString selectUsers(const QString& rest) {
    return QStringLiteral("SELECT u.id, ") + SqlColumns::names(columns(), QStringLiteral("u.")) +
           QStringLiteral(", u.pin_hash <> '' FROM users AS u ") + rest;
}

User readUser(const SqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    SqlColumns::read(q, columns(), u, 1);
    u.hasPin = q.value(1 + int(columns().size())).toInt() != 0;
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
    SqlQuery q(m_db, selectUsers((activeOnly ? QStringLiteral("WHERE u.active = 1 ") : QString()) +
                                 QStringLiteral("ORDER BY u.name%1, u.login%1").arg(m_db.dialect().caseInsensitive())));
    q.exec();
    return SqlColumns::rows(q, readUser);
}

std::optional<User> UserRepository::findByLogin(const QString& login) {
    // The column is COLLATE NOCASE, so "=" compares ASCII letters case-insensitively.
    SqlQuery q(m_db, selectUsers(QStringLiteral("WHERE u.login = :login")));
    q.bind(QStringLiteral(":login"), login.trimmed()).exec();
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
    SqlRows q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    q.exec();
    return q.next() && q.integer(0) != 0;
}

std::optional<User> UserRepository::byId(qint64 id) {
    SqlQuery q(m_db, selectUsers(QStringLiteral("WHERE u.id = :id")));
    q.bind(QStringLiteral(":id"), id).exec();
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
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = %1 AND active = 1 AND id <> :id")
                         .arg(SqlCode::quoted(RoleText::code(Role::Admin))));
    q.bind(QStringLiteral(":id"), changed.id).exec();
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
    SqlQuery insert(m_db, SqlColumns::insertSql(QStringLiteral("users"), columns()) + m_db.dialect().returningId());
    SqlColumns::bind(insert, columns(), work);
    insert.exec();
    work.id = insert.insertedId();
    grantOnServer(work, std::nullopt);
    AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, AuditAction::User, QStringLiteral("add"), {}, auditText(work));
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
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit register."));
    requireUniqueLogin(work);
    requireAnActiveAdminAfter(work);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET ") + SqlColumns::assignments(columns()) +
                         QStringLiteral(" WHERE id = :id"));
    SqlColumns::bind(q, columns(), work);
    q.bind(QStringLiteral(":id"), work.id).exec();
    grantOnServer(work, stored);
    work.hasPin = stored->hasPin; // the PIN changes through setPin only
    if (*stored != work) {
        AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, AuditAction::User, QStringLiteral("update"),
                              auditText(*stored), auditText(work));
    }
    transaction.commit();
}

void UserRepository::deactivate(qint64 id) {
    Transaction transaction(m_db);
    std::optional<User> stored = byId(id);
    if (!stored)
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit register."));
    if (stored->active) {
        User work = *stored;
        work.active = false;
        update(work); // a savepoint inside this transaction: checks and audits as any change
    }
    transaction.commit();
}

void UserRepository::grantOnServer(const User& user, const std::optional<User>& before) {
    if (!m_db.isServer())
        return;
    // PostgreSQL's role names are case-sensitive, the program's logins are not: the login as it signs in.
    const QString login = user.login.toLower();
    SqlQuery revoke(m_db, QStringLiteral("SELECT revoke_program_roles(:login)"));
    if (before && before->login.toLower() != login)
        revoke.bind(QStringLiteral(":login"), before->login.toLower()).exec();
    if (user.active) {
        SqlQuery grant(m_db, QStringLiteral("SELECT grant_program_role(:login, :role)"));
        grant.bind(QStringLiteral(":login"), login).bind(QStringLiteral(":role"), RoleText::code(user.role)).exec();
    } else {
        revoke.bind(QStringLiteral(":login"), login).exec();
    }
}

std::optional<User> UserRepository::forAccount(const QString& account) {
    if (std::optional<User> own = activeByLogin(account))
        return own;
    const QList<User> linked = linkedTo(account);
    if (linked.size() == 1)
        return linked.first();
    return std::nullopt;
}

QList<User> UserRepository::linkedTo(const QString& account) {
    SqlQuery q(m_db, selectUsers(QStringLiteral("JOIN user_accounts AS a ON a.user_id = u.id WHERE a.account = "
                                                ":account AND u.active = 1 ORDER BY u.name%1, u.login%1")
                                     .arg(m_db.dialect().caseInsensitive())));
    q.bind(QStringLiteral(":account"), account.trimmed()).exec();
    return SqlColumns::rows(q, readUser);
}

bool UserRepository::mayActAs(const QString& account, const User& user) {
    if (user.login.trimmed().compare(account.trimmed(), Qt::CaseInsensitive) == 0)
        return true;
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM user_accounts WHERE account = :account AND user_id = :user_id"));
    q.bind(QStringLiteral(":account"), account.trimmed()).bind(QStringLiteral(":user_id"), user.id).exec();
    return q.next();
}

QStringList UserRepository::accountsOf(qint64 userId) {
    SqlQuery q(m_db, QStringLiteral("SELECT account FROM user_accounts WHERE user_id = :user_id ORDER BY account"));
    q.bind(QStringLiteral(":user_id"), userId).exec();
    QStringList accounts;
    while (q.next())
        accounts << q.value(0).toString();
    return accounts;
}

bool UserRepository::isClaimed(qint64 userId) {
    SqlQuery q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM user_accounts WHERE user_id = :user_id)"));
    q.bind(QStringLiteral(":user_id"), userId).exec();
    return q.next() && q.value(0).toInt() != 0;
}

void UserRepository::link(const QString& account, qint64 userId) {
    const QString name = account.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Geef de naam van het account op."));
    Transaction transaction(m_db);
    const std::optional<User> user = byId(userId);
    if (!user)
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit register."));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO user_accounts (account, user_id, linked_at, linked_by) "
                                    "VALUES (:account, :user_id, :linked_at, :linked_by) ON CONFLICT DO NOTHING"));
    q.bind(QStringLiteral(":account"), name)
        .bind(QStringLiteral(":user_id"), userId)
        .bind(QStringLiteral(":linked_at"), SqlValue::moment(m_clock.now()))
        .bind(QStringLiteral(":linked_by"), m_auditUser)
        .exec();
    if (q.numRowsAffected() > 0)
        AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, AuditAction::User, QStringLiteral("link"), {},
                              name + QStringLiteral(" → ") + user->login);
    transaction.commit();
}

void UserRepository::rememberLogin(qint64 userId) {
    Transaction transaction(m_db);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO user_accounts (account, user_id, linked_at, linked_by) SELECT login, "
                              "id, :linked_at, login FROM users WHERE id = :user_id AND NOT EXISTS (SELECT 1 FROM "
                              "user_accounts WHERE user_id = :user_id)"));
    q.bind(QStringLiteral(":linked_at"), SqlValue::moment(m_clock.now()))
        .bind(QStringLiteral(":user_id"), userId)
        .exec();
    transaction.commit();
}

void UserRepository::unlink(const QString& account, qint64 userId) {
    Transaction transaction(m_db);
    const std::optional<User> user = byId(userId);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM user_accounts WHERE account = :account AND user_id = :user_id"));
    q.bind(QStringLiteral(":account"), account.trimmed()).bind(QStringLiteral(":user_id"), userId).exec();
    if (q.numRowsAffected() > 0 && user)
        AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, AuditAction::User, QStringLiteral("unlink"),
                              account.trimmed() + QStringLiteral(" → ") + user->login, {});
    transaction.commit();
}

void UserRepository::setPin(qint64 userId, const QString& pin) {
    if (!pin.isEmpty() && pin.size() < 4)
        throw StorageError(StorageError::Kind::Invalid, tr("Een PIN heeft minstens 4 tekens."));
    // The slow hash is computed before the write transaction: others are not held up meanwhile.
    const QString stored = pin.isEmpty() ? QString() : PinHash::make(pin);
    Transaction transaction(m_db);
    const std::optional<User> user = byId(userId);
    if (!user)
        throw StorageError(StorageError::Kind::NotFound, tr("Deze gebruiker bestaat niet (meer) in dit register."));
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET pin_hash = :pin_hash WHERE id = :id"));
    q.bind(QStringLiteral(":pin_hash"), stored).bind(QStringLiteral(":id"), userId).exec();
    AuditLog(m_db).record(m_clock.now(), m_auditUser, 0, AuditAction::User, QStringLiteral("pin"), user->login,
                          pin.isEmpty() ? QStringLiteral("removed") : QStringLiteral("set"));
    transaction.commit();
}

bool UserRepository::verifyPin(qint64 userId, const QString& pin) {
    if (pin.isEmpty())
        return false;
    SqlQuery q(m_db, QStringLiteral("SELECT pin_hash FROM users WHERE id = :id AND active = 1"));
    q.bind(QStringLiteral(":id"), userId).exec();
    if (!q.next())
        return false;
    const QString stored = q.value(0).toString();
    q.finish();
    return PinHash::verify(pin, stored);
}
