#include "serverlocation.h"

#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace {

// A connection file is a few lines; anything much larger is not one.
constexpr qint64 MaxConnectionFileBytes = 64 * 1024;

bool isPasswordKey(const QString& key) {
    return key == QLatin1String("password") || key == QLatin1String("wachtwoord") || key == QLatin1String("passwd") ||
           key == QLatin1String("pwd");
}

[[noreturn]] void refuse(const QString& message, const QString& detail = {}) {
    throw StorageError(StorageError::Kind::Invalid, message, detail);
}

QString passwordAdvice() {
    return ServerLocation::tr("Zet het wachtwoord in het wachtwoordbestand van PostgreSQL (~/.pgpass, onder Windows "
                              "%APPDATA%\\postgresql\\pgpass.conf) of gebruik Kerberos.");
}

// Sets the setting key (lower case) of a URL's query or a connection file to value: host, port (-1 when it
// is not a number, which validate() refuses), user, dbname or one of the libpq options. False for any other
// key, which the caller refuses in its own words; passwords are refused before this.
bool assignSetting(ServerLocation& location, const QString& key, const QString& value) {
    if (key == QLatin1String("host")) {
        location.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        location.port = value.toInt(&ok);
        if (!ok)
            location.port = -1;
    } else if (key == QLatin1String("user")) {
        location.user = value;
    } else if (key == QLatin1String("dbname")) {
        location.database = value;
    } else if (ServerLocation::optionKeys().contains(key)) {
        location.options.insert(key, value);
    } else {
        return false;
    }
    return true;
}

// "scheme://…": a URL, whatever its scheme.
bool looksLikeUrl(const QString& text) {
    static const QRegularExpression urlLike(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return urlLike.match(text).hasMatch();
}

// The settings a message lists as allowed: names, then the libpq options.
QString allowedSettings(QStringList names) {
    return (names + ServerLocation::optionKeys()).join(QStringLiteral(", "));
}

} // namespace

const QStringList& ServerLocation::optionKeys() {
    // TLS (sslmode and its files), Kerberos/GSSAPI, the connect timeout and, for a replicated server, which
    // of several hosts to use. Never password: see the header comment.
    static const QStringList keys{
        QStringLiteral("sslmode"),    QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),     QStringLiteral("sslcrl"),          QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"), QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs")};
    return keys;
}

const QStringList& ServerLocation::sslModes() {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool ServerLocation::isServerLocation(const QString& text) {
    return looksLikeUrl(text) || text.endsWith(QLatin1Char('.') + ConnectionFileSuffix, Qt::CaseInsensitive);
}

ServerLocation ServerLocation::parse(const QString& text) {
    if (looksLikeUrl(text))
        return fromUrl(text);
    return fromConnectionFile(text);
}

ServerLocation ServerLocation::fromUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Messages show the address without a password, should it carry one (also as ?password=).
    const QString shown =
        url.isValid() ? url.toString(QUrl::RemovePassword | QUrl::RemoveQuery) : text.section(QLatin1Char('@'), -1);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        refuse(tr("Het adres %1 begint met %2://; Aan Tafel kent alleen PostgreSQL-servers, geschreven als "
                  "postgresql://server/database.")
                   .arg(shown, url.scheme()));
    }
    if (!url.isValid() || url.hasFragment()) {
        refuse(tr("Het serveradres %1 is niet goed geschreven. Schrijf het als "
                  "postgresql://gebruiker@server:5432/database?sslmode=verify-full (gebruiker, poort en sslmode "
                  "mogen weg).")
                   .arg(shown),
               url.errorString());
    }
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':'))) {
        refuse(tr("Het serveradres %1 bevat een wachtwoord. Een wachtwoord hoort niet in een adres, dat in "
                  "opdrachtregels, snelkoppelingen en logboeken terechtkomt.")
                   .arg(shown) +
               QLatin1Char(' ') + passwordAdvice());
    }

    ServerLocation location;
    location.host = url.host();
    location.port = url.port(DefaultPort);
    location.user = url.userName();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        refuse(tr("Het serveradres %1 noemt meer dan één database; schrijf postgresql://server/database.").arg(shown));
    location.database = path;

    const QUrlQuery query(url);
    for (const auto& [rawKey, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.toLower();
        if (isPasswordKey(key)) {
            refuse(tr("Het serveradres %1 bevat een wachtwoord. Een wachtwoord hoort niet in een adres, dat in "
                      "opdrachtregels, snelkoppelingen en logboeken terechtkomt.")
                       .arg(shown) +
                   QLatin1Char(' ') + passwordAdvice());
        } else if (!assignSetting(location, key, value)) {
            refuse(tr("Het serveradres %1 bevat de onbekende instelling '%2'. Toegestaan zijn: %3.")
                       .arg(shown, rawKey,
                            allowedSettings({QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user")})));
        }
    }
    location.validate(shown);
    return location;
}

ServerLocation ServerLocation::fromConnectionFile(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw StorageError(StorageError::Kind::NotFound, tr("Het verbindingsbestand %1 bestaat niet.").arg(shown));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io, tr("Het verbindingsbestand %1 kan niet worden gelezen.").arg(shown),
                           file.errorString());
    if (file.size() > MaxConnectionFileBytes)
        refuse(tr("%1 is geen verbindingsbestand van Aan Tafel: het is veel te groot.").arg(shown));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        refuse(tr("%1 is geen verbindingsbestand van Aan Tafel: het is geen tekst (UTF-8).").arg(shown));

    ServerLocation location;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = int(i + 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line == QLatin1String("[aantafel-server]"))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            refuse(tr("Regel %1 van het verbindingsbestand %2 is geen instelling; schrijf 'sleutel = waarde', "
                      "bijvoorbeeld 'host = db.gemeente.local'.")
                       .arg(number)
                       .arg(shown));
        }
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (isPasswordKey(key)) {
            refuse(tr("Het verbindingsbestand %1 bevat op regel %2 een wachtwoord. Een verbindingsbestand wordt "
                      "gedeeld en gekopieerd en mag daarom geen wachtwoord bevatten; haal die regel weg.")
                       .arg(shown)
                       .arg(number) +
                   QLatin1Char(' ') + passwordAdvice());
        } else if (!assignSetting(location, key == QLatin1String("database") ? QStringLiteral("dbname") : key, value)) {
            refuse(tr("Het verbindingsbestand %1 bevat op regel %2 de onbekende instelling '%3'. Toegestaan zijn: "
                      "%4.")
                       .arg(shown)
                       .arg(number)
                       .arg(key, allowedSettings({QStringLiteral("host"), QStringLiteral("port"),
                                                  QStringLiteral("database"), QStringLiteral("user")})));
        }
    }
    location.validate(shown);
    return location;
}

void ServerLocation::validate(const QString& source) const {
    if (database.trimmed().isEmpty()) {
        refuse(tr("%1 noemt geen database. Schrijf het adres als postgresql://server/database, of zet in een "
                  "verbindingsbestand een regel 'database = naam'.")
                   .arg(source));
    }
    if (port < 1 || port > 65535)
        refuse(tr("%1 noemt een ongeldige poort; een poort is een getal van 1 tot en met 65535.").arg(source));
    const auto mode = options.constFind(QStringLiteral("sslmode"));
    if (mode != options.constEnd() && !sslModes().contains(*mode)) {
        refuse(tr("%1 noemt sslmode '%2'; PostgreSQL kent: %3.")
                   .arg(source, *mode, sslModes().join(QStringLiteral(", "))));
    }
}

QString ServerLocation::connectionFileText() const {
    QString text = QStringLiteral("# Aan Tafel team server\n");
    if (!host.isEmpty())
        text += QStringLiteral("host = ") + host + QLatin1Char('\n');
    if (port != DefaultPort)
        text += QStringLiteral("port = ") + QString::number(port) + QLatin1Char('\n');
    text += QStringLiteral("database = ") + database + QLatin1Char('\n');
    if (!user.isEmpty())
        text += QStringLiteral("user = ") + user + QLatin1Char('\n');
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        text += it.key() + QStringLiteral(" = ") + it.value() + QLatin1Char('\n');
    return text;
}

QString ServerLocation::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is no host name: libpq takes it as the host parameter, which overrules the URL's host.
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    if (!user.isEmpty())
        url.setUserName(user);
    if (port != DefaultPort)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        query.addQueryItem(it.key(), it.value());
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

void ServerLocation::saveConnectionFile(const QString& path) const {
    // The same checks as reading it back: a database, a sane port, known option values.
    validate(QDir::toNativeSeparators(path));
    // One value a line: a line break inside a value would make a second, different line.
    QStringList values{host, database, user};
    values += options.values();
    for (const QString& value : std::as_const(values)) {
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            refuse(tr("Een gegeven van de serververbinding bevat een regelovergang: %1").arg(value.simplified()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(connectionFileText().toUtf8()) < 0 || !file.commit()) {
        throw StorageError(StorageError::Kind::Io, tr("Het verbindingsbestand %1 kon niet worden geschreven: %2")
                                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}
