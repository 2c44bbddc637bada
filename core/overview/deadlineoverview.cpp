#include "deadlineoverview.h"

#include "deadlines/deadlineengine.h"
#include "domain/casecopy.h"
#include "domain/clock.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/caserepository.h"
#include "storage/deadlinestore.h"
#include "storage/sqlcode.h"
#include "storage/sqlquery.h"
#include "storage/sqlrows.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVariantList>

#include <algorithm>

namespace {

// The overview order: group, due date, reference, then kind and case so that it is total.
bool before(const OverviewRow& a, const OverviewRow& b) {
    if (a.group != b.group)
        return a.group < b.group;
    if (a.deadline.due != b.deadline.due)
        return a.deadline.due < b.deadline.due;
    if (const int byReference = a.reference.compare(b.reference))
        return byReference < 0;
    if (a.deadline.kind != b.deadline.kind)
        return a.deadline.kind < b.deadline.kind;
    return a.caseId < b.caseId;
}

// By name (Dutch collation), the unassigned last.
QList<HandlerWorkload> sortedWorkload(QList<HandlerWorkload> workload) {
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(workload.begin(), workload.end(), [&collator](const HandlerWorkload& a, const HandlerWorkload& b) {
        if (a.handler.isEmpty() != b.handler.isEmpty())
            return b.handler.isEmpty(); // the unassigned last
        if (const int byName = collator.compare(a.handler, b.handler))
            return byName < 0;
        return a.handler < b.handler;
    });
    return workload;
}

// What the engine needs to know of a closed case: once a case is closed, DeadlineEngine::deadlinesFor
// supersedes every deadline but the "hoe gaat het nu?" call, and that one depends on these fields
// alone. Asking about them only saves most of the engine's work for the thousands of closed cases
// of a large file; the tests compare the result with that of the full cases of a generated file.
Case followUpPart(const Case& c) {
    return caseWith<&Case::id, &Case::phase, &Case::outcome, &Case::closedOn, &Case::followUpDue, &Case::followUpDone>(
        c);
}

// The workload per handler, built up a row at a time: the open cases (counted by the caller), the
// overdue deadlines and the cases that have one, and the nearest row.
class WorkloadTally {
public:
    HandlerWorkload& of(const QString& handler) {
        auto it = m_workload.find(handler);
        if (it == m_workload.end()) {
            HandlerWorkload load;
            load.handler = handler;
            load.label = DeadlineOverview::handlerLabel(handler);
            it = m_workload.insert(handler, load);
        }
        return *it;
    }

    void add(const OverviewRow& row) {
        HandlerWorkload& load = of(row.handler);
        if (row.group == UrgencyGroup::Overdue) {
            ++load.overdueDeadlines;
            if (!m_overdueCases.contains(row.caseId)) {
                m_overdueCases.insert(row.caseId);
                ++load.overdueCases;
            }
        }
        if (!load.nearest || before(row, *load.nearest))
            load.nearest = row;
    }

    QList<HandlerWorkload> sorted() const { return sortedWorkload(m_workload.values()); }

private:
    QHash<QString, HandlerWorkload> m_workload;
    QSet<qint64> m_overdueCases;
};

// Collects the rows and the workload one case at a time, so that the cases themselves are never kept.
class Builder {
public:
    Builder(const DeadlineEngine& engine, QDate today, const OverviewFilter& filter)
        : m_engine(engine)
        , m_filter(filter) {
        m_result.today = today;
        m_result.warningWorkingDays = engine.terms().warningWorkingDays;
        for (DeadlineKind kind : filter.kinds)
            m_kinds |= bit(kind);
        if (filter.withinDays)
            m_last = today.addDays(std::max(0, *filter.withinDays));
    }

    void add(const Case& c) {
        if (!DeadlineEngine::mayOweDeadline(c) || !acceptsCase(c))
            return;
        if (c.isOpen())
            ++m_workload.of(c.handler).openCases;
        const QList<Deadline> deadlines = m_engine.deadlinesFor(c.isOpen() ? c : followUpPart(c), m_result.today);
        for (const Deadline& deadline : deadlines) {
            const std::optional<UrgencyGroup> group = DeadlineOverview::groupFor(deadline.status);
            if (!group || !acceptsDeadline(deadline))
                continue;
            OverviewRow row;
            row.caseId = c.id;
            row.reference = c.reference;
            row.klager = DeadlineOverview::klagerName(c);
            row.handler = c.handler;
            row.domain = c.domain;
            row.deadline = deadline;
            row.group = *group;
            m_workload.add(row);
            m_result.rows.append(std::move(row));
        }
    }

    Overview finish() {
        std::sort(m_result.rows.begin(), m_result.rows.end(), before);
        m_result.workload = m_workload.sorted();
        return std::move(m_result);
    }

private:
    static quint32 bit(DeadlineKind kind) { return quint32(1) << int(kind); }

    bool acceptsCase(const Case& c) const {
        if (!m_filter.handler.isEmpty() && c.handler != m_filter.handler)
            return false;
        return !m_filter.domain || c.domain == *m_filter.domain;
    }

    bool acceptsDeadline(const Deadline& deadline) const {
        if (m_kinds != 0 && (m_kinds & bit(deadline.kind)) == 0)
            return false;
        return !m_last.isValid() || deadline.status == DeadlineStatus::Overdue || deadline.due <= m_last;
    }

    const DeadlineEngine& m_engine;
    const OverviewFilter& m_filter;
    Overview m_result;
    quint32 m_kinds = 0; // bit per DeadlineKind; 0: every kind
    QDate m_last;        // last due date shown when a window is set
    WorkloadTally m_workload;
};

} // namespace

int Overview::count(UrgencyGroup group) const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [group](const OverviewRow& r) { return r.group == group; }));
}

QList<OverviewRow> Overview::rowsIn(UrgencyGroup group) const {
    QList<OverviewRow> result;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(result),
                 [group](const OverviewRow& r) { return r.group == group; });
    return result;
}

DeadlineOverview::DeadlineOverview(CaseRepository& cases, const DeadlineEngine& engine, const Clock& clock)
    : m_cases(cases)
    , m_engine(engine)
    , m_clock(clock) {}

DeadlineOverview::DeadlineOverview(MunicipalitySession& session)
    : DeadlineOverview(session.cases(), session.engine(), session.clock()) {
    m_db = &session.database();
}

Overview DeadlineOverview::compute(const OverviewFilter& filter) const {
    Overview result = readStored(filter);
    if (m_db) {
        MeasureRepository measures(*m_db, m_clock, QString());
        result.overdueMeasures = measures.overdue(result.today);
        if (!filter.handler.isEmpty())
            result.overdueMeasures.removeIf([&filter](const Measure& m) { return m.owner != filter.handler; });
    }
    return result;
}

namespace {

// The columns of a row of the stored overview (a stored deadline and its case), in the order of
// rowColumns(), which the SELECT lists.
namespace RowColumn {
enum : int { CaseId, Kind, Due, Basis, CalendarFrom, Reference, Anonymous, KlagerName, Handler, Domain };
} // namespace RowColumn

const QStringList& rowColumns() {
    static const QStringList columns{QStringLiteral("d.case_id"),       QStringLiteral("d.kind"),
                                     QStringLiteral("d.due"),           QStringLiteral("d.basis"),
                                     QStringLiteral("d.calendar_from"), QStringLiteral("c.reference"),
                                     QStringLiteral("c.anonymous"),     QStringLiteral("c.klager_name"),
                                     QStringLiteral("c.handler"),       QStringLiteral("c.domain")};
    return columns;
}

// The overview from the deadlines stored with the cases (DeadlineStore): the workload from the
// cases, the rows from case_deadlines, each narrowed by the filter's handler and domain.
class StoredOverview {
public:
    StoredOverview(Database& db, const DeadlineEngine& engine, QDate today, const OverviewFilter& filter)
        : m_db(db)
        , m_filter(filter)
        , m_deadlines(engine, today) {
        m_result.today = today;
        m_result.warningWorkingDays = engine.terms().warningWorkingDays;
        if (!filter.handler.isEmpty())
            m_caseTerms += QStringLiteral(" AND c.handler = :handler");
        if (filter.domain)
            m_caseTerms += QStringLiteral(" AND c.domain = :domain");
    }

    // The open cases per handler, from the index cases_open_handler alone; a handler whose only work
    // is a "hoe gaat het nu?" call is in the workload too.
    void countCases() {
        SqlRows open(m_db, QStringLiteral("SELECT c.handler, count(*) FROM cases AS c WHERE ") + SqlCode::openCase() +
                               m_caseTerms + QStringLiteral(" GROUP BY c.handler"));
        execWithCaseTerms(open);
        while (open.next())
            m_workload.of(open.text(0)).openCases = int(open.integer(1));

        // Every pending call is stored with its case (DeadlineStore), so unless a window or a choice of
        // kinds leaves it out, readRows() reads it and puts its handler in the workload; the handlers of
        // the calls themselves sit behind each case's story, which costs a page or two per call to read.
        if (m_filter.kinds.isEmpty() && !m_filter.withinDays)
            return;
        SqlRows followUps(m_db, QStringLiteral("SELECT DISTINCT c.handler FROM cases AS c") +
                                    m_db.dialect().indexedBy(QStringLiteral("cases_follow_up_pending")) +
                                    QStringLiteral(" WHERE ") + SqlCode::pendingFollowUp() + m_caseTerms);
        execWithCaseTerms(followUps);
        while (followUps.next())
            m_workload.of(followUps.text(0));
    }

    // The rows: the stored pending deadlines, by due date through case_deadlines_due when a window
    // is set.
    void readRows() {
        QString sql = QStringLiteral("SELECT ") + rowColumns().join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM case_deadlines AS d JOIN cases AS c ON c.id = d.case_id WHERE 1 = 1");
        // Overdue deadlines are due before today, so they are always within the window.
        if (m_filter.withinDays)
            sql += QStringLiteral(" AND d.due <= :last");
        if (!m_filter.kinds.isEmpty()) {
            QStringList codes;
            for (DeadlineKind kind : m_filter.kinds)
                codes << SqlCode::quoted(DeadlineText::code(kind));
            sql += QStringLiteral(" AND d.kind IN (") + codes.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        SqlRows q(m_db, sql + m_caseTerms);
        if (m_filter.withinDays)
            q.bind(QStringLiteral(":last"), SqlValue::date(m_result.today.addDays(std::max(0, *m_filter.withinDays))));
        execWithCaseTerms(q);
        while (q.next()) {
            if (std::optional<OverviewRow> row = rowFrom(q)) {
                m_workload.add(*row);
                m_result.rows.append(std::move(*row));
            }
        }
    }

    Overview finish() {
        std::sort(m_result.rows.begin(), m_result.rows.end(), before);
        m_result.workload = m_workload.sorted();
        return std::move(m_result);
    }

private:
    template <typename Statement> void execWithCaseTerms(Statement& q) const {
        if (!m_filter.handler.isEmpty())
            q.bind(QStringLiteral(":handler"), m_filter.handler);
        if (m_filter.domain)
            q.bind(QStringLiteral(":domain"), EnumText::code(*m_filter.domain));
        q.exec();
    }

    // A row of readRows(); nothing for a deadline kind this version does not know (aantafel-cli check
    // reports it) or a status the overview does not show.
    std::optional<OverviewRow> rowFrom(const SqlRows& q) {
        const std::optional<DeadlineKind> kind = DeadlineText::kindFromCode(q.text(RowColumn::Kind));
        if (!kind)
            return std::nullopt;
        OverviewRow row;
        row.caseId = q.integer(RowColumn::CaseId);
        StoredDeadline stored;
        stored.kind = *kind;
        stored.due = q.date(RowColumn::Due);
        stored.basis = q.text(RowColumn::Basis);
        stored.calendarFrom = q.date(RowColumn::CalendarFrom);
        row.deadline = m_deadlines.toDeadline(stored);
        const std::optional<UrgencyGroup> group = DeadlineOverview::groupFor(row.deadline.status);
        if (!group)
            return std::nullopt;
        row.group = *group;
        row.reference = q.text(RowColumn::Reference);
        const bool anonymous = q.integer(RowColumn::Anonymous) != 0;
        const QString klager = q.text(RowColumn::KlagerName);
        row.klager = anonymous || klager.trimmed().isEmpty() ? DeadlineOverview::tr("(anoniem)") : klager;
        row.handler = q.text(RowColumn::Handler);
        row.domain = EnumText::fromCode<PolicyDomain>(q.text(RowColumn::Domain)).value_or(PolicyDomain::Other);
        return row;
    }

    Database& m_db;
    const OverviewFilter& m_filter;
    StoredDeadlineReader m_deadlines;
    QString m_caseTerms; // the filter's handler and domain as " AND …" terms on cases AS c
    Overview m_result;
    WorkloadTally m_workload;
};

} // namespace

Overview DeadlineOverview::readStored(const OverviewFilter& filter) const {
    StoredOverview overview(m_cases.database(), m_engine, m_clock.today(), filter);
    overview.countCases();
    overview.readRows();
    return overview.finish();
}

Deadline DeadlineOverview::details(const OverviewRow& row) const {
    const Case c = m_cases.load(row.caseId);
    for (const Deadline& dl : m_engine.deadlinesFor(c, m_clock.today())) {
        if (dl.kind == row.deadline.kind)
            return dl;
    }
    return row.deadline;
}

Overview DeadlineOverview::build(const QList<Case>& cases, const DeadlineEngine& engine, QDate today,
                                 const OverviewFilter& filter) {
    Builder builder(engine, today, filter);
    for (const Case& c : cases)
        builder.add(c);
    return builder.finish();
}

std::optional<UrgencyGroup> DeadlineOverview::groupFor(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Overdue: return UrgencyGroup::Overdue;
    case DeadlineStatus::DueToday: return UrgencyGroup::Today;
    case DeadlineStatus::DueSoon: return UrgencyGroup::ThisWeek;
    case DeadlineStatus::Open: return UrgencyGroup::Later;
    case DeadlineStatus::Met:
    case DeadlineStatus::MetLate:
    case DeadlineStatus::Superseded:
    case DeadlineStatus::Informational: break;
    }
    return std::nullopt;
}

QList<UrgencyGroup> DeadlineOverview::allGroups() {
    return {UrgencyGroup::Overdue, UrgencyGroup::Today, UrgencyGroup::ThisWeek, UrgencyGroup::Later};
}

QString DeadlineOverview::label(UrgencyGroup group) {
    switch (group) {
    case UrgencyGroup::Overdue: return tr("Te laat");
    case UrgencyGroup::Today: return tr("Vandaag");
    case UrgencyGroup::ThisWeek: return tr("Deze week");
    case UrgencyGroup::Later: return tr("Later");
    }
    return {};
}

QString DeadlineOverview::code(UrgencyGroup group) {
    switch (group) {
    case UrgencyGroup::Overdue: return QStringLiteral("overdue");
    case UrgencyGroup::Today: return QStringLiteral("today");
    case UrgencyGroup::ThisWeek: return QStringLiteral("this_week");
    case UrgencyGroup::Later: return QStringLiteral("later");
    }
    return {};
}

QString DeadlineOverview::klagerName(const Case& c) {
    return c.anonymous || c.klager.name.trimmed().isEmpty() ? tr("(anoniem)") : c.klager.name;
}

QString DeadlineOverview::handlerLabel(const QString& handler) {
    return handler.isEmpty() ? tr("(niet toegewezen)") : handler;
}
