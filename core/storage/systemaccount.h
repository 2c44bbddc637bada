#pragma once

#include <QString>

// The operating-system account the program runs under: the name a lock record, a registration and the
// audit trail show when nobody signed in otherwise.
namespace SystemAccount {

// USER, USERNAME or LOGNAME from the environment; where none is set (a service, a container, a shell
// started with a clean environment) the account database's entry for the effective user on Unix.
// Empty only when the system knows no name at all.
QString name();

} // namespace SystemAccount
