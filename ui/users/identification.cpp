#include "identification.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

namespace {
class Texts {
    Q_DECLARE_TR_FUNCTIONS(Identification)
public:
    static QString withRole(const QString& name, const QString& role) { return tr("%1 · %2").arg(name, role); }
    static QString readOnly(const QString& account) { return tr("%1 · alleen lezen").arg(account); }
};
} // namespace

namespace Identification {

QString identify(MunicipalitySession& session, const Ask& ask) {
    if (!session.hasUsers() || session.currentUser())
        return {};
    QList<User> users;
    try {
        users = session.users().list(true);
    } catch (const StorageError&) {
        return {}; // read only, as for any unknown account
    }
    const std::optional<User> chosen = ask(session.user(), users);
    if (!chosen)
        return {};
    try {
        session.actAs(*chosen);
    } catch (const StorageError& e) {
        return e.message();
    }
    return {};
}

QString describe(const MunicipalitySession& session) {
    if (const std::optional<User>& u = session.currentUser())
        return Texts::withRole(u->displayName(), RoleText::label(u->role));
    if (session.hasUsers())
        return Texts::readOnly(session.user());
    return session.user();
}

} // namespace Identification
