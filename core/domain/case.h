// One complaint case (zaak) as the domain sees it: who complains, about what and whom, what the
// klager wants, and where the case stands in the Luisteren → Oplossen → Standpunt → Leren workflow.
// A Case is a plain value; the workflow (workflow/workflow.h) is the only code that changes its
// phase and outcome, and the storage gateway (storage/caserepository.h) the only code that persists it.
// A null QDate always means "not (yet) known / not happened".
#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct Person {
    QString name;
    QString address;
    QString phone;
    QString email;

    bool operator==(const Person&) const = default;
};

// Someone who speaks for the klager, for example a cliëntondersteuner or a family member.
struct Representative {
    QString name;
    QString role;

    bool operator==(const Representative&) const = default;
};

// About whom the complaint is: any of these may be filled.
struct ComplaintSubject {
    QString department;       // afdeling or team, e.g. "Wijkteam Noord"
    QString employee;         // the person whose conduct is complained about (beklaagde)
    QString provider;         // gecontracteerde aanbieder
    QString jointArrangement; // gemeenschappelijke regeling

    bool operator==(const ComplaintSubject&) const = default;
};

// One entry of the case timeline. Entries are appended, never rewritten.
struct CaseEvent {
    qint64 id = 0;
    QDateTime at;
    EventKind kind = EventKind::Note;
    QString author;
    QString text;

    bool operator==(const CaseEvent&) const = default;
};

// One part of a formal complaint (klachtonderdeel) with what was found and the judgment on it
// (Awb 9:12). judgment is Outcome::None until judged, otherwise Upheld, PartlyUpheld, Rejected or
// NoJudgment.
struct ComplaintPart {
    QString description;
    QString findings;
    Outcome judgment = Outcome::None;

    bool operator==(const ComplaintPart&) const = default;
};

struct Case {
    qint64 id = 0;     // 0 until stored
    QString reference; // e.g. KL-2026-0042, assigned on first save when empty
    CaseKind kind = CaseKind::OralComplaint;
    Channel channel = Channel::Phone;
    QDate received;    // day the complaint reached the municipality
    QDate conductDate; // day of the conduct complained about

    bool anonymous = false;
    Person klager;
    Representative representative;
    ComplaintSubject subject;

    PolicyDomain domain = PolicyDomain::Other;
    QStringList themes;     // names from the municipality's theme list
    QString story;          // what happened, in the klager's words
    QString desiredOutcome; // what the klager wants to achieve
    QString handler;        // assigned klachtbehandelaar
    bool committee = false; // advised by a klachtadviescommissie (afdeling 9.1.3)

    // The complaint is really about the content of a besluit: then bezwaar is the way (Awb ch. 6).
    bool aboutDecisionContent = false;
    QDate decisionPublished; // bekendmaking of that besluit

    // Workflow state. Only Workflow changes these.
    Phase phase = Phase::Intake;
    Outcome outcome = Outcome::None;
    QDate closedOn;
    ConfirmationMethod satisfactionConfirmation = ConfirmationMethod::None; // Awb 9:5
    NonHandlingGround nonHandlingGround = NonHandlingGround::None;          // Awb 9:8
    QDate nonHandlingNoticeSent;                                            // Awb 9:8 lid 3

    QDate acknowledgementSent; // Awb 9:6
    QDate firstContactOn;      // policy term

    QDate adjournedOn;     // verdaging notified (Awb 9:11 lid 2); null when not adjourned
    QDate consentReceived; // written consent to further delay (Awb 9:11 lid 3)
    QDate agreedDueDate;   // the date agreed with that consent

    QDate hearingPlanned;                                       // Awb 9:10
    QDate hearingHeld;                                          // hoorverslag made
    HearingException hearingException = HearingException::None; // Awb 9:10 lid 2

    QString referralProvider; // warme overdracht to this provider
    QDate referralFollowUp;   // when to check back with the provider
    QDate referralFeedback;   // when the provider's feedback was recorded

    QDate followUpDue; // "hoe gaat het nu?" call after an informal solution
    QDate followUpDone;

    QList<ComplaintPart> parts; // the formal complaint split into parts, each judged (Awb 9:12)
    QString conclusions;        // the conclusions drawn, for the afdoeningsbrief
    QDate sentToOmbudsman;      // the klager went on to the ombudsman (9:12a report); null: not known
    // The ombudsman stage, meaningful once sentToOmbudsman is set: which ombudsman, and what came of it.
    // It changes the case's retention (Selectielijst 13.1.2) and appears in the yearly report.
    OmbudsmanKind ombudsmanKind = OmbudsmanKind::National;
    OmbudsmanOutcome ombudsmanOutcome = OmbudsmanOutcome::Pending;
    QDate ombudsmanOutcomeOn; // when the ombudsman's outcome was known

    QList<CaseEvent> events;

    int revision = 0; // bumped on every save; guards against overwriting someone else's change

    bool isOpen() const { return phase != Phase::Closed; }
    bool isAdjourned() const { return adjournedOn.isValid(); }

    bool operator==(const Case&) const = default;
};
