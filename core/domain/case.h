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
#include <QMap>
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

// One entry of the case timeline. Entries are appended, never rewritten. What the program records
// (a workflow step, a letter sent) is a language-neutral code with parameters, rendered in the
// reader's language (workflow/eventtext.h); text holds what a person typed, as typed. Entries written
// before codes existed have only text, which stays readable as it was.
struct CaseEvent {
    CaseEvent() = default;
    CaseEvent(qint64 id_, QDateTime at_, EventKind kind_, QString author_, QString text_, QString code_ = {},
              QMap<QString, QString> params_ = {})
        : id(id_)
        , at(std::move(at_))
        , kind(kind_)
        , author(std::move(author_))
        , text(std::move(text_))
        , code(std::move(code_))
        , params(std::move(params_)) {}

    qint64 id = 0;
    QDateTime at;
    EventKind kind = EventKind::Note;
    QString author;
    QString text;
    QString code;                  // e.g. "workflow.adjourn", "letter.sent"; empty for a typed entry
    QMap<QString, QString> params; // codes, ISO dates and names as recorded, never translated text

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
    QStringList themes;      // names from the municipality's theme list
    QString story;           // what happened, in the klager's words
    QString desiredOutcome;  // what the klager wants to achieve
    QString handler;         // assigned klachtbehandelaar
    QDate klaagschriftDated; // the date the klaagschrift bears (dagtekening, Awb 9:4 lid 2)

    // Afdeling 9.1.3 (klachtadviescommissie) applies: decided at receipt, by the municipality's
    // regulation or a decision for this case, with its reason and date. Fixed afterwards.
    bool committee = false;
    QDate committeeDecidedOn;
    QString committeeReason;

    // A complaint naming a contracted provider is about the municipality's own regie over that
    // provider (handled under chapter 9), not about the provider's employees (their own complaint rules).
    bool aboutRegie = false;

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
    QDate hearingHeld;                                          // the klager was heard (9:10 lid 1)
    HearingException hearingException = HearingException::None; // Awb 9:10 lid 2: klager not heard
    QDate hearingReplyTerm; // 9:10 lid 2 c: the day by which the klager had to say he wished to be heard
    RespondentHearing respondentHearing = RespondentHearing::None; // Awb 9:10 lid 1: the beklaagde
    QDate respondentHeardOn;                                       // heard, or the opportunity given
    QString hearingReport;                                         // the verslag (9:10 lid 3)
    QDate hearingReportSent;                                       // sent to klager and beklaagde

    QString referralProvider; // warme overdracht to this provider
    QDate referralFollowUp;   // when to check back with the provider
    QDate referralFeedback;   // when the provider's feedback was recorded

    QDate followUpDue; // "hoe gaat het nu?" call after an informal solution
    QDate followUpDone;

    QList<ComplaintPart> parts;       // the formal complaint split into parts, each judged (Awb 9:12)
    QString findings;                 // findings on the complaint as a whole (without parts)
    Outcome judgment = Outcome::None; // the judgment recorded before the afdoening (Workflow::Judge)
    QString conclusions;              // the conclusions drawn, for the afdoeningsbrief
    QDate closingNoticeSent;          // the written afdoening (9:12 lid 1) was sent: the formal complaint is handled
    bool historyImported = false;     // closed by an import of history, without a letter in this file
    QDate sentToOmbudsman;            // the klager went on to the ombudsman (9:12a report); null: not known
    // The ombudsman stage, meaningful once sentToOmbudsman is set: which ombudsman, and what came of it.
    // It changes the case's retention (Selectielijst 13.1.2) and appears in the yearly report.
    OmbudsmanKind ombudsmanKind = OmbudsmanKind::National;
    OmbudsmanOutcome ombudsmanOutcome = OmbudsmanOutcome::Pending;
    QDate ombudsmanOutcomeOn; // when the ombudsman's outcome was known

    // Afdeling 9.1.3: the committee's advice and, when the judgment departs from it, why (9:16).
    QDate committeeAdviceOn;
    Outcome committeeAdvice = Outcome::None; // the judgment the committee advised
    QString committeeAdviceText;             // the advice (its conclusion, or where the document is)
    QString departureReasons;

    QString predecessor; // reference of the closed complaint this one reopens (a new complaint, 9:8 lid 1 a)

    QList<CaseEvent> events;

    int revision = 0; // bumped on every save; guards against overwriting someone else's change
    // When it was registered (set by the storage). With the id it says which case this is: a restored older copy
    // gives the ids of the cases it lacks to the next ones registered, so an id alone can name another case.
    QDateTime createdAt;

    bool isOpen() const { return phase != Phase::Closed; }
    bool isAdjourned() const { return adjournedOn.isValid(); }

    bool operator==(const Case&) const = default;
};
