#include "deadlineoverviewmodel.h"

#include "shell/deadlinestyle.h"
#include "shell/statepalette.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace {
// Internal ids: group rows carry 0, deadline rows carry group + 1 (their parent's row + 1).
constexpr quintptr GroupMarker = 0;

QColor groupColour(UrgencyGroup group) {
    return StatePalette().foreground(StatePalette::roleFor(group));
}

// The due date with the status in words where it is urgent, as in the case list: "ma 3 mrt 2025 · Te laat".
QString dueText(const Deadline& d) {
    const QString date = QLocale().toString(d.due, QStringLiteral("ddd d MMM yyyy"));
    return DeadlineStyle::isUrgent(d.status)
               ? DeadlineOverviewModel::tr("%1 · %2").arg(date, DeadlineText::label(d.status))
               : date;
}
} // namespace

DeadlineOverviewModel::DeadlineOverviewModel(QObject* parent)
    : QAbstractItemModel(parent) {
    m_groups.resize(DeadlineOverview::allGroups().size());
}

void DeadlineOverviewModel::setOverview(Overview overview) {
    beginResetModel();
    m_overview = std::move(overview);
    m_toolTips.clear();
    for (auto& g : m_groups)
        g.clear();
    for (const OverviewRow& row : std::as_const(m_overview.rows))
        m_groups[int(row.group)].append(row);
    endResetModel();
}

QModelIndex DeadlineOverviewModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupMarker) : QModelIndex();
    if (parent.internalId() != GroupMarker || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DeadlineOverviewModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == GroupMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupMarker);
}

int DeadlineOverviewModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupMarker && parent.column() == 0)
        return int(m_groups.at(parent.row()).size());
    return 0;
}

int DeadlineOverviewModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant DeadlineOverviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupMarker)
        return groupData(index.row(), index.column(), role);
    const auto& rows = m_groups.at(int(index.internalId() - 1));
    return rowData(rows.at(index.row()), index.column(), role);
}

QVariant DeadlineOverviewModel::groupData(int group, int column, int role) const {
    const auto g = UrgencyGroup(group);
    switch (role) {
    case Qt::DisplayRole:
        if (column == DueColumn)
            return tr("%1 (%2)").arg(DeadlineOverview::label(g)).arg(m_groups.at(group).size());
        return {};
    case Qt::ForegroundRole: return QBrush(groupColour(g));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case GroupRole: return group;
    case IsGroupRole: return true;
    case CaseIdRole: return qint64(0);
    case Qt::AccessibleTextRole:
        return column == DueColumn ? tr("%1: %n termijn/termijnen", nullptr, int(m_groups.at(group).size()))
                                         .arg(DeadlineOverview::label(g))
                                   : QVariant();
    default: return {};
    }
}

QVariant DeadlineOverviewModel::rowData(const OverviewRow& row, int column, int role) const {
    const Deadline& d = row.deadline;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DueColumn: return dueText(d);
        case KindColumn: return DeadlineText::label(d.kind);
        case ReferenceColumn: return row.reference;
        case KlagerColumn: return row.klager;
        case HandlerColumn: return DeadlineOverview::handlerLabel(row.handler);
        case BasisColumn: return d.basis;
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(row);
    case Qt::ForegroundRole: return column == DueColumn ? QVariant(QBrush(groupColour(row.group))) : QVariant();
    case Qt::DecorationRole: return column == DueColumn ? QVariant(DeadlineStyle::icon(d.status)) : QVariant();
    case Qt::AccessibleTextRole: return column == DueColumn ? QVariant(DeadlineStyle::accessibleText(d)) : QVariant();
    case CaseIdRole: return row.caseId;
    case GroupRole: return int(row.group);
    case StatusRole: return int(d.status);
    case IsGroupRole: return false;
    default: return {};
    }
}

QString DeadlineOverviewModel::toolTip(const OverviewRow& row) const {
    const QPair<qint64, int> key{row.caseId, int(row.deadline.kind)};
    if (const auto it = m_toolTips.constFind(key); it != m_toolTips.constEnd())
        return *it;
    Deadline d = row.deadline;
    if (m_details && d.counting.isEmpty()) {
        try {
            d = m_details(row);
        } catch (const std::exception&) {
            d = row.deadline; // the case went meanwhile: what the row holds
        }
    }
    QString tip = d.basis;
    if (!d.basisText.isEmpty())
        tip += QLatin1Char('\n') + d.basisText;
    if (!d.counting.isEmpty())
        tip += QLatin1Char('\n') + d.counting;
    if (!d.warning.isEmpty())
        tip += QLatin1Char('\n') + d.warning;
    m_toolTips.insert(key, tip);
    return tip;
}

QVariant DeadlineOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn: return tr("Uiterlijk");
    case KindColumn: return tr("Termijn");
    case ReferenceColumn: return tr("Zaak");
    case KlagerColumn: return tr("Klager");
    case HandlerColumn: return tr("Behandelaar");
    case BasisColumn: return tr("Grondslag");
    default: return {};
    }
}
