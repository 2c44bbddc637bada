// Test entry point for GUI tests: offscreen platform set here, before QApplication exists,
// because test discovery runs the executable without the test environment. Settings go to a
// temporary folder so tests never touch (or depend on) the user's own preferences.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AanTafelTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
