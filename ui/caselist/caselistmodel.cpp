// The query, paging and notifier side of CaseListModel; what a cell shows is in caselistcells.cpp.
#include "caselistmodel.h"

#include "casenotifier.h"
#include "session/municipalitysession.h"
#include "storage/searchterms.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QHash>

// The columns are the sort keys of the query, in the same order.
static_assert(int(CaseSortKey::Reference) == CaseListModel::Reference);
static_assert(int(CaseSortKey::Received) == CaseListModel::Received);
static_assert(int(CaseSortKey::Klager) == CaseListModel::Klager);
static_assert(int(CaseSortKey::Subject) == CaseListModel::Subject);
static_assert(int(CaseSortKey::Phase) == CaseListModel::Phase);
static_assert(int(CaseSortKey::Handler) == CaseListModel::Handler);
static_assert(int(CaseSortKey::NextDeadline) == CaseListModel::NextDeadline);

CaseListModel::CaseListModel(MunicipalitySession& session, CaseNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_query(session.database())
    , m_myNames{session.user()} {
    m_query.setMyNames(m_myNames);
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &CaseListModel::applyPending);
    m_counting.setSingleShot(true);
    m_counting.setInterval(0);
    connect(&m_counting, &QTimer::timeout, this, [this] {
        const qint64 before = totalCount();
        const bool wasExact = totalIsExact();
        count();
        if (before != totalCount() || wasExact != totalIsExact())
            emit totalCountChanged(totalCount());
    });
    if (notifier) {
        auto dirty = [this](qint64 caseId) {
            m_dirty.insert(caseId);
            scheduleRefresh();
        };
        connect(notifier, &CaseNotifier::caseAdded, this, dirty);
        connect(notifier, &CaseNotifier::caseChanged, this, dirty);
        connect(notifier, &CaseNotifier::caseRemoved, this, dirty);
        connect(notifier, &CaseNotifier::casesReset, this, [this] {
            m_resetPending = true;
            scheduleRefresh();
        });
        auto deadlines = [this] {
            m_deadlinesPending = true;
            scheduleRefresh();
        };
        connect(notifier, &CaseNotifier::dayChanged, this, deadlines);
        connect(notifier, &CaseNotifier::settingsChanged, this, deadlines);
    }
    reload(0);
}

CaseListModel::~CaseListModel() = default;

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

// While the model announces a change, listeners (a proxy, a view, a model tester) may ask for more;
// a nested insertion would interleave with the announced change, so they get it on their next request.
bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_changing && (m_rows.size() < m_ids.size() || !m_idsComplete);
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    if (m_rows.size() == m_ids.size() && !readMoreIds())
        return;
    const qsizetype first = m_rows.size();
    const QList<qint64> page = m_ids.mid(first, PageSize);
    if (page.isEmpty())
        return;
    QList<Row> rows;
    if (!loadRows(page, rows))
        return;
    if (rows.size() != page.size()) {
        dropMissing(first, page.size(), rows);
        emit totalCountChanged(totalCount());
    }
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(first), int(first + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    m_changing = false;
}

qint64 CaseListModel::totalCount() const {
    if (m_idsComplete)
        return m_ids.size();
    return m_countExact ? m_counted : std::max<qint64>(m_counted, m_ids.size());
}

// The next page of ids, after the last one read.
bool CaseListModel::readMoreIds() {
    std::optional<QList<qint64>> more;
    try {
        more = m_query.page(m_filter, m_order, m_today, m_ids.isEmpty() ? 0 : m_ids.last(), PageSize + 1);
    } catch (const StorageError& e) {
        fail(e.message());
        return false;
    }
    if (!more) { // the last case read has gone (another program): read the list again
        m_resetPending = true;
        scheduleRefresh();
        return false;
    }
    const qint64 before = totalCount();
    const bool wasExact = totalIsExact();
    m_idsComplete = more->size() <= PageSize;
    if (!m_idsComplete)
        more->removeLast();
    m_ids.append(*more);
    if (before != totalCount() || wasExact != totalIsExact())
        emit totalCountChanged(totalCount());
    return !more->isEmpty();
}

void CaseListModel::fetchUpTo(int rows) {
    while (m_rows.size() < rows && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order) {
    setQuery(m_filter, column, order);
}

void CaseListModel::setFilter(const CaseSelection& filter) {
    setQuery(filter, sortColumn(), sortOrder());
}

void CaseListModel::setQuery(const CaseSelection& filter, int column, Qt::SortOrder order) {
    CaseOrder wanted;
    if (column >= 0 && column < ColumnCount)
        wanted = {CaseSortKey(column), order};
    if (filter == m_filter && wanted == m_order)
        return;
    m_filter = filter;
    m_order = wanted;
    reload(0);
}

void CaseListModel::setMyNames(const QStringList& names) {
    if (names == m_myNames)
        return;
    m_myNames = names;
    m_query.setMyNames(names);
    if (m_filter.mine)
        reload(0);
}

qint64 CaseListModel::caseIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).c.id : 0;
}

int CaseListModel::rowOf(qint64 caseId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).c.id == caseId)
            return int(i);
    }
    return -1;
}

void CaseListModel::refresh() {
    QSet<qint64> all;
    for (const Row& row : std::as_const(m_rows))
        all.insert(row.c.id);
    patch(all);
}

bool CaseListModel::queryIds(QList<qint64>& ids, bool& complete, qsizetype wanted) {
    try {
        if (CaseQuery::pages(m_order)) {
            ids = m_query.page(m_filter, m_order, m_today, 0, int(wanted + 1)).value_or(QList<qint64>());
            complete = ids.size() <= wanted;
            if (!complete)
                ids.resize(wanted);
        } else {
            ids = m_query.ids(m_filter, m_order, m_session.engine(), m_today);
            complete = true;
        }
        return true;
    } catch (const StorageError& e) {
        fail(e.message());
        return false;
    }
}

// After the ids were read afresh: a list whose ids are all read is counted; one still paged is counted
// once its first page is shown, up to CountLimit — an exact count of every case costs a pass over an
// index of the whole register, which grows with the years it holds.
void CaseListModel::countLater() {
    m_counting.stop();
    m_countExact = true;
    m_counted = m_ids.size();
    if (m_idsComplete)
        return;
    m_countExact = false;
    m_counting.start();
}

void CaseListModel::count() {
    qint64 n = 0;
    try {
        n = m_query.count(m_filter, m_today, CountLimit);
    } catch (const StorageError& e) {
        fail(e.message());
        return;
    }
    m_countExact = n <= CountLimit;
    m_counted = m_countExact ? n : CountLimit;
}

bool CaseListModel::loadRows(const QList<qint64>& ids, QList<Row>& rows) {
    try {
        const QList<Case> cases = m_query.rows(ids);
        rows.reserve(cases.size());
        for (const Case& c : cases)
            rows.append({c, CaseQuery::nextDeadline(m_session.engine(), c, m_today)});
        return true;
    } catch (const StorageError& e) {
        fail(e.message());
        return false;
    }
}

void CaseListModel::dropMissing(qsizetype first, qsizetype count, const QList<Row>& loaded) {
    // Cases removed behind our back (by another program) leave the order too, so that the loaded
    // rows stay the prefix of m_ids.
    QSet<qint64> found;
    for (const Row& row : loaded)
        found.insert(row.c.id);
    for (qsizetype i = first + count - 1; i >= first; --i) {
        if (!found.contains(m_ids.at(i)))
            m_ids.remove(i);
    }
}

void CaseListModel::fail(const QString& message) {
    m_error = message;
    emit errorOccurred(message);
}

void CaseListModel::reload(qsizetype keepLoaded) {
    QElapsedTimer timer;
    timer.start();
    const qint64 before = totalCount();
    const bool wasExact = totalIsExact();
    // Query first, then swap the rows in: the reset itself is instantaneous.
    m_error.clear();
    m_today = m_session.today();
    const qsizetype wanted = std::max<qsizetype>(PageSize, keepLoaded);
    QList<qint64> ids;
    bool complete = true;
    QList<Row> rows;
    if (queryIds(ids, complete, wanted)) {
        if (!loadRows(ids.mid(0, wanted), rows)) {
            ids.clear();
            complete = true;
        }
    }
    m_changing = true;
    beginResetModel();
    m_ids = ids;
    m_idsComplete = complete;
    m_rows = rows;
    if (m_rows.size() != std::min<qsizetype>(m_ids.size(), wanted))
        dropMissing(0, std::min<qsizetype>(m_ids.size(), wanted), m_rows);
    endResetModel();
    m_changing = false;
    countLater();
    m_lastQueryMs = timer.elapsed();
    if (before != totalCount() || wasExact != totalIsExact())
        emit totalCountChanged(totalCount());
    emit refreshed();
}

// Brings the loaded rows in line with a fresh query, with the smallest changes a view can follow:
// rows whose case left the selection are removed, new ones inserted where they now belong, dirty
// rows (changed cases) re-read in place, or removed and re-inserted when they moved. Anything the
// loaded rows cannot follow that way (several rows changed places) becomes a reset.
void CaseListModel::patch(const QSet<qint64>& dirty) {
    m_today = m_session.today();
    QList<qint64> fresh;
    bool complete = true;
    // Every loaded row can still be among them: the dirty cases push them down by at most their number.
    if (!queryIds(fresh, complete, std::max<qsizetype>(m_rows.size(), PageSize) + dirty.size()))
        return;
    m_error.clear();
    QHash<qint64, qsizetype> position;
    position.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        position.insert(fresh.at(i), i);

    // Keep at least as many rows loaded as before, and every old row that is still there.
    qsizetype target = std::min(fresh.size(), std::max<qsizetype>(m_rows.size(), PageSize));
    for (const Row& row : std::as_const(m_rows)) {
        const auto it = position.constFind(row.c.id);
        if (it != position.constEnd())
            target = std::max(target, *it + 1);
    }
    bool moveDirty = false;
    auto stays = [&](qint64 id) { return position.contains(id) && !(moveDirty && dirty.contains(id)); };
    auto orderKept = [&] {
        qsizetype last = -1;
        for (const Row& row : std::as_const(m_rows)) {
            if (!stays(row.c.id))
                continue;
            if (position.value(row.c.id) <= last)
                return false;
            last = position.value(row.c.id);
        }
        return true;
    };
    if (!orderKept()) {
        moveDirty = true;
        if (!orderKept()) {
            reload(m_rows.size());
            return;
        }
    }

    QSet<qint64> present;
    for (const Row& row : std::as_const(m_rows))
        present.insert(row.c.id);
    QList<qint64> needed;
    for (qsizetype i = 0; i < target; ++i) {
        const qint64 id = fresh.at(i);
        if (dirty.contains(id) || !present.contains(id) || !stays(id))
            needed.append(id);
    }
    QList<Row> loaded;
    if (!loadRows(needed, loaded))
        return;
    if (loaded.size() != needed.size()) { // a case vanished between the two queries
        reload(m_rows.size());
        return;
    }
    QHash<qint64, Row> byId;
    for (const Row& row : std::as_const(loaded))
        byId.insert(row.c.id, row);

    const qint64 before = totalCount();
    const bool wasExact = totalIsExact();
    m_changing = true; // no early return below, until it is cleared again
    removeRowsLeaving(stays);
    m_ids = fresh;
    m_idsComplete = complete;
    qsizetype row = 0;
    for (qsizetype i = 0; i < target;) {
        if (row < m_rows.size() && m_rows.at(row).c.id == fresh.at(i)) {
            if (dirty.contains(fresh.at(i))) {
                m_rows[row] = byId.value(fresh.at(i));
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
            ++row;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < target && !(row < m_rows.size() && m_rows.at(row).c.id == fresh.at(end)))
            ++end;
        beginInsertRows({}, int(row), int(row + end - i - 1));
        for (qsizetype k = i; k < end; ++k)
            m_rows.insert(row + (k - i), byId.value(fresh.at(k)));
        endInsertRows();
        row += end - i;
        i = end;
    }
    m_changing = false;
    countLater();
    if (before != totalCount() || wasExact != totalIsExact())
        emit totalCountChanged(totalCount());
    emit refreshed();
}

void CaseListModel::removeRowsLeaving(const std::function<bool(qint64)>& stays) {
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (stays(m_rows.at(i).c.id)) {
            --i;
            continue;
        }
        const qsizetype last = i;
        while (i >= 0 && !stays(m_rows.at(i).c.id))
            --i;
        beginRemoveRows({}, int(i + 1), int(last));
        m_rows.remove(i + 1, last - i);
        endRemoveRows();
    }
}

void CaseListModel::recomputeDeadlines() {
    m_today = m_session.today();
    for (Row& row : m_rows)
        row.next = CaseQuery::nextDeadline(m_session.engine(), row.c, m_today);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextDeadline), index(rowCount() - 1, NextDeadline));
}

void CaseListModel::scheduleRefresh() {
    m_pending.start();
}

void CaseListModel::applyPending() {
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    const bool reset = std::exchange(m_resetPending, false);
    const bool deadlines = std::exchange(m_deadlinesPending, false);
    if (reset) {
        reload(m_rows.size());
        return;
    }
    if (deadlines)
        recomputeDeadlines();
    // The order or the selection depends on the deadlines only for these two.
    const bool deadlinesMatter = m_filter.overdueOnly || m_order.key == CaseSortKey::NextDeadline;
    if (!dirty.isEmpty() || (deadlines && deadlinesMatter))
        patch(dirty);
    else
        emit refreshed();
}

QString CaseListModel::columnCode(int column) {
    static const QStringList codes{QStringLiteral("reference"),   QStringLiteral("received"), QStringLiteral("klager"),
                                   QStringLiteral("subject"),     QStringLiteral("phase"),    QStringLiteral("handler"),
                                   QStringLiteral("nextDeadline")};
    return codes.value(column);
}

int CaseListModel::columnFromCode(const QString& code) {
    for (int column = 0; column < ColumnCount; ++column) {
        if (columnCode(column) == code)
            return column;
    }
    return -1;
}
