// aantafel-cli entry point: everything happens in Cli::run (core/cli). Only a command that draws a
// PDF starts Qt Gui and Widgets (on the offscreen platform, so no display is needed); the others stay a plain
// console program.
#include "cli/cli.h"
#include "domain/clock.h"
#include "i18n/languages.h"
#include "print/letterfont.h"
#include "print/letterpdfwriter.h"
#include "print/reportpdfwriter.h"
#include "readers/documenttextreader.h"
#include "readers/mailfilereader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    QList<QByteArray> raw;
    for (int i = 1; i < argc; ++i)
        raw << QByteArray(argv[i]);
    QString problem;
    const QStringList args = Cli::argumentsFrom(raw, &problem);
    std::unique_ptr<QCoreApplication> app;
    const bool gui = Cli::needsGui(args);
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // QApplication, not QGuiApplication: Qt Charts draws through QGraphicsWidget, which needs it.
        app = std::make_unique<QApplication>(argc, argv);
        LetterFont::registerBundled(); // the document font the program carries
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("aantafel-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AANTAFEL_VERSION));
    // The Dutch catalogue holds the plural forms the output needs; Qt's own strings appear only where
    // Qt Gui draws.
    Languages::install(QStringLiteral("nl"), gui ? Languages::QtStrings::Load : Languages::QtStrings::Skip);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!problem.isEmpty()) {
        // A name that cannot be read as text would silently become another name: nothing runs.
        err << problem << '\n';
        return Cli::UsageOrFile;
    }
    const SystemClock clock;
    LetterPdfWriter letterPdf;
    CliServices services;
    services.letterPdf = &letterPdf;
    ReportPdfWriter reportWriter;
    services.reportPdf = &reportWriter;
    const DocumentTextReader textReader;
    services.textExtractor = &textReader;
    const MailFileReader mailReader;
    services.mailReader = &mailReader;
    const int code = Cli::run(args, out, err, clock, services);
    out.flush();
    err.flush();
    return code;
}
