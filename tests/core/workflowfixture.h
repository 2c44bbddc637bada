// Shared set-up of the workflow tests: a deadline engine on the shipped Atw calendar, a klaagschrift
// received on Friday 7 March 2025, and helpers that apply a transition that must succeed or must be
// refused (then the case must be left exactly as it was).
#pragma once

#include "testsupport.h"

#include "deadlines/deadlineengine.h"
#include "deadlines/holidaycalendar.h"
#include "domain/case.h"
#include "workflow/eventtext.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QTime>

struct WorkflowFixture {
    HolidayCalendar cal;
    DeadlineEngine engine{cal};
    Workflow wf{engine};

    static QDateTime at(QDate day) { return QDateTime(day, QTime(10, 0)); }

    // Received Fri 2025-03-07; ordinary handling term ends Tue 2025-04-22 (Goede Vrijdag, Paasmaandag).
    static Case complaint(CaseKind kind = CaseKind::WrittenComplaint) {
        Case c;
        c.reference = QStringLiteral("KL-2025-0007");
        c.kind = kind;
        c.channel = kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
        c.received = d("2025-03-07");
        c.conductDate = d("2025-03-03");
        c.klager.name = QStringLiteral("mevrouw T. Yilmaz");
        c.subject.employee = QStringLiteral("P. Jansen");
        c.handler = QStringLiteral("A. de Boer");
        return c;
    }

    static TransitionRequest request(WorkflowAction action, QDate when = {}) {
        return TransitionRequest::of(action, when);
    }

    // A timeline entry as the reader sees it (EventText, in the installed language: Dutch in tests).
    static QString textOf(const CaseEvent& e) { return EventText::render(e); }

    // The steps of 9:10 after which a formal complaint of complaint() may be judged: the klager heard on
    // `day`, P. Jansen heard the same day, the verslag sent the next working day (given as `report`).
    void heardBoth(Case& c, QDate day, QDate report) const {
        step(c, request(WorkflowAction::RecordHearing, day));
        TransitionRequest respondent = request(WorkflowAction::RecordHearing, day);
        respondent.person = HearingPerson::Beklaagde;
        step(c, respondent);
        TransitionRequest verslag = request(WorkflowAction::RecordHearingReport, report);
        verslag.text = QStringLiteral("Verslag van het horen.");
        step(c, verslag);
    }

    // Judges with findings and conclusions, then closes with the afdoeningsbrief of `letter`.
    void judgeAndClose(Case& c, Outcome judgment, QDate judged, QDate letter) const {
        TransitionRequest judge = request(WorkflowAction::Judge, judged);
        judge.judgment = judgment;
        judge.findings = QStringLiteral("Bevindingen.");
        judge.conclusions = QStringLiteral("Conclusies.");
        step(c, judge);
        TransitionRequest close = request(WorkflowAction::Close, letter);
        close.letter = LetterOrigin::Program;
        step(c, close);
    }

    // Applies a transition that must be allowed, recorded on the day it happened.
    void step(Case& c, const TransitionRequest& r, QDate today = {}) const {
        const QDate recordedOn = today.isValid() ? today : r.date;
        const TransitionResult result = wf.apply(c, r, at(recordedOn), QStringLiteral("a.deboer"));
        INFO(Workflow::code(r.action).toStdString() << ": " << result.reason.toStdString());
        REQUIRE(result.ok);
    }

    // Applies a transition that must be refused; returns the reason.
    QString refused(Case& c, const TransitionRequest& r, QDate today) const {
        const Case before = c;
        const TransitionResult result = wf.apply(c, r, at(today), QStringLiteral("a.deboer"));
        INFO(Workflow::code(r.action).toStdString());
        CHECK_FALSE(result.ok);
        CHECK_FALSE(result.reason.isEmpty());
        CHECK(c == before);
        return result.reason;
    }

    // A case brought into the phase the way a handler would (all before 2025-03-20):
    // Informal from 10 March, Formal from 14 March, Referred to "Zorg Plus" on 10 March,
    // Closed as resolved to satisfaction on 14 March (follow-up call due 2025-04-04).
    Case inPhase(Phase phase, CaseKind kind = CaseKind::WrittenComplaint) const {
        Case c = complaint(kind);
        switch (phase) {
        case Phase::Intake: break;
        case Phase::Informal: step(c, request(WorkflowAction::StartInformal, d("2025-03-10"))); break;
        case Phase::Formal:
            step(c, request(WorkflowAction::StartInformal, d("2025-03-10")));
            step(c, request(WorkflowAction::StartFormal, d("2025-03-14")));
            break;
        case Phase::Referred: {
            TransitionRequest r = request(WorkflowAction::Refer, d("2025-03-10"));
            r.provider = QStringLiteral("Zorg Plus");
            step(c, r);
            break;
        }
        case Phase::Closed: {
            step(c, request(WorkflowAction::StartInformal, d("2025-03-10")));
            TransitionRequest r = request(WorkflowAction::ResolveToSatisfaction, d("2025-03-14"));
            r.confirmation = ConfirmationMethod::Phone;
            step(c, r);
            break;
        }
        }
        return c;
    }
};
