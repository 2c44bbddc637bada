// Who works in a session: the rules of identification, in core so that the GUI and aantafel-cli
// follow the same ones. Identification, not authentication: the operating-system account says who
// it is; the file remembers which accounts belong to which user, and the audit trail records every
// choice. What this protects against, and what only a server with real sign-in does, is in the
// README ("Gebruikers en rollen").
//
// - An account works as the user with its login, or as the one user it is linked to.
// - "aantafel-cli --as LOGIN": only when the account is LOGIN's own or linked to LOGIN.
// - An unknown account ("Wie bent u?") may claim only a user no account is linked to yet; a
//   klachtencoördinator or beheerder only with that user's PIN or an active beheerder's PIN. The
//   claim links the account, once: from then on it is that user without asking, and no other
//   unknown account can claim him.
// - On a team server none of that: the server signed the login in, and its grants go by login. A session
//   works as the user with that login, or reads; no linked account, claim or --as reaches another user.
#pragma once

#include "permissions.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class MunicipalitySession;

class Identity {
    Q_DECLARE_TR_FUNCTIONS(Identity)
public:
    // Settles who the session works as, for the account it was opened with (session.user()). With
    // asLogin, works as that user or refuses (the Dutch reason; nothing changes). Without, works as
    // the account's own or linked user when there is one (a first open by login is remembered as a
    // link, so that nobody else can claim that user); otherwise the session stays read-only.
    static Permission resolve(MunicipalitySession& session, const QString& asLogin = {});

    // The users an unknown account may claim: active, and no account linked to them yet.
    static QList<User> claimable(MunicipalitySession& session);
    // Claims user for the session's account: checks the rules above (pin for an elevated role), links
    // the account and works on as the user. Refuses with the reason and changes nothing.
    static Permission claim(MunicipalitySession& session, const User& user, const QString& pin = {});
};
