// Who works in a session, for the main window: "Wie bent u?" after opening a file whose users do
// not include the operating-system account, and the line the status bar shows ("Fatima Bakkali ·
// klachtencoördinator"). Identification, not authentication: the account chooses, the audit trail
// records which account chose whom (MunicipalitySession::actAs).
#pragma once

#include "users/user.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class MunicipalitySession;

namespace Identification {
// Returns the chosen user, or nullopt to read only.
using Ask = std::function<std::optional<User>(const QString& account, const QList<User>& users)>;

// Asks when the file has users but not this account, and works on as the chosen one. Returns a
// Dutch message when that could not be recorded, else an empty string.
QString identify(MunicipalitySession& session, const Ask& ask);
// "Fatima Bakkali · klachtencoördinator", "gast · alleen lezen", or the account on a file without users.
QString describe(const MunicipalitySession& session);
} // namespace Identification
