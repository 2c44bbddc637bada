// The program's own preferences (not the municipality's: those live in the municipality file).
// Typed keys with their defaults in one place, on top of QSettings, migrated by version.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

class AppSettings {
public:
    static constexpr int CurrentVersion = 1;
    static constexpr int MaxRecentFiles = 8;

    AppSettings();

    QString language() const;
    void setLanguage(const QString& language);

    QStringList recentFiles() const;
    // Moves path to the front of the recent files (existing or not: the menu greys missing ones).
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    // Brings settings written by an older version up to CurrentVersion.
    void migrate();

private:
    mutable QSettings m_settings;
};
