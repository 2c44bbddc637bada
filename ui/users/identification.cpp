#include "identification.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"
#include "users/identity.h"

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
    try {
        if (const Permission p = Identity::resolve(session); !p)
            return p.reason;
    } catch (const StorageError& e) {
        return e.message();
    }
    if (!session.hasUsers() || session.currentUser() || session.database().isReadOnly())
        return {};
    QList<User> claimable;
    try {
        claimable = Identity::claimable(session);
    } catch (const StorageError&) {
        return {}; // read only, as for any unknown account
    }
    if (claimable.isEmpty())
        return {}; // nobody left to claim: a beheerder links the account
    const std::optional<Claim> chosen = ask(session.user(), claimable);
    if (!chosen)
        return {};
    if (session.currentUser() && session.currentUser()->id == chosen->user.id)
        return {}; // the dialog claimed already
    if (const Permission p = Identity::claim(session, chosen->user, chosen->pin); !p)
        return p.reason;
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
