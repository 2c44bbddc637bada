#include "serverconnection.h"

#include "storageerror.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

QString nextConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("aantafel-server-%1").arg(++counter);
}

// A value as libpq's conninfo wants it: in single quotes, with \ and ' escaped.
QString quoted(QString value) {
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

StorageError failure(const QSqlError& error, const QString& sql) {
    // SQLSTATE class 23: integrity constraint violation (a rule of the schema).
    const bool constraint = error.nativeErrorCode().startsWith(QLatin1String("23"));
    const QString serverText = error.databaseText().trimmed();
    return StorageError(constraint ? StorageError::Kind::Constraint : StorageError::Kind::Io,
                        ServerConnection::tr("De server weigerde de opdracht: %1").arg(serverText),
                        error.text() + QStringLiteral(" [") + sql.left(200) + QLatin1Char(']'));
}

// The passwords typed in this process, by location URL (which never holds a password itself).
QHash<QString, QString>& rememberedPasswords() {
    static QHash<QString, QString> passwords;
    return passwords;
}

QMutex& passwordsMutex() {
    static QMutex mutex;
    return mutex;
}

} // namespace

void ServerConnection::rememberPassword(const ServerLocation& location, const QString& password) {
    const QMutexLocker lock(&passwordsMutex());
    if (password.isEmpty())
        rememberedPasswords().remove(location.url());
    else
        rememberedPasswords().insert(location.url(), password);
}

bool ServerConnection::hasRememberedPassword(const ServerLocation& location) {
    const QMutexLocker lock(&passwordsMutex());
    return rememberedPasswords().contains(location.url());
}

bool ServerConnection::passwordRefused(const StorageError& error) {
    // libpq's own words (they are not translated by the server: they come from the client library, or from
    // the server before the session's language is known).
    const QString text = error.message() + QLatin1Char('\n') + error.detail();
    return text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

QString ServerConnection::connectOptions(const ServerLocation& location) {
    // QPSQL joins the options with spaces after replacing ';': each value is quoted, so that a path with a
    // space (an sslrootcert) stays one value.
    QStringList parts{QStringLiteral("application_name=") + quoted(QStringLiteral("Aan Tafel"))};
    for (auto it = location.options.constBegin(); it != location.options.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    return parts.join(QLatin1Char(';'));
}

ServerConnection::ServerConnection(const ServerLocation& location)
    : m_location(location)
    , m_name(nextConnectionName()) {
    if (!QSqlDatabase::isDriverAvailable(DriverName)) {
        throw StorageError(StorageError::Kind::Io,
                           tr("De PostgreSQL-driver van Qt ontbreekt, zodat het programma geen teamserver kan "
                              "gebruiken. Installeer het pakket libqt6sql6-psql (Debian/Ubuntu) of de Qt-module "
                              "QPSQL."));
    }
    for (const QString& value : location.options) {
        if (value.contains(QLatin1Char(';'))) {
            throw StorageError(StorageError::Kind::Invalid,
                               tr("Een instelling van de serververbinding bevat een puntkomma, wat de driver niet "
                                  "doorgeeft: %1")
                                   .arg(value));
        }
    }
    m_db = QSqlDatabase::addDatabase(DriverName, m_name);
    if (!location.host.isEmpty())
        m_db.setHostName(location.host);
    m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    if (!location.user.isEmpty())
        m_db.setUserName(location.user);
    m_db.setConnectOptions(connectOptions(location));
    {
        const QMutexLocker lock(&passwordsMutex());
        if (const auto typed = rememberedPasswords().constFind(location.url()); typed != rememberedPasswords().cend())
            m_db.setPassword(*typed);
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw StorageError(StorageError::Kind::Io,
                           tr("Geen verbinding met de server %1. Controleer het adres, of de server draait en of "
                              "uw account er toegang toe heeft. De server meldt: %2")
                               .arg(location.url(), error.databaseText().trimmed()),
                           error.text());
    }
}

ServerConnection::~ServerConnection() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void ServerConnection::exec(const QString& sql, const QVariantMap& values) {
    query(sql, values);
}

QSqlQuery ServerConnection::query(const QString& sql, const QVariantMap& values) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (auto value = values.cbegin(); value != values.cend(); ++value)
                q.bindValue(value.key(), value.value());
            ok = q.exec();
        }
    }
    if (!ok)
        throw failure(q.lastError(), sql);
    return q;
}

QVariant ServerConnection::scalar(const QString& sql, const QVariantMap& values) {
    QSqlQuery q = query(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

void ServerConnection::inTransaction(const std::function<void()>& work) {
    if (!m_db.transaction())
        exec(QStringLiteral("BEGIN")); // throws with the server's reason
    try {
        work();
        if (!m_db.commit())
            exec(QStringLiteral("COMMIT"));
    } catch (...) {
        m_db.rollback();
        throw;
    }
}
