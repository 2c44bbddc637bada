// Turns a case into its deadlines. This is the one place that knows which terms apply to which
// kind of case in which phase (see shared domain guide, "Counting terms"):
// - handling: received + 6 weeks (10 with a committee), Atw applies; met by the written afdoening
//   (9:12 lid 1: the day the afdoeningsbrief was sent), or by the day a complaint closed otherwise
//   (resolved, withdrawn, referred; an imported closure);
// - adjourned: received + (6 + 4) = 10 weeks (Atw applies) or (10 + 4) = 14 weeks (no Atw, art. 4),
//   only when the verdaging was notified before the handling term ended (9:11 lid 2);
// - agreed delay: the date agreed with the klager's written consent (9:11 lid 3), only when the
//   consent came in before the adjourned term ended; a term that expired stays missed;
// - 9:8 lid 3 notice: received + 4 weeks, Atw applies; shown when a 9:8 ground is recorded. Conduct
//   older than a year (9:8 lid 1 b) is a choice for the handler (IntakeChecks), never a deadline;
// - bezwaar: bekendmaking + 6 weeks (Awb 6:7), Atw applies; informational;
// - ombudsman (9:24): one year from the written afdoening (lid 1 a) or from the day the complaint
//   handling ended otherwise (a 9:8 notice) or should have ended (lid 1 b); informational;
// - acknowledgement (klaagschrift), first contact (klachten), follow-up and referral feedback:
//   policy terms in working days.
// Signalen get no statutory terms. Closed cases keep their history: a deadline met on the closing
// day is Met, one met after its due date MetLate. The engine is pure: a case and "today" in, the
// deadlines out; it reads nothing else.
#pragma once

#include "deadline.h"
#include "holidaycalendar.h"
#include "policyterms.h"
#include "termcalculator.h"

#include "../domain/case.h"

#include <QList>

#include <optional>

// The answers of the deadline calculator (aantafel-cli deadlines) for one receipt date.
struct HandlingTerms {
    QDate received;
    CountedDate handling;          // 9:11 lid 1
    CountedDate handlingExtended;  // 9:11 lid 2, after verdaging
    CountedDate nonHandlingNotice; // 9:8 lid 3
};

// How the handling of a closed complaint relates to its statutory term (the yearly report).
enum class Timeliness { WithinTerm, AfterAdjournment, Late };

class DeadlineEngine {
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)
public:
    DeadlineEngine(const HolidayCalendar& calendar, PolicyTerms terms = {});

    HandlingTerms handlingTerms(QDate received, bool committee) const;
    CountedDate objectionTerm(QDate decisionPublished) const;

    // Every deadline that applies to the case, in chronological order of due date, each with
    // its status relative to today.
    QList<Deadline> deadlinesFor(const Case& c, QDate today) const;
    // The earliest pending deadline for which the municipality is responsible, if any.
    std::optional<Deadline> nextDeadline(const Case& c, QDate today) const;
    // The deadline for handling that currently governs the case: agreed delay, else adjourned,
    // else the ordinary handling term. Invalid for signals.
    std::optional<Deadline> governingHandlingDeadline(const Case& c, QDate today) const;

    // Awb 9:24: the last day the klager can go to the ombudsman (informational), the one date every
    // deadline list, letter and screen shows. From the written afdoening (lid 1 a), from the 9:8
    // notice (lid 1 b, ended otherwise), or, for a klaagschrift whose handling term passed without an
    // afdoening, from the day the handling should have ended (lid 1 b). Nothing for a signal, a
    // complaint resolved to satisfaction, withdrawn or referred, or one whose term still runs.
    std::optional<Deadline> ombudsmanTerm(const Case& c, QDate today) const;
    // One year from the day of a written notice (no Atw extension): what a letter of that date names.
    CountedDate ombudsmanTermAfter(QDate noticeDate) const;

    // The rules of verdaging and consent as the terms count them (9:11 lid 2 and 3).
    // The verdaging counts when it was notified before the ordinary term ended.
    static bool adjournmentCounts(const Case& c, const HandlingTerms& terms);
    // The consent counts when the verdaging counts and the consent came in before the adjourned term
    // ended, with an agreed date after it.
    static bool consentCounts(const Case& c, const HandlingTerms& terms);
    // The day the complaint was handled as far as its handling term goes: the written afdoening for
    // a judged complaint (an imported closure: its closing day), the closing day for a complaint that
    // was resolved, withdrawn or referred; null while open, and for a judged complaint of which no
    // written afdoening is recorded.
    static QDate handledOn(const Case& c);
    // The handling of a closed klaagschrift (the statutory term binds written complaints) against its
    // term: std::nullopt for other cases and for a 9:8 decision. handlingDue and adjournedDue are the
    // dates handlingTerms() gives (passed in so that a report can cache them).
    static std::optional<Timeliness> timeliness(const Case& c, QDate handlingDue, QDate adjournedDue);
    std::optional<Timeliness> timeliness(const Case& c) const;

    DeadlineStatus statusFor(QDate due, QDate metOn, QDate today) const;

    // The legal basis a deadline of this kind names (Deadline::basis), from the kind and whether it
    // binds by law (a klaagschrift) or by analogy (an oral complaint); the policy terms name the
    // municipal policy. The ombudsman term names its lid itself (lid 1 a or b); here only the article.
    static QString basisLabel(DeadlineKind kind, bool statutory);
    // The same, language-neutral, as the file stores it with the case: "law", "analogy" or "policy".
    static QString basisCode(DeadlineKind kind, bool statutory);
    // Back from a stored code: whether the deadline binds by law; std::nullopt for a code that does
    // not fit the kind.
    static std::optional<bool> statutoryFromBasisCode(DeadlineKind kind, const QString& code);
    static bool isPolicyKind(DeadlineKind kind);

    // Whether the case can still owe a deadline: open, or closed as resolved to satisfaction with
    // the "hoe gaat het nu?" call still to be made. Lists and overviews skip every other case.
    static bool mayOweDeadline(const Case& c);

    const TermCalculator& calculator() const { return m_calc; }
    const PolicyTerms& terms() const { return m_terms; }

private:
    // The steps of deadlinesFor, in the order a case meets them.
    void addPolicyTerms(QList<Deadline>& list, const Case& c, QDate today) const;
    void addNonHandlingNotice(QList<Deadline>& list, const Case& c, const HandlingTerms& terms, QDate today) const;
    void addHandlingTerms(QList<Deadline>& list, const Case& c, const HandlingTerms& terms, QDate today) const;
    void addHearing(QList<Deadline>& list, const Case& c, QDate today) const;
    void addFollowUps(QList<Deadline>& list, const Case& c, QDate today) const;
    void addObjectionTerm(QList<Deadline>& list, const Case& c, QDate today) const;
    // A closed case owes nothing any more, except the "hoe gaat het nu?" call that follows closing and
    // the written afdoening of a judged complaint that has none.
    static void closeOut(QList<Deadline>& list, const Case& c);

    // The deadline with its texts, its status relative to today (before the case-level rules
    // of deadlinesFor: superseded, informational) and how it was counted.
    Deadline make(DeadlineKind kind, const CountedDate& counted, QDate metOn, bool statutory, const QString& basis,
                  const QString& basisText, QDate today) const;
    // Terms that do not count from a start day but are a date as agreed or planned.
    static CountedDate fixed(QDate due, const QString& counting);

    TermCalculator m_calc;
    PolicyTerms m_terms;
};
