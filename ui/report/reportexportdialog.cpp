#include "reportexportdialog.h"

#include "shell/dialogbuttons.h"
#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include "output/outputfile.h"
#include "print/reportpdfwriter.h"
#include "report/reportexport.h"
#include "report/yearreport.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString suffix(ReportExportDialog::Format format) {
    switch (format) {
    case ReportExportDialog::Format::Pdf: return QStringLiteral("pdf");
    case ReportExportDialog::Format::Html: return QStringLiteral("html");
    case ReportExportDialog::Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

} // namespace

ReportExportDialog::ReportExportDialog(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Jaarverslag exporteren"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setAccessibleName(tr("Jaar van het verslag"));
    m_year->setRange(1990, session.today().year());
    m_year->setGroupSeparatorShown(false);
    // Early in the year the finished year is what gets published.
    m_year->setValue(session.today().month() <= 3 ? session.today().year() - 1 : session.today().year());

    m_formats = new QButtonGroup(this);
    auto* formats = new QHBoxLayout;
    for (const auto& [format, text] : {std::pair{Format::Pdf, tr("&PDF (met grafieken)")},
                                       {Format::Html, tr("&HTML (voor de website)")},
                                       {Format::Csv, tr("&CSV (alle cijfers)")}}) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("reportFormat_") + suffix(format));
        m_formats->addButton(button, int(format));
        formats->addWidget(button);
    }
    formats->addStretch(1);
    m_formats->button(int(Format::Pdf))->setChecked(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("Bestand"));
    auto* browse = new QPushButton(tr("&Bladeren…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_path->setText(QDir::home().filePath(suggestedName()));
    connect(m_formats, &QButtonGroup::idClicked, this, &ReportExportDialog::formatChosen);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportExportDialog::formatChosen);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    PaletteStyle::text(m_error, StatePalette::Role::Error);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    auto* yearLabel = new QLabel(tr("&Jaar:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, m_year);
    form->addRow(tr("Formaat:"), formats);
    auto* pathLabel = new QLabel(tr("Be&stand:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* note = new QLabel(tr("Het verslag bevat alleen aantallen en titels van maatregelen: geen namen of "
                               "zaakgegevens. Het kan zo worden gepubliceerd (artikel 9:12a Awb)."),
                            this);
    note->setWordWrap(true);

    auto* buttons = DialogButtons::confirm(this, tr("E&xporteren"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void ReportExportDialog::setYear(int year) {
    m_year->setValue(year);
}

void ReportExportDialog::setFormat(Format format) {
    m_formats->button(int(format))->setChecked(true);
    formatChosen();
}

void ReportExportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

int ReportExportDialog::year() const {
    return m_year->value();
}

ReportExportDialog::Format ReportExportDialog::format() const {
    return Format(m_formats->checkedId());
}

QString ReportExportDialog::path() const {
    return m_path->text().trimmed();
}

QString ReportExportDialog::suggestedName() const {
    return tr("klachtenjaarverslag-%1.%2").arg(year()).arg(suffix(format()));
}

void ReportExportDialog::formatChosen() {
    // Keep the folder the user chose; follow the year and format in the name.
    const QFileInfo current(path());
    const QString folder = current.path().isEmpty() ? QDir::homePath() : current.path();
    m_path->setText(QDir(folder).filePath(suggestedName()));
}

void ReportExportDialog::browse() {
    const QString filter = format() == Format::Pdf    ? tr("PDF-bestanden (*.pdf)")
                           : format() == Format::Html ? tr("HTML-bestanden (*.html)")
                                                      : tr("CSV-bestanden (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Jaarverslag opslaan"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ReportExportDialog::write() {
    const QString target = path();
    if (target.isEmpty())
        return tr("Kies een bestand om het verslag in op te slaan.");
    YearReport report;
    try {
        report = YearReport::compute(m_session, year());
    } catch (const StorageError& e) {
        return e.message();
    }
    if (format() == Format::Pdf) {
        ReportPdfWriter writer;
        const QString error = writer.write(reportPrintJob(report), target, {m_session.database().path()});
        if (!error.isEmpty())
            return error;
    } else {
        const QByteArray bytes = format() == Format::Html
                                     ? ReportExport::html(report, ReportExport::ChartStyle::InlineSvg).toUtf8()
                                     : ReportExport::csv(report);
        // The one output writer: never over the municipality file, whole or not at all.
        OutputFile file(target, {m_session.database().path()});
        if (!file.open() || file.device().write(bytes) != bytes.size() || !file.commit()) {
            const QString why = file.reason().isEmpty() ? file.device().errorString() : file.reason();
            return tr("Het verslag kon niet worden opgeslagen in %1: %2.").arg(QDir::toNativeSeparators(target), why);
        }
    }
    m_written = target;
    return {};
}

QString ReportExportDialog::successText() const {
    return tr("Het klachtenjaarverslag %1 is opgeslagen in %2.").arg(year()).arg(QDir::toNativeSeparators(m_written));
}

void ReportExportDialog::accept() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = write();
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    QMessageBox::information(this, tr("Jaarverslag geëxporteerd"), successText());
    QDialog::accept();
}
