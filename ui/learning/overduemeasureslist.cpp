#include "overduemeasureslist.h"

#include "learning/measurerepository.h"
#include "measurestyle.h"
#include "session/municipalitysession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int MeasureIdRole = Qt::UserRole;
}

OverdueMeasuresList::OverdueMeasuresList(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack) {
    setObjectName(QStringLiteral("overdueMeasures"));
    m_title = new QLabel(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("overdueMeasuresList"));
    m_list->setAccessibleName(tr("Verbetermaatregelen over de streefdatum"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Maatregel"), tr("Eigenaar"), tr("Streefdatum"), tr("Zaken")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = OwnerColumn; c < ColumnCount; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A short list under the deadlines: it must not take their room.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 9);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openMeasure(item->data(0, MeasureIdRole).toLongLong()); });
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
        item->setText(TitleColumn, m.title);
        item->setText(OwnerColumn, m.owner);
        item->setText(DueColumn, MeasureStyle::dueText(m, today));
        item->setIcon(DueColumn, MeasureStyle::overdueIcon());
        item->setForeground(DueColumn, MeasureStyle::overdueColour());
        item->setText(CasesColumn, MeasureStyle::caseCount(int(m.caseIds.size())));
        item->setData(0, MeasureIdRole, m.id);
    }
    m_title->setText(tr("<b>Verbetermaatregelen over de streefdatum</b> (%1)").arg(measures.size()));
    setVisible(!measures.isEmpty());
}

bool OverdueMeasuresList::openMeasure(qint64 measureId) {
    return MeasureEditor::openStored(m_session, m_notifier, m_stack, measureId, m_runner, this);
}
