// The case workflow as an explicit state machine with guarded transitions, after the four
// principles of the ombudsman's handreiking (Luisteren → Oplossen → Standpunt → Leren) and the text of
// Awb 9:1–9:24:
//
//   Intake   --StartInformal-->          Informal
//   Informal --ResolveToSatisfaction-->  Closed (ResolvedToSatisfaction; how the klager confirmed, Awb 9:5)
//   Formal   --ResolveToSatisfaction-->  Closed (9:5 applies at any moment of the procedure)
//   Informal --StartFormal-->            Formal (not for a signaal; not against a contracted provider's
//                                        employee, only about the municipality's own regie)
//   Formal   --ReturnToInformal-->       Informal (with the klager's agreement, recorded)
//   Intake/Informal --DeclineToHandle--> Closed (NotHandled; a 9:8 ground and the written notice date);
//                                        from Formal only on the grounds of 9:8 lid 1 d–f, which can
//                                        arise later
//   Intake/Informal --Refer-->           Referred (provider and follow-up date: warme overdracht)
//   Referred --RecordReferralFeedback--> Closed (Referred outcome) — the gemeente keeps regie until then
//   Referred --ResumeInformal-->         Informal (the provider did not solve it)
//   Formal   --PlanHearing / RecordHearing (per person: the klager, or the beklaagde heard or given the
//              opportunity, 9:10 lid 1) / RecordHearingException (the klager only, 9:10 lid 2; no reply
//              needs the term that was given) / RecordHearingReport (the verslag and the day it was sent,
//              9:10 lid 3) / RecordCommitteeAdvice (afdeling 9.1.3)
//   Formal   --Judge-->                  Formal: the judgment (with findings and conclusions) is recorded;
//                                        needs the hearing done (klager heard or excepted, a named
//                                        beklaagde heard or given the opportunity), the verslag when
//                                        anyone was heard, the committee's advice (and reasons when
//                                        departing from it); "kennelijk ongegrond" excludes (deels) gegrond
//   Formal   --Close-->                  Closed with the judgment, on the day the afdoeningsbrief was sent
//                                        (9:12 lid 1); only with that letter (sent from the program or
//                                        recorded as sent elsewhere); findings, judgment and conclusions
//                                        complete
//   Informal/Formal --Adjourn-->         same phase, once, not for a signaal, before the handling term ends,
//                                        only with the verdagingsbrief (9:11 lid 2)
//   adjourned --RecordConsent-->         same phase, with the klager's written consent received before the
//                                        running term ended, and a new date (9:11 lid 3)
//   Intake/Informal/Formal/Referred --Withdraw--> Closed (Withdrawn)
//   Closed   --Reopen-->                 Informal (outcome cleared, history kept) — only after a closure
//                                        without a written decision; after an afdoening or a 9:8 notice a
//                                        new complaint starts instead (CaseService::reopen)
//   any open --RecordFirstContact / RecordAcknowledgement: bookkeeping, no phase change
//   Closed(ResolvedToSatisfaction) --RecordFollowUp--> the "hoe gaat het nu?" call was made
//
// Illegal transitions are refused with a Dutch reason and leave the case untouched. Every applied
// transition appends a timeline event attributed to the user: a language-neutral code with parameters
// (eventtext.h renders it), plus the user's note as typed.
#pragma once

#include "../deadlines/deadlineengine.h"
#include "../domain/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
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
    RecordFollowUp,
    RecordHearingReport,
    RecordCommitteeAdvice,
    Close,
    ReturnToInformal
};

// The letter a transition that is a legal act in writing comes with (Adjourn, Close).
enum class LetterOrigin {
    None,     // no letter: refused for Adjourn and Close
    Program,  // sent from the program (LetterSender)
    Elsewhere // written in the municipality's own document system, recorded as sent
};

// Who was heard (RecordHearing, Awb 9:10 lid 1).
enum class HearingPerson { Klager, Beklaagde };

// The parameters of a transition; which fields matter depends on the action.
struct TransitionRequest {
    WorkflowAction action = WorkflowAction::StartInformal;
    QDate date;                                                 // when it happened (defaults to today)
    ConfirmationMethod confirmation = ConfirmationMethod::None; // ResolveToSatisfaction
    NonHandlingGround ground = NonHandlingGround::None;         // DeclineToHandle
    QDate noticeSent;                                           // DeclineToHandle: the 9:8 lid 3 notice
    Outcome judgment = Outcome::None; // Judge; RecordCommitteeAdvice: the judgment the committee advised
    QString provider;                 // Refer
    QDate followUp;                   // Refer (check back), ResolveToSatisfaction (call)
    QDate agreedDueDate;              // RecordConsent
    HearingException exception = HearingException::None;     // RecordHearingException
    QDate replyTerm;                                         // RecordHearingException: no reply by this day
    HearingPerson person = HearingPerson::Klager;            // RecordHearing
    RespondentHearing respondent = RespondentHearing::Heard; // RecordHearing of the beklaagde
    QString text;        // RecordHearingReport: the verslag (date: the day it went to klager and beklaagde);
                         // RecordCommitteeAdvice: the advice (date: the day it was given)
    QString findings;    // Judge (empty: keep what is recorded)
    QString conclusions; // Judge (empty: keep what is recorded)
    QString reasons;     // Judge: why the judgment departs from the committee's advice (9:16)
    LetterOrigin letter = LetterOrigin::None; // Adjourn, Close: the letter that is the legal act
    QString note;                             // free text for the timeline

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
    // Whether the action is a legal act in writing that takes effect with its letter (Adjourn: the
    // verdagingsbrief, Close: the afdoeningsbrief): applied by sending that letter or by recording it
    // as sent elsewhere, never by itself.
    static bool needsLetter(WorkflowAction action);

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

    // The judgment of the complaint as a whole: the recorded judgment, else what the judged parts add up
    // to (all parts judged), else Outcome::None.
    static Outcome overallJudgment(const Case& c);
    // What the formal closing still lacks (9:10, 9:12 lid 1, 9:16), in Dutch, one line each; empty when
    // the afdoening may go out. The afdoeningsbrief's content check shows the same lines.
    static QStringList closingGaps(const Case& c);
    // Whether the case was closed by a written decision (an afdoening or a 9:8 notice): reopening it
    // starts a new complaint.
    static bool closedByDecision(const Case& c);
    // Whether a contracted provider is named without the complaint being about the municipality's regie.
    static bool aboutProviderConduct(const Case& c);
    // Whether anyone was heard (the klager, or the beklaagde): then a verslag is due (9:10 lid 3).
    static bool anyoneHeard(const Case& c);

private:
    // The guards (workflowguards.cpp). Each returns the Dutch reason for refusing, empty when allowed.
    QString stateRefusal(const Case& c, WorkflowAction action) const;
    QString dateRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const;
    QString parameterRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const;
    // The steps of stateRefusal and parameterRefusal, by group of actions.
    static QString phaseRefusal(const Case& c, WorkflowAction action, std::initializer_list<Phase> phases);
    static QString closedRefusal(const Case& c);
    static QString startFormalRefusal(const Case& c);
    static QString formalStateRefusal(const Case& c, WorkflowAction action);
    static QString recordStateRefusal(const Case& c, WorkflowAction action);
    static QString declineRefusal(const Case& c, const TransitionRequest& request, QDate today);
    static QString hearingParameterRefusal(const Case& c, const TransitionRequest& request, QDate date);
    QString termParameterRefusal(const Case& c, const TransitionRequest& request, QDate date, QDate today) const;

    // What a request means once its defaults are filled in.
    static QDate effectiveDate(const TransitionRequest& request, QDate today);
    static QString referralProviderFor(const Case& c, const TransitionRequest& request);
    QDate referralFollowUpFor(const TransitionRequest& request, QDate date) const;
    QDate satisfactionFollowUpFor(const TransitionRequest& request, QDate date) const;

    // The change itself and its timeline entry (workflow.cpp); called only after the guards passed.
    void change(Case& c, const TransitionRequest& request, QDate date) const;
    static EventKind eventKind(WorkflowAction action);
    QMap<QString, QString> eventParams(const Case& before, const Case& after, const TransitionRequest& request,
                                       QDate date, QDate recordedOn) const;
    static QString hearingRefusal(const Case& c);

    const DeadlineEngine& m_engine;
};
