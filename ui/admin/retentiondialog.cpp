#include "retentiondialog.h"

#include "checkedcases.h"
#include "shell/dialogbuttons.h"
#include "shell/recordtable.h"

#include "casenotifier.h"
#include "privacy/retentionrun.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Reference, Received, Closed, DueSince, Result, Domain, Outcome_, Anonymised, ColumnCount };
} // namespace

RetentionDialog::RetentionDialog(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_all(new QPushButton(tr("&Alles selecteren"), this))
    , m_destroy(new QPushButton(tr("&Vernietigen…"), this))
    , m_anonymise(new QPushButton(tr("A&nonimiseren…"), this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Bewaartermijn en vernietigen"));
    m_confirm = [this](const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.button(QMessageBox::Yes)->setText(title);
        box.button(QMessageBox::Cancel)->setText(tr("Annuleren"));
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    m_chooseForCopies = [this](const QList<RetentionCopy>& copies) { return askAboutCopies(copies); };
    auto* note = new QLabel(tr("De bewaartermijn volgt de Selectielijst gemeenten 2020, procestype 13 \u201eGeschillen "
                               "behandelen\u201d: 5 jaar na afsluiten (13.1), 10 jaar als de klager naar de ombudsman "
                               "ging (13.1.2), 1 jaar voor een ingetrokken (13.2) of niet behandelde klacht (13.1.4). "
                               "Een beheerder kan per zaak een ander resultaat kiezen, met reden (in het dossier)."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_summary->setWordWrap(true);
    setUpTable();

    for (QPushButton* b : {m_all, m_destroy, m_anonymise})
        b->setAutoDefault(false);
    m_destroy->setToolTip(tr("De zaak met alles wat erbij hoort verdwijnt uit het bestand; de audittrail houdt "
                             "alleen het zaaknummer."));
    m_anonymise->setToolTip(tr("Namen, contactgegevens, vrije teksten, brieven en documenten verdwijnen; wat de "
                               "jaarcijfers nodig hebben (soort, kanaal, data, domein, thema's, uitkomst) blijft."));
    connect(m_all, &QPushButton::clicked, this, [this] {
        QList<qint64> all;
        for (const RetentionCandidate& c : std::as_const(m_candidates))
            all << c.id;
        select(selectedIds().size() == all.size() ? QList<qint64>{} : all);
    });
    connect(m_destroy, &QPushButton::clicked, this, &RetentionDialog::destroySelected);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymiseSelected);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_all);
    actions->addStretch(1);
    actions->addWidget(m_anonymise);
    actions->addWidget(m_destroy);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Melding"));
    auto* close = DialogButtons::close(this, tr("&Sluiten"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(900, 520);
    refresh();
}

// The question a run asks when copies made before it still hold what it destroyed.
RetentionDialog::CopiesChoice RetentionDialog::askAboutCopies(const QList<RetentionCopy>& copies) {
    QStringList names;
    for (const RetentionCopy& copy : copies)
        names << QDir::toNativeSeparators(copy.path);
    QMessageBox box(QMessageBox::Warning, tr("Reservekopieën"),
                    tr("%n reservekopie/reservekopieën is/zijn gemaakt vóór deze vernietiging en bevat/bevatten de "
                       "gegevens nog. "
                       "Opschonen past dezelfde vernietiging op elke kopie toe; verwijderen gooit de kopieën weg.",
                       nullptr, int(copies.size())),
                    QMessageBox::NoButton, this);
    box.setDetailedText(names.join(u'\n'));
    QPushButton* scrub = box.addButton(tr("&Opschonen"), QMessageBox::AcceptRole);
    QPushButton* remove = box.addButton(tr("&Verwijderen"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(scrub);
    box.exec();
    if (box.clickedButton() == scrub)
        return CopiesChoice::Scrub;
    if (box.clickedButton() == remove)
        return CopiesChoice::Delete;
    Q_UNUSED(later)
    return CopiesChoice::Later;
}

void RetentionDialog::setUpTable() {
    RecordTable::setUp(m_table,
                       {tr("Zaak"), tr("Ontvangen"), tr("Afgesloten"), tr("Termijn verstreken op"), tr("Selectielijst"),
                        tr("Domein"), tr("Uitkomst"), tr("Geanonimiseerd")},
                       tr("Zaken waarvan de bewaartermijn is verstreken"), true);
    connect(m_table, &QTableWidget::itemChanged, this, &RetentionDialog::updateButtons);
    // Space toggles the check of the current row from the keyboard.
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        QTableWidgetItem* check = m_table->item(item->row(), Reference);
        check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

void RetentionDialog::refresh() {
    try {
        m_candidates = Retention(m_session.database(), m_session.clock(), m_session.user()).due();
    } catch (const StorageError& e) {
        m_candidates.clear();
        m_message->setText(e.message());
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_candidates.size()));
    for (int r = 0; r < m_candidates.size(); ++r) {
        const RetentionCandidate& c = m_candidates.at(r);
        const QStringList cells{c.reference,
                                RecordTable::date(c.received),
                                RecordTable::date(c.closedOn),
                                RecordTable::date(c.dueSince),
                                c.overridden ? tr("%1 (gekozen)").arg(Selectielijst::number(c.result))
                                             : Selectielijst::number(c.result),
                                EnumText::label(c.domain),
                                EnumText::label(c.outcome),
                                RecordTable::date(c.anonymisedOn)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            if (column == Result)
                item->setToolTip(Selectielijst::basis(c.result));
            if (column == Reference) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        m_candidates.isEmpty()
            ? tr("Er zijn geen afgesloten zaken waarvan de bewaartermijn is verstreken.")
            : tr("%n afgesloten zaak/zaken waarvan de bewaartermijn is verstreken. Kies de zaken en vernietig of "
                 "anonimiseer ze.",
                 nullptr, int(m_candidates.size())));
    updateButtons();
}

void RetentionDialog::select(const QList<qint64>& caseIds) {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem* item = m_table->item(r, Reference);
        item->setCheckState(caseIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

QList<qint64> RetentionDialog::selectedIds() const {
    return checkedCaseIds(m_table, Reference);
}

void RetentionDialog::updateButtons() {
    const bool any = !selectedIds().isEmpty();
    const bool writable = !m_session.database().isReadOnly();
    m_destroy->setEnabled(any && writable);
    m_anonymise->setEnabled(any && writable);
    m_all->setEnabled(!m_candidates.isEmpty());
    m_all->setText(!m_candidates.isEmpty() && selectedIds().size() == m_candidates.size() ? tr("Niets s&electeren")
                                                                                          : tr("&Alles selecteren"));
}

bool RetentionDialog::destroySelected() {
    return run(true);
}

bool RetentionDialog::anonymiseSelected() {
    return run(false);
}

bool RetentionDialog::run(bool destroy) {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    const int n = int(ids.size());
    const QString title = destroy ? tr("Vernietigen") : tr("Anonimiseren");
    const QString text =
        destroy
            ? tr("U gaat %n zaak/zaken definitief vernietigen, met de tijdlijn, klachtonderdelen, brieven en "
                 "documenten. De audittrail bewaart alleen het zaaknummer.\n\nDit kan niet ongedaan worden gemaakt.",
                 nullptr, n)
            : tr("U gaat %n zaak/zaken anonimiseren: namen, contactgegevens, vrije teksten, brieven en documenten "
                 "worden verwijderd; de gegevens voor de jaarcijfers blijven.\n\nDit kan niet ongedaan worden gemaakt.",
                 nullptr, n);
    if (!m_confirm(title, text))
        return false;
    RetentionRunOutcome outcome;
    try {
        outcome = RetentionRun::execute(m_session, destroy ? RetentionAction::Destroy : RetentionAction::Anonymise, ids,
                                        m_backupFolders);
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        return false;
    }
    m_erased = true;
    QString done =
        destroy ? tr("%n zaak/zaken vernietigd.", nullptr, n) : tr("%n zaak/zaken geanonimiseerd.", nullptr, n);
    if (!outcome.result.logEmptied)
        done += u' ' + RetentionRun::incompleteText(m_session.database().path());
    m_message->setText(done);
    // Open views reload: a destroyed case is gone, an anonymised one shows its remaining fields.
    emit m_notifier.casesReset();
    refresh();
    if (!outcome.staleCopies.isEmpty())
        handleCopies(outcome.staleCopies);
    return true;
}

void RetentionDialog::handleCopies(const QList<RetentionCopy>& copies) {
    const CopiesChoice choice = m_chooseForCopies(copies);
    QHash<QString, QString> failures;
    if (choice == CopiesChoice::Scrub)
        failures = RetentionRun::scrubCopies(m_session, copies);
    else if (choice == CopiesChoice::Delete)
        failures = RetentionRun::deleteCopies(m_session, copies);
    QString text = m_message->text();
    if (choice == CopiesChoice::Later) {
        text += u' ' + tr("%n reservekopie/reservekopieën van vóór de vernietiging bevat/bevatten de gegevens nog; de "
                          "volgende keer "
                          "wordt opnieuw gevraagd ze op te schonen.",
                          nullptr, int(copies.size()));
    } else if (failures.isEmpty()) {
        text += u' ' + (choice == CopiesChoice::Scrub
                            ? tr("%n reservekopie/reservekopieën opgeschoond.", nullptr, int(copies.size()))
                            : tr("%n reservekopie/reservekopieën verwijderd.", nullptr, int(copies.size())));
    } else {
        text += u' ' + QStringList(failures.values()).join(u' ');
    }
    m_message->setText(text);
}

QString RetentionDialog::message() const {
    return m_message->text();
}
