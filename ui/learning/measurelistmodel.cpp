#include "measurelistmodel.h"

#include "shell/statepalette.h"

#include "casenotifier.h"
#include "learning/measurerepository.h"
#include "measurestyle.h"
#include "session/municipalitysession.h"
#include "storage/storageerror.h"

#include <QCollator>

#include <algorithm>
#include <limits>

MeasureListModel::MeasureListModel(MunicipalitySession& session, CaseNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(&notifier, &CaseNotifier::measuresChanged, this, &MeasureListModel::reload);
    connect(&notifier, &CaseNotifier::dayChanged, this, &MeasureListModel::reload);
    reload();
}

QString MeasureListModel::reload() {
    QList<Measure> measures;
    QString error;
    try {
        measures = MeasureRepository(m_session).all();
    } catch (const StorageError& e) {
        error = e.message();
    }
    beginResetModel();
    m_measures = measures;
    m_today = m_session.today();
    endResetModel();
    return error;
}

int MeasureListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_measures.size());
}

int MeasureListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Measure& m = m_measures.at(index.row());
    const bool overdue = m.isOverdue(m_today);
    switch (role) {
    case MeasureIdRole: return m.id;
    case OverdueRole: return overdue;
    case ScopeRole: return int(m.scope);
    case StatusRole: return int(m.status);
    case OwnerRole: return m.owner;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case TitleColumn: return m.title;
        case ScopeColumn: return MeasureText::label(m.scope);
        case OwnerColumn: return m.owner;
        case DueColumn: return MeasureStyle::dueText(m, m_today);
        case StatusColumn: return MeasureText::label(m.status);
        case CasesColumn: return MeasureStyle::caseCount(int(m.caseIds.size()));
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case TitleColumn: return m.title;
        case ScopeColumn: return int(m.scope);
        case OwnerColumn: return m.owner;
        // No due date sorts last.
        case DueColumn: return m.due.isValid() ? m.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case StatusColumn: return int(m.status);
        case CasesColumn: return int(m.caseIds.size());
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: return m.description.isEmpty() ? QVariant() : QVariant(m.description);
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return MeasureStyle::overdueColour();
        if (m.isFinished())
            return StatePalette().foreground(StatePalette::Role::Muted);
        break;
    case Qt::DecorationRole:
        if (overdue && index.column() == DueColumn)
            return MeasureStyle::overdueIcon();
        break;
    default: break;
    }
    return {};
}

QVariant MeasureListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn: return tr("Maatregel");
    case ScopeColumn: return tr("Soort");
    case OwnerColumn: return tr("Eigenaar");
    case DueColumn: return tr("Streefdatum");
    case StatusColumn: return tr("Status");
    case CasesColumn: return tr("Zaken");
    case ColumnCount: break;
    }
    return {};
}

QStringList MeasureListModel::owners() const {
    QStringList names;
    for (const Measure& m : m_measures) {
        if (!m.owner.isEmpty() && !names.contains(m.owner))
            names << m.owner;
    }
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

int MeasureListModel::overdueCount() const {
    return int(std::count_if(m_measures.cbegin(), m_measures.cend(),
                             [this](const Measure& m) { return m.isOverdue(m_today); }));
}

void MeasureFilterProxy::setStatus(std::optional<MeasureStatus> status) {
    m_status = status;
    invalidateFilter();
}

void MeasureFilterProxy::setScope(std::optional<MeasureScope> scope) {
    m_scope = scope;
    invalidateFilter();
}

void MeasureFilterProxy::setOwner(const QString& owner) {
    m_owner = owner;
    invalidateFilter();
}

void MeasureFilterProxy::setOverdueOnly(bool on) {
    m_overdueOnly = on;
    invalidateFilter();
}

bool MeasureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = MeasureListModel;
    if (m_status && index.data(M::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_scope && index.data(M::ScopeRole).toInt() != int(*m_scope))
        return false;
    if (!m_owner.isEmpty() && index.data(M::OwnerRole).toString() != m_owner)
        return false;
    if (m_overdueOnly && !index.data(M::OverdueRole).toBool())
        return false;
    return true;
}
