// Who works with a municipality file and in which role. The three roles are those of the
// handreiking: the klachtbehandelaar handles his own cases, the klachtencoördinator watches all of
// them, assigns and signs off formal outcomes, the beheerder manages users, lists and retention.
// A User is a plain value; UserRepository persists it (table users, schema v3; PIN and linked
// accounts schema v5).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class Role { Handler, Coordinator, Admin };

struct User {
    qint64 id = 0; // 0 until stored
    QString login; // matched case-insensitively to the operating-system account
    QString name;  // full name, as letters and lists show it
    Role role = Role::Handler;
    bool active = true;
    bool hasPin = false; // a beheerder set a PIN (stored as a hash, see pinhash.h)

    // The name, or the login when no name is recorded.
    QString displayName() const { return name.trimmed().isEmpty() ? login : name; }
    // True when this user is the handler recorded on a case (by login or by name, case-insensitive).
    bool isHandlerOf(const QString& handler) const;
    // A klachtencoördinator or beheerder: an unknown account claims one only with a PIN.
    bool isElevated() const { return role == Role::Coordinator || role == Role::Admin; }

    bool operator==(const User&) const = default;
};

class RoleText {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    // Storage codes as in the CHECK of the users table: "handler", "coordinator", "admin".
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString& code);
    // Dutch labels: klachtbehandelaar, klachtencoördinator, beheerder.
    static QString label(Role role);
    static QList<Role> all() { return {Role::Handler, Role::Coordinator, Role::Admin}; }
};
