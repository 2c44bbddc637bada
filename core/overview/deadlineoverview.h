// The klachtencoördinator's deadline overview: for "today" (from the Clock), every pending deadline
// of every open case, plus the "hoe gaat het nu?" call of closed cases resolved to satisfaction
// (it runs after closing), grouped by urgency and with the workload per handler. It promises:
// - the deadlines are exactly the pending ones of DeadlineEngine::deadlinesFor (kind, due date, basis,
//   warning, status); compute() reads them as the file stores them with each case (DeadlineStore),
//   so that neither the engine nor the cases are read: the how-it-was-counted text and the sentence
//   of the basis (Deadline::counting and basisText) are left empty there, and details() gives them
//   for one row; build() computes everything from the cases at hand;
// - the group follows the status: Overdue → Te laat, DueToday → Vandaag, DueSoon (within the
//   municipality's warning window of PolicyTerms::warningWorkingDays working days) → Deze week,
//   Open → Later; met, superseded and informational terms (ombudsman, bezwaar after closing)
//   never appear, so a case closed before its deadline leaves the overview;
// - rows are sorted by group, then due date, then reference (then deadline kind);
// - compute() reads the stored rows through the index on the due date (a window) or whole (they are
//   only the pending deadlines), and the workload's open cases through the index on the handler of
//   open cases: its cost follows the rows, not the register (tests/bench has the benchmark);
// - computed from a session, it also lists the improvement measures past their due date
//   (MeasureRepository::overdue), so that the coordinator sees Leren slipping as well.
// Used by aantafel-cli due and the coordinator's window. Qt Core only.
#pragma once

#include "../deadlines/deadline.h"
#include "../domain/case.h"
#include "../learning/measure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class CaseRepository;
class Clock;
class Database;
class DeadlineEngine;
class MunicipalitySession;

enum class UrgencyGroup { Overdue, Today, ThisWeek, Later };

// One pending deadline of one case.
struct OverviewRow {
    qint64 caseId = 0;
    QString reference;
    QString klager;  // display name; "(anoniem)" for an anonymous or nameless klager
    QString handler; // empty: not assigned
    PolicyDomain domain = PolicyDomain::Other;
    Deadline deadline;
    UrgencyGroup group = UrgencyGroup::Later;
};

// What to show. The handler and domain narrow the cases (and so the workload); the kinds and the
// window narrow the rows.
struct OverviewFilter {
    QString handler;                    // exact name; empty: every handler, the unassigned included
    std::optional<PolicyDomain> domain; // none: every domain
    QList<DeadlineKind> kinds;          // a set (order and repeats do not matter); empty: every kind
    // Only deadlines due on or before today + N calendar days; overdue deadlines are always shown.
    std::optional<int> withinDays;
};

// One handler's share of the work. The unassigned cases form one entry with an empty handler.
struct HandlerWorkload {
    QString handler;      // empty: not assigned
    QString label;        // the handler, or "(niet toegewezen)"
    int openCases = 0;    // open cases (the handler and domain filters apply)
    int overdueCases = 0; // cases with at least one overdue deadline among the rows
    int overdueDeadlines = 0;
    std::optional<OverviewRow> nearest; // the most urgent row: the earliest due date
};

struct Overview {
    QDate today;
    int warningWorkingDays = 0;      // the window of "Deze week", in working days
    QList<OverviewRow> rows;         // sorted by group, due date, reference
    QList<HandlerWorkload> workload; // by name (Dutch collation), the unassigned last
    // Improvement measures due before today and neither done nor cancelled, by due date. Only from
    // compute() on a session; the handler filter keeps the measures that handler owns, the other
    // filters do not apply.
    QList<Measure> overdueMeasures;

    int count(UrgencyGroup group) const;
    QList<OverviewRow> rowsIn(UrgencyGroup group) const;
};

class DeadlineOverview {
    Q_DECLARE_TR_FUNCTIONS(DeadlineOverview)
public:
    // cases, engine and clock must outlive the overview.
    DeadlineOverview(CaseRepository& cases, const DeadlineEngine& engine, const Clock& clock);
    explicit DeadlineOverview(MunicipalitySession& session);

    // Reads the file and builds the overview for the clock's today. Throws StorageError.
    Overview compute(const OverviewFilter& filter = {}) const;
    // The row's deadline as the engine gives it today, with its counting and basis text (the case is
    // read and computed). Throws StorageError::NotFound when the case is gone.
    Deadline details(const OverviewRow& row) const;

    // The same from cases already at hand, each as CaseRepository::list() gives it. Cases that can
    // owe nothing (see DeadlineEngine::mayOweDeadline) are skipped, exactly as compute() never reads them.
    static Overview build(const QList<Case>& cases, const DeadlineEngine& engine, QDate today,
                          const OverviewFilter& filter = {});

    // The group of a pending status; std::nullopt for met, superseded and informational terms.
    static std::optional<UrgencyGroup> groupFor(DeadlineStatus status);

    static QList<UrgencyGroup> allGroups();   // in order of urgency
    static QString label(UrgencyGroup group); // "Te laat", "Vandaag", "Deze week", "Later"
    static QString code(UrgencyGroup group);  // stable, for CSV and JSON: "overdue", "today", …
    static QString klagerName(const Case& c);
    static QString handlerLabel(const QString& handler); // "(niet toegewezen)" for ""

private:
    Overview readStored(const OverviewFilter& filter) const;

    CaseRepository& m_cases;
    const DeadlineEngine& m_engine;
    const Clock& m_clock;
    Database* m_db = nullptr; // for the overdue measures; set when built from a session
};
