#include "overduemeasureslist.h"

#include "learning/measurerepository.h"
#include "measurestyle.h"
#include "session/municipalitysession.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

OverdueMeasuresList::OverdueMeasuresList(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack) {
    setObjectName(QStringLiteral("overdueMeasures"));
    m_title = new QLabel(this);
    m_list = MeasureStyle::list(
        this, QStringLiteral("overdueMeasuresList"), tr("Verbetermaatregelen over de streefdatum"),
        {tr("Maatregel"), tr("Eigenaar"), tr("Streefdatum"), tr("Zaken")}, [this](qint64 id) { openMeasure(id); });
    // A short list under the deadlines: it must not take their room.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 9);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    setVisible(false);
}

void OverdueMeasuresList::setMeasures(const QList<Measure>& measures) {
    m_list->clear();
    const QDate today = m_session.today();
    for (const Measure& m : measures) {
        auto* item = new QTreeWidgetItem(m_list);
        MeasureStyle::fillRow(item, m, DueColumn, today);
        item->setText(OwnerColumn, m.owner);
        item->setText(CasesColumn, MeasureStyle::caseCount(int(m.caseIds.size())));
    }
    m_title->setText(tr("<b>Verbetermaatregelen over de streefdatum</b> (%1)").arg(measures.size()));
    setVisible(!measures.isEmpty());
}

bool OverdueMeasuresList::openMeasure(qint64 measureId) {
    return MeasureEditor::openStored(m_session, m_notifier, m_stack, measureId, m_runner, this);
}
