// The case workflow as an explicit state machine with guarded transitions, after the four
// principles of the ombudsman's handreiking (Luisteren → Oplossen → Standpunt → Leren):
//
//   Intake   --StartInformal-->          Informal
//   Informal --ResolveToSatisfaction-->  Closed (ResolvedToSatisfaction; how the klager confirmed, Awb 9:5)
//   Formal   --ResolveToSatisfaction-->  Closed (9:5 applies at any moment of the procedure)
//   Informal --StartFormal-->            Formal
//   Intake/Informal --DeclineToHandle--> Closed (NotHandled; needs a 9:8 ground and the written notice date)
//   Intake/Informal --Refer-->           Referred (provider and follow-up date: warme overdracht)
//   Referred --RecordReferralFeedback--> Closed (Referred outcome) — the gemeente keeps regie until then
//   Referred --ResumeInformal-->         Informal (the provider did not solve it)
//   Formal   --PlanHearing / RecordHearing / RecordHearingException (9:10 lid 2)
//   Formal   --Judge-->                  Closed (Upheld/PartlyUpheld/Rejected/NoJudgment; needs a held
//                                        hearing or a recorded 9:10 lid 2 exception)
//   Informal/Formal --Adjourn-->         same phase, once, not for a signaal, before the handling term ends
//                                        (9:11 lid 2)
//   adjourned --RecordConsent-->         same phase, with the klager's written consent and a new date (9:11 lid 3)
//   Intake/Informal/Formal/Referred --Withdraw--> Closed (Withdrawn)
//   Closed   --Reopen-->                 Informal (outcome cleared, history kept)
//   any open --RecordFirstContact / RecordAcknowledgement: bookkeeping, no phase change
//   Closed(ResolvedToSatisfaction) --RecordFollowUp--> the "hoe gaat het nu?" call was made
//
// Illegal transitions are refused with a Dutch reason and leave the case untouched. Every applied
// transition appends a timeline event attributed to the user.
#pragma once

#include "../deadlines/deadlineengine.h"
#include "../domain/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class WorkflowAction {
    StartInformal,
    ResolveToSatisfaction,
    StartFormal,
    DeclineToHandle,
    Refer,
    RecordReferralFeedback,
    ResumeInformal,
    PlanHearing,
    RecordHearing,
    RecordHearingException,
    Adjourn,
    RecordConsent,
    Judge,
    Withdraw,
    Reopen,
    RecordFirstContact,
    RecordAcknowledgement,
    RecordFollowUp
};

// The parameters of a transition; which fields matter depends on the action.
struct TransitionRequest {
    WorkflowAction action = WorkflowAction::StartInformal;
    QDate date;                                                 // when it happened (defaults to today)
    ConfirmationMethod confirmation = ConfirmationMethod::None; // ResolveToSatisfaction
    NonHandlingGround ground = NonHandlingGround::None;         // DeclineToHandle
    QDate noticeSent;                                           // DeclineToHandle: the 9:8 lid 3 notice
    Outcome judgment = Outcome::None;                           // Judge
    QString provider;                                           // Refer
    QDate followUp;                                             // Refer (check back), ResolveToSatisfaction (call)
    QDate agreedDueDate;                                        // RecordConsent
    HearingException exception = HearingException::None;        // RecordHearingException
    QString note;                                               // free text for the timeline

    static TransitionRequest of(WorkflowAction a, QDate when = {}) {
        TransitionRequest r;
        r.action = a;
        r.date = when;
        return r;
    }
};

struct TransitionResult {
    bool ok = false;
    QString reason; // Dutch, empty when ok

    explicit operator bool() const { return ok; }
    static TransitionResult allowed() { return {true, {}}; }
    static TransitionResult refused(QString why) { return {false, std::move(why)}; }
};

class Workflow {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    explicit Workflow(const DeadlineEngine& engine)
        : m_engine(engine) {}

    static QString label(WorkflowAction action); // Dutch button text, e.g. "Formeel behandelen"
    static QString code(WorkflowAction action);  // stable code, e.g. "start_formal"
    // Every action in button order (the order availableActions() keeps).
    static QList<WorkflowAction> allActions();
    // Parses code(); std::nullopt for anything unknown.
    static std::optional<WorkflowAction> actionFromCode(const QString& code);

    // Actions whose phase, kind and state preconditions hold now (parameters and dates are checked by
    // check()). A state precondition depends on the case alone: e.g. Judge needs a held hearing or a
    // recorded 9:10 lid 2 exception, Adjourn a case that is not yet adjourned.
    QList<WorkflowAction> availableActions(const Case& c) const;
    // Full guard: phase, parameters and dates. Does not change the case.
    TransitionResult check(const Case& c, const TransitionRequest& request, QDate today) const;
    // Checks, then changes the case and appends a timeline event by user at now.
    TransitionResult apply(Case& c, const TransitionRequest& request, const QDateTime& now, const QString& user) const;

    // Everything about a stored case that its workflow state does not allow
    // (used by aantafel-cli check). Empty when consistent.
    QStringList consistencyProblems(const Case& c) const;

private:
    // The guards (workflowguards.cpp). Each returns the Dutch reason for refusing, empty when allowed.
    QString stateRefusal(const Case& c, WorkflowAction action) const;
    QString dateRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const;
    QString parameterRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const;

    // What a request means once its defaults are filled in.
    static QDate effectiveDate(const TransitionRequest& request, QDate today);
    static QString referralProviderFor(const Case& c, const TransitionRequest& request);
    QDate referralFollowUpFor(const TransitionRequest& request, QDate date) const;
    QDate satisfactionFollowUpFor(const TransitionRequest& request, QDate date) const;

    // The change itself and its timeline entry (workflow.cpp); called only after the guards passed.
    void change(Case& c, const TransitionRequest& request, QDate date) const;
    static EventKind eventKind(WorkflowAction action);
    QString eventText(const Case& before, const Case& after, const TransitionRequest& request, QDate date,
                      QDate recordedOn) const;

    const DeadlineEngine& m_engine;
};
