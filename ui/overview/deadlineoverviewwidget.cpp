#include "deadlineoverviewwidget.h"

#include "casenotifier.h"
#include "commands/casecommands.h"
#include "deadlineoverviewmodel.h"
#include "learning/overduemeasureslist.h"
#include "session/municipalitysession.h"
#include "users/permissiongate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace {
const QString Everyone = QStringLiteral("\x01everyone");
} // namespace

DeadlineOverviewWidget::DeadlineOverviewWidget(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& undo,
                                               QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_undo(undo)
    , m_model(new DeadlineOverviewModel(this))
    , m_handler(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_workload(new QTreeWidget(this))
    , m_reassign(new QPushButton(tr("&Toewijzen aan…"), this))
    , m_summary(new QLabel(this))
    , m_refreshTimer(new QTimer(this)) {
    auto* filters = new QHBoxLayout;
    auto addFilter = [&](const QString& label, QComboBox* box, const QString& accessible) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        box->setAccessibleName(accessible);
        filters->addWidget(l);
        filters->addWidget(box);
    };
    addFilter(tr("&Behandelaar:"), m_handler, tr("Filter op behandelaar"));
    m_domain->addItem(tr("Alle domeinen"), -1);
    for (PolicyDomain d : EnumText::all<PolicyDomain>())
        m_domain->addItem(EnumText::label(d), int(d));
    addFilter(tr("&Domein:"), m_domain, tr("Filter op domein"));
    m_kind->addItem(tr("Alle termijnen"), -1);
    for (DeadlineKind k : DeadlineText::allKinds()) {
        if (k != DeadlineKind::OmbudsmanTerm)
            m_kind->addItem(DeadlineText::label(k), int(k));
    }
    addFilter(tr("&Soort termijn:"), m_kind, tr("Filter op soort termijn"));
    filters->addStretch();
    m_reassign->setAccessibleName(tr("Geselecteerde zaken toewijzen"));
    filters->addWidget(m_reassign);

    m_view->setModel(m_model);
    m_model->setDetails([this](const OverviewRow& row) { return DeadlineOverview(m_session).details(row); });
    m_view->setAccessibleName(tr("Termijnen per urgentie"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);

    m_workload->setObjectName(QStringLiteral("workloadList"));
    m_workload->setAccessibleName(tr("Werkvoorraad per behandelaar"));
    m_workload->setRootIsDecorated(false);
    m_workload->setHeaderLabels({tr("Behandelaar"), tr("Open zaken"), tr("Nabellen"),
                                 tr("Zaken met een termijn te laat"), tr("Eerstvolgende termijn")});
    m_workload->headerItem()->setToolTip(2, tr("Afgesloten zaken waarvan de klager nog wordt nagebeld (\u201choe gaat "
                                               "het nu?\u201d), apart van de open zaken"));
    m_workload->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    auto* workloadBox = new QWidget(splitter);
    auto* workloadLayout = new QVBoxLayout(workloadBox);
    workloadLayout->setContentsMargins(0, 6, 0, 0);
    auto* workloadTitle = new QLabel(tr("<b>Werkvoorraad</b>"), workloadBox);
    workloadLayout->addWidget(workloadTitle);
    workloadLayout->addWidget(m_workload);
    splitter->addWidget(workloadBox);
    // Leren slipping is the coordinator's concern as much as a deadline: overdue measures show here.
    m_overdueMeasures = new OverdueMeasuresList(m_session, m_notifier, m_undo, splitter);
    splitter->addWidget(m_overdueMeasures);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &DeadlineOverviewWidget::refresh);
    auto later = [this] { refreshWhenVisible(); };
    connect(&m_notifier, &CaseNotifier::caseAdded, this, later);
    connect(&m_notifier, &CaseNotifier::caseChanged, this, later);
    connect(&m_notifier, &CaseNotifier::caseRemoved, this, later);
    connect(&m_notifier, &CaseNotifier::casesReset, this, later);
    connect(&m_notifier, &CaseNotifier::dayChanged, this, later);
    connect(&m_notifier, &CaseNotifier::settingsChanged, this, later);
    connect(&m_notifier, &CaseNotifier::measuresChanged, this, later);
    for (QComboBox* box : {m_handler, m_domain, m_kind})
        connect(box, &QComboBox::activated, this, &DeadlineOverviewWidget::refresh);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(DeadlineOverviewModel::CaseIdRole).toLongLong())
            emit caseActivated(id);
    });
    connect(m_workload, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { showHandler(item->data(0, Qt::UserRole).toString()); });
    connect(m_reassign, &QPushButton::clicked, this, &DeadlineOverviewWidget::askReassign);

    m_handler->addItem(tr("Iedereen"), Everyone);
}

void DeadlineOverviewWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DeadlineOverviewWidget::refreshWhenVisible() {
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

const Overview& DeadlineOverviewWidget::overview() const {
    return m_model->overview();
}

OverviewFilter DeadlineOverviewWidget::currentFilter() const {
    OverviewFilter filter;
    const QString handler = m_handler->currentData().toString();
    if (handler != Everyone)
        filter.handler = handler;
    if (const int domain = m_domain->currentData().toInt(); domain >= 0)
        filter.domain = PolicyDomain(domain);
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kinds = {DeadlineKind(kind)};
    return filter;
}

void DeadlineOverviewWidget::showHandler(const QString& handler) {
    const int index = m_handler->findData(handler.isEmpty() ? Everyone : handler);
    if (index < 0)
        m_handler->addItem(DeadlineOverview::handlerLabel(handler), handler);
    m_handler->setCurrentIndex(index < 0 ? m_handler->count() - 1 : index);
    refresh();
}

void DeadlineOverviewWidget::refresh() {
    m_stale = false;
    try {
        m_model->setOverview(DeadlineOverview(m_session).compute(currentFilter()));
    } catch (const StorageError& e) {
        m_summary->setText(e.message());
        return;
    }
    m_view->expandAll();
    m_view->header()->resizeSections(QHeaderView::ResizeToContents);
    const Overview& o = m_model->overview();
    m_summary->setText(tr("%1 te laat · %2 vandaag · %3 deze week · %4 later")
                           .arg(o.count(UrgencyGroup::Overdue))
                           .arg(o.count(UrgencyGroup::Today))
                           .arg(o.count(UrgencyGroup::ThisWeek))
                           .arg(o.count(UrgencyGroup::Later)));
    fillHandlerCombo();
    fillWorkload();
    m_overdueMeasures->setMeasures(o.overdueMeasures);
    updateButtons();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadlineOverviewWidget::updateButtons, Qt::UniqueConnection);
}

void DeadlineOverviewWidget::fillHandlerCombo() {
    const QString current = m_handler->currentData().toString();
    m_handler->clear();
    m_handler->addItem(tr("Iedereen"), Everyone);
    const QString me = m_session.user();
    m_handler->addItem(tr("Mijn termijnen (%1)").arg(me), me);
    for (const HandlerWorkload& w : m_model->overview().workload) {
        if (w.handler != me)
            m_handler->addItem(w.label, w.handler);
    }
    int index = m_handler->findData(current);
    if (index < 0) {
        // A handler without pending deadlines under the other filters stays selectable.
        m_handler->addItem(DeadlineOverview::handlerLabel(current), current);
        index = m_handler->count() - 1;
    }
    m_handler->setCurrentIndex(index);
}

void DeadlineOverviewWidget::fillWorkload() {
    m_workload->clear();
    // The follow-up calls ("hoe gaat het nu?") of closed cases are work too, but no open case.
    QHash<QString, int> followUps;
    for (const OverviewRow& row : m_model->overview().rows) {
        if (row.deadline.kind == DeadlineKind::FollowUp)
            ++followUps[row.handler];
    }
    for (const HandlerWorkload& w : m_model->overview().workload) {
        auto* item = new QTreeWidgetItem(m_workload);
        item->setText(0, w.label);
        item->setData(0, Qt::UserRole, w.handler);
        item->setText(1, QString::number(w.openCases));
        item->setText(2, QString::number(followUps.value(w.handler)));
        item->setText(3, QString::number(w.overdueCases));
        if (w.nearest) {
            item->setText(4, tr("%1 %2 (%3)")
                                 .arg(QLocale().toString(w.nearest->deadline.due, QLocale::ShortFormat),
                                      DeadlineText::label(w.nearest->deadline.kind), w.nearest->reference));
        }
        for (int column : {1, 2, 3})
            item->setTextAlignment(column, Qt::AlignRight);
    }
}

QList<qint64> DeadlineOverviewWidget::selectedCaseIds() const {
    QList<qint64> ids;
    std::set<qint64> seen;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(DeadlineOverviewModel::CaseIdRole).toLongLong();
        if (id != 0 && seen.insert(id).second)
            ids.append(id);
    }
    return ids;
}

void DeadlineOverviewWidget::updateButtons() {
    // Reassignment is the klachtencoördinator's: for others the button says why it is disabled.
    PermissionGate::apply(m_reassign, m_session.permissions().check(Action::ReassignCase),
                          !m_session.database().isReadOnly() && !selectedCaseIds().isEmpty());
}

void DeadlineOverviewWidget::askReassign() {
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    QStringList handlers;
    for (const HandlerWorkload& w : m_model->overview().workload) {
        if (!w.handler.isEmpty())
            handlers << w.handler;
    }
    // Also whoever may handle cases but has none open yet.
    try {
        for (const User& u : m_session.users().list(true)) {
            if (u.role != Role::Admin && !handlers.contains(u.login, Qt::CaseInsensitive))
                handlers << u.login;
        }
    } catch (const StorageError&) {
        // The workload's names still serve.
    }
    bool ok = false;
    const QString handler =
        QInputDialog::getItem(this, tr("Toewijzen"), tr("%n zaak/zaken toewijzen aan:", nullptr, int(ids.size())),
                              handlers, 0, true, &ok)
            .trimmed();
    if (ok && !handler.isEmpty())
        reassign(ids, handler);
}

int DeadlineOverviewWidget::reassign(const QList<qint64>& caseIds, const QString& handler) {
    if (!PermissionGate::ask(this, m_session.permissions().check(Action::ReassignCase), tr("Niet toegewezen")))
        return 0;
    int changed = 0;
    m_undo.beginMacro(tr("Toewijzen aan %1").arg(handler));
    try {
        for (qint64 id : caseIds) {
            const Case before = m_session.cases().load(id);
            if (before.handler == handler)
                continue;
            Case after = before;
            after.handler = handler;
            CaseCommands::edit(m_undo, m_session, m_notifier, before, after,
                               tr("%1 toewijzen aan %2").arg(before.reference, handler));
            ++changed;
        }
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Niet toegewezen"), e.message());
    }
    m_undo.endMacro();
    refresh();
    return changed;
}
