// The view's model of the case list. Sorting and filtering go through this QSortFilterProxyModel,
// as everywhere in the program, but here the proxy hands both to CaseListModel's query instead of
// doing them itself: the source holds only the pages loaded so far, so a local sort would order one
// page and a local filter would thin out pages, while the query orders and filters all matching
// cases of the file, with the same Dutch collation. The proxy therefore never reorders or hides a
// row (its own sortColumn() stays -1), which keeps the mapping one to one and cheap at any size.
#pragma once

#include "caselistmodel.h"

#include <QSortFilterProxyModel>

class CaseListProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // The proxy does not own source.
    explicit CaseListProxy(CaseListModel* source, QObject* parent = nullptr);

    CaseListModel* caseModel() const { return m_source; }

    // Forwards to CaseListModel::sort(): a new query over every matching case.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Forwards to CaseListModel::setFilter().
    void setCaseFilter(const CaseSelection& filter);
    CaseSelection caseFilter() const { return m_source->filter(); }

    // The source's sort order (the header shows it), not the proxy's own.
    int querySortColumn() const { return m_source->sortColumn(); }
    Qt::SortOrder querySortOrder() const { return m_source->sortOrder(); }

    qint64 caseIdAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not loaded (yet)

private:
    CaseListModel* m_source;
};
