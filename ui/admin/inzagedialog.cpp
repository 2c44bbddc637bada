#include "inzagedialog.h"

#include "checkedcases.h"
#include "shell/dialogbuttons.h"
#include "shell/recordtable.h"

#include "documentpdf.h"

#include "output/outputfile.h"

#include "privacy/inzage.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Reference, Received, Name, Address, Email, Phase_, ColumnCount };
}

InzageDialog::InzageDialog(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_json(new QPushButton(tr("Opslaan als &JSON…"), this))
    , m_pdf(new QPushButton(tr("Opslaan als &PDF…"), this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Inzageverzoek"));
    auto* intro = new QLabel(tr("Zoek de zaken van de klager op naam, e-mailadres of adres. Controleer per zaak of "
                                "het werkelijk deze persoon is; alleen de aangevinkte zaken komen in het overzicht."),
                             this);
    intro->setWordWrap(true);
    m_name->setAccessibleName(tr("Naam van de klager"));
    m_email->setAccessibleName(tr("E-mailadres van de klager"));
    m_address->setAccessibleName(tr("Adres van de klager"));
    m_name->setPlaceholderText(tr("(een deel van) de naam"));
    auto* find = new QPushButton(tr("&Zoeken"), this);
    find->setDefault(true);
    connect(find, &QPushButton::clicked, this, &InzageDialog::search);
    auto* form = new QFormLayout;
    form->addRow(tr("&Naam:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Adres:"), m_address);
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(find, 0, Qt::AlignBottom);

    RecordTable::setUp(m_table, {tr("Zaak"), tr("Ontvangen"), tr("Naam"), tr("Adres"), tr("E-mail"), tr("Fase")},
                       tr("Gevonden zaken"));
    connect(m_table, &QTableWidget::itemChanged, this, &InzageDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        QTableWidgetItem* check = m_table->item(item->row(), Reference);
        check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    for (QPushButton* b : {m_json, m_pdf})
        b->setAutoDefault(false);
    connect(m_json, &QPushButton::clicked, this, &InzageDialog::chooseJson);
    connect(m_pdf, &QPushButton::clicked, this, &InzageDialog::choosePdf);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Melding"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_json);
    actions->addWidget(m_pdf);
    auto* close = DialogButtons::close(this, tr("&Sluiten"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(900, 520);
    updateButtons();
}

void InzageDialog::find(const QString& name, const QString& email, const QString& address) {
    m_name->setText(name);
    m_email->setText(email);
    m_address->setText(address);
    search();
}

void InzageDialog::search() {
    QList<InzageMatch> matches;
    try {
        matches = Inzage(m_session.database(), m_session.clock(), m_session.user())
                      .find({m_name->text(), m_email->text(), m_address->text()});
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        return;
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(matches.size()));
    for (int r = 0; r < matches.size(); ++r) {
        const InzageMatch& m = matches.at(r);
        const QStringList cells{m.reference,    RecordTable::date(m.received),
                                m.klager.name,  m.klager.address.simplified(),
                                m.klager.email, EnumText::label(m.phase)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.id);
            if (column == Reference) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked); // the beheerder confirms each case himself
            }
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_message->setText(matches.isEmpty() ? tr("Geen zaken gevonden.")
                                         : tr("%n zaak/zaken gevonden; vink aan welke van deze klager zijn.", nullptr,
                                              int(matches.size())));
    updateButtons();
}

QList<qint64> InzageDialog::confirmedIds() const {
    return checkedCaseIds(m_table, Reference);
}

void InzageDialog::updateButtons() {
    const bool any = !confirmedIds().isEmpty();
    m_json->setEnabled(any);
    m_pdf->setEnabled(any);
}

bool InzageDialog::saveJson(const QString& path) {
    const QList<qint64> ids = confirmedIds();
    Inzage inzage(m_session.database(), m_session.clock(), m_session.user());
    try {
        const QByteArray json = inzage.json(ids);
        // The one output writer: never over the municipality file, whole or not at all.
        if (const QString error = OutputFile::write(path, json, {m_session.database().path()}); !error.isEmpty()) {
            m_message->setText(error);
            return false;
        }
        if (!m_session.database().isReadOnly())
            inzage.record(ids, QStringLiteral("json"));
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        return false;
    }
    m_message->setText(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool InzageDialog::savePdf(const QString& path) {
    const QList<qint64> ids = confirmedIds();
    Inzage inzage(m_session.database(), m_session.clock(), m_session.user());
    try {
        QString name = m_session.settings().name;
        PrintJob job = inzage.document(ids, name);
        job.fontFamily = m_session.settings().houseFont;
        const QString error = DocumentPdf().write(job, path, {m_session.database().path()});
        if (!error.isEmpty()) {
            m_message->setText(error);
            return false;
        }
        if (!m_session.database().isReadOnly())
            inzage.record(ids, QStringLiteral("pdf"));
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        return false;
    }
    m_message->setText(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString InzageDialog::message() const {
    return m_message->text();
}

void InzageDialog::chooseJson() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Inzage opslaan als JSON"), QDir::home().filePath(tr("inzage.json")), tr("JSON-bestanden (*.json)"));
    if (!path.isEmpty())
        saveJson(path);
}

void InzageDialog::choosePdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Inzage opslaan als PDF"), QDir::home().filePath(tr("inzage.pdf")), tr("PDF-bestanden (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}
