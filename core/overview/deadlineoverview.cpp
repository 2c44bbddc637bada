#include "deadlineoverview.h"

#include "deadlines/deadlineengine.h"
#include "domain/clock.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/caserepository.h"
#include "storage/deadlinestore.h"
#include "storage/sqlquery.h"

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
        m_result.workload = sortedWorkload(m_workload.values());
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
    Overview result = readStored(filter);
    if (m_db) {
        MeasureRepository measures(*m_db, m_clock, QString());
        result.overdueMeasures = measures.overdue(result.today);
        if (!filter.handler.isEmpty())
            result.overdueMeasures.removeIf([&filter](const Measure& m) { return m.owner != filter.handler; });
    }
    return result;
}

Overview DeadlineOverview::readStored(const OverviewFilter& filter) const {
    Database& db = m_cases.database();
    const QDate today = m_clock.today();
    Overview result;
    result.today = today;
    result.warningWorkingDays = m_engine.terms().warningWorkingDays;

    // The handler and domain narrow the cases, for the rows and the workload alike.
    QString caseTerms;
    QVariantList caseBinds;
    if (!filter.handler.isEmpty()) {
        caseTerms += QStringLiteral(" AND c.handler = ?");
        caseBinds << filter.handler;
    }
    if (filter.domain) {
        caseTerms += QStringLiteral(" AND c.domain = ?");
        caseBinds << EnumText::code(*filter.domain);
    }
    const auto bindAll = [](SqlQuery& q, const QVariantList& binds) {
        for (int i = 0; i < binds.size(); ++i)
            q.bind(i, binds.at(i));
        q.exec();
    };

    QHash<QString, HandlerWorkload> workload;
    const auto loadOf = [&workload](const QString& handler) -> HandlerWorkload& {
        auto it = workload.find(handler);
        if (it == workload.end()) {
            HandlerWorkload load;
            load.handler = handler;
            load.label = DeadlineOverview::handlerLabel(handler);
            it = workload.insert(handler, load);
        }
        return *it;
    };
    {
        // The open cases per handler, from the index cases_open_handler alone.
        SqlQuery q(db, QStringLiteral("SELECT c.handler, count(*) FROM cases AS c WHERE c.phase <> 'closed'") +
                           caseTerms + QStringLiteral(" GROUP BY c.handler"));
        bindAll(q, caseBinds);
        while (q.next())
            loadOf(q.value(0).toString()).openCases = q.value(1).toInt();
    }
    {
        // A handler whose only work is a "hoe gaat het nu?" call is in the workload too.
        SqlQuery q(db, QStringLiteral("SELECT DISTINCT c.handler FROM cases AS c INDEXED BY cases_follow_up_pending "
                                      "WHERE c.phase = 'closed' AND c.outcome = 'resolved' AND c.follow_up_due IS "
                                      "NOT NULL AND c.follow_up_done IS NULL") +
                           caseTerms);
        bindAll(q, caseBinds);
        while (q.next())
            loadOf(q.value(0).toString());
    }

    // The rows: the stored pending deadlines, by due date through case_deadlines_due when a window is set.
    QString sql = QStringLiteral("SELECT d.case_id, d.kind, d.due, d.basis, d.calendar_from, c.reference, "
                                 "c.anonymous, c.klager_name, c.handler, c.domain FROM case_deadlines AS d "
                                 "JOIN cases AS c ON c.id = d.case_id WHERE 1 = 1");
    QVariantList binds;
    if (filter.withinDays) {
        // Overdue deadlines are due before today, so they are always within the window.
        sql += QStringLiteral(" AND d.due <= ?");
        binds << SqlValue::date(today.addDays(std::max(0, *filter.withinDays)));
    }
    if (!filter.kinds.isEmpty()) {
        QStringList codes;
        for (DeadlineKind kind : filter.kinds)
            codes << QLatin1Char('\'') + DeadlineText::code(kind) + QLatin1Char('\'');
        sql += QStringLiteral(" AND d.kind IN (") + codes.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += caseTerms;
    binds << caseBinds;
    SqlQuery q(db, sql);
    bindAll(q, binds);
    QSet<qint64> overdueCases;
    while (q.next()) {
        const std::optional<DeadlineKind> kind = DeadlineText::kindFromCode(q.value(1).toString());
        if (!kind)
            continue; // aantafel-cli check reports it
        OverviewRow row;
        row.caseId = q.value(0).toLongLong();
        StoredDeadline stored;
        stored.kind = *kind;
        stored.due = SqlValue::toDate(q.value(2));
        stored.basis = q.value(3).toString();
        stored.calendarFrom = SqlValue::toDate(q.value(4));
        row.deadline = DeadlineStore::toDeadline(stored, m_engine, today);
        const Deadline& dl = row.deadline;
        const std::optional<UrgencyGroup> group = groupFor(dl.status);
        if (!group)
            continue;
        row.group = *group;
        row.reference = q.value(5).toString();
        const bool anonymous = q.value(6).toInt() != 0;
        const QString klager = q.value(7).toString();
        row.klager = anonymous || klager.trimmed().isEmpty() ? tr("(anoniem)") : klager;
        row.handler = q.value(8).toString();
        row.domain = EnumText::fromCode<PolicyDomain>(q.value(9).toString()).value_or(PolicyDomain::Other);
        HandlerWorkload& load = loadOf(row.handler);
        if (row.group == UrgencyGroup::Overdue) {
            ++load.overdueDeadlines;
            if (!overdueCases.contains(row.caseId)) {
                overdueCases.insert(row.caseId);
                ++load.overdueCases;
            }
        }
        if (!load.nearest || before(row, *load.nearest))
            load.nearest = row;
        result.rows.append(std::move(row));
    }
    std::sort(result.rows.begin(), result.rows.end(), before);
    result.workload = sortedWorkload(workload.values());
    return result;
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
