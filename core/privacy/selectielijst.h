// How long a complaint file is kept, by the Selectielijst gemeenten en intergemeentelijke organen 2020,
// procestype 13 "Geschillen behandelen" (the list's result numbers and terms, as VNG publishes them):
//
//   13.1    Afgehandeld                                      vernietigen   5 jaar
//   13.1.1  Afgehandeld: geschil met financiële consequenties vernietigen   7 jaar
//   13.1.2  Afgehandeld: klacht afgehandeld via ombudsman     vernietigen  10 jaar
//   13.1.3  Afgehandeld: geschil met invloed op een te bewaren zaak   blijvend bewaren
//   13.1.4  Afgehandeld: niet ontvankelijk geschil            vernietigen   1 jaar
//   13.2    Afgebroken                                       vernietigen   1 jaar
//
// (13.1.5, a geschil about the WOZ value, is a bezwaar, never a complaint under Awb titel 9.1.) The
// procestermijn is "nihil": the term runs from the day the case was closed, and the case may be destroyed
// from the day after closedOn + the years.
//
// The result follows from the case (derive): a case the klager took on to an ombudsman (Nationale or
// municipal, Awb 9:17) is 13.1.2; a withdrawn complaint is 13.2; a complaint not handled under Awb 9:8 is
// 13.1.4; every other closed case is 13.1. What the case cannot tell — money at stake (13.1.1), a case
// the archive keeps for good (13.1.3), or any other deviation — a beheerder records for that one case
// with a reason (CaseArchive), which then decides.
#pragma once

#include "domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ArchiveResult { Handled, FinancialConsequences, ViaOmbudsman, AffectsKeptCase, Inadmissible, Aborted };

// The archive nominatie: destroy after the term, or keep for good (transfer to the archive).
enum class ArchiveNomination { Destroy, Keep };

// A beheerder's choice of another result for one case, with the reason (case_archive, schema v7).
struct ArchiveOverride {
    ArchiveResult result = ArchiveResult::Handled;
    QString reason;
    QDateTime setAt;
    QString setBy;

    bool operator==(const ArchiveOverride&) const = default;
};

struct ArchiveStatus {
    ArchiveResult result = ArchiveResult::Handled;  // what decides: the override, else derived
    ArchiveResult derived = ArchiveResult::Handled; // what the case itself gives
    std::optional<ArchiveOverride> override;
    ArchiveNomination nomination = ArchiveNomination::Destroy;
    int years = 5;     // 0 when kept for good
    QDate archiveDate; // the last day of the term (closedOn + years); null while open or when kept
    bool closed = false;

    // Past its term on that day: to be destroyed (closed, nomination Destroy, archiveDate before day).
    bool dueOn(QDate day) const { return closed && archiveDate.isValid() && archiveDate < day; }
};

class Selectielijst {
    Q_DECLARE_TR_FUNCTIONS(Selectielijst)
public:
    static QList<ArchiveResult> results();
    // The list's number, e.g. "13.1.2" (the storage code of an override too).
    static QString number(ArchiveResult result);
    static std::optional<ArchiveResult> fromNumber(const QString& number);
    // The list's wording, e.g. "Klacht afgehandeld via ombudsman".
    static QString name(ArchiveResult result);
    static ArchiveNomination nomination(ArchiveResult result);
    static int years(ArchiveResult result); // 0 for blijvend bewaren
    static QString label(ArchiveNomination nomination);
    // The shortest term of any result, for a coarse first selection in SQL.
    static int shortestYears();

    static ArchiveResult derive(Outcome outcome, QDate sentToOmbudsman);
    static ArchiveResult derive(const Case& c) { return derive(c.outcome, c.sentToOmbudsman); }
    static ArchiveStatus status(Phase phase, Outcome outcome, QDate closedOn, QDate sentToOmbudsman,
                                const std::optional<ArchiveOverride>& override);
    static ArchiveStatus status(const Case& c, const std::optional<ArchiveOverride>& override) {
        return status(c.phase, c.outcome, c.closedOn, c.sentToOmbudsman, override);
    }

    // "Selectielijst 13.1.2: klacht afgehandeld via ombudsman — vernietigen, 10 jaar"
    static QString basis(ArchiveResult result);
    // One sentence for the case file: "Vernietigen na 14-06-2030 (Selectielijst 13.1, …)", "Blijvend bewaren
    // (…)", or for an open case what will apply once it is closed.
    static QString describe(const ArchiveStatus& status);
};
