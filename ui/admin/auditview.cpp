#include "auditview.h"

#include "shell/clearbutton.h"
#include "shell/dialogbuttons.h"
#include "shell/recordtable.h"

#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { When, Who, CaseRef, What, Field, Old, New, ColumnCount };

// One line of a value in a cell; the tooltip holds the whole text.
QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text.simplified());
    if (text.size() > 60 || text.contains(u'\n'))
        item->setToolTip(text);
    return item;
}
} // namespace

AuditView::AuditView(MunicipalitySession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_trail(session.database())
    , m_reference(new QLineEdit(this))
    , m_usePeriod(new QCheckBox(tr("&Periode:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_previous(new QPushButton(tr("&Vorige"), this))
    , m_next(new QPushButton(tr("V&olgende"), this))
    , m_export(new QPushButton(tr("&Exporteren als CSV…"), this)) {
    setWindowTitle(tr("Audittrail"));
    m_reference->setPlaceholderText(tr("bijv. KL-2025-0042; leeg: alle zaken"));
    m_reference->setAccessibleName(tr("Zaaknummer"));
    ClearButton::add(m_reference, tr("Zaaknummer leegmaken"));
    const QDate today = session.today();
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("Van"));
    m_to->setAccessibleName(tr("Tot en met"));
    m_usePeriod->setChecked(true);
    connect(m_usePeriod, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_usePeriod, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* find = new QPushButton(tr("Zoe&ken"), this);
    find->setDefault(true);
    connect(find, &QPushButton::clicked, this, &AuditView::search);
    connect(m_reference, &QLineEdit::returnPressed, this, &AuditView::search);

    auto* referenceLabel = new QLabel(tr("&Zaak:"), this);
    referenceLabel->setBuddy(m_reference);
    auto* toLabel = new QLabel(tr("t/m"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(referenceLabel);
    filters->addWidget(m_reference, 1);
    filters->addSpacing(12);
    filters->addWidget(m_usePeriod);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(find);

    RecordTable::setUp(m_table, {tr("Wanneer"), tr("Wie"), tr("Zaak"), tr("Actie"), tr("Veld"), tr("Oud"), tr("Nieuw")},
                       tr("Regels van de audittrail"));

    for (QPushButton* b : {m_previous, m_next, m_export})
        b->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, &AuditView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditView::nextPage);
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExport);
    m_status->setAccessibleName(tr("Status"));
    auto* paging = new QHBoxLayout;
    paging->addWidget(m_status, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    paging->addSpacing(12);
    paging->addWidget(m_export);

    auto* close = DialogButtons::close(this, tr("&Sluiten"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(close);
    resize(1000, 600);
    search();
}

void AuditView::setFilter(const QString& reference, QDate from, QDate to) {
    m_reference->setText(reference);
    m_usePeriod->setChecked(from.isValid() || to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    search();
}

AuditFilter AuditView::filter() const {
    AuditFilter f;
    f.reference = m_reference->text().trimmed();
    if (m_usePeriod->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void AuditView::search() {
    m_offset = 0;
    try {
        m_total = m_trail.count(filter());
    } catch (const StorageError& e) {
        m_total = 0;
        m_status->setText(e.message());
        m_table->setRowCount(0);
        return;
    }
    showPage();
}

void AuditView::showPage() {
    AuditFilter f = filter();
    f.limit = PageSize;
    f.offset = m_offset;
    QList<AuditRow> rows;
    try {
        rows = m_trail.rows(f);
    } catch (const StorageError& e) {
        m_status->setText(e.message());
        return;
    }
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const AuditRow& row = rows.at(r);
        m_table->setItem(r, When, cell(row.entry.at.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm:ss"))));
        m_table->setItem(r, Who, cell(row.entry.user));
        m_table->setItem(r, CaseRef, cell(row.reference));
        m_table->setItem(r, What, cell(AuditTrail::actionLabel(row.entry.action)));
        m_table->setItem(r, Field, cell(row.entry.field));
        m_table->setItem(r, Old, cell(row.entry.oldValue));
        m_table->setItem(r, New, cell(row.entry.newValue));
    }
    m_table->resizeColumnsToContents();
    for (int column : {Old, New})
        m_table->setColumnWidth(column, qBound(140, m_table->columnWidth(column), 260));
    m_status->setText(m_total == 0
                          ? tr("Geen regels gevonden.")
                          : tr("Regel %1–%2 van %3")
                                .arg(locale.toString(m_offset + 1), locale.toString(m_offset + qint64(rows.size())),
                                     locale.toString(m_total)));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + PageSize < m_total);
    m_export->setEnabled(m_total > 0);
}

QString AuditView::status() const {
    return m_status->text();
}

void AuditView::nextPage() {
    if (m_offset + PageSize >= m_total)
        return;
    m_offset += PageSize;
    showPage();
}

void AuditView::previousPage() {
    m_offset = qMax(0, m_offset - PageSize);
    showPage();
}

qint64 AuditView::exportTo(const QString& path) {
    const AuditFilter f = filter();
    try {
        const qint64 n = m_trail.exportCsv(f, path);
        const QString period = f.from.isValid()
                                   ? tr("%1 t/m %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
                                   : tr("alle data");
        m_trail.recordExport(m_session.clock().now(), m_session.user(),
                             (f.reference.isEmpty() ? tr("alle zaken") : f.reference) + QStringLiteral(", ") + period);
        m_status->setText(
            tr("%n regel/regels geëxporteerd naar %1", nullptr, int(n)).arg(QDir::toNativeSeparators(path)));
        return n;
    } catch (const StorageError& e) {
        m_status->setText(e.message());
        return -1;
    }
}

void AuditView::chooseExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Audittrail exporteren"), QDir::home().filePath(tr("audittrail.csv")), tr("CSV-bestanden (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}
