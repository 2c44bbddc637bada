#include "printjob.h"

#include "outputfile.h"

#include <QDir>

QString PdfOutput::failure(const QString& path, const QString& reason) const {
    return tr("De PDF %1 kan niet worden opgeslagen: %2.").arg(QDir::toNativeSeparators(path), reason);
}

QString PdfOutput::write(const PrintJob& job, const QString& path, const QStringList& protectedFiles) {
    if (path.isEmpty())
        return tr("Er is geen bestandsnaam voor de PDF opgegeven.");
    const auto failed = [&](const QString& why) { return failure(path, why); };
    OutputFile file(path, protectedFiles);
    if (!file.open())
        return failed(file.reason());
    if (const QString problem = render(job, file.device()); !problem.isEmpty()) {
        file.cancel();
        return failed(problem);
    }
    if (!file.commit())
        return failed(file.reason());
    return {};
}
