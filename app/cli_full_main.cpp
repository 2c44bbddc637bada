// aantafel-cli-full entry point: the command line with the services that need more than Qt Core — the PDF
// writers for letters and reports (Qt Gui, Widgets, Charts; started on the offscreen platform, so no
// display is needed) and the readers of e-mail and documents' text. aantafel-cli hands it the command
// lines that need them (Cli::needsServices); it takes every other command line as well.
#include "clientry.h"
#include "print/letterfont.h"
#include "print/letterpdfwriter.h"
#include "print/reportpdfwriter.h"
#include "readers/documenttextreader.h"
#include "readers/mailfilereader.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char** argv) {
    const CliEntry::CommandLine commandLine = CliEntry::read(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    const bool gui = Cli::needsGui(commandLine.args);
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // QApplication, not QGuiApplication: Qt Charts draws through QGraphicsWidget, which needs it.
        app = std::make_unique<QApplication>(argc, argv);
        LetterFont::registerBundled(); // the document font the program carries
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    LetterPdfWriter letterPdf;
    ReportPdfWriter reportPdf;
    const DocumentTextReader textReader;
    const MailFileReader mailReader;
    CliServices services;
    services.letterPdf = &letterPdf;
    services.reportPdf = &reportPdf;
    services.textExtractor = &textReader;
    services.mailReader = &mailReader;
    return CliEntry::run(commandLine, services, gui ? Languages::QtStrings::Load : Languages::QtStrings::Skip);
}
