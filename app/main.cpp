// aantafel: the desktop program. Opens the municipality file given on the command line, or asks
// for one; a file that cannot be opened gets a clear Dutch message and changes nothing.
#include "domain/clock.h"
#include "i18n/languages.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Aan Tafel"));
    QApplication::setOrganizationName(QStringLiteral("Aan Tafel"));
    QApplication::setApplicationVersion(QStringLiteral(AANTAFEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.aantafel.AanTafel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aantafel.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Klachtbehandeling voor gemeenten"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Taal: nl of en."),
                                QStringLiteral("taal"), QStringLiteral("nl"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("bestand"),
                                 QApplication::translate("main", "Het gemeentebestand (.aantafel) om te openen."));
    parser.process(app);
    Languages::install(parser.value(language));

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Gemeentebestand openen"), {},
                                            QApplication::translate("main", "Aan Tafel-bestanden (*.aantafel)"));
        if (path.isEmpty())
            return 0;
    }

    std::unique_ptr<Database> db;
    try {
        db = Database::open(path);
    } catch (const StorageError& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bestand niet geopend"), e.message());
        return 2;
    }
    const SystemClock clock;
    MainWindow window(std::move(db), clock);
    window.show();
    return QApplication::exec();
}
