// The coordinator's deadlines as a two-level tree: the urgency groups (Te laat, Vandaag, Deze week,
// Later, each with its count) and under each the pending deadlines, most urgent first. The model
// holds one computed Overview; setOverview() replaces it with a reset. A row's tooltip says how its
// date was counted: the overview reads the stored deadlines without that text, so the model asks the
// details function (DeadlineOverview::details) once per row whose tooltip is shown.
#pragma once

#include "overview/deadlineoverview.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>

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
    // Gives a row's deadline with its counting and basis text; without it the tooltip shows what the
    // row holds.
    void setDetails(std::function<Deadline(const OverviewRow&)> details) { m_details = std::move(details); }
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

    QString toolTip(const OverviewRow& row) const;

    Overview m_overview;
    std::function<Deadline(const OverviewRow&)> m_details;
    mutable QHash<QPair<qint64, int>, QString> m_toolTips; // by case and deadline kind
    QList<QList<OverviewRow>> m_groups;                    // indexed by UrgencyGroup
};
