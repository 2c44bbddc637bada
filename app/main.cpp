// aantafel: the desktop program. Opens the municipality file (or team-server location) given on the command
// line, or shows the welcome page (new file, open, connect to a team server, recent files).
#include "domain/clock.h"
#include "i18n/languages.h"
#include "mainwindow.h"
#include "print/letterfont.h"
#include "shell/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Aan Tafel"));
    QApplication::setOrganizationName(QStringLiteral("Aan Tafel"));
    QApplication::setApplicationVersion(QStringLiteral(AANTAFEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.aantafel.AanTafel"));
    QIcon icon(QStringLiteral(":/icons/aantafel.png"));
    icon.addFile(QStringLiteral(":/icons/aantafel-48.png"));
    QApplication::setWindowIcon(icon);
    // The document font the program carries, before anything lays out a letter or report.
    LetterFont::registerBundled();

    // The language first, so that --help already speaks it.
    const QStringList args = QApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    Languages::install(langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Klachtbehandeling voor gemeenten"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Taal: nl of en."),
                                QStringLiteral("taal"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("bestand"),
                                 QApplication::translate("main", "Het gemeentebestand (.aantafel) om te openen, of een "
                                                                 "teamserver (.aantafel-server of postgresql://…)."));
    parser.process(app);

    const SystemClock clock;
    MainWindow window(clock);
    window.show();
    if (const QString path = parser.positionalArguments().value(0); !path.isEmpty())
        window.openFile(path);
    return QApplication::exec();
}
