// A computed deadline of one case: what must happen by when, on which legal or policy basis,
// how the date was counted, and whether it is met, coming up or overdue relative to "today".
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

enum class DeadlineKind {
    Acknowledgement,   // ontvangstbevestiging (Awb 9:6; term is policy)
    FirstContact,      // eerste persoonlijk contact (policy)
    NonHandlingNotice, // kennisgeving niet-behandelen (Awb 9:8 lid 3: 4 weeks)
    Handling,          // afdoening (Awb 9:11 lid 1: 6 weeks, 10 with a committee)
    AdjournedHandling, // verdaagde afdoening (Awb 9:11 lid 2: + at most 4 weeks)
    AgreedDelay,       // afgesproken termijn na instemming (Awb 9:11 lid 3)
    Hearing,           // geplande hoorzitting (Awb 9:10)
    FollowUp,          // "hoe gaat het nu?" after an informal solution (policy)
    ReferralFeedback,  // terugkoppeling na warme overdracht (policy)
    ObjectionTerm,     // bezwaartermijn (Awb 6:7: 6 weeks after bekendmaking)
    OmbudsmanTerm      // the klager can go to the ombudsman until (Awb 9:24: one year)
};

enum class DeadlineStatus {
    Met,          // done on or before the due date
    MetLate,      // done, but after the due date
    Superseded,   // replaced by a later term (e.g. handling after verdaging)
    Open,         // not done, due later than the warning window
    DueSoon,      // not done, due within the warning window
    DueToday,     // not done, due today
    Overdue,      // not done, due date passed
    Informational // a term that runs for the klager, not for us (bezwaar, ombudsman)
};

struct Deadline {
    DeadlineKind kind = DeadlineKind::Handling;
    QDate due;
    QDate metOn;           // when it was met, null when not (yet)
    bool statutory = true; // law (true) or municipal policy (false)
    QString basis;         // e.g. "art. 9:11 lid 1 Awb"
    QString basisText;     // one sentence of what the rule says, in Dutch
    QString counting;      // how the date was counted (CountedDate::counting)
    QString warning;       // e.g. year without decreed days
    // The first day whose decreed days the due date depends on (CountedDate::calendarFrom); null when
    // none can move it. Stored with the case, so that the warning can be given without the counting.
    QDate calendarFrom;
    DeadlineStatus status = DeadlineStatus::Open;

    bool isPending() const {
        return status == DeadlineStatus::Open || status == DeadlineStatus::DueSoon ||
               status == DeadlineStatus::DueToday || status == DeadlineStatus::Overdue;
    }
};

class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)
public:
    static QString label(DeadlineKind kind);     // e.g. "Afdoening"
    static QString label(DeadlineStatus status); // e.g. "Te laat"
    static QString code(DeadlineKind kind);      // stable, for JSON/CSV output
    static QString code(DeadlineStatus status);
    // Back from code(DeadlineKind); std::nullopt for an unknown code.
    static std::optional<DeadlineKind> kindFromCode(const QString& code);
    // Every value in declaration order, for legends, filters and tests.
    static QList<DeadlineKind> allKinds();
    static QList<DeadlineStatus> allStatuses();
};
