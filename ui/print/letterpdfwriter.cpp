#include "letterpdfwriter.h"

#include "letterlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace {

// Why the folder cannot take the file, in words the handler can act on; empty when it can.
QString folderProblem(const QString& path) {
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return LetterPdfWriter::tr("de map %1 bestaat niet").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isDir())
        return LetterPdfWriter::tr("%1 is geen map").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return LetterPdfWriter::tr("in de map %1 mag niet worden geschreven")
            .arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

} // namespace

QString LetterPdfWriter::write(const PrintJob& job, const QString& path) {
    const auto failed = [&path](const QString& why) {
        return tr("De PDF %1 kan niet worden opgeslagen: %2.").arg(QDir::toNativeSeparators(path), why);
    };
    if (path.isEmpty())
        return tr("Er is geen bestandsnaam voor de PDF opgegeven.");
    if (const QString problem = folderProblem(path); !problem.isEmpty())
        return failed(problem);
    if (QFileInfo(path).isDir())
        return failed(tr("er bestaat al een map met die naam"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter pdf(&file);
        LetterLayout::prepare(pdf);
        pdf.setTitle(job.title);
        pdf.setCreator(QStringLiteral("Aan Tafel"));
        const LetterLayout layout(job, pdf);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return failed(tr("het document kan niet worden opgebouwd"));
        }
        layout.paint(painter);
        painter.end();
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

void LetterPdfWriter::preparePrinter(const PrintJob& job, QPrinter& printer) {
    printer.setFullPage(true);
    LetterLayout::prepare(printer);
    printer.setDocName(job.title);
    printer.setCreator(QStringLiteral("Aan Tafel"));
}

QString LetterPdfWriter::print(const PrintJob& job, QPrinter& printer) {
    // The handler may have picked another paper size in the dialog; a Dutch letter is A4.
    preparePrinter(job, printer);
    const LetterLayout layout(job, printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("De brief kan niet worden afgedrukt: de printer %1 is niet beschikbaar.").arg(printer.printerName());
    layout.paint(painter);
    painter.end();
    return {};
}
