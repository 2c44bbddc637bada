#include "recentplace.h"

#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>

RecentPlace::RecentPlace(QString where)
    : m_where(std::move(where))
    , m_server(ServerLocation::isServerLocation(m_where)) {}

namespace {

bool isUrl(const QString& where) {
    return where.contains(QLatin1String("://"));
}

} // namespace

QString RecentPlace::name() const {
    if (m_server && isUrl(m_where)) {
        try {
            return serverName(ServerLocation::fromUrl(m_where));
        } catch (const StorageError&) {
            return m_where;
        }
    }
    return QFileInfo(m_where).fileName();
}

QString RecentPlace::detail() const {
    if (m_server && isUrl(m_where))
        return tr("teamserver");
    return QDir::toNativeSeparators(QFileInfo(m_where).absolutePath());
}

bool RecentPlace::available() const {
    if (m_server && isUrl(m_where))
        return true;
    return QFileInfo::exists(m_where);
}

QString RecentPlace::serverName(const ServerLocation& location) {
    if (location.host.isEmpty() || location.host.startsWith(u'/'))
        return tr("%1 op deze computer").arg(location.database);
    return tr("%1 op %2").arg(location.database, location.host);
}
