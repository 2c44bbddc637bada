#include "letteroutputbar.h"

#include "print/letterlayout.h"
#include "print/letterpdfwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace {

QString defaultChooser(QWidget* parent, const QString& suggestedPath) {
    return QFileDialog::getSaveFileName(parent, LetterOutputBar::tr("Brief opslaan als PDF"), suggestedPath,
                                        LetterOutputBar::tr("PDF-bestanden (*.pdf)"));
}

} // namespace

LetterOutputBar::LetterOutputBar(QWidget* parent)
    : QWidget(parent)
    , m_chooseFile(defaultChooser) {
    setObjectName(QStringLiteral("letterOutputBar"));
    m_preview = new QPushButton(tr("&Voorbeeld…"), this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setAccessibleName(tr("Afdrukvoorbeeld van de brief"));
    m_print = new QPushButton(tr("&Afdrukken…"), this);
    m_print->setObjectName(QStringLiteral("letterPrint"));
    m_print->setAccessibleName(tr("Brief afdrukken"));
    m_pdf = new QPushButton(tr("Opslaan als &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("letterPdf"));
    m_pdf->setAccessibleName(tr("Brief opslaan als PDF"));
    for (QPushButton* button : {m_preview, m_print, m_pdf})
        button->setAutoDefault(false);
    connect(m_preview, &QPushButton::clicked, this, &LetterOutputBar::preview);
    connect(m_print, &QPushButton::clicked, this, &LetterOutputBar::print);
    connect(m_pdf, &QPushButton::clicked, this, &LetterOutputBar::savePdf);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
}

void LetterOutputBar::preview() {
    if (!m_job || !mayGo())
        return;
    const PrintJob job = m_job();
    QPrinter printer(QPrinter::HighResolution);
    LetterPdfWriter::preparePrinter(job, printer);
    QPrintPreviewDialog dialog(&printer, window());
    dialog.setWindowTitle(tr("Voorbeeld: %1").arg(job.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &job](QPrinter* target) {
        if (const QString problem = LetterPdfWriter::print(job, *target); !problem.isEmpty())
            emit failed(problem);
    });
    dialog.exec();
}

void LetterOutputBar::print() {
    if (!m_job || !mayGo())
        return;
    const PrintJob job = m_job();
    QPrinter printer(QPrinter::HighResolution);
    LetterPdfWriter::preparePrinter(job, printer);
    QPrintDialog dialog(&printer, window());
    dialog.setWindowTitle(tr("Brief afdrukken"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = LetterPdfWriter::print(job, printer); !problem.isEmpty())
        emit failed(problem);
}

QString LetterOutputBar::savePdf() {
    if (!m_job || !mayGo())
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_chooseFile(window(), QDir(folder).filePath(m_suggestedName));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    LetterPdfWriter writer;
    if (const QString problem = writer.write(m_job(), path); !problem.isEmpty()) {
        emit failed(problem);
        return {};
    }
    emit pdfSaved(path);
    return path;
}
