#include "conflictdialog.h"

#include "commands/casestate.h"
#include "i18n/languages.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QSet<QString> names(const QList<FieldDifference>& differences) {
    QSet<QString> result;
    for (const FieldDifference& d : differences)
        result.insert(d.name);
    return result;
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text.isEmpty() ? ConflictDialog::tr("(leeg)") : text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    if (text.isEmpty())
        item->setForeground(QPalette().color(QPalette::PlaceholderText));
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const Case& before, const Case& mine, const Case& theirs, const QString& who,
                               const QDateTime& when, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Zaak %1 is intussen gewijzigd").arg(theirs.reference));
    setAccessibleName(windowTitle());
    const QString someone = who.isEmpty() ? tr("iemand anders") : who;
    const QString changedBy = when.isValid() ? tr("gewijzigd door %1 om %2").arg(someone, when.toString(u"HH:mm"))
                                             : tr("gewijzigd door %1").arg(someone);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>Uw wijziging is niet opgeslagen.</b> Zaak %1 is %2, nadat u haar opende. "
                                "Hieronder staan de gegevens die verschillen.")
                                 .arg(theirs.reference, changedBy),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QSet<QString> mineChanged = names(CaseState::compare(before, mine));
    const QSet<QString> theirsChanged = names(CaseState::compare(before, theirs));
    const QList<FieldDifference> rows = CaseState::compare(mine, theirs);

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setAccessibleName(tr("Verschillen tussen uw versie en de versie in het bestand"));
    m_table->setHorizontalHeaderLabels(
        {tr("Gegeven"), tr("Uw versie"), tr("Versie in het bestand\n(%1)").arg(changedBy)});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < rows.size(); ++row) {
        const FieldDifference& d = rows.at(row);
        const bool byMe = mineChanged.contains(d.name);
        const bool byThem = theirsChanged.contains(d.name);
        QString label = d.name;
        if (byMe && byThem) {
            label = tr("%1 — door u beiden gewijzigd").arg(d.name);
            m_changedByBoth << d.name;
        } else if (byMe) {
            label = tr("%1 — door u gewijzigd").arg(d.name);
        } else if (byThem) {
            label = tr("%1 — door %2 gewijzigd").arg(d.name, someone);
        }
        QTableWidgetItem* name = cell(label);
        if (byMe && byThem)
            name->setIcon(warning);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, cell(d.left));
        m_table->setItem(row, 2, cell(d.right));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    if (canReapply()) {
        explanation->setText(tr("Opnieuw toepassen neemt de versie in het bestand en zet daar alleen de gegevens "
                                "in die u zelf hebt gewijzigd. De wijziging van %1 blijft staan.")
                                 .arg(someone));
    } else {
        explanation->setText(tr("U en %1 hebben allebei %2 gewijzigd. Om niemands werk ongemerkt te overschrijven, "
                                "kan uw wijziging niet automatisch opnieuw worden toegepast. Houd hun versie en "
                                "voer uw wijziging daarna zo nodig opnieuw in; uw versie staat hierboven.")
                                 .arg(someone, Languages::locale().createSeparatedList(m_changedByBoth)));
    }
    layout->addWidget(explanation);

    auto* buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Hun versie houden (mijn wijziging vervalt)"), QDialogButtonBox::RejectRole);
    m_reapply = buttons->addButton(tr("&Mijn wijziging opnieuw toepassen op hun versie"), QDialogButtonBox::AcceptRole);
    m_reapply->setEnabled(canReapply());
    QPushButton* preferred = canReapply() ? m_reapply : m_keep;
    preferred->setDefault(true);
    preferred->setFocus(); // not the table: it only shows
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reapply;
        accept();
    });
    layout->addWidget(buttons);
    resize(860, 420);
    // Row heights depend on the final column widths, known once the dialog is laid out.
    QTimer::singleShot(0, this, &ConflictDialog::fitRows);
}

void ConflictDialog::fitRows() {
    m_table->resizeRowsToContents();
    int rowsHeight = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->setRowHeight(row, m_table->rowHeight(row) + 8); // air between the versions
        rowsHeight += m_table->rowHeight(row);
    }
    const int wanted = m_table->horizontalHeader()->height() + rowsHeight + 2 * m_table->frameWidth();
    const int grow = std::min(wanted, 520) - m_table->viewport()->height() - m_table->horizontalHeader()->height();
    resize(width(), std::max(minimumSizeHint().height(), height() + grow)); // fits the rows, up to a point
}
