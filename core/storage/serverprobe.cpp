#include "serverprobe.h"

#include "serverconnection.h"
#include "storageerror.h"

ServerProbe::Result ServerProbe::run(const ServerLocation& location) {
    Result result;
    try {
        ServerConnection server(location);
        result.connected = true;
        const QString database = server.scalar(QStringLiteral("SELECT current_database()")).toString();
        result.municipality =
            server.scalar(QStringLiteral("SELECT to_regclass('server_info') IS NOT NULL")).toBool() &&
            server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'application'")).toString() ==
                QLatin1String("Aan Tafel");
        if (!result.municipality) {
            result.message = tr("Verbonden met %1, maar de database %2 bevat geen gemeente van Aan Tafel. Richt er "
                                "een in met aantafel-cli server init, of zet een gemeentebestand over met "
                                "aantafel-cli migrate.")
                                 .arg(location.url(), database);
            return result;
        }
        result.schemaVersion =
            server.scalar(QStringLiteral("SELECT value FROM server_info WHERE key = 'schema_version'")).toInt();
        result.name = server.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'name'")).toString();
        result.message =
            tr("Verbonden met %1: %2 (schemaversie %3).").arg(location.url(), result.name).arg(result.schemaVersion);
    } catch (const StorageError& e) {
        result.passwordNeeded = !result.connected && ServerConnection::passwordRefused(e);
        result.message = e.message();
    }
    return result;
}
