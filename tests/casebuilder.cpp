#include "casebuilder.h"

#include "testsupport.h"

CaseBuilder CaseBuilder::complaint(CaseKind kind, Channel channel, QDate received, const QString& klager) {
    CaseBuilder b;
    Case& c = b.m_case;
    c.kind = kind;
    c.channel = channel;
    c.received = received;
    c.klager.name = klager;
    c.domain = PolicyDomain::Wmo;
    c.handler = QStringLiteral("Fatima Bakkali");
    return b;
}

CaseBuilder CaseBuilder::phoneComplaint(QDate received, const QString& klager) {
    return complaint(CaseKind::OralComplaint, Channel::Phone, received, klager)
        .story(QStringLiteral("Mijn aanvraag voor huishoudelijke hulp is kwijtgeraakt."),
               QStringLiteral("Snel een besluit."))
        .themes({QStringLiteral("Geen reactie / niet teruggebeld")});
}

CaseBuilder CaseBuilder::klaagschrift(QDate received, const QString& klager) {
    return complaint(CaseKind::WrittenComplaint, Channel::Letter, received, klager)
        .story(QStringLiteral("Mijn aanvraag voor huishoudelijke hulp ligt al acht weken stil."),
               QStringLiteral("Een besluit op mijn aanvraag."));
}

CaseBuilder& CaseBuilder::reference(const QString& reference) {
    m_case.reference = reference;
    return *this;
}

CaseBuilder& CaseBuilder::klagerAt(const QString& address, const QString& phone) {
    m_case.klager.address = address;
    m_case.klager.phone = phone;
    return *this;
}

CaseBuilder& CaseBuilder::conductOn(QDate date) {
    m_case.conductDate = date;
    return *this;
}

CaseBuilder& CaseBuilder::about(const QString& department, const QString& employee) {
    m_case.subject.department = department;
    m_case.subject.employee = employee;
    return *this;
}

CaseBuilder& CaseBuilder::provider(const QString& provider) {
    m_case.subject.provider = provider;
    return *this;
}

CaseBuilder& CaseBuilder::story(const QString& story, const QString& desiredOutcome) {
    m_case.story = story;
    m_case.desiredOutcome = desiredOutcome;
    return *this;
}

CaseBuilder& CaseBuilder::handler(const QString& handler) {
    m_case.handler = handler;
    return *this;
}

CaseBuilder& CaseBuilder::themes(const QStringList& themes) {
    m_case.themes = themes;
    return *this;
}

Case CaseBuilder::everyField() {
    Case c;
    c.reference = QStringLiteral("KL-2024-0917");
    c.kind = CaseKind::WrittenComplaint;
    c.channel = Channel::KitchenTable;
    c.received = d("2024-11-04");
    c.conductDate = d("2024-10-21");
    c.anonymous = true;
    c.klager = {QStringLiteral("Mevrouw T. Özdemir-Van der Berg"), QStringLiteral("Lindelaan 7\n1234 AB Voorbeeld"),
                QStringLiteral("06-98765432"), QStringLiteral("t.ozdemir@example.nl")};
    c.representative = {QStringLiteral("Henk Mulder"), QStringLiteral("cliëntondersteuner")};
    c.subject = {QStringLiteral("Wijkteam Noord"), QStringLiteral("J. Pietersen"), QStringLiteral("Zorggroep De Brug"),
                 QStringLiteral("GR Sociaal Domein West")};
    c.domain = PolicyDomain::Youth;
    c.themes = {QStringLiteral("Onheuse bejegening"), QStringLiteral("Nieuw thema: 'wachtlijst' \"jeugd\"")};
    c.story = QStringLiteral("Tijdens het keukentafelgesprek werd mij gezegd dat mijn zoon \"gewoon\" moet wachten.\n"
                             "Niemand belde terug. 😞 Ünïcödé; DROP TABLE cases; --");
    c.desiredOutcome = QStringLiteral("Een vast contactpersoon en binnen twee weken een besluit.");
    c.handler = QStringLiteral("Fatima Bakkali");
    c.committee = true;
    c.aboutDecisionContent = true;
    c.decisionPublished = d("2024-10-15");
    c.phase = Phase::Closed;
    c.outcome = Outcome::PartlyUpheld;
    c.closedOn = d("2025-01-20");
    c.satisfactionConfirmation = ConfirmationMethod::Letter;
    c.nonHandlingGround = NonHandlingGround::InsufficientWeight;
    c.nonHandlingNoticeSent = d("2024-11-25");
    c.acknowledgementSent = d("2024-11-06");
    c.firstContactOn = d("2024-11-07");
    c.adjournedOn = d("2024-12-09");
    c.consentReceived = d("2025-01-03");
    c.agreedDueDate = d("2025-01-24");
    c.hearingPlanned = d("2024-12-02");
    c.hearingHeld = d("2024-12-04");
    c.hearingException = HearingException::KlagerWaived;
    c.referralProvider = QStringLiteral("Stichting Thuiszorg Midden");
    c.referralFollowUp = d("2024-11-18");
    c.referralFeedback = d("2024-11-20");
    c.followUpDue = d("2025-02-10");
    c.followUpDone = d("2025-02-11");
    c.parts = {
        {QStringLiteral("Niet teruggebeld na twee toezeggingen"),
         QStringLiteral("Uit het contactlogboek blijkt dat twee keer een terugbelverzoek is blijven liggen."),
         Outcome::Upheld},
        {QStringLiteral("Onvriendelijk te woord gestaan aan de balie"),
         QStringLiteral("De lezingen lopen uiteen; er waren geen getuigen."), Outcome::NoJudgment},
        {QStringLiteral("Aanvraag 'kwijtgeraakt'"), {}, Outcome::Rejected},
    };
    c.conclusions = QStringLiteral("Wij bieden excuses aan en leggen afspraken voortaan binnen één dag vast.");
    c.sentToOmbudsman = d("2025-04-02");
    c.events = {
        {0, QDateTime(d("2024-11-04"), QTime(10, 15, 30, 250)), EventKind::ContactMoment,
         QStringLiteral("Fatima Bakkali"), QStringLiteral("Klaagschrift ontvangen per post.")},
        {0, QDateTime(d("2024-12-04"), QTime(14, 0)), EventKind::Hearing, QStringLiteral("Ruud Jansen"),
         QStringLiteral("Hoorzitting gehouden; verslag in het dossier.")},
        {0, QDateTime(d("2025-01-20"), QTime(16, 45, 1, 7), Qt::UTC), EventKind::Decision,
         QStringLiteral("Fatima Bakkali"), QStringLiteral("Afdoeningsbrief verstuurd: deels gegrond.")},
    };
    return c;
}
