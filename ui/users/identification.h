// Who works in a session, for the main window: the account's own or linked user (Identity::resolve),
// else "Wie bent u?" with the users the account may claim (Identity::claim: once, with a PIN for a
// klachtencoördinator or beheerder), and the line the status bar shows ("Fatima Bakkali ·
// klachtencoördinator"). Identification, not authentication: the rules are in users/identity.h.
#pragma once

#include "users/user.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class MunicipalitySession;

namespace Identification {
struct Claim {
    User user;
    QString pin; // for a klachtencoördinator or beheerder
};
// Returns the chosen user (and PIN), or nullopt to read only. It may claim the user itself (the
// dialog checks the PIN before it closes); identify() then finds the session settled.
using Ask = std::function<std::optional<Claim>(const QString& account, const QList<User>& claimable)>;

// Settles who works in the session: the account's own or linked user, else asks (a writable file
// only). Returns a Dutch message when a choice was refused or could not be recorded, else empty.
QString identify(MunicipalitySession& session, const Ask& ask);
// "Fatima Bakkali · klachtencoördinator", "gast · alleen lezen", or the account on a file without users.
QString describe(const MunicipalitySession& session);
} // namespace Identification
