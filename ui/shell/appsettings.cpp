#include "appsettings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Key {
const QString Version = QStringLiteral("version");
const QString Language = QStringLiteral("ui/language");
const QString RecentFiles = QStringLiteral("files/recent");
const QString LastDirectory = QStringLiteral("files/lastDirectory");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString BackupDirectory = QStringLiteral("backup/directory");
const QString BackupKeep = QStringLiteral("backup/keep");
const QString AutomaticBackup = QStringLiteral("backup/automatic");
} // namespace Key

AppSettings::AppSettings() {
    migrate();
}

QString AppSettings::language() const {
    return m_settings.value(Key::Language, QStringLiteral("nl")).toString();
}

void AppSettings::setLanguage(const QString& language) {
    m_settings.setValue(Key::Language, language);
}

QStringList AppSettings::recentFiles() const {
    return m_settings.value(Key::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path) {
    // A team server's URL stays as typed; a file (or connection file) is remembered by its absolute path.
    const QString absolute = path.contains(QLatin1String("://")) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(Key::RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(Key::RecentFiles, files);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings.value(Key::Geometry).toByteArray();
}

QByteArray AppSettings::windowState() const {
    return m_settings.value(Key::State).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
    m_settings.setValue(Key::Geometry, geometry);
    m_settings.setValue(Key::State, state);
}

QString AppSettings::lastDirectory() const {
    return m_settings.value(Key::LastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& directory) {
    m_settings.setValue(Key::LastDirectory, directory);
}

QString AppSettings::backupDirectory() const {
    return m_settings.value(Key::BackupDirectory).toString();
}

void AppSettings::setBackupDirectory(const QString& directory) {
    m_settings.setValue(Key::BackupDirectory, directory);
}

int AppSettings::backupKeep() const {
    return std::clamp(m_settings.value(Key::BackupKeep, 10).toInt(), 1, 100);
}

void AppSettings::setBackupKeep(int keep) {
    m_settings.setValue(Key::BackupKeep, std::clamp(keep, 1, 100));
}

bool AppSettings::automaticBackup() const {
    return m_settings.value(Key::AutomaticBackup, true).toBool();
}

void AppSettings::setAutomaticBackup(bool on) {
    m_settings.setValue(Key::AutomaticBackup, on);
}

void AppSettings::migrate() {
    const int version = m_settings.value(Key::Version, 0).toInt();
    if (version >= CurrentVersion)
        return;
    // Version 0 is a fresh installation: nothing to carry over yet.
    m_settings.setValue(Key::Version, CurrentVersion);
}
