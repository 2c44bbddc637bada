#include "deadlineoverview.h"

#include "deadlines/deadlineengine.h"
#include "domain/clock.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/caserepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

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

// What the engine needs to know of a closed case: once a case is closed, DeadlineEngine::deadlinesFor
// supersedes every deadline but the "hoe gaat het nu?" call, and that one depends on these fields
// alone. Asking about them only saves most of the engine's work for the thousands of closed cases
// of a large file; the tests compare the result with that of the full cases of a generated file.
Case followUpPart(const Case& c) {
    Case part;
    part.id = c.id;
    part.phase = c.phase;
    part.outcome = c.outcome;
    part.closedOn = c.closedOn;
    part.followUpDue = c.followUpDue;
    part.followUpDone = c.followUpDone;
    return part;
}

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
            ++workloadOf(c.handler).openCases;
        bool overdue = false;
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
            HandlerWorkload& load = workloadOf(c.handler);
            if (row.group == UrgencyGroup::Overdue) {
                ++load.overdueDeadlines;
                overdue = true;
            }
            if (!load.nearest || before(row, *load.nearest))
                load.nearest = row;
            m_result.rows.append(std::move(row));
        }
        if (overdue)
            ++workloadOf(c.handler).overdueCases;
    }

    Overview finish() {
        std::sort(m_result.rows.begin(), m_result.rows.end(), before);
        QList<HandlerWorkload> workload = m_workload.values();
        QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(workload.begin(), workload.end(), [&collator](const HandlerWorkload& a, const HandlerWorkload& b) {
            if (a.handler.isEmpty() != b.handler.isEmpty())
                return b.handler.isEmpty(); // the unassigned last
            if (const int byName = collator.compare(a.handler, b.handler))
                return byName < 0;
            return a.handler < b.handler;
        });
        m_result.workload = std::move(workload);
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

    HandlerWorkload& workloadOf(const QString& handler) {
        auto it = m_workload.find(handler);
        if (it == m_workload.end()) {
            HandlerWorkload load;
            load.handler = handler;
            load.label = DeadlineOverview::handlerLabel(handler);
            it = m_workload.insert(handler, load);
        }
        return *it;
    }

    const DeadlineEngine& m_engine;
    const OverviewFilter& m_filter;
    Overview m_result;
    quint32 m_kinds = 0; // bit per DeadlineKind; 0: every kind
    QDate m_last;        // last due date shown when a window is set
    QHash<QString, HandlerWorkload> m_workload;
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
    Builder builder(m_engine, m_clock.today(), filter);
    // The handler and domain go into the query too; the builder checks them again for the follow-ups.
    CaseFilter open;
    open.openOnly = true;
    open.handler = filter.handler;
    open.domain = filter.domain;
    open.deadlineFieldsOnly = true; // every open case is read: only what the rows and the engine need
    m_cases.forEach(open, [&builder](const Case& c) { builder.add(c); });
    m_cases.forEachPendingFollowUp([&builder](const Case& c) { builder.add(c); }, true);
    Overview result = builder.finish();
    if (m_db) {
        MeasureRepository measures(*m_db, m_clock, QString());
        result.overdueMeasures = measures.overdue(result.today);
        if (!filter.handler.isEmpty())
            result.overdueMeasures.removeIf([&filter](const Measure& m) { return m.owner != filter.handler; });
    }
    return result;
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
