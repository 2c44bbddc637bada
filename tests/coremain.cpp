// Test entry point for the core, storage and CLI tests: a QCoreApplication (the SQL driver
// plugins need one) around Catch2's session. Settings (the machine's network-share list) go to a
// temporary folder, so tests never touch the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.filePath(QStringLiteral("user")));
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, settingsDir.filePath(QStringLiteral("system")));
    return Catch::Session().run(argc, argv);
}
