#include "enums.h"

#include <QByteArray>

#include <utility>

namespace {

template <typename E> struct Values;
template <> struct Values<CaseKind> {
    static QList<CaseKind> get() { return {CaseKind::Signal, CaseKind::OralComplaint, CaseKind::WrittenComplaint}; }
};
template <> struct Values<Channel> {
    static QList<Channel> get() {
        return {Channel::Phone,        Channel::Desk,          Channel::Email,
                Channel::Letter,       Channel::WebForm,       Channel::NeighbourhoodTeam,
                Channel::KitchenTable, Channel::ViaCouncillor, Channel::SocialMedia,
                Channel::Other};
    }
};
template <> struct Values<PolicyDomain> {
    static QList<PolicyDomain> get() {
        return {PolicyDomain::Wmo, PolicyDomain::Youth, PolicyDomain::Participation, PolicyDomain::DebtAssistance,
                PolicyDomain::Other};
    }
};
template <> struct Values<Phase> {
    static QList<Phase> get() {
        return {Phase::Intake, Phase::Informal, Phase::Formal, Phase::Referred, Phase::Closed};
    }
};
template <> struct Values<Outcome> {
    static QList<Outcome> get() {
        return {Outcome::None,       Outcome::ResolvedToSatisfaction,
                Outcome::Upheld,     Outcome::PartlyUpheld,
                Outcome::Rejected,   Outcome::NoJudgment,
                Outcome::NotHandled, Outcome::Withdrawn,
                Outcome::Referred};
    }
};
template <> struct Values<NonHandlingGround> {
    static QList<NonHandlingGround> get() {
        return {NonHandlingGround::None,
                NonHandlingGround::AlreadyHandled,
                NonHandlingGround::OlderThanOneYear,
                NonHandlingGround::OpenToObjection,
                NonHandlingGround::OpenToAppeal,
                NonHandlingGround::BeforeCourt,
                NonHandlingGround::CriminalInvestigation,
                NonHandlingGround::InsufficientWeight};
    }
};
template <> struct Values<HearingException> {
    static QList<HearingException> get() {
        return {HearingException::None, HearingException::ManifestlyUnfounded, HearingException::KlagerWaived,
                HearingException::NoReply};
    }
};
template <> struct Values<RespondentHearing> {
    static QList<RespondentHearing> get() {
        return {RespondentHearing::None, RespondentHearing::Heard, RespondentHearing::Declined};
    }
};
template <> struct Values<ConfirmationMethod> {
    static QList<ConfirmationMethod> get() {
        return {ConfirmationMethod::None, ConfirmationMethod::Phone, ConfirmationMethod::InPerson,
                ConfirmationMethod::Email, ConfirmationMethod::Letter};
    }
};
template <> struct Values<EventKind> {
    static QList<EventKind> get() {
        return {EventKind::ContactMoment, EventKind::Agreement, EventKind::Transfer, EventKind::Letter,
                EventKind::Hearing,       EventKind::Decision,  EventKind::Note,     EventKind::PhaseChange};
    }
};

template <> struct Values<OmbudsmanKind> {
    static QList<OmbudsmanKind> get() { return {OmbudsmanKind::National, OmbudsmanKind::Municipal}; }
};
template <> struct Values<OmbudsmanOutcome> {
    static QList<OmbudsmanOutcome> get() {
        return {OmbudsmanOutcome::Pending,    OmbudsmanOutcome::NotTakenUp,   OmbudsmanOutcome::Intervention,
                OmbudsmanOutcome::Upheld,     OmbudsmanOutcome::PartlyUpheld, OmbudsmanOutcome::NotUpheld,
                OmbudsmanOutcome::NoJudgment, OmbudsmanOutcome::Withdrawn};
    }
};
template <> struct Values<DocumentKind> {
    static QList<DocumentKind> get() {
        return {DocumentKind::ComplaintLetter,
                DocumentKind::Email,
                DocumentKind::Attachment,
                DocumentKind::HearingReport,
                DocumentKind::CommitteeAdvice,
                DocumentKind::Response,
                DocumentKind::Other};
    }
};

} // namespace

template <typename E> QList<E> EnumText::all() {
    return Values<E>::get();
}

template <typename E> std::optional<E> EnumText::fromCode(const QString& code) {
    // Every row read from the file parses its codes here: the list is made once, not on every call.
    static const QList<E> values = Values<E>::get();
    for (E v : values) {
        if (EnumText::code(v) == code)
            return v;
    }
    return std::nullopt;
}

template <typename E> std::optional<E> EnumText::fromCode(QByteArrayView utf8) {
    // The codes' bytes, made once: every row of a bulk read parses its codes here.
    static const QList<std::pair<QByteArray, E>> codes = [] {
        QList<std::pair<QByteArray, E>> list;
        for (E v : Values<E>::get())
            list.append({EnumText::code(v).toLatin1(), v});
        return list;
    }();
    for (const auto& [code, v] : codes) {
        if (code == utf8)
            return v;
    }
    return std::nullopt;
}

#define AANTAFEL_INSTANTIATE(E)                                                                                        \
    template QList<E> EnumText::all<E>();                                                                              \
    template std::optional<E> EnumText::fromCode<E>(const QString&);                                                   \
    template std::optional<E> EnumText::fromCode<E>(QByteArrayView);
AANTAFEL_INSTANTIATE(CaseKind)
AANTAFEL_INSTANTIATE(Channel)
AANTAFEL_INSTANTIATE(PolicyDomain)
AANTAFEL_INSTANTIATE(Phase)
AANTAFEL_INSTANTIATE(Outcome)
AANTAFEL_INSTANTIATE(NonHandlingGround)
AANTAFEL_INSTANTIATE(HearingException)
AANTAFEL_INSTANTIATE(RespondentHearing)
AANTAFEL_INSTANTIATE(ConfirmationMethod)
AANTAFEL_INSTANTIATE(EventKind)
AANTAFEL_INSTANTIATE(OmbudsmanKind)
AANTAFEL_INSTANTIATE(OmbudsmanOutcome)
AANTAFEL_INSTANTIATE(DocumentKind)
#undef AANTAFEL_INSTANTIATE

QString EnumText::code(CaseKind v) {
    switch (v) {
    case CaseKind::Signal: return QStringLiteral("signal");
    case CaseKind::OralComplaint: return QStringLiteral("oral");
    case CaseKind::WrittenComplaint: return QStringLiteral("written");
    }
    return {};
}

QString EnumText::label(CaseKind v) {
    switch (v) {
    case CaseKind::Signal: return tr("Signaal");
    case CaseKind::OralComplaint: return tr("Mondelinge klacht");
    case CaseKind::WrittenComplaint: return tr("Klaagschrift");
    }
    return {};
}

QString EnumText::code(Channel v) {
    switch (v) {
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Desk: return QStringLiteral("desk");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Letter: return QStringLiteral("letter");
    case Channel::WebForm: return QStringLiteral("webform");
    case Channel::NeighbourhoodTeam: return QStringLiteral("neighbourhood_team");
    case Channel::KitchenTable: return QStringLiteral("kitchen_table");
    case Channel::ViaCouncillor: return QStringLiteral("via_councillor");
    case Channel::SocialMedia: return QStringLiteral("social_media");
    case Channel::Other: return QStringLiteral("other");
    }
    return {};
}

QString EnumText::label(Channel v) {
    switch (v) {
    case Channel::Phone: return tr("Telefoon");
    case Channel::Desk: return tr("Balie");
    case Channel::Email: return tr("E-mail");
    case Channel::Letter: return tr("Brief");
    case Channel::WebForm: return tr("Webformulier");
    case Channel::NeighbourhoodTeam: return tr("Wijkteam");
    case Channel::KitchenTable: return tr("Keukentafelgesprek");
    case Channel::ViaCouncillor: return tr("Via raadslid");
    case Channel::SocialMedia: return tr("Sociale media");
    case Channel::Other: return tr("Anders");
    }
    return {};
}

QString EnumText::code(PolicyDomain v) {
    switch (v) {
    case PolicyDomain::Wmo: return QStringLiteral("wmo");
    case PolicyDomain::Youth: return QStringLiteral("youth");
    case PolicyDomain::Participation: return QStringLiteral("participation");
    case PolicyDomain::DebtAssistance: return QStringLiteral("debt_assistance");
    case PolicyDomain::Other: return QStringLiteral("other");
    }
    return {};
}

QString EnumText::label(PolicyDomain v) {
    switch (v) {
    case PolicyDomain::Wmo: return tr("Wmo 2015");
    case PolicyDomain::Youth: return tr("Jeugdwet");
    case PolicyDomain::Participation: return tr("Participatiewet");
    case PolicyDomain::DebtAssistance: return tr("Schuldhulpverlening");
    case PolicyDomain::Other: return tr("Overig");
    }
    return {};
}

QString EnumText::code(Phase v) {
    switch (v) {
    case Phase::Intake: return QStringLiteral("intake");
    case Phase::Informal: return QStringLiteral("informal");
    case Phase::Formal: return QStringLiteral("formal");
    case Phase::Referred: return QStringLiteral("referred");
    case Phase::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString EnumText::label(Phase v) {
    switch (v) {
    case Phase::Intake: return tr("Luisteren");
    case Phase::Informal: return tr("Oplossen");
    case Phase::Formal: return tr("Standpunt");
    case Phase::Referred: return tr("Warme overdracht");
    case Phase::Closed: return tr("Afgesloten");
    }
    return {};
}

QString EnumText::code(Outcome v) {
    switch (v) {
    case Outcome::None: return QStringLiteral("none");
    case Outcome::ResolvedToSatisfaction: return QStringLiteral("resolved");
    case Outcome::Upheld: return QStringLiteral("upheld");
    case Outcome::PartlyUpheld: return QStringLiteral("partly_upheld");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::NoJudgment: return QStringLiteral("no_judgment");
    case Outcome::NotHandled: return QStringLiteral("not_handled");
    case Outcome::Withdrawn: return QStringLiteral("withdrawn");
    case Outcome::Referred: return QStringLiteral("referred");
    }
    return {};
}

QString EnumText::label(Outcome v) {
    switch (v) {
    case Outcome::None: return tr("Nog geen uitkomst");
    case Outcome::ResolvedToSatisfaction: return tr("Naar tevredenheid opgelost");
    case Outcome::Upheld: return tr("Gegrond");
    case Outcome::PartlyUpheld: return tr("Deels gegrond");
    case Outcome::Rejected: return tr("Ongegrond");
    case Outcome::NoJudgment: return tr("Geen oordeel");
    case Outcome::NotHandled: return tr("Niet in behandeling");
    case Outcome::Withdrawn: return tr("Ingetrokken");
    case Outcome::Referred: return tr("Doorverwezen");
    }
    return {};
}

QString EnumText::code(NonHandlingGround v) {
    switch (v) {
    case NonHandlingGround::None: return QStringLiteral("none");
    case NonHandlingGround::AlreadyHandled: return QStringLiteral("9_8_1_a");
    case NonHandlingGround::OlderThanOneYear: return QStringLiteral("9_8_1_b");
    case NonHandlingGround::OpenToObjection: return QStringLiteral("9_8_1_c");
    case NonHandlingGround::OpenToAppeal: return QStringLiteral("9_8_1_d");
    case NonHandlingGround::BeforeCourt: return QStringLiteral("9_8_1_e");
    case NonHandlingGround::CriminalInvestigation: return QStringLiteral("9_8_1_f");
    case NonHandlingGround::InsufficientWeight: return QStringLiteral("9_8_2");
    }
    return {};
}

QString EnumText::label(NonHandlingGround v) {
    switch (v) {
    case NonHandlingGround::None: return tr("Geen grond");
    case NonHandlingGround::AlreadyHandled:
        return tr("Art. 9:8 lid 1 a Awb: over de gedraging is al eerder een klacht ingediend die met inachtneming van "
                  "art. 9:4 e.v. is behandeld");
    case NonHandlingGround::OlderThanOneYear:
        return tr("Art. 9:8 lid 1 b Awb: de gedraging vond langer dan een jaar voor indiening plaats");
    case NonHandlingGround::OpenToObjection:
        return tr("Art. 9:8 lid 1 c Awb: tegen de gedraging had de klager bezwaar kunnen maken");
    case NonHandlingGround::OpenToAppeal:
        return tr("Art. 9:8 lid 1 d Awb: tegen de gedraging kan of kon de klager beroep instellen (niet bij het niet "
                  "tijdig nemen van een besluit)");
    case NonHandlingGround::BeforeCourt:
        return tr(
            "Art. 9:8 lid 1 e Awb: de gedraging is of was onderworpen aan het oordeel van een andere rechterlijke "
            "instantie dan een bestuursrechter");
    case NonHandlingGround::CriminalInvestigation:
        return tr("Art. 9:8 lid 1 f Awb: zolang een opsporingsonderzoek op bevel van de officier van justitie of een "
                  "vervolging gaande is");
    case NonHandlingGround::InsufficientWeight:
        return tr("Art. 9:8 lid 2 Awb: belang van de klager of gewicht van de gedraging kennelijk onvoldoende");
    }
    return {};
}

QString EnumText::code(HearingException v) {
    switch (v) {
    case HearingException::None: return QStringLiteral("none");
    case HearingException::ManifestlyUnfounded: return QStringLiteral("manifestly_unfounded");
    case HearingException::KlagerWaived: return QStringLiteral("klager_waived");
    case HearingException::NoReply: return QStringLiteral("no_reply");
    }
    return {};
}

QString EnumText::label(HearingException v) {
    switch (v) {
    case HearingException::None: return tr("Geen uitzondering");
    case HearingException::ManifestlyUnfounded: return tr("Klacht kennelijk ongegrond (art. 9:10 lid 2 a Awb)");
    case HearingException::KlagerWaived: return tr("Klager ziet af van horen (art. 9:10 lid 2 b Awb)");
    case HearingException::NoReply:
        return tr("Klager reageerde niet binnen de gestelde termijn (art. 9:10 lid 2 c Awb)");
    }
    return {};
}

QString EnumText::code(RespondentHearing v) {
    switch (v) {
    case RespondentHearing::None: return QStringLiteral("none");
    case RespondentHearing::Heard: return QStringLiteral("heard");
    case RespondentHearing::Declined: return QStringLiteral("declined");
    }
    return {};
}

QString EnumText::label(RespondentHearing v) {
    switch (v) {
    case RespondentHearing::None: return tr("Nog niet vastgelegd");
    case RespondentHearing::Heard: return tr("Beklaagde gehoord (art. 9:10 lid 1 Awb)");
    case RespondentHearing::Declined:
        return tr("Beklaagde in de gelegenheid gesteld, maar niet gehoord (art. 9:10 lid 1 Awb)");
    }
    return {};
}

QString EnumText::code(ConfirmationMethod v) {
    switch (v) {
    case ConfirmationMethod::None: return QStringLiteral("none");
    case ConfirmationMethod::Phone: return QStringLiteral("phone");
    case ConfirmationMethod::InPerson: return QStringLiteral("in_person");
    case ConfirmationMethod::Email: return QStringLiteral("email");
    case ConfirmationMethod::Letter: return QStringLiteral("letter");
    }
    return {};
}

QString EnumText::label(ConfirmationMethod v) {
    switch (v) {
    case ConfirmationMethod::None: return tr("Niet vastgelegd");
    case ConfirmationMethod::Phone: return tr("Telefonisch");
    case ConfirmationMethod::InPerson: return tr("In een gesprek");
    case ConfirmationMethod::Email: return tr("Per e-mail");
    case ConfirmationMethod::Letter: return tr("Per brief");
    }
    return {};
}

QString EnumText::code(EventKind v) {
    switch (v) {
    case EventKind::ContactMoment: return QStringLiteral("contact");
    case EventKind::Agreement: return QStringLiteral("agreement");
    case EventKind::Transfer: return QStringLiteral("transfer");
    case EventKind::Letter: return QStringLiteral("letter");
    case EventKind::Hearing: return QStringLiteral("hearing");
    case EventKind::Decision: return QStringLiteral("decision");
    case EventKind::Note: return QStringLiteral("note");
    case EventKind::PhaseChange: return QStringLiteral("phase_change");
    }
    return {};
}

QString EnumText::label(EventKind v) {
    switch (v) {
    case EventKind::ContactMoment: return tr("Contactmoment");
    case EventKind::Agreement: return tr("Afspraak");
    case EventKind::Transfer: return tr("Overdracht");
    case EventKind::Letter: return tr("Brief");
    case EventKind::Hearing: return tr("Hoorzitting");
    case EventKind::Decision: return tr("Besluit");
    case EventKind::Note: return tr("Notitie");
    case EventKind::PhaseChange: return tr("Fasewijziging");
    }
    return {};
}

QString EnumText::code(OmbudsmanKind v) {
    switch (v) {
    case OmbudsmanKind::National: return QStringLiteral("national");
    case OmbudsmanKind::Municipal: return QStringLiteral("municipal");
    }
    return {};
}

QString EnumText::label(OmbudsmanKind v) {
    switch (v) {
    case OmbudsmanKind::National: return tr("Nationale ombudsman");
    case OmbudsmanKind::Municipal: return tr("Gemeentelijke ombudsman of ombudscommissie");
    }
    return {};
}

QString EnumText::code(OmbudsmanOutcome v) {
    switch (v) {
    case OmbudsmanOutcome::Pending: return QStringLiteral("pending");
    case OmbudsmanOutcome::NotTakenUp: return QStringLiteral("not_taken_up");
    case OmbudsmanOutcome::Intervention: return QStringLiteral("intervention");
    case OmbudsmanOutcome::Upheld: return QStringLiteral("upheld");
    case OmbudsmanOutcome::PartlyUpheld: return QStringLiteral("partly_upheld");
    case OmbudsmanOutcome::NotUpheld: return QStringLiteral("not_upheld");
    case OmbudsmanOutcome::NoJudgment: return QStringLiteral("no_judgment");
    case OmbudsmanOutcome::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

QString EnumText::label(OmbudsmanOutcome v) {
    switch (v) {
    case OmbudsmanOutcome::Pending: return tr("Nog niet bekend");
    case OmbudsmanOutcome::NotTakenUp: return tr("Niet in behandeling genomen");
    case OmbudsmanOutcome::Intervention: return tr("Opgelost na interventie of bemiddeling");
    case OmbudsmanOutcome::Upheld: return tr("Rapport: gegrond");
    case OmbudsmanOutcome::PartlyUpheld: return tr("Rapport: deels gegrond");
    case OmbudsmanOutcome::NotUpheld: return tr("Rapport: niet gegrond");
    case OmbudsmanOutcome::NoJudgment: return tr("Rapport: geen oordeel");
    case OmbudsmanOutcome::Withdrawn: return tr("Ingetrokken door de klager");
    }
    return {};
}

QString EnumText::code(DocumentKind v) {
    switch (v) {
    case DocumentKind::ComplaintLetter: return QStringLiteral("complaint");
    case DocumentKind::Email: return QStringLiteral("email");
    case DocumentKind::Attachment: return QStringLiteral("attachment");
    case DocumentKind::HearingReport: return QStringLiteral("hearing_report");
    case DocumentKind::CommitteeAdvice: return QStringLiteral("committee_advice");
    case DocumentKind::Response: return QStringLiteral("response");
    case DocumentKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString EnumText::label(DocumentKind v) {
    switch (v) {
    case DocumentKind::ComplaintLetter: return tr("Klaagschrift");
    case DocumentKind::Email: return tr("E-mail");
    case DocumentKind::Attachment: return tr("Bijlage");
    case DocumentKind::HearingReport: return tr("Verslag hoorzitting");
    case DocumentKind::CommitteeAdvice: return tr("Advies klachtadviescommissie");
    case DocumentKind::Response: return tr("Reactie beklaagde");
    case DocumentKind::Other: return tr("Overig");
    }
    return {};
}
