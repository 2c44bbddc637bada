// Item models for the patterns view. PatternTableModel shows one PatternTable: a row per value of the
// chosen dimension (theme, domain, ...) with its total and a count per quarter, so that a trend reads
// left to right; rows that take part in a recurring pattern are marked. RecurringPatternModel lists
// the recurring patterns ("Bejegening bij Wijkteam Noord: 4× in 2025 K1") with their cases.
#pragma once

#include "learning/patterns.h"

#include <QAbstractTableModel>
#include <QSet>

class PatternTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Quarter columns follow TotalColumn, one per quarter of the table.
    enum Column { LabelColumn, TotalColumn, FirstQuarterColumn };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole, RecurringRole };

    using QAbstractTableModel::QAbstractTableModel;

    // recurringKeys: keys of the rows to mark as part of a recurring pattern.
    void setTable(const PatternTable& table, const QSet<QString>& recurringKeys = {});
    const PatternTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PatternTable m_table;
    QSet<QString> m_recurring;
};

class RecurringPatternModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DescriptionColumn, QuarterColumn, CountColumn, ColumnCount };
    enum Role { CaseIdsRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setPatterns(const QList<RecurringPattern>& patterns);
    const QList<RecurringPattern>& patterns() const { return m_patterns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecurringPattern> m_patterns;
};
