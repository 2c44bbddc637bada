// Every improvement measure of the file as a table (title, kind, owner, due date, status, linked
// cases), for the measures overview. Overdue measures carry OverdueRole and are marked in the due
// column by colour, icon and the words "te laat". Reloads on the notifier's measuresChanged and on a
// new day. MeasureFilterProxy filters by status, kind, owner and overdue, and sorts by SortRole.
#pragma once

#include "learning/measure.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

class CaseNotifier;
class MunicipalitySession;

class MeasureListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, ScopeColumn, OwnerColumn, DueColumn, StatusColumn, CasesColumn, ColumnCount };
    enum Role { MeasureIdRole = Qt::UserRole + 1, OverdueRole, SortRole, ScopeRole, StatusRole, OwnerRole };

    MeasureListModel(MunicipalitySession& session, CaseNotifier& notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the measures; returns the storage error's message, empty on success.
    QString reload();
    const Measure& measure(int row) const { return m_measures.at(row); }
    QStringList owners() const; // distinct, sorted
    int overdueCount() const;

private:
    MunicipalitySession& m_session;
    QList<Measure> m_measures;
    QDate m_today;
};

class MeasureFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(std::optional<MeasureStatus> status);
    void setScope(std::optional<MeasureScope> scope);
    void setOwner(const QString& owner); // empty: every owner
    void setOverdueOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<MeasureStatus> m_status;
    std::optional<MeasureScope> m_scope;
    QString m_owner;
    bool m_overdueOnly = false;
};
