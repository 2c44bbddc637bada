// aantafel-cli case: the workflow of one case from the command line, through exactly the service the
// GUI uses (CaseService: the same Permissions, the same Workflow guards, the same timeline entries and
// audit rows). new registers a case and prints its reference; do applies one step (exit 0 applied,
// 1 refused with the Dutch reason, 2 usage); show prints a case with its deadlines and timeline, as
// text or JSON; new --eml registers a complaint from an e-mail with the message and its attachments as
// documents (MailIntake, as the GUI's e-mail intake); attach adds files to a case's documents
// (DocumentService: the same permissions, size limit and audit rows as the Documenten tab). Letters are
// sent with aantafel-cli letter … --record; a letter written elsewhere is recorded with do REF record-letter.
#include "commands.h"

#include "documents/documentservice.h"
#include "documents/mailintake.h"
#include "documents/mailmessage.h"
#include "domain/isodate.h"
#include "session/municipalitysession.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflow/caseservice.h"
#include "workflow/eventtext.h"
#include "workflow/intakeflags.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

enum class Step {
    Transition,   // one WorkflowAction
    Reopen,       // CaseService::reopen: the case itself, or a new complaint after an afdoening
    RecordLetter, // CaseService::recordLetter: a letter written elsewhere, recorded as sent
};

struct CliAction {
    QString name; // kebab-case, as typed
    Step step = Step::Transition;
    WorkflowAction action = WorkflowAction::StartInformal;
    QStringList params; // the --param keys it takes (besides note)
    QString help;       // Dutch, one line
};

const QList<CliAction>& actions() {
    using A = WorkflowAction;
    static const QList<CliAction> all{
        {QStringLiteral("start-informal"), Step::Transition, A::StartInformal, {}, CliText::tr("Informeel oplossen")},
        {QStringLiteral("first-contact"),
         Step::Transition,
         A::RecordFirstContact,
         {},
         CliText::tr("Eerste persoonlijk contact vastleggen")},
        {QStringLiteral("acknowledgement"),
         Step::Transition,
         A::RecordAcknowledgement,
         {},
         CliText::tr("Ontvangstbevestiging verstuurd (art. 9:6 Awb)")},
        {QStringLiteral("resolve"),
         Step::Transition,
         A::ResolveToSatisfaction,
         {QStringLiteral("confirmation"), QStringLiteral("follow-up")},
         CliText::tr("Naar tevredenheid opgelost (art. 9:5 Awb); confirmation=phone|in_person|email|letter, "
                     "follow-up=JJJJ-MM-DD")},
        {QStringLiteral("refer"),
         Step::Transition,
         A::Refer,
         {QStringLiteral("provider"), QStringLiteral("follow-up")},
         CliText::tr("Warme overdracht aan een aanbieder; provider=NAAM, follow-up=JJJJ-MM-DD")},
        {QStringLiteral("referral-feedback"),
         Step::Transition,
         A::RecordReferralFeedback,
         {},
         CliText::tr("Terugkoppeling van de aanbieder vastleggen (sluit de zaak)")},
        {QStringLiteral("resume-informal"),
         Step::Transition,
         A::ResumeInformal,
         {},
         CliText::tr("Na een warme overdracht weer zelf informeel oppakken")},
        {QStringLiteral("start-formal"),
         Step::Transition,
         A::StartFormal,
         {},
         CliText::tr("Formeel behandelen (niet tegen een medewerker van een gecontracteerde aanbieder)")},
        {QStringLiteral("back-to-informal"),
         Step::Transition,
         A::ReturnToInformal,
         {QStringLiteral("confirmation")},
         CliText::tr("Terug naar de informele aanpak met instemming van de klager; confirmation=phone|in_person|email|"
                     "letter")},
        {QStringLiteral("plan-hearing"),
         Step::Transition,
         A::PlanHearing,
         {},
         CliText::tr("Hoorzitting plannen op --date (mag in de toekomst liggen)")},
        {QStringLiteral("hearing-held"),
         Step::Transition,
         A::RecordHearing,
         {QStringLiteral("person"), QStringLiteral("declined")},
         CliText::tr("Horen vastleggen (art. 9:10 lid 1 Awb); person=klager|beklaagde, declined=yes: de beklaagde "
                     "kreeg de gelegenheid maar maakte er geen gebruik van")},
        {QStringLiteral("hearing-exception"),
         Step::Transition,
         A::RecordHearingException,
         {QStringLiteral("exception"), QStringLiteral("reply-term")},
         CliText::tr("Afzien van horen van de klager (art. 9:10 lid 2 Awb); exception=manifestly_unfounded|"
                     "klager_waived|no_reply, reply-term=JJJJ-MM-DD bij no_reply")},
        {QStringLiteral("hearing-report"),
         Step::Transition,
         A::RecordHearingReport,
         {QStringLiteral("text")},
         CliText::tr("Hoorverslag vastleggen, --date: verstuurd aan klager en beklaagde (art. 9:10 lid 3 Awb); "
                     "text=VERSLAG")},
        {QStringLiteral("committee-advice"),
         Step::Transition,
         A::RecordCommitteeAdvice,
         {QStringLiteral("advice"), QStringLiteral("text")},
         CliText::tr("Advies van de klachtadviescommissie vastleggen; advice=upheld|partly_upheld|rejected|"
                     "no_judgment, text=ADVIES")},
        {QStringLiteral("judge"),
         Step::Transition,
         A::Judge,
         {QStringLiteral("judgment"), QStringLiteral("findings"), QStringLiteral("conclusions"),
          QStringLiteral("reasons")},
         CliText::tr("Oordeel vastleggen (sluit de zaak niet); judgment=upheld|partly_upheld|rejected|no_judgment, "
                     "findings=TEKST, conclusions=TEKST, reasons=TEKST (afwijken van het advies, art. 9:16 Awb)")},
        {QStringLiteral("close"),
         Step::Transition,
         A::Close,
         {},
         CliText::tr("Afdoen: gebeurt met de afdoeningsbrief (letter --type afdoening --record, of record-letter)")},
        {QStringLiteral("adjourn"),
         Step::Transition,
         A::Adjourn,
         {},
         CliText::tr("Verdagen: gebeurt met de verdagingsbrief (letter --type verdaging --record, of record-letter)")},
        {QStringLiteral("consent"),
         Step::Transition,
         A::RecordConsent,
         {QStringLiteral("agreed")},
         CliText::tr("Schriftelijke instemming met verder uitstel, ontvangen op --date, vóór het verstrijken van de "
                     "termijn (art. 9:11 lid 3 Awb); agreed=JJJJ-MM-DD")},
        {QStringLiteral("decline"),
         Step::Transition,
         A::DeclineToHandle,
         {QStringLiteral("ground"), QStringLiteral("notice")},
         CliText::tr("Niet in behandeling nemen (art. 9:8 Awb); ground=9_8_1_a…9_8_2, notice=JJJJ-MM-DD "
                     "(kennisgeving verstuurd; standaard --date)")},
        {QStringLiteral("withdraw"), Step::Transition, A::Withdraw, {}, CliText::tr("De klager trekt de klacht in")},
        {QStringLiteral("follow-up"),
         Step::Transition,
         A::RecordFollowUp,
         {},
         CliText::tr("Nabellen \"hoe gaat het nu?\" vastleggen")},
        {QStringLiteral("reopen"),
         Step::Reopen,
         A::Reopen,
         {},
         CliText::tr("Heropenen; na een afdoening of kennisgeving niet-behandelen: een nieuwe, gekoppelde klacht "
                     "(het nieuwe kenmerk wordt getoond)")},
        {QStringLiteral("record-letter"),
         Step::RecordLetter,
         A::StartInformal,
         {QStringLiteral("type"), QStringLiteral("ground"), QStringLiteral("recipient")},
         CliText::tr("Een elders geschreven brief vastleggen als verstuurd op --date, met wat die brief "
                     "rechtens doet; type=afdoening|verdaging|niet-behandelen|ontvangstbevestiging|…, "
                     "ground=9_8_… bij niet-behandelen")},
    };
    return all;
}

QString caseUsage() {
    return CliText::tr(
        "Gebruik: aantafel-cli case BESTAND new|do|show|attach …\n"
        "\n"
        "  aantafel-cli case BESTAND new --kind klaagschrift|mondeling|signaal --received JJJJ-MM-DD "
        "--klager NAAM\n"
        "      [--committee [--committee-reason TEKST]] [--conduct JJJJ-MM-DD] [--story TEKST] "
        "[--about NAAM]\n"
        "      [--department NAAM] [--provider NAAM] [--regie] [--address TEKST] [--dated JJJJ-MM-DD] "
        "[--handler NAAM]\n"
        "      Registreert een zaak en toont het kenmerk.\n"
        "  aantafel-cli case BESTAND new --eml BERICHT.eml|BERICHT.msg [--handler NAAM] "
        "[--committee-reason TEKST]\n"
        "      Registreert een klacht uit een e-mail: klager, ontvangstdatum en verhaal uit het bericht; "
        "het bericht\n"
        "      en zijn bijlagen (niet de afbeeldingen in de tekst) worden documenten van de zaak.\n"
        "  aantafel-cli case BESTAND do KENMERK ACTIE [--date JJJJ-MM-DD] [--param SLEUTEL=WAARDE]…\n"
        "      Past één stap van de werkwijze toe. Afsluitcode 0: toegepast, 1: geweigerd (met de "
        "reden), 2: verkeerd gebruik.\n"
        "      --param note=TEKST zet een toelichting in de tijdlijn.\n"
        "  aantafel-cli case BESTAND show KENMERK [--json]\n"
        "      Toont de zaak met haar termijnen en tijdlijn.\n"
        "  aantafel-cli case BESTAND attach KENMERK PAD… [--kind SOORT]\n"
        "      Voegt bestanden toe aan de documenten van de zaak, alle of geen. SOORT: complaint, email, "
        "attachment,\n"
        "      hearing_report, committee_advice, response of other (standaard: email voor .eml en .msg, "
        "anders attachment).\n"
        "Brieven verstuurt u met aantafel-cli letter … --record.\n");
}

QString actionsHelp() {
    QString text = CliText::tr("Acties:\n");
    for (const CliAction& a : actions())
        text += QStringLiteral("  %1\n      %2\n").arg(a.name, a.help);
    return text;
}

int usageError(CommandContext& ctx, const QString& message) {
    ctx.err << message << '\n' << CliText::tr("Zie: aantafel-cli case --help") << '\n';
    return Cli::UsageOrFile;
}

QString flagCode(IntakeFlagKind kind) {
    switch (kind) {
    case IntakeFlagKind::ConductOlderThanOneYear: return QStringLiteral("conduct_older_than_one_year");
    case IntakeFlagKind::AboutDecisionContent: return QStringLiteral("about_decision_content");
    case IntakeFlagKind::HandlerInvolved: return QStringLiteral("handler_involved");
    case IntakeFlagKind::AcknowledgementDue: return QStringLiteral("acknowledgement_due");
    case IntakeFlagKind::KlaagschriftIncomplete: return QStringLiteral("klaagschrift_incomplete");
    case IntakeFlagKind::ProviderComplaint: return QStringLiteral("provider_complaint");
    }
    return {};
}

// Splits the repeated --param KEY=VALUE pairs from the other arguments.
bool takeParams(QStringList& args, QMap<QString, QString>& params, QString& error) {
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString pair;
        if (args.at(i) == QLatin1String("--param")) {
            if (i + 1 >= args.size()) {
                error = CliText::tr("Optie --param verwacht SLEUTEL=WAARDE.");
                return false;
            }
            pair = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--param="))) {
            pair = args.at(i).mid(8);
        } else {
            rest << args.at(i);
            continue;
        }
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error = CliText::tr("Parameter '%1' heeft niet de vorm SLEUTEL=WAARDE.").arg(pair);
            return false;
        }
        params.insert(pair.left(eq), pair.mid(eq + 1));
    }
    args = rest;
    return true;
}

template <typename E>
std::optional<E> codeParam(const QMap<QString, QString>& params, const QString& key, QString& error, bool required) {
    if (!params.contains(key)) {
        if (required)
            error = CliText::tr("Parameter %1 ontbreekt.").arg(key);
        return std::nullopt;
    }
    const std::optional<E> value = EnumText::fromCode<E>(params.value(key));
    if (!value) {
        QStringList codes;
        for (E v : EnumText::all<E>()) {
            if (EnumText::code(v) != QLatin1String("none"))
                codes << EnumText::code(v);
        }
        error = CliText::tr("Onbekende waarde voor %1: '%2' (mogelijk: %3)")
                    .arg(key, params.value(key), codes.join(QStringLiteral(", ")));
    }
    return value;
}

std::optional<QDate> dateParam(const QMap<QString, QString>& params, const QString& key, QString& error) {
    if (!params.contains(key))
        return std::nullopt;
    const std::optional<QDate> day = Arguments::parseIsoDate(params.value(key));
    if (!day)
        error = CliText::tr("Ongeldige datum bij %1: '%2'. Gebruik JJJJ-MM-DD.").arg(key, params.value(key));
    return day;
}

// The request of a transition from its parameters; error set for a usage error.
TransitionRequest requestFor(const CliAction& a, QDate date, const QMap<QString, QString>& p, QString& error) {
    using A = WorkflowAction;
    TransitionRequest r = TransitionRequest::of(a.action, date);
    r.note = p.value(QStringLiteral("note"));
    switch (a.action) {
    case A::ResolveToSatisfaction:
    case A::ReturnToInformal:
        if (auto v = codeParam<ConfirmationMethod>(p, QStringLiteral("confirmation"), error, false))
            r.confirmation = *v;
        if (auto v = dateParam(p, QStringLiteral("follow-up"), error))
            r.followUp = *v;
        break;
    case A::Refer:
        r.provider = p.value(QStringLiteral("provider"));
        if (auto v = dateParam(p, QStringLiteral("follow-up"), error))
            r.followUp = *v;
        break;
    case A::RecordHearing: {
        const QString person = p.value(QStringLiteral("person"), QStringLiteral("klager"));
        if (person == QLatin1String("beklaagde"))
            r.person = HearingPerson::Beklaagde;
        else if (person != QLatin1String("klager"))
            error = CliText::tr("person is klager of beklaagde, niet '%1'.").arg(person);
        const QString declined = p.value(QStringLiteral("declined"), QStringLiteral("no"));
        if (declined != QLatin1String("yes") && declined != QLatin1String("no"))
            error = CliText::tr("declined is yes of no, niet '%1'.").arg(declined);
        r.respondent = declined == QLatin1String("yes") ? RespondentHearing::Declined : RespondentHearing::Heard;
        break;
    }
    case A::RecordHearingException:
        if (auto v = codeParam<HearingException>(p, QStringLiteral("exception"), error, false))
            r.exception = *v;
        if (auto v = dateParam(p, QStringLiteral("reply-term"), error))
            r.replyTerm = *v;
        break;
    case A::RecordHearingReport: r.text = p.value(QStringLiteral("text")); break;
    case A::RecordCommitteeAdvice:
        if (auto v = codeParam<Outcome>(p, QStringLiteral("advice"), error, false))
            r.judgment = *v;
        r.text = p.value(QStringLiteral("text"));
        break;
    case A::Judge:
        if (auto v = codeParam<Outcome>(p, QStringLiteral("judgment"), error, false))
            r.judgment = *v;
        r.findings = p.value(QStringLiteral("findings"));
        r.conclusions = p.value(QStringLiteral("conclusions"));
        r.reasons = p.value(QStringLiteral("reasons"));
        break;
    case A::RecordConsent:
        if (auto v = dateParam(p, QStringLiteral("agreed"), error))
            r.agreedDueDate = *v;
        break;
    case A::DeclineToHandle:
        if (auto v = codeParam<NonHandlingGround>(p, QStringLiteral("ground"), error, false))
            r.ground = *v;
        r.noticeSent = date;
        if (auto v = dateParam(p, QStringLiteral("notice"), error))
            r.noticeSent = *v;
        break;
    default: break;
    }
    return r;
}

std::optional<CaseKind> kindFromWord(const QString& word) {
    if (word == QLatin1String("klaagschrift"))
        return CaseKind::WrittenComplaint;
    if (word == QLatin1String("mondeling"))
        return CaseKind::OralComplaint;
    if (word == QLatin1String("signaal"))
        return CaseKind::Signal;
    return std::nullopt;
}

QString documentKindCodes() {
    QStringList codes;
    for (DocumentKind v : EnumText::all<DocumentKind>())
        codes << EnumText::code(v);
    return codes.join(QStringLiteral(", "));
}

// case FILE new --eml MESSAGE: the e-mail intake of the GUI without the dialog. The case is registered as
// the message proposes it (MailIntake::draft), with the message and its attachments as documents; the
// images inside the text stay in the message only, as the dialog leaves them unticked.
int newFromMail(const QString& path, const Arguments& a, CommandContext& ctx) {
    for (const QString& option :
         {QStringLiteral("--kind"), QStringLiteral("--received"), QStringLiteral("--klager"),
          QStringLiteral("--conduct"), QStringLiteral("--story"), QStringLiteral("--about"),
          QStringLiteral("--department"), QStringLiteral("--provider"), QStringLiteral("--address"),
          QStringLiteral("--dated"), QStringLiteral("--committee"), QStringLiteral("--regie")}) {
        if (a.has(option))
            return usageError(
                ctx, CliText::tr("Optie %1 gaat niet samen met --eml: de gegevens komen uit het bericht.").arg(option));
    }
    const QString mailPath = a.value(QStringLiteral("--eml"));
    if (!ctx.services.mailReader) {
        ctx.err << CliText::tr("Deze versie van aantafel-cli kan geen e-mail lezen.") << '\n';
        return Cli::Refused;
    }
    if (!QFileInfo(mailPath).isFile())
        return usageError(ctx, CliText::tr("Het bericht %1 bestaat niet.").arg(mailPath));

    int code = Cli::Ok;
    const std::unique_ptr<MunicipalitySession> opened = Commands::openSession(path, ctx, false, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    // Refused before the message is read, as in the program: nothing would be registered anyway.
    if (session.database().isReadOnly()) {
        ctx.err << MailIntake::tr("Het bestand is alleen te lezen; er kan niets worden geregistreerd.") << '\n';
        return Cli::Refused;
    }
    if (const Permission p = session.permissions().check(Action::RegisterCase); !p) {
        ctx.err << p.reason << '\n';
        return Cli::Refused;
    }
    const qint64 limit = qint64(session.settings().documentLimitMegabytes) * 1024 * 1024;
    const MailReader::Result read = ctx.services.mailReader->readFile(mailPath, limit);
    if (!read.ok()) {
        ctx.err << CliText::tr("%1 is niet geregistreerd: %2").arg(QFileInfo(mailPath).fileName(), read.error) << '\n';
        return Cli::Refused;
    }
    const QString handler =
        a.has(QStringLiteral("--handler")) ? a.value(QStringLiteral("--handler")).trimmed() : ctx.user;
    Case c = MailIntake::draft(read.message, ctx.clock.today(), handler);
    // A written complaint follows the municipality's regulation on the committee unless a reason is given.
    c.committee = c.kind == CaseKind::WrittenComplaint && session.settings().committee;
    QList<int> attachments;
    const QList<MailIntake::Item> items = MailIntake::documentsOf(read.message);
    for (const MailIntake::Item& item : items) {
        if (item.attachment >= 0 && !item.inlinePart)
            attachments << item.attachment;
    }
    try {
        c = MailIntake::registerCase(session, c, read.message, attachments, ctx.services.textExtractor, false,
                                     a.value(QStringLiteral("--committee-reason")));
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    ctx.out << c.reference << '\n';
    return Cli::Ok;
}

// case FILE attach REF PATH… [--kind KIND]: the files as documents of the case, all of them or none.
int attach(const QString& path, const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {QStringLiteral("--kind")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() < 2)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli case BESTAND attach KENMERK PAD… [--kind SOORT]"));
    std::optional<DocumentKind> kind;
    if (a.has(QStringLiteral("--kind"))) {
        kind = EnumText::fromCode<DocumentKind>(a.value(QStringLiteral("--kind")));
        if (!kind)
            return usageError(ctx, CliText::tr("Onbekende documentsoort: '%1' (mogelijk: %2)")
                                       .arg(a.value(QStringLiteral("--kind")), documentKindCodes()));
    }
    const QString reference = a.positional().first().trimmed();
    const QStringList files = a.positional().mid(1);
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile())
            return usageError(ctx, CliText::tr("%1 is geen bestand. Er is niets toegevoegd.").arg(file));
    }

    int code = Cli::Ok;
    const std::unique_ptr<MunicipalitySession> opened = Commands::openSession(path, ctx, false, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    const std::optional<Case> c = session.cases().findByReference(reference);
    if (!c) {
        ctx.err << CliText::tr("Zaak %1 bestaat niet in dit register.").arg(reference) << '\n';
        return Cli::UsageOrFile;
    }
    DocumentService documents(session, ctx.services.textExtractor);
    QList<DocumentInfo> added;
    try {
        // One transaction: a file over the limit or unreadable halfway leaves the case as it was.
        Transaction transaction(session.database());
        for (const QString& file : files)
            added << documents.addFile(c->id, file, kind.value_or(DocumentService::guessKind(file)));
        transaction.commit();
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    for (const DocumentInfo& d : added)
        ctx.out << CliText::tr("%1: %2 toegevoegd (%3, %4 bytes, SHA-256 %5)")
                       .arg(c->reference, d.name, EnumText::label(d.kind), QString::number(d.size), d.sha256)
                << '\n';
    return Cli::Ok;
}

int newCase(const QString& path, const QStringList& args, CommandContext& ctx) {
    Arguments a(args,
                {QStringLiteral("--kind"), QStringLiteral("--received"), QStringLiteral("--klager"),
                 QStringLiteral("--conduct"), QStringLiteral("--story"), QStringLiteral("--about"),
                 QStringLiteral("--department"), QStringLiteral("--provider"), QStringLiteral("--address"),
                 QStringLiteral("--dated"), QStringLiteral("--handler"), QStringLiteral("--committee-reason"),
                 QStringLiteral("--eml")},
                {QStringLiteral("--committee"), QStringLiteral("--regie")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (!a.positional().isEmpty())
        return usageError(ctx, CliText::tr("Onverwacht argument: %1").arg(a.positional().first()));
    if (a.has(QStringLiteral("--eml")))
        return newFromMail(path, a, ctx);
    const std::optional<CaseKind> kind = kindFromWord(a.value(QStringLiteral("--kind")));
    if (!kind)
        return usageError(ctx, CliText::tr("--kind is klaagschrift, mondeling of signaal."));
    if (!a.has(QStringLiteral("--received")))
        return usageError(ctx, CliText::tr("Optie --received is verplicht."));
    const std::optional<QDate> received = a.date(QStringLiteral("--received"));
    if (!received)
        return usageError(ctx, a.error());
    Case c;
    c.kind = *kind;
    c.channel = *kind == CaseKind::WrittenComplaint ? Channel::Letter : Channel::Phone;
    c.received = *received;
    c.klager.name = a.value(QStringLiteral("--klager")).trimmed();
    c.anonymous = c.klager.name.isEmpty();
    c.klager.address = a.value(QStringLiteral("--address")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    c.story = a.value(QStringLiteral("--story"));
    c.subject.employee = a.value(QStringLiteral("--about")).trimmed();
    c.subject.department = a.value(QStringLiteral("--department")).trimmed();
    c.subject.provider = a.value(QStringLiteral("--provider")).trimmed();
    c.aboutRegie = a.has(QStringLiteral("--regie"));
    c.committee = a.has(QStringLiteral("--committee"));
    c.handler = a.has(QStringLiteral("--handler")) ? a.value(QStringLiteral("--handler")).trimmed() : ctx.user;
    for (const char* option : {"--conduct", "--dated"}) {
        if (!a.has(QString::fromLatin1(option)))
            continue;
        const std::optional<QDate> day = a.date(QString::fromLatin1(option));
        if (!day)
            return usageError(ctx, a.error());
        (option[2] == 'c' ? c.conductDate : c.klaagschriftDated) = *day;
    }
    if (c.received > ctx.clock.today()) {
        ctx.err << CliText::tr("De ontvangstdatum ligt in de toekomst.") << '\n';
        return Cli::Refused;
    }

    int code = Cli::Ok;
    const std::unique_ptr<MunicipalitySession> opened = Commands::openSession(path, ctx, false, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    try {
        CaseService(session).registerCase(c, a.value(QStringLiteral("--committee-reason")));
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    ctx.out << c.reference << '\n';
    return Cli::Ok;
}

int doStep(const QString& path, QStringList args, CommandContext& ctx) {
    QMap<QString, QString> params;
    QString error;
    if (!takeParams(args, params, error))
        return usageError(ctx, error);
    Arguments a(args, {QStringLiteral("--date")}, {});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 2)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli case BESTAND do KENMERK ACTIE [--date JJJJ-MM-DD] "
                                           "[--param SLEUTEL=WAARDE]…"));
    const QString reference = a.positional().at(0).trimmed();
    const QString name = a.positional().at(1);
    const auto it =
        std::find_if(actions().cbegin(), actions().cend(), [&](const CliAction& x) { return x.name == name; });
    if (it == actions().cend())
        return usageError(ctx, CliText::tr("Onbekende actie: %1").arg(name));
    const CliAction& action = *it;
    for (auto p = params.cbegin(); p != params.cend(); ++p) {
        if (p.key() != QLatin1String("note") && !action.params.contains(p.key()))
            return usageError(
                ctx, CliText::tr("Actie %1 kent de parameter %2 niet (wel: %3).")
                         .arg(name, p.key(),
                              (action.params + QStringList{QStringLiteral("note")}).join(QStringLiteral(", "))));
    }
    QDate date = ctx.clock.today();
    if (a.has(QStringLiteral("--date"))) {
        const std::optional<QDate> day = a.date(QStringLiteral("--date"));
        if (!day)
            return usageError(ctx, a.error());
        date = *day;
    }

    TransitionRequest request;
    std::optional<LetterType> letterType;
    NonHandlingGround ground = NonHandlingGround::None;
    if (action.step == Step::Transition) {
        request = requestFor(action, date, params, error);
    } else if (action.step == Step::RecordLetter) {
        letterType = LetterTypes::fromCode(params.value(QStringLiteral("type")));
        if (!letterType)
            error = CliText::tr("Onbekende briefsoort bij type: '%1'.").arg(params.value(QStringLiteral("type")));
        if (auto v = codeParam<NonHandlingGround>(params, QStringLiteral("ground"), error, false))
            ground = *v;
    }
    if (!error.isEmpty())
        return usageError(ctx, error);

    int code = Cli::Ok;
    const std::unique_ptr<MunicipalitySession> opened = Commands::openSession(path, ctx, false, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    std::optional<Case> c = session.cases().findByReference(reference);
    if (!c) {
        ctx.err << CliText::tr("Zaak %1 bestaat niet in dit register.").arg(reference) << '\n';
        return Cli::UsageOrFile;
    }
    CaseService service(session);
    TransitionResult result;
    Case successor;
    try {
        switch (action.step) {
        case Step::Transition: result = service.apply(*c, request); break;
        case Step::Reopen: result = service.reopen(*c, date, params.value(QStringLiteral("note")), &successor); break;
        case Step::RecordLetter:
            result = service.recordLetter(*c, *letterType, date, ground, params.value(QStringLiteral("recipient")));
            break;
        }
    } catch (const StorageError& e) {
        ctx.err << e.message() << '\n';
        return Cli::Refused;
    }
    if (!result) {
        ctx.err << result.reason << '\n';
        return Cli::Refused;
    }
    if (successor.id != 0) {
        ctx.out << CliText::tr("%1 is heropend als nieuwe klacht %2.").arg(c->reference, successor.reference) << '\n'
                << successor.reference << '\n';
        return Cli::Ok;
    }
    const QString what =
        action.step == Step::RecordLetter ? LetterTypes::label(*letterType) : Workflow::label(action.action);
    ctx.out << CliText::tr("%1: %2 vastgelegd; fase %3.").arg(c->reference, what, EnumText::label(c->phase)) << '\n';
    return Cli::Ok;
}

int show(const QString& path, const QStringList& args, CommandContext& ctx) {
    Arguments a(args, {}, {QStringLiteral("--json")});
    if (!a.ok())
        return usageError(ctx, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx, CliText::tr("Gebruik: aantafel-cli case BESTAND show KENMERK [--json]"));
    int code = Cli::Ok;
    const std::unique_ptr<MunicipalitySession> opened = Commands::openSession(path, ctx, true, &code);
    if (!opened)
        return code;
    MunicipalitySession& session = *opened;
    const std::optional<Case> c = session.cases().findByReference(a.positional().first().trimmed());
    if (!c) {
        ctx.err << CliText::tr("Zaak %1 bestaat niet in dit register.").arg(a.positional().first()) << '\n';
        return Cli::UsageOrFile;
    }
    const QList<Deadline> deadlines = session.engine().deadlinesFor(*c, ctx.clock.today());
    const QList<IntakeFlag> flags = IntakeChecks::flagsFor(*c, session.engine(), ctx.clock.today());
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray flagRows;
        for (const IntakeFlag& flag : flags) {
            flagRows.append(QJsonObject{{QStringLiteral("kind"), flagCode(flag.kind)},
                                        {QStringLiteral("article"), flag.article},
                                        {QStringLiteral("message"), flag.message}});
        }
        QJsonArray deadlineRows;
        for (const Deadline& dl : deadlines) {
            deadlineRows.append(QJsonObject{
                {QStringLiteral("kind"), DeadlineText::code(dl.kind)},
                {QStringLiteral("due"), IsoDate::text(dl.due)},
                {QStringLiteral("basis"), dl.basis},
                {QStringLiteral("status"), DeadlineText::code(dl.status)},
                {QStringLiteral("met"), dl.metOn.isValid() ? QJsonValue(IsoDate::text(dl.metOn)) : QJsonValue()}});
        }
        QJsonArray eventRows;
        for (const CaseEvent& e : c->events) {
            eventRows.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                         {QStringLiteral("kind"), EnumText::code(e.kind)},
                                         {QStringLiteral("code"), e.code},
                                         {QStringLiteral("text"), EventText::render(e)}});
        }
        const auto dateOrNull = [](QDate day) { return day.isValid() ? QJsonValue(IsoDate::text(day)) : QJsonValue(); };
        const QJsonObject object{{QStringLiteral("reference"), c->reference},
                                 {QStringLiteral("kind"), EnumText::code(c->kind)},
                                 {QStringLiteral("received"), IsoDate::text(c->received)},
                                 {QStringLiteral("committee"), c->committee},
                                 {QStringLiteral("phase"), EnumText::code(c->phase)},
                                 {QStringLiteral("outcome"), EnumText::code(c->outcome)},
                                 {QStringLiteral("judgment"), EnumText::code(Workflow::overallJudgment(*c))},
                                 {QStringLiteral("closed"), dateOrNull(c->closedOn)},
                                 {QStringLiteral("afdoening"), dateOrNull(c->closingNoticeSent)},
                                 {QStringLiteral("predecessor"), c->predecessor},
                                 {QStringLiteral("flags"), flagRows},
                                 {QStringLiteral("deadlines"), deadlineRows},
                                 {QStringLiteral("events"), eventRows}};
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    ctx.out << c->reference << " · " << EnumText::label(c->kind) << " · "
            << CliText::tr("ontvangen %1").arg(TermCalculator::shortDate(c->received)) << '\n'
            << CliText::tr("Fase: %1").arg(EnumText::label(c->phase)) << '\n';
    if (!c->isOpen())
        ctx.out << CliText::tr("Uitkomst: %1, afgesloten %2")
                       .arg(EnumText::label(c->outcome), TermCalculator::shortDate(c->closedOn))
                << '\n';
    for (const IntakeFlag& flag : flags)
        ctx.out << CliText::tr("Let op (%1): %2").arg(flag.article, flag.message) << '\n';
    ctx.out << CliText::tr("Termijnen:") << '\n';
    for (const Deadline& dl : deadlines) {
        ctx.out << "  " << TermCalculator::shortDate(dl.due) << "  " << DeadlineText::label(dl.kind) << " (" << dl.basis
                << "): " << DeadlineText::label(dl.status) << '\n';
    }
    ctx.out << CliText::tr("Tijdlijn:") << '\n';
    for (const CaseEvent& e : c->events) {
        ctx.out << "  " << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << EnumText::label(e.kind) << ": " << EventText::render(e).replace(u'\n', QStringLiteral(" / "))
                << '\n';
    }
    return Cli::Ok;
}

} // namespace

QString Commands::caseHelp() {
    return caseUsage() + QLatin1Char('\n') + actionsHelp();
}

int Commands::caseCommand(const QStringList& args, CommandContext& ctx) {
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err : ctx.out) << caseHelp();
        return args.isEmpty() ? Cli::UsageOrFile : Cli::Ok;
    }
    if (args.size() < 2)
        return usageError(ctx, CliText::tr("Geef een gemeentebestand en een opdracht: new, do, show of attach."));
    const QString path = args.at(0);
    const QString sub = args.at(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("new"))
        return newCase(path, rest, ctx);
    if (sub == QLatin1String("do"))
        return doStep(path, rest, ctx);
    if (sub == QLatin1String("show"))
        return show(path, rest, ctx);
    if (sub == QLatin1String("attach"))
        return attach(path, rest, ctx);
    return usageError(ctx, CliText::tr("Onbekende opdracht bij case: %1 (new, do, show of attach).").arg(sub));
}
