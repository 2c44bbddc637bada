#include "casequery.h"

#include "caserow.h"
#include "caseselectionsql.h"
#include "database.h"
#include "searchterms.h"
#include "searchwords.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "sqlrows.h"

#include "../deadlines/deadlineengine.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace {

constexpr qint64 Missing = std::numeric_limits<qint64>::max();

// A search counts as common when the case texts alone give this many matches: reading a page case by
// case then finds its rows within the first few hundred cases.
constexpr int CommonMatches = 1000;

// The columns the sort key is made of, read next to the id.
QString keyColumns(CaseSortKey key) {
    switch (key) {
    case CaseSortKey::Reference: return QStringLiteral(", reference");
    case CaseSortKey::Klager: return QStringLiteral(", klager_name, anonymous");
    case CaseSortKey::Subject:
        return QStringLiteral(", subject_provider, subject_department, subject_joint_arrangement, subject_employee");
    case CaseSortKey::Phase: return QStringLiteral(", phase");
    case CaseSortKey::Handler: return QStringLiteral(", handler");
    case CaseSortKey::Received:
    case CaseSortKey::NextDeadline: break;
    }
    return {};
}

// The sort key of the current row (id, received, then keyColumns()) as text, blank when the case has
// no value.
QString keyText(CaseSortKey key, const SqlQuery& q) {
    switch (key) {
    case CaseSortKey::Reference:
    case CaseSortKey::Handler: return q.value(2).toString().trimmed();
    case CaseSortKey::Klager: {
        Case c;
        c.klager.name = q.value(2).toString();
        c.anonymous = q.value(3).toInt() != 0;
        return CaseQuery::klagerSortName(c);
    }
    case CaseSortKey::Subject: {
        Case c;
        c.subject = {q.value(3).toString(), q.value(5).toString(), q.value(2).toString(), q.value(4).toString()};
        return CaseQuery::subject(c);
    }
    case CaseSortKey::Phase:
    case CaseSortKey::Received:
    case CaseSortKey::NextDeadline: break;
    }
    return {};
}

// "KL-2026-0042" → "kl-000000002026-000000000042": digit runs compare by value, letters without case.
QString naturalKey(const QString& text) {
    QString key;
    key.reserve(text.size() + 24);
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isDigit()) {
            key += text.at(i).toCaseFolded();
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const QStringView run = QStringView(text).mid(i, end - i);
        key += QString(std::max<qsizetype>(0, 12 - run.size()), QLatin1Char('0')) + run;
        i = end;
    }
    return key;
}

// Ranks the values: equal values (under compare) share a rank, blank values get Missing. Each
// distinct value is prepared (made into a sort key) and compared once per comparison of the sort.
template <typename Prepare, typename Compare>
std::vector<qint64> rank(const QStringList& values, Prepare prepare, Compare compare) {
    QHash<QString, qsizetype> index;
    QStringList distinct;
    for (const QString& v : values) {
        if (!v.isEmpty() && !index.contains(v)) {
            index.insert(v, distinct.size());
            distinct << v;
        }
    }
    std::vector<decltype(prepare(QString()))> keys;
    keys.reserve(size_t(distinct.size()));
    for (const QString& v : std::as_const(distinct))
        keys.push_back(prepare(v));
    std::vector<qsizetype> order(size_t(distinct.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return compare(keys[size_t(a)], keys[size_t(b)]) < 0; });
    std::vector<qint64> rankOfDistinct(size_t(distinct.size()));
    qint64 r = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(keys[size_t(order[i - 1])], keys[size_t(order[i])]) != 0)
            ++r;
        rankOfDistinct[size_t(order[i])] = r;
    }
    std::vector<qint64> ranks;
    ranks.reserve(size_t(values.size()));
    for (const QString& v : values)
        ranks.push_back(v.isEmpty() ? Missing : rankOfDistinct[size_t(index.value(v))]);
    return ranks;
}

std::vector<qint64> collatedRanks(const QStringList& values) {
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return rank(
        values, [&collator](const QString& v) { return collator.sortKey(v); },
        [](const QCollatorSortKey& a, const QCollatorSortKey& b) { return a.compare(b); });
}

std::vector<qint64> naturalRanks(const QStringList& values) {
    return rank(values, naturalKey, [](const QString& a, const QString& b) { return QString::compare(a, b); });
}

// A search that gathers its matches (AsSet) reads the first page in windows of the register, newest (or
// oldest) cases first: the first window holds this many cases for each row asked for, a next one as many
// as the matches of the one before promise to fill the page. A window costs its cases and their timeline
// (the edges), gathering costs every match: windows pay for words that fill a page within a small part of
// the register, so a window never holds more than the largest of a sixteenth of the register and four
// times the first window, nor half the register; a word that needs more gathers every match at once.
constexpr qint64 WindowCasesPerRow = 16;

using Window = CaseSelectionSql::Window;

// The day of the far end of the window of the size cases nearest the start of the order (the newest; the
// oldest when ascending), counted from the day from when given (a page's cursor), read from the index on
// received date. std::nullopt when the window would hold every case.
std::optional<QVariant> windowDay(Database& db, bool ascending, const QVariant& from, qint64 size) {
    const QString op = ascending ? QStringLiteral(">=") : QStringLiteral("<=");
    const QString fromTerm = from.isValid() ? QStringLiteral(" AND received %1 :from").arg(op) : QString();
    SqlRows far(db, QStringLiteral("SELECT received FROM cases") +
                        db.dialect().indexedBy(QStringLiteral("cases_received")) + QStringLiteral(" WHERE 1 = 1") +
                        fromTerm +
                        (ascending ? QStringLiteral(" ORDER BY received") : QStringLiteral(" ORDER BY received DESC")) +
                        QStringLiteral(" LIMIT 1 OFFSET :skip"));
    if (from.isValid())
        far.bind(QStringLiteral(":from"), from);
    far.bind(QStringLiteral(":skip"), size - 1).exec();
    if (!far.next())
        return std::nullopt;
    return QVariant(far.text(0));
}

// The day of a window of about the size newest cases of a register whose highest id is highestId, read from the
// primary key: the received date of the case of the highest id at or below the size-th highest. Where the ids
// follow the received dates that is windowDay()'s day, found without counting the cases of the window one by one
// in the index on received date; where they do not, the window holds more or fewer cases, all of its days still.
// std::nullopt when the window would hold every case.
std::optional<QVariant> idDay(Database& db, qint64 highestId, qint64 size) {
    if (highestId - size < 1)
        return std::nullopt;
    SqlRows q(db, QStringLiteral("SELECT received FROM cases WHERE id <= :id ORDER BY id DESC LIMIT 1"));
    q.bind(QStringLiteral(":id"), highestId - size + 1).exec();
    if (!q.next())
        return std::nullopt;
    return QVariant(q.text(0));
}

// That window (windowDay()) with its case edge: the lowest (highest) id of its cases, read from the index on
// received date. std::nullopt when the window would hold every case. Both backends; on the server a window of the
// newest cases reads its edge from case_days instead (serverupgrade.cpp, version 12): the lowest of its days'
// first ids, at or below the id of every case of the window (below it when a case went or moved to another day),
// from a row per day instead of an entry per case. The first page's window there takes its day from the ids
// (idDay(), given the register's highest id); where its case edge then lies far below the size-th highest id (the
// case at that id was received long before its neighbours, or a case moved into the window), the window would hold
// far more cases than size, and its day is counted in the index after all.
constexpr qint64 IdWindowSlack = 4;

std::optional<Window> caseWindow(Database& db, bool ascending, const QVariant& from, qint64 size,
                                 qint64 highestId = 0) {
    const bool byIds = db.dialect().isServer() && !ascending && !from.isValid() && highestId > 0;
    const std::optional<QVariant> day = byIds ? idDay(db, highestId, size) : windowDay(db, ascending, from, size);
    if (!day)
        return std::nullopt;
    const QString op = ascending ? QStringLiteral(">=") : QStringLiteral("<=");
    const QString fromTerm = from.isValid() ? QStringLiteral(" AND received %1 :from").arg(op) : QString();
    Window w{};
    w.day = *day;
    // "+ 0": the server's planner would read min(id) from the primary key, every case until the first of the
    // window; the window's own entries in an index on received date are fewer.
    const QString walked =
        (ascending ? QStringLiteral("SELECT max(id + 0) FROM cases")
                   : QStringLiteral("SELECT min(id + 0) FROM cases")) +
        db.dialect().indexedBy(QStringLiteral("cases_received")) +
        QStringLiteral(" WHERE received %1 :day").arg(ascending ? QStringLiteral("<=") : QStringLiteral(">=")) +
        fromTerm;
    const QString fromDays = QStringLiteral("SELECT coalesce(min(first_id), 0) FROM case_days WHERE day >= :day") +
                             (from.isValid() ? QStringLiteral(" AND day <= :from") : QString());
    SqlRows cases(db, db.dialect().isServer() && !ascending ? fromDays : walked);
    cases.bind(QStringLiteral(":day"), w.day);
    if (from.isValid())
        cases.bind(QStringLiteral(":from"), from);
    cases.exec();
    w.caseEdge = cases.next() ? cases.integer(0) : 0;
    if (byIds && w.caseEdge < highestId - IdWindowSlack * size)
        return caseWindow(db, ascending, from, size);
    return w;
}

// That window (caseWindow()) with the edges of its timeline entries and documents: the lowest (highest) id of
// those, read from the indexes on case. They are those of every case on the window's side of its case edge:
// more than the window's cases when the ids do not follow the received dates, never fewer. The file's SQL.
std::optional<Window> windowOf(Database& db, bool ascending, const QVariant& from, qint64 size) {
    std::optional<Window> w = caseWindow(db, ascending, from, size);
    if (!w)
        return std::nullopt;
    const QString edge = ascending ? QStringLiteral("max(id)") : QStringLiteral("min(id)");
    // No timeline entry or document on that side: an edge no row passes.
    const QString none = ascending ? QStringLiteral("0") : QString::number(std::numeric_limits<qint64>::max());
    auto rowEdge = [&](const QString& table, const QString& index) {
        SqlQuery q(
            db,
            QStringLiteral("SELECT coalesce(") + edge + QStringLiteral(", ") + none + QStringLiteral(") FROM ") +
                table + QStringLiteral(" INDEXED BY ") + index +
                QStringLiteral(" WHERE case_id %1 :edge").arg(ascending ? QStringLiteral("<=") : QStringLiteral(">=")));
        q.bind(QStringLiteral(":edge"), w->caseEdge).exec();
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    w->eventEdge = rowEdge(QStringLiteral("events"), QStringLiteral("events_case"));
    w->documentEdge = rowEdge(QStringLiteral("documents"), QStringLiteral("documents_case"));
    return w;
}

// The size of the next window when the one of size cases gave found of the wanted rows: twice as many
// cases as that density needs for all of them (a few matches are a rough measure), at least twice the
// window. 0 when nothing was found: the word is rare, gathering every match is quicker than more windows.
qint64 nextWindow(qint64 size, qint64 found, qint64 wanted) {
    if (found <= 0)
        return 0;
    return std::max(2 * size, size * wanted * 2 / found);
}

// The largest window worth reading for a register of registerSize cases whose first window is first
// (0: none).
qint64 largestWindow(qint64 registerSize, qint64 first) {
    return std::min(std::max(registerSize / 16, 4 * first), registerSize / 2);
}

// Whether a search gathers its matches (AsSet with words): then the register's size (registerSize()) sets its
// windows. A list without words reads its page straight from the index and needs neither.
bool gathers(CaseSelectionSql::Search plan, const CaseSelection& selection) {
    return plan == CaseSelectionSql::Search::AsSet && !SearchTerms(selection.words).isEmpty();
}

qint64 registerSize(Database& db) {
    // The highest id: the number of cases unless many were deleted, which only makes windows end sooner.
    SqlRows q(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

// Whether windows pay for this search in the file. Gathering costs the full-text index's pass and a lookup
// of the case of every matching timeline entry (a case's own matches are its id); every window costs the
// index's pass again. So windows pay only when the timeline gives many matches: at least
// TimelineMatchesForWindows, or a sixteenth of a small register.
constexpr qint64 TimelineMatchesForWindows = 2000;

bool windowsPay(Database& db, const SearchWords::Queries& queries, qint64 cases) {
    if (db.dialect().isServer() || queries.isEmpty())
        return false;
    const qint64 enough = std::max<qint64>(1, std::min(TimelineMatchesForWindows, cases / 16));
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH :match "
                                  "LIMIT :limit) AS matches"));
    q.bind(QStringLiteral(":match"), queries.events).bind(QStringLiteral(":limit"), enough).exec();
    return q.next() && q.value(0).toLongLong() >= enough;
}

// On the server a search is walked: the cases read in the order, newest (oldest) first, each asked whether
// its stored vector, or one of its timeline entries' or documents', matches (PerCase), within a window of
// this many cases per row asked for; a walk that does not fill the page is followed by a larger window, as
// many cases as the matches found promise (twice over, nextWindow()), up to largestWalk(). Beyond that the
// matches are gathered (AsSet): a word that rare has few of them. A case of the walk costs its own vector and
// its timeline words (a look at its timeline through the index on case only where those hold the words; before
// server version 13 at every case, which the figures below were set for); gathering costs every matching row of
// the register (a common word's are most of it), its lookup and a sort, about twice a walked case each. A word
// that one case in k matches needs about k cases walked per row and gathers about n / k cases of a register of
// n: for a page of 201 rows walking pays while its 201·k cases stay under about twenty times the square root of
// n (201·k = 2·n / k), and the largest window, with nextWindow()'s margin, is forty times that root.
constexpr qint64 WalkCasesPerRow = 2;

qint64 largestWalk(qint64 registerSize, qint64 first) {
    return std::max(first, qint64(40.0 * std::sqrt(double(registerSize))));
}

// A window after the first may instead be asked of the indexes at once (CaseSelectionSql's NewestWindow and
// OldestWindow in the server's SQL): the GIN indexes hand over every match of the register as a bitmap, which is
// intersected with the window's entries in the index on received date (on case, for the timeline and the
// documents) before any row is read. That costs the register's matches of the words, read from the index only,
// and the window's index entries, instead of a look at every case of the window and its timeline. A walked case
// costs about as much as two to six matching cases handed over: two where a word's matches lie in the timeline
// as well (every matching entry is a row of the index too), more where they lie in the case texts only. The
// indexes are asked when the register's matching cases, as the window walked before promises them, are fewer
// than WalkedCaseMatches per case of the next window, the lower figure, so that they are asked only where they
// are the cheaper either way. The walk stays for the first window, where a common word fills the page, and for
// the words whose matches the indexes cannot narrow: a word start's matches are gathered from every word it
// starts, and every word's matches from the whole register, before they meet the window. A word start the
// search asks as its whole words (SearchWords) is whole words here: the index looks each up and skips through
// a common one's matches to a rare one's.
constexpr qint64 WalkedCaseMatches = 2;
// A window beyond the largest walk holds at most this share of the register (1 / GatheredShare).
constexpr qint64 GatheredShare = 8;

bool asksIndexes(qint64 registerSize, qint64 size, qint64 found, qint64 next) {
    return next > 0 && registerSize * found / size < WalkedCaseMatches * next;
}

// The first page, newest first, of a search the file gathers, from the matches of the cases of the highest ids
// (CaseSelectionSql's NewestIds): twice as many of the case texts' matches as the page's rows set the edge.
// Where the ids follow the received dates those cases are the newest, and the page lies among them, well above
// the edge; the page is then read without gathering the register's matches. std::nullopt when a row of the page
// lies below the edge (the ids did not follow the dates that far), when the case texts hold fewer matches, or when
// no row came back: then the search is to be gathered.
std::optional<QList<qint64>> newestIdsPage(Database& db, const CaseSelection& selection,
                                           const SearchWords::Queries& queries,
                                           const CaseSelectionSql::Context& context, int limit) {
    Window window{};
    window.top = 2 * qint64(limit);
    window.timeline = SearchWords::mayMatch(db, SearchTerms(selection.words), SearchWords::Index::Events);
    const CaseSelectionSql where(db, selection, queries, context, CaseSelectionSql::Search::NewestIds, window);
    SqlRows q(db, where.with() +
                      QStringLiteral("SELECT c.id, (SELECT edge FROM match_edge) FROM cases AS c WHERE 1 = 1") +
                      where.andTerms() + QStringLiteral(" ORDER BY c.received DESC, c.reference DESC LIMIT :limit"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<qint64> ids;
    while (q.next()) {
        if (q.isNull(1) || q.integer(0) < q.integer(1))
            return std::nullopt;
        ids.append(q.integer(0));
    }
    // No row at all: the edge is unknown, and gathering tells whether anything matches.
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

QList<qint64> pageOf(Database& db, const CaseSelectionSql& where, bool ascending, qint64 after,
                     const QVariant& afterReceived, const QVariant& afterReference, int limit) {
    SqlRows q(db, QStringLiteral("SELECT c.id FROM cases AS c WHERE 1 = 1") + where.andTerms() +
                      // The first term is the index range on received; the row value the exact
                      // place within that day.
                      (after == 0 ? QString()
                                  : (ascending ? QStringLiteral(" AND c.received >= :afterDay AND "
                                                                "(c.received, c.reference) > (:afterReceived, "
                                                                ":afterReference)")
                                               : QStringLiteral(" AND c.received <= :afterDay AND "
                                                                "(c.received, c.reference) < (:afterReceived, "
                                                                ":afterReference)"))) +
                      (ascending ? QStringLiteral(" ORDER BY c.received, c.reference LIMIT :limit")
                                 : QStringLiteral(" ORDER BY c.received DESC, c.reference DESC LIMIT :limit")));
    where.bindTo(q);
    if (after != 0)
        q.bind(QStringLiteral(":afterDay"), afterReceived)
            .bind(QStringLiteral(":afterReceived"), afterReceived)
            .bind(QStringLiteral(":afterReference"), afterReference);
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

// The server's windows of a search (page(), count()), the first wanted * WalkCasesPerRow cases from the start
// of the order (after the cursor from), each walked or asked of the indexes (largestWalk(), asksIndexes()).
// read(where) reads a window with the selection's clause for it and gives how many of the wanted it found.
// Whether a window answered: the last read holds all the wanted, or the window held every case after the cursor
// (then it was walked). false: the search is to be gathered.
template <typename Read>
bool readServerWindows(Database& db, const CaseSelection& selection, const SearchWords::Queries& queries,
                       const CaseSelectionSql::Context& context, bool ascending, const QVariant& from, qint64 wanted,
                       qint64 cases, Read read) {
    const qint64 first = wanted * WalkCasesPerRow;
    const qint64 largest = largestWalk(cases, first);
    bool indexed = false;
    bool wordStarts = true; // whether the search asks the indexes for a word start (CaseSelectionSql)
    // A window asked of the indexes for whole words costs about the same at any size in the index, but its day is
    // read from the index on received date entry by entry (its case edge too, oldest first; a first page newest
    // first reads both from a few rows, caseWindow()): it goes on beyond the largest walk up to an eighth of the
    // register (GatheredShare), where gathering the whole-word matches costs less.
    const auto beyondLargest = [&](qint64 size) { return indexed && !wordStarts && size <= cases / GatheredShare; };
    for (qint64 size = first; size > 0 && (size <= largest || beyondLargest(size));) {
        std::optional<Window> window;
        if (indexed) {
            window = caseWindow(db, ascending, from, size, cases);
            if (!window)
                return false; // the window would hold every case after the cursor: gathering is the same
        } else if (const std::optional<QVariant> day = windowDay(db, ascending, from, size)) {
            window = Window{*day, 0, 0, 0};
        }
        using Search = CaseSelectionSql::Search;
        // No window: it holds every case after the cursor, and its walk is the answer.
        const Search plan = !window     ? Search::PerCase
                            : indexed   ? (ascending ? Search::OldestWindow : Search::NewestWindow)
                            : ascending ? Search::PerCaseOldest
                                        : Search::PerCaseNewest;
        const CaseSelectionSql where(db, selection, queries, context, plan, window.value_or(Window{}));
        wordStarts = where.asksWordStarts();
        const qint64 found = read(where);
        if (!window || found >= wanted)
            return true;
        const qint64 next = nextWindow(size, found, wanted);
        indexed = asksIndexes(cases, size, found, next);
        size = next;
    }
    return false;
}

} // namespace

CaseQuery::CaseQuery(Database& db)
    : m_db(db) {}

QList<qint64> CaseQuery::ids(const CaseSelection& selection, const CaseOrder& order, const DeadlineEngine& engine,
                             QDate today) {
    Q_UNUSED(engine);
    // The next deadline of every case that can owe one, as stored with the case (DeadlineStore): one
    // indexed row per open case, for sorting on it.
    QHash<qint64, qint64> dueDay;
    if (order.key == CaseSortKey::NextDeadline) {
        SqlQuery q(m_db, QStringLiteral("SELECT case_id, due FROM case_deadlines") +
                             m_db.dialect().indexedBy(QStringLiteral("case_deadlines_next")) +
                             QStringLiteral(" WHERE next = 1"));
        q.exec();
        while (q.next())
            dueDay.insert(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate).toJulianDay());
    }

    // Every matching id in the default order (or its exact reverse), with the columns of the key. The
    // index gives received descending, reference ascending; the runs of one day are turned round here,
    // so that within a day, too, the latest case comes first.
    const bool receivedAscending = order.key == CaseSortKey::Received && order.order == Qt::AscendingOrder;
    const CaseSelectionSql where(m_db, selection, {m_myNames, today});
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, received") + keyColumns(order.key) +
                         QStringLiteral(" FROM cases AS c") + where.where() +
                         (receivedAscending ? QStringLiteral(" ORDER BY received, reference DESC")
                                            : QStringLiteral(" ORDER BY received DESC, reference")));
    where.bindTo(q);
    q.exec();
    QList<qint64> ids;
    QStringList keys;
    std::vector<qint64> ranks;
    QString day;
    qsizetype dayStart = 0;
    auto turnDay = [&] {
        std::reverse(ids.begin() + dayStart, ids.end());
        std::reverse(keys.begin() + std::min(dayStart, keys.size()), keys.end());
        std::reverse(ranks.begin() + std::min<size_t>(size_t(dayStart), ranks.size()), ranks.end());
        dayStart = ids.size();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString received = q.value(1).toString();
        if (received != day) {
            turnDay();
            day = received;
        }
        ids.append(id);
        if (order.key == CaseSortKey::Phase)
            ranks.push_back(qint64(EnumText::fromCode<Phase>(q.value(2).toString()).value_or(Phase::Intake)));
        else if (order.key == CaseSortKey::NextDeadline)
            ranks.push_back(dueDay.value(id, Missing));
        else if (order.key != CaseSortKey::Received)
            keys.append(keyText(order.key, q));
    }
    turnDay();
    if (order.key == CaseSortKey::Received)
        return ids;
    if (order.key == CaseSortKey::Reference)
        ranks = naturalRanks(keys);
    else if (!keys.isEmpty())
        ranks = collatedRanks(keys);

    const bool ascending = order.order == Qt::AscendingOrder;
    std::vector<qsizetype> positions(size_t(ids.size()));
    std::iota(positions.begin(), positions.end(), 0);
    std::stable_sort(positions.begin(), positions.end(), [&](qsizetype a, qsizetype b) {
        const qint64 ra = ranks[size_t(a)];
        const qint64 rb = ranks[size_t(b)];
        if (ra == rb || ra == Missing)
            return false;
        if (rb == Missing)
            return true;
        return ascending ? ra < rb : ra > rb;
    });
    QList<qint64> sorted;
    sorted.reserve(ids.size());
    for (qsizetype p : positions)
        sorted.append(ids.at(p));
    return sorted;
}

std::optional<QList<qint64>> CaseQuery::page(const CaseSelection& selection, const CaseOrder& order, QDate today,
                                             qint64 after, int limit) {
    Q_ASSERT(pages(order));
    // Within a day the latest reference first, and ascending the exact reverse: as ids() has it.
    const bool ascending = order.order == Qt::AscendingOrder;
    const CaseSelectionSql::Search plan = searchPlan(selection);
    QVariant afterReceived;
    QVariant afterReference;
    if (after != 0) {
        SqlRows last(m_db, QStringLiteral("SELECT received, reference FROM cases WHERE id = :id"));
        last.bind(QStringLiteral(":id"), after).exec();
        if (!last.next())
            return std::nullopt;
        afterReceived = last.text(0);
        afterReference = last.text(1);
    }
    // The search's values, its word starts as whole words where they are (SearchWords), read once for every
    // plan and window below.
    const SearchWords::Queries queries = SearchWords::queries(m_db, SearchTerms(selection.words));
    const bool gathered = gathers(plan, selection);
    if (gathered && !m_db.dialect().isServer() && !ascending && after == 0) {
        if (std::optional<QList<qint64>> ids = newestIdsPage(m_db, selection, queries, {m_myNames, today}, limit))
            return ids;
    }
    const qint64 cases = gathered ? registerSize(m_db) : 0;
    if (gathered && m_db.dialect().isServer()) {
        QList<qint64> ids;
        auto read = [&](const CaseSelectionSql& where) {
            ids = pageOf(m_db, where, ascending, after, afterReceived, afterReference, limit);
            return qint64(ids.size());
        };
        if (readServerWindows(m_db, selection, queries, {m_myNames, today}, ascending, afterReceived, limit, cases,
                              read))
            return ids;
    } else if (gathered && windowsPay(m_db, queries, cases)) {
        const qint64 first = qint64(limit) * WindowCasesPerRow;
        const qint64 largest = largestWindow(cases, first);
        for (qint64 size = first; size > 0 && size <= largest;) {
            const std::optional<Window> window = windowOf(m_db, ascending, afterReceived, size);
            if (!window)
                break;
            const CaseSelectionSql where(
                m_db, selection, queries, {m_myNames, today},
                ascending ? CaseSelectionSql::Search::OldestWindow : CaseSelectionSql::Search::NewestWindow, *window);
            QList<qint64> ids = pageOf(m_db, where, ascending, after, afterReceived, afterReference, limit);
            // A full page within the window is the page: every case beyond the window comes after it.
            if (ids.size() >= limit)
                return ids;
            size = nextWindow(size, ids.size(), limit);
        }
    }
    const CaseSelectionSql where(m_db, selection, queries, {m_myNames, today}, plan);
    return pageOf(m_db, where, ascending, after, afterReceived, afterReference, limit);
}

qint64 CaseQuery::count(const CaseSelection& selection, QDate today, std::optional<qint64> atMost) {
    if (!atMost) {
        const CaseSelectionSql where(m_db, selection, {m_myNames, today});
        SqlRows q(m_db, QStringLiteral("SELECT count(*) FROM cases AS c") + where.where());
        where.bindTo(q);
        q.exec();
        return q.next() ? q.integer(0) : 0;
    }
    const CaseSelectionSql::Search plan = searchPlan(selection);
    const SearchWords::Queries queries = SearchWords::queries(m_db, SearchTerms(selection.words));
    auto countIn = [&](const CaseSelectionSql& where) {
        SqlRows q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases AS c") + where.where() +
                            QStringLiteral(" LIMIT :limit) AS matches"));
        where.bindTo(q);
        q.bind(QStringLiteral(":limit"), *atMost + 1);
        q.exec();
        return q.next() ? q.integer(0) : 0;
    };
    const bool gathered = gathers(plan, selection);
    const qint64 cases = gathered ? registerSize(m_db) : 0;
    if (gathered && m_db.dialect().isServer()) {
        // The server's windows: more than atMost within the newest cases is more than atMost.
        qint64 found = 0;
        auto read = [&](const CaseSelectionSql& where) { return found = countIn(where); };
        if (readServerWindows(m_db, selection, queries, {m_myNames, today}, false, {}, *atMost + 1, cases, read))
            return found;
    } else if (gathered && windowsPay(m_db, queries, cases)) {
        // More than atMost within a window of the newest cases is more than atMost.
        const qint64 first = (*atMost + 1) * WindowCasesPerRow;
        const qint64 largest = largestWindow(cases, first);
        for (qint64 size = first; size > 0 && size <= largest;) {
            const std::optional<Window> window = windowOf(m_db, false, {}, size);
            if (!window)
                break;
            const qint64 found = countIn(CaseSelectionSql(m_db, selection, queries, {m_myNames, today},
                                                          CaseSelectionSql::Search::NewestWindow, *window));
            if (found > *atMost)
                return found;
            size = nextWindow(size, found, *atMost + 1);
        }
    }
    return countIn(CaseSelectionSql(m_db, selection, queries, {m_myNames, today}, plan));
}

CaseSelectionSql::Search CaseQuery::searchPlan(const CaseSelection& selection) {
    // Case by case only pays when a page fills within a few hundred cases and each question to the
    // index is a lookup: whole words (a word's start would be merged from every word it starts, for
    // every case, or asked as each of its whole words) that the case texts alone match often.
    const SearchTerms terms(selection.words);
    // The server's searches are walked in windows or gathered (page(), count()).
    if (terms.isEmpty() || terms.hasPrefix() || m_db.dialect().isServer())
        return CaseSelectionSql::Search::AsSet;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases_fts WHERE cases_fts MATCH :match "
                                    "LIMIT :limit) AS matches"));
    q.bind(QStringLiteral(":match"), terms.ftsQuery()).bind(QStringLiteral(":limit"), CommonMatches).exec();
    return q.next() && q.value(0).toInt() >= CommonMatches ? CaseSelectionSql::Search::PerCase
                                                           : CaseSelectionSql::Search::AsSet;
}

QList<Case> CaseQuery::rows(const QList<qint64>& ids) {
    if (ids.isEmpty())
        return {};
    QStringList literals;
    literals.reserve(ids.size());
    for (qint64 id : ids)
        literals << QString::number(id);
    const QString in = literals.join(QLatin1Char(','));

    QHash<qint64, Case> found;
    SqlRows q(m_db, QStringLiteral("SELECT ") + CaseRow::selectList(CaseRow::Scope::List) +
                        QStringLiteral(" FROM cases AS c WHERE c.id IN (") + in + QLatin1Char(')'));
    q.exec();
    while (q.next()) {
        Case c = CaseRow::read(q, CaseRow::Scope::List);
        found.insert(c.id, std::move(c));
    }
    // The themes of the page with their names, in their order; a theme missing from the list is a blank, as
    // ThemeIndex::name() gives it.
    SqlRows t(m_db, QStringLiteral("SELECT ct.case_id, coalesce(th.name, '') FROM case_themes AS ct LEFT JOIN themes "
                                   "AS th ON th.id = ct.theme_id WHERE ct.case_id IN (") +
                        in + QStringLiteral(") ORDER BY ct.case_id, ct.position"));
    t.exec();
    while (t.next()) {
        const auto it = found.find(t.integer(0));
        if (it != found.end())
            it->themes << t.text(1);
    }

    QList<Case> result;
    result.reserve(found.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            result.append(*it);
    }
    return result;
}

std::optional<Deadline> CaseQuery::nextDeadline(const DeadlineEngine& engine, const Case& c, QDate today) {
    return DeadlineEngine::mayOweDeadline(c) ? engine.nextDeadline(c, today) : std::nullopt;
}

QString CaseQuery::subject(const Case& c) {
    for (const QString* s :
         {&c.subject.provider, &c.subject.department, &c.subject.jointArrangement, &c.subject.employee}) {
        const QString t = s->trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QString CaseQuery::klagerSortName(const Case& c) {
    return c.anonymous ? QString() : c.klager.name.trimmed();
}
