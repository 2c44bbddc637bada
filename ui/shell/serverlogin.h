// Connecting to a team server from the program: tries the location (ServerProbe) and, when the server wants a
// password that libpq does not have (no line in ~/.pgpass, no Kerberos ticket) or refused the one typed, asks
// the user for it and tries again, at most three times. A typed password is used for this program's
// connections only (ServerConnection::rememberPassword: in memory, never stored); a refused one is
// forgotten. The probe and the question are injectable for tests.
#pragma once

#include "storage/serverprobe.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

class ServerLogin {
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)
public:
    using Probe = std::function<ServerProbe::Result(const ServerLocation&)>;
    // The password, or nullopt when the user cancelled; reason is why it is asked (the server's refusal).
    using AskPassword = std::function<std::optional<QString>(const ServerLocation&, const QString& reason)>;

    static constexpr int MaxAttempts = 3;

    // The last probe's result; cancelled is set when the user declined to give a password.
    static ServerProbe::Result connect(const ServerLocation& location, const AskPassword& ask,
                                       const Probe& probe = &ServerProbe::run, bool* cancelled = nullptr);
    // The password question as a small modal dialog (the text is hidden while typed).
    static std::optional<QString> askPassword(QWidget* parent, const ServerLocation& location, const QString& reason);
};
