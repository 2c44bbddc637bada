// The closed vocabularies of a complaint case: kinds, channels, policy domains, workflow phases,
// outcomes, Awb 9:8 grounds, the 9:10 hearing, timeline event kinds, the ombudsman stage and document kinds.
// Each value has a stable storage code (never translated, never renamed) and a Dutch label for the user interface.
#pragma once

#include <QByteArrayView>
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

// The ombudsman a klager went on to after the municipality's handling (Awb 9:17, 9:20): the Nationale
// ombudsman, or the municipality's own ombudsman or ombudscommissie.
enum class OmbudsmanKind { National, Municipal };

// What the ombudsman did with the complaint. Pending until known.
enum class OmbudsmanOutcome {
    Pending,
    NotTakenUp,   // niet in behandeling genomen (e.g. Awb 9:22, 9:24)
    Intervention, // opgelost na interventie of bemiddeling
    Upheld,       // rapport: gegrond
    PartlyUpheld, // rapport: deels gegrond
    NotUpheld,    // rapport: niet gegrond
    NoJudgment,   // rapport: geen oordeel
    Withdrawn     // door de klager ingetrokken
};

// What a document in the case file is.
enum class DocumentKind {
    ComplaintLetter, // klaagschrift
    Email,           // an e-mail as received
    Attachment,      // bijlage
    HearingReport,   // verslag hoorzitting (Awb 9:10 lid 3)
    CommitteeAdvice, // advies klachtadviescommissie (Awb 9:14, 9:16)
    Response,        // reactie beklaagde
    Other
};

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
    static QString code(OmbudsmanKind v);
    static QString code(OmbudsmanOutcome v);
    static QString code(DocumentKind v);

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
    static QString label(OmbudsmanKind v);
    static QString label(OmbudsmanOutcome v);
    static QString label(DocumentKind v);

    // Parses a storage code; std::nullopt for anything unknown.
    template <typename E> static std::optional<E> fromCode(const QString& code);
    // The same for a code as the bytes of its UTF-8 text (a row's column read without a conversion,
    // SqlRows::utf8): the codes are ASCII, so these bytes match exactly when the text would.
    template <typename E> static std::optional<E> fromCode(QByteArrayView utf8);

    // Every value of an enum in declaration order, for combo boxes, generators and tests.
    template <typename E> static QList<E> all();
};
