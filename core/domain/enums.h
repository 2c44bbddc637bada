// The closed vocabularies of a complaint case: kinds, channels, policy domains, workflow phases,
// outcomes, Awb 9:8 grounds, the 9:10 hearing and timeline event kinds. Each value has a stable storage code (never
// translated, never renamed) and a Dutch label for the user interface.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class CaseKind { Signal, OralComplaint, WrittenComplaint };

enum class Channel {
    Phone,
    Desk,
    Email,
    Letter,
    WebForm,
    NeighbourhoodTeam,
    KitchenTable,
    ViaCouncillor,
    SocialMedia,
    Other
};

enum class PolicyDomain { Wmo, Youth, Participation, DebtAssistance, Other };

// The four principles of the handreiking map onto these phases: Luisteren = Intake,
// Oplossen = Informal (and Referred: a warme overdracht the municipality keeps following),
// Standpunt = Formal, Leren happens on every closed case.
enum class Phase { Intake, Informal, Formal, Referred, Closed };

enum class Outcome {
    None,
    ResolvedToSatisfaction, // Awb 9:5
    Upheld,                 // gegrond
    PartlyUpheld,           // deels gegrond
    Rejected,               // ongegrond
    NoJudgment,             // geen oordeel mogelijk
    NotHandled,             // Awb 9:8
    Withdrawn,
    Referred // doorverwezen, warme overdracht completed
};

// Awb 9:8: the grounds on which a complaint need not be handled.
enum class NonHandlingGround {
    None,
    AlreadyHandled,        // lid 1 a
    OlderThanOneYear,      // lid 1 b
    OpenToObjection,       // lid 1 c
    OpenToAppeal,          // lid 1 d
    BeforeCourt,           // lid 1 e
    CriminalInvestigation, // lid 1 f
    InsufficientWeight     // lid 2
};

// Awb 9:10 lid 2: when the klager need not be heard.
enum class HearingException { None, ManifestlyUnfounded, KlagerWaived, NoReply };

// Awb 9:10 lid 1: the person complained about was heard, or had the opportunity and did not use it.
enum class RespondentHearing { None, Heard, Declined };

enum class ConfirmationMethod { None, Phone, InPerson, Email, Letter };

enum class EventKind { ContactMoment, Agreement, Transfer, Letter, Hearing, Decision, Note, PhaseChange };

// Storage codes and labels. code() values are part of the file format.
class EnumText {
    Q_DECLARE_TR_FUNCTIONS(EnumText)
public:
    static QString code(CaseKind v);
    static QString code(Channel v);
    static QString code(PolicyDomain v);
    static QString code(Phase v);
    static QString code(Outcome v);
    static QString code(NonHandlingGround v);
    static QString code(HearingException v);
    static QString code(RespondentHearing v);
    static QString code(ConfirmationMethod v);
    static QString code(EventKind v);

    static QString label(CaseKind v);
    static QString label(Channel v);
    static QString label(PolicyDomain v);
    static QString label(Phase v);
    static QString label(Outcome v);
    static QString label(NonHandlingGround v);
    static QString label(HearingException v);
    static QString label(RespondentHearing v);
    static QString label(ConfirmationMethod v);
    static QString label(EventKind v);

    // Parses a storage code; std::nullopt for anything unknown.
    template <typename E> static std::optional<E> fromCode(const QString& code);

    // Every value of an enum in declaration order, for combo boxes, generators and tests.
    template <typename E> static QList<E> all();
};
