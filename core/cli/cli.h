// aantafel-cli: the command-line interface, as a function so that tests run it in-process.
// Exit codes: 0 ok, 1 refused or problems found, 2 usage error or the file cannot be opened.
// Messages to the user are Dutch and go to err; results go to out.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTextStream>

class Clock;
class MailReader;
class PdfOutput;
class TextExtractor;

// What the command line gets from outside core: the PDF writers for letters and reports (ui layer),
// and the readers of e-mail and of documents' text (the readers library). A command that needs one
// refuses with a clear message when it is missing; without a text extractor a document is stored all the
// same, only its text (other than plain text) is not searchable.
struct CliServices {
    PdfOutput* letterPdf = nullptr;
    PdfOutput* reportPdf = nullptr;
    const TextExtractor* textExtractor = nullptr; // case FILE attach, case FILE new --eml
    const MailReader* mailReader = nullptr;       // case FILE new --eml
};

namespace Cli {
enum ExitCode { Ok = 0, Refused = 1, UsageOrFile = 2 };
// args excludes the program name: e.g. {"deadlines", "--received", "2025-03-07"}.
int run(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock,
        const CliServices& services = {});
// Whether this command line draws (a PDF), so that the entry point starts Qt Gui for it.
bool needsGui(const QStringList& args);
// Whether this command line needs a service of CliServices: it draws a PDF (needsGui), reads an e-mail
// (case FILE new --eml) or reads documents' text (case FILE attach). aantafel-cli itself is linked
// without Qt Gui and the readers, so that every other command starts as a small console program; it
// hands these command lines to the full command line (aantafel-cli-full) unchanged.
bool needsServices(const QStringList& args);
// The program's arguments as text (without the program name). An argument whose bytes are no valid
// text in this system's encoding (a file name from another system) would silently become another
// name: then *problem is the Dutch reason and the command must not run.
QStringList argumentsFrom(const QList<QByteArray>& raw, QString* problem);
QString usage();
} // namespace Cli
