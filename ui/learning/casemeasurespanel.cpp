#include "casemeasurespanel.h"

#include "casenotifier.h"
#include "learning/measurerepository.h"
#include "measurestyle.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CaseMeasuresPanel::CaseMeasuresPanel(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                                     QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack) {
    setObjectName(QStringLiteral("caseMeasures"));
    m_list = MeasureStyle::list(this, QStringLiteral("caseMeasuresList"), tr("Verbetermaatregelen van deze zaak"),
                                {tr("Maatregel"), tr("Soort"), tr("Status"), tr("Streefdatum")},
                                [this](qint64 id) { openMeasure(id); });

    m_empty = new QLabel(tr("Aan deze zaak is nog geen verbetermaatregel gekoppeld. Leidt de klacht tot een "
                            "verbetering, voor deze klager of voor iedereen? Leg die dan hier vast."),
                         this);
    m_empty->setObjectName(QStringLiteral("caseMeasuresEmpty"));
    m_empty->setWordWrap(true);

    m_new = new QPushButton(tr("Nieuwe maatre&gel…"), this);
    m_new->setObjectName(QStringLiteral("caseMeasuresNew"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &CaseMeasuresPanel::newMeasure);
    m_open = new QPushButton(tr("Maatregel o&penen…"), this);
    m_open->setObjectName(QStringLiteral("caseMeasuresOpen"));
    m_open->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMeasureId())
            openMeasure(id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_open->setEnabled(!m_readOnly && currentMeasureId() != 0); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(&m_notifier, &CaseNotifier::measuresChanged, this, &CaseMeasuresPanel::reload);
    connect(&m_notifier, &CaseNotifier::dayChanged, this, &CaseMeasuresPanel::reload);
    reload();
}

void CaseMeasuresPanel::setCaseId(qint64 caseId) {
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    reload();
}

void CaseMeasuresPanel::reload() {
    const qint64 current = currentMeasureId();
    m_measures.clear();
    if (m_caseId != 0) {
        try {
            m_measures = MeasureRepository(m_session).forCase(m_caseId);
        } catch (const StorageError& e) {
            m_empty->setText(e.message());
        }
    }
    m_list->clear();
    const QDate today = m_session.today();
    for (const Measure& m : std::as_const(m_measures)) {
        auto* item = new QTreeWidgetItem(m_list);
        MeasureStyle::fillRow(item, m, DueColumn, today);
        item->setToolTip(TitleColumn, m.description.isEmpty() ? m.title : m.description);
        item->setText(ScopeColumn, MeasureText::label(m.scope));
        item->setText(StatusColumn, MeasureText::label(m.status));
        if (m.id == current)
            m_list->setCurrentItem(item);
    }
    m_empty->setVisible(m_measures.isEmpty());
    m_list->setVisible(!m_measures.isEmpty());
    const bool writable = !m_session.database().isReadOnly();
    m_new->setEnabled(writable && !m_readOnly && m_caseId != 0);
    m_open->setEnabled(!m_readOnly && currentMeasureId() != 0);
}

bool CaseMeasuresPanel::newMeasure() {
    if (m_caseId == 0)
        return false;
    Measure m;
    m.scope = MeasureScope::Individual;
    m.caseIds = {m_caseId};
    MeasureEditor editor(m_session, m_notifier, m_stack, m, this);
    return MeasureEditor::run(m_runner, editor);
}

bool CaseMeasuresPanel::openMeasure(qint64 measureId) {
    return MeasureEditor::openStored(m_session, m_notifier, m_stack, measureId, m_runner, this);
}

qint64 CaseMeasuresPanel::currentMeasureId() const {
    return MeasureStyle::measureId(m_list->currentItem());
}

void CaseMeasuresPanel::setReadOnly(bool readOnly) {
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    reload();
}
