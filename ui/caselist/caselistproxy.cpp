#include "caselistproxy.h"

CaseListProxy::CaseListProxy(CaseListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setSortRole(CaseListModel::SortRole);
    // Nothing is sorted or filtered here, so there is nothing to redo when the source changes.
    setDynamicSortFilter(false);
}

void CaseListProxy::sort(int column, Qt::SortOrder order) {
    m_source->sort(column, order);
}

void CaseListProxy::setCaseFilter(const CaseSelection& filter) {
    m_source->setFilter(filter);
}

qint64 CaseListProxy::caseIdAt(int row) const {
    return data(index(row, 0), CaseListModel::CaseIdRole).toLongLong();
}

int CaseListProxy::rowOf(qint64 caseId) const {
    const int sourceRow = m_source->rowOf(caseId);
    return sourceRow < 0 ? -1 : mapFromSource(m_source->index(sourceRow, 0)).row();
}
