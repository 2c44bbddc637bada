#include "identity.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"
#include "users/userrepository.h"

Permission Identity::resolve(MunicipalitySession& session, const QString& asLogin) {
    if (!session.hasUsers())
        return Permission::allow(); // a file without users: everybody may everything, as himself
    const QString account = session.user();
    UserRepository users = session.users();
    if (session.database().isServer() && !asLogin.trimmed().isEmpty() &&
        asLogin.trimmed().compare(account, Qt::CaseInsensitive) != 0) {
        // The server signed the login in itself; another user is another login.
        return Permission::refuse(tr("Op de teamserver werkt u als de login waarmee u bent aangemeld (%1). Meld u "
                                     "aan als %2 om als die gebruiker te werken.")
                                      .arg(account, asLogin.trimmed()));
    }
    if (!asLogin.trimmed().isEmpty()) {
        const std::optional<User> target = users.findByLogin(asLogin);
        if (!target || !target->active)
            return Permission::refuse(
                tr("Er is geen actieve gebruiker met inlognaam %1 in dit gemeentebestand.").arg(asLogin.trimmed()));
        if (!users.mayActAs(account, *target))
            return Permission::refuse(tr("Het account %1 mag niet werken als %2: het is niet aan die gebruiker "
                                         "gekoppeld. Een beheerder koppelt accounts via Beheer ▸ Gebruikers.")
                                          .arg(account, target->login));
        if (!session.currentUser() || session.currentUser()->id != target->id)
            session.actAs(*target);
        return Permission::allow();
    }
    if (const std::optional<User>& own = session.currentUser()) {
        // The first open under his own login marks him as claimed. A file held read-only cannot
        // remember it; the next writable open does. On a team server nobody claims: the server signed him in.
        if (!session.database().isReadOnly() && !session.database().isServer()) {
            try {
                users.rememberLogin(own->id);
            } catch (const StorageError&) {
                // Busy or damaged: remembered another time; identification itself is unaffected.
            }
        }
        return Permission::allow();
    }
    // On a team server the login is who signed in, and the server grants by login: no linked account
    // works as another user there, and an unknown login reads.
    if (session.database().isServer())
        return Permission::allow();
    const QList<User> linked = users.linkedTo(account);
    if (linked.size() == 1)
        session.actAs(linked.first());
    // Several linked users: --as chooses; none: "Wie bent u?" may claim one, or the session reads only.
    return Permission::allow();
}

QList<User> Identity::claimable(MunicipalitySession& session) {
    if (session.database().isServer())
        return {}; // the server signed the login in; "Wie bent u?" has nothing to offer there
    UserRepository users = session.users();
    QList<User> result;
    for (const User& u : users.list(true)) {
        if (!users.isClaimed(u.id))
            result << u;
    }
    return result;
}

Permission Identity::claim(MunicipalitySession& session, const User& chosen, const QString& pin) {
    if (session.database().isReadOnly())
        return Permission::refuse(tr("Het bestand is alleen te lezen; uw keuze kan niet worden vastgelegd."));
    if (session.database().isServer())
        return Permission::refuse(tr("Op de teamserver werkt u als de login waarmee u bent aangemeld (%1). Meld u "
                                     "aan als %2 om als die gebruiker te werken.")
                                      .arg(session.user(), chosen.login));
    UserRepository users = session.users();
    std::optional<User> user;
    for (const User& u : users.list(true)) {
        if (u.id == chosen.id)
            user = u;
    }
    if (!user)
        return Permission::refuse(tr("Deze gebruiker is niet (meer) actief in dit gemeentebestand."));
    if (users.isClaimed(user->id))
        return Permission::refuse(tr("%1 werkt al vanaf een ander account. Vraag een beheerder uw account te "
                                     "koppelen via Beheer ▸ Gebruikers.")
                                      .arg(user->displayName()));
    if (user->isElevated()) {
        bool confirmed = users.verifyPin(user->id, pin);
        for (const User& admin : users.list(true)) {
            if (!confirmed && admin.role == Role::Admin && admin.hasPin)
                confirmed = users.verifyPin(admin.id, pin);
        }
        if (!confirmed)
            return Permission::refuse(
                pin.isEmpty()
                    ? tr("Als %1 werken vraagt de PIN van %2 of van een beheerder. Vraag een beheerder om de PIN, "
                         "of om uw account te koppelen via Beheer ▸ Gebruikers.")
                          .arg(RoleText::label(user->role), user->displayName())
                    : tr("Deze PIN klopt niet. Er is niets vastgelegd."));
    }
    try {
        users.link(session.user(), user->id);
        session.actAs(*user);
    } catch (const StorageError& e) {
        return Permission::refuse(e.message());
    }
    return Permission::allow();
}
