// The coordinator's deadlines as a two-level tree: the urgency groups (Te laat, Vandaag, Deze week,
// Later, each with its count) and under each the pending deadlines, most urgent first. The model
// holds one computed Overview; setOverview() replaces it with a reset.
#pragma once

#include "overview/deadlineoverview.h"

#include <QAbstractItemModel>

class DeadlineOverviewModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { DueColumn, KindColumn, ReferenceColumn, KlagerColumn, HandlerColumn, BasisColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64, 0 on group rows
        GroupRole,                     // int(UrgencyGroup)
        StatusRole,                    // int(DeadlineStatus), rows only
        IsGroupRole                    // bool
    };

    explicit DeadlineOverviewModel(QObject* parent = nullptr);

    void setOverview(Overview overview);
    const Overview& overview() const { return m_overview; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(int group, int column, int role) const;
    QVariant rowData(const OverviewRow& row, int column, int role) const;

    Overview m_overview;
    QList<QList<OverviewRow>> m_groups; // indexed by UrgencyGroup
};
