#include "user.h"

bool User::isHandlerOf(const QString& handler) const {
    const QString h = handler.trimmed();
    if (h.isEmpty())
        return false;
    return h.compare(login.trimmed(), Qt::CaseInsensitive) == 0 ||
           (!name.trimmed().isEmpty() && h.compare(name.trimmed(), Qt::CaseInsensitive) == 0);
}

QString RoleText::code(Role role) {
    switch (role) {
    case Role::Handler: return QStringLiteral("handler");
    case Role::Coordinator: return QStringLiteral("coordinator");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> RoleText::fromCode(const QString& code) {
    for (Role role : all()) {
        if (RoleText::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString RoleText::label(Role role) {
    switch (role) {
    case Role::Handler: return tr("klachtbehandelaar");
    case Role::Coordinator: return tr("klachtencoördinator");
    case Role::Admin: return tr("beheerder");
    }
    return {};
}
