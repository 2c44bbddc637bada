#include "patternmodels.h"

#include "shell/statepalette.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace {
QString count(int n) {
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(n);
}
} // namespace

void PatternTableModel::setTable(const PatternTable& table, const QSet<QString>& recurringKeys) {
    beginResetModel();
    m_table = table;
    m_recurring = recurringKeys;
    endResetModel();
}

int PatternTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int PatternTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstQuarterColumn + int(m_table.quarters.size());
}

QVariant PatternTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PatternRow& row = m_table.rows.at(index.row());
    const int column = index.column();
    const int quarter = column - FirstQuarterColumn;
    const int value = column == TotalColumn                             ? row.total
                      : quarter >= 0 && quarter < row.perQuarter.size() ? row.perQuarter.at(quarter)
                                                                        : 0;
    const bool recurring = m_recurring.contains(row.key);
    switch (role) {
    case KeyRole: return row.key;
    case RecurringRole: return recurring;
    case SortRole: return column == LabelColumn ? QVariant(row.label) : QVariant(value);
    case Qt::DisplayRole:
        if (column == LabelColumn)
            return recurring ? tr("%1  ▲ komt terug").arg(row.label) : row.label;
        return count(value);
    case Qt::AccessibleTextRole:
        if (column == LabelColumn)
            return recurring ? tr("%1, komt terug").arg(row.label) : row.label;
        return count(value);
    case Qt::TextAlignmentRole: return column == LabelColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == TotalColumn || (recurring && column == LabelColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (recurring && column == LabelColumn)
            return StatePalette().foreground(StatePalette::Role::Urgent);
        if (column >= FirstQuarterColumn && value == 0)
            return StatePalette().foreground(StatePalette::Role::Muted);
        break;
    default: break;
    }
    return {};
}

QVariant PatternTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == LabelColumn)
        return Patterns::label(m_table.dimension);
    if (section == TotalColumn)
        return tr("Totaal");
    const int quarter = section - FirstQuarterColumn;
    if (quarter >= 0 && quarter < m_table.quarters.size())
        return m_table.quarters.at(quarter).label();
    return {};
}

void RecurringPatternModel::setPatterns(const QList<RecurringPattern>& patterns) {
    beginResetModel();
    m_patterns = patterns;
    endResetModel();
}

int RecurringPatternModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_patterns.size());
}

int RecurringPatternModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecurringPatternModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RecurringPattern& p = m_patterns.at(index.row());
    switch (role) {
    case CaseIdsRole: return QVariant::fromValue(p.caseIds);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case DescriptionColumn: return tr("%1 bij %2").arg(p.theme, p.placeName);
        case QuarterColumn: return p.quarter.label();
        case CountColumn: return tr("%1×").arg(p.count());
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case DescriptionColumn: return tr("%1 bij %2").arg(p.theme, p.placeName);
        case QuarterColumn: return p.quarter.year * 10 + p.quarter.quarter;
        case CountColumn: return p.count();
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: return p.description();
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: break;
    }
    return {};
}

QVariant RecurringPatternModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DescriptionColumn: return tr("Thema bij afdeling of aanbieder");
    case QuarterColumn: return tr("Kwartaal");
    case CountColumn: return tr("Aantal");
    case ColumnCount: break;
    }
    return {};
}
