// Warnings raised the moment a complaint is registered, so that no right of the resident and
// no duty of the municipality is missed:
// - the conduct took place more than one year before filing (Awb 9:8 lid 1 b): a choice, not a duty
//   — the complaint may be refused (then the written notice of 9:8 lid 3 is due within four weeks),
//   and the handreiking favours handling it;
// - a klaagschrift lacks what Awb 9:4 lid 2 asks of it (name and address, date, description of the
//   conduct): ask the klager to complete it;
// - the complaint names a contracted provider: its own complaint rules apply (Wmo 2015, Jeugdwet,
//   Wkkgz); a warme overdracht, or a complaint about the municipality's own regie;
// - the complaint is really about the content of a besluit: that is bezwaar (Awb ch. 6), and the
//   bezwaartermijn (6 weeks after bekendmaking) is computed so the resident does not lose it;
// - the handler is the person complained about (Awb 9:7);
// - a written klaagschrift: acknowledgement due (Awb 9:6), with the policy date.
#pragma once

#include "../deadlines/deadlineengine.h"
#include "../domain/case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

enum class IntakeFlagKind {
    ConductOlderThanOneYear,
    AboutDecisionContent,
    HandlerInvolved,
    AcknowledgementDue,
    KlaagschriftIncomplete,
    ProviderComplaint
};

struct IntakeFlag {
    IntakeFlagKind kind;
    QString article; // e.g. "art. 9:8 lid 1 b Awb"
    QString message; // Dutch, one or two sentences
    QDate date;      // the relevant date (bezwaar deadline, acknowledgement due), may be null
};

class IntakeChecks {
    Q_DECLARE_TR_FUNCTIONS(IntakeChecks)
public:
    static QList<IntakeFlag> flagsFor(const Case& c, const DeadlineEngine& engine, QDate today);
};
