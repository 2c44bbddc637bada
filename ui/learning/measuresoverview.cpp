#include "measuresoverview.h"

#include "learning/measurerepository.h"
#include "measurelistmodel.h"
#include "session/municipalitysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

MeasuresOverview::MeasuresOverview(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack,
                                   QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_stack(stack) {
    setObjectName(QStringLiteral("measuresOverview"));
    m_model = new MeasureListModel(session, notifier, this);
    m_proxy = new MeasureFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MeasureListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    QHBoxLayout* filters = buildFilters();

    buildView();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("measuresSummary"));
    m_new = new QPushButton(tr("&Nieuwe maatregel…"), this);
    m_new->setEnabled(!session.database().isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &MeasuresOverview::newMeasure);
    m_open = new QPushButton(tr("O&penen…"), this);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openMeasure(current.data(MeasureListModel::MeasureIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_open->setEnabled(current.isValid()); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillOwners();
        updateSummary();
    });
    updateSummary();
}

QHBoxLayout* MeasuresOverview::buildFilters() {
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("measuresStatusFilter"));
    m_status->setAccessibleName(tr("Filter op status"));
    m_status->addItem(tr("Alle statussen"), -1);
    for (MeasureStatus s : MeasureText::allStatuses())
        m_status->addItem(MeasureText::label(s), int(s));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("measuresScopeFilter"));
    m_scope->setAccessibleName(tr("Filter op soort"));
    m_scope->addItem(tr("Individueel en structureel"), -1);
    for (MeasureScope s : MeasureText::allScopes())
        m_scope->addItem(MeasureText::label(s), int(s));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("measuresOwnerFilter"));
    m_owner->setAccessibleName(tr("Filter op eigenaar"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdue = new QCheckBox(tr("Alleen &te laat"), this);
    m_overdue->setObjectName(QStringLiteral("measuresOverdueFilter"));
    fillOwners();
    for (QComboBox* combo : {m_status, m_scope, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasuresOverview::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &MeasuresOverview::applyFilters);

    auto* filters = new QHBoxLayout;
    filters->addWidget(label(tr("&Status:"), m_status));
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(label(tr("S&oort:"), m_scope));
    filters->addWidget(m_scope);
    filters->addSpacing(12);
    filters->addWidget(label(tr("&Eigenaar:"), m_owner));
    filters->addWidget(m_owner);
    filters->addSpacing(12);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    return filters;
}

void MeasuresOverview::buildView() {
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("measuresView"));
    m_view->setAccessibleName(tr("Verbetermaatregelen"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MeasureListModel::DueColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(MeasureListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c = MeasureListModel::ScopeColumn; c < MeasureListModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        openMeasure(index.data(MeasureListModel::MeasureIdRole).toLongLong());
    });
}

void MeasuresOverview::fillOwners() {
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Iedereen"), QString());
    for (const QString& owner : m_model->owners())
        m_owner->addItem(owner, owner);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
}

void MeasuresOverview::applyFilters() {
    const int status = m_status->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(MeasureStatus(status)));
    const int scope = m_scope->currentData().toInt();
    m_proxy->setScope(scope < 0 ? std::nullopt : std::optional(MeasureScope(scope)));
    m_proxy->setOwner(m_owner->currentData().toString());
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    updateSummary();
}

QString MeasuresOverview::summary() const {
    return m_summary->text();
}

void MeasuresOverview::updateSummary() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    QString text = shown == all ? (all == 1 ? tr("1 maatregel") : tr("%1 maatregelen").arg(all))
                                : tr("%1 van %2 maatregelen").arg(shown).arg(all);
    if (overdue > 0)
        text += tr(", waarvan %1 over de streefdatum").arg(overdue);
    m_summary->setText(text);
}

bool MeasuresOverview::openMeasure(qint64 measureId) {
    return MeasureEditor::openStored(m_session, m_notifier, m_stack, measureId, m_runner, this);
}

bool MeasuresOverview::newMeasure() {
    Measure m;
    m.scope = MeasureScope::Structural;
    MeasureEditor editor(m_session, m_notifier, m_stack, m, this);
    return MeasureEditor::run(m_runner, editor);
}
