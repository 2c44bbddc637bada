// The handler's case list as a table that fills itself lazily: it promises
// - never to read all cases of a large file: a query (CaseQuery) fixes which cases match and in
//   which order (ids only), and rows are read a page of PageSize at a time through
//   canFetchMore()/fetchMore() as the view scrolls. In the order by received date (the default)
//   even the ids are read a page at a time (CaseQuery::page), so the first page of any list or
//   search costs a page; the other orders need every matching id at once;
// - totalCount() is the number of matching cases when totalIsExact(); while a list is still paged and
//   counting it would cost more than its first page (a common word, or every case of a register of a
//   million), it is a number the matches are known to exceed: counted up to CountLimit after the first
//   page is shown, and at least the ids already read. It becomes exact when the last page is read;
// - sorting (sort(), from the header via CaseListProxy) and the quick filters and full-text search
//   (setFilter()) re-run that query, so order and filter are correct across all matching cases,
//   with Dutch collation for names (see CaseQuery for how);
// - the next deadline of each row is DeadlineEngine::nextDeadline for the session's today, with a
//   colour, an icon and a tooltip (DeadlineStyle) when it is overdue, due today or due soon;
// - it follows the CaseNotifier: an added, changed or removed case is patched in with row inserts,
//   removals and dataChanged (batched per event loop turn; the view keeps its selection and scroll
//   position), casesReset reloads as many rows as were loaded, dayChanged and settingsChanged
//   recompute the deadlines;
// - storage errors never escape into the event loop: they empty the list and are reported by
//   errorOccurred().
// Column and Role are stable: views, the proxy and tests rely on them.
#pragma once

#include "storage/casequery.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class CaseNotifier;
class MunicipalitySession;

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Note: inside this class the enumerator Phase hides the domain type; that one is ::Phase.
    enum Column { Reference, Received, Klager, Subject, Phase, Handler, NextDeadline, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64
        DeadlineStatusRole,            // int(DeadlineStatus) of the next deadline; invalid when none
        DeadlineDueRole,               // QDate of the next deadline; invalid when none
        DeadlineKindRole,              // int(DeadlineKind) of the next deadline; invalid when none
        SortRole,                      // the value the column sorts by (date, text, phase number)
        PhaseRole,                     // int(::Phase)
        DomainRole,                    // int(PolicyDomain)
    };
    Q_ENUM(Role)
    static constexpr int PageSize = 200;
    // A search is counted up to this many matches (then "more than"); other selections exactly.
    static constexpr int CountLimit = 1000;

    // session (and notifier, when given) must outlive the model. Runs the first query at once.
    explicit CaseListModel(MunicipalitySession& session, CaseNotifier* notifier = nullptr, QObject* parent = nullptr);
    ~CaseListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Re-runs the query in this order. A column out of range means the default order (received,
    // newest first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CaseSelection& filter() const { return m_filter; }
    void setFilter(const CaseSelection& filter);
    // Filter and order together, with one query (saved views).
    void setQuery(const CaseSelection& filter, int column, Qt::SortOrder order);
    int sortColumn() const { return int(m_order.key); }
    Qt::SortOrder sortOrder() const { return m_order.order; }
    // The handler names "Mijn zaken" matches; by default the session's user.
    QStringList myNames() const { return m_myNames; }
    void setMyNames(const QStringList& names);

    qint64 totalCount() const;
    bool totalIsExact() const { return m_idsComplete || m_countExact; }
    qint64 caseIdAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not loaded (yet)
    // Where the case is in the order, loaded or not; -1 when it does not match (or lies beyond the ids
    // read so far).
    qsizetype positionOf(qint64 caseId) const { return m_ids.indexOf(caseId); }
    // Loads pages until at least rows rows are loaded (or all are).
    void fetchUpTo(int rows);
    // Milliseconds the last query took (ids and first page), for the status line and benchmarks.
    qint64 lastQueryMs() const { return m_lastQueryMs; }
    QString errorMessage() const { return m_error; }

    // The stable code of a column for settings ("received", "klager", …) and back (-1 if unknown).
    static QString columnCode(int column);
    static int columnFromCode(const QString& code);

public slots:
    // Re-reads every loaded row and the order, keeping what is loaded (the "Vernieuwen" action).
    void refresh();

signals:
    void totalCountChanged(qint64 total);
    // The rows are up to date after a query, a patch or a reload.
    void refreshed();
    void errorOccurred(const QString& message);

private:
    struct Row {
        Case c;
        std::optional<Deadline> next;
    };

    bool queryIds(QList<qint64>& ids, bool& complete, qsizetype wanted);
    bool readMoreIds();
    void countLater();
    void count();
    bool loadRows(const QList<qint64>& ids, QList<Row>& rows);
    void dropMissing(qsizetype first, qsizetype count, const QList<Row>& loaded);
    void reload(qsizetype keepLoaded);
    void patch(const QSet<qint64>& dirty);
    // Removes the loaded rows whose case does not stay, run by run from the bottom, as a view can follow.
    void removeRowsLeaving(const std::function<bool(qint64)>& stays);
    void recomputeDeadlines();
    void scheduleRefresh();
    void applyPending();
    void fail(const QString& message);

    QString displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    MunicipalitySession& m_session;
    CaseQuery m_query;
    CaseSelection m_filter;
    CaseOrder m_order;
    QStringList m_myNames;
    QDate m_today;
    QList<qint64> m_ids; // the matching cases, in order: all of them when m_idsComplete, else the first
    bool m_idsComplete = true;
    QList<Row> m_rows;    // the loaded prefix of m_ids
    qint64 m_counted = 0; // what count() found: the total when m_countExact, else "more than" this
    bool m_countExact = true;
    qint64 m_lastQueryMs = 0;
    bool m_changing = false; // inside a reset, an insertion or a removal
    QString m_error;

    // Notifications are collected and applied once per event loop turn.
    QTimer m_pending;
    QTimer m_counting; // counts a search once its first page is shown
    QSet<qint64> m_dirty;
    bool m_resetPending = false;
    bool m_deadlinesPending = false;
};
