#include "letterfields.h"

#include "../deadlines/deadlineengine.h"
#include "../workflow/workflow.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

QLocale dutch() {
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

// The town of a postal address: its last line without the postcode ("2509 AC Den Haag" → "Den Haag").
QString place(const QString& address) {
    static const QRegularExpression postcode(QStringLiteral("^\\d{4}\\s?[A-Za-z]{2}\\s+"));
    QString last = address.trimmed().section(QLatin1Char('\n'), -1).trimmed();
    last.remove(postcode);
    return last;
}

// An address for running text: "Postbus 93122, 2509 AC Den Haag".
QString oneLine(const QString& address) {
    QStringList lines = address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(QStringLiteral(", "));
}

} // namespace

QString LetterFields::longDate(QDate day) {
    return day.isValid() ? dutch().toString(day, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString LetterFields::judgmentLabel(Outcome judgment) {
    switch (judgment) {
    case Outcome::Upheld: return QStringLiteral("gegrond");
    case Outcome::PartlyUpheld: return QStringLiteral("deels gegrond");
    case Outcome::Rejected: return QStringLiteral("ongegrond");
    case Outcome::NoJudgment: return QStringLiteral("geen oordeel mogelijk");
    default: return {};
    }
}

QString LetterFields::groundText(NonHandlingGround ground) {
    switch (ground) {
    case NonHandlingGround::None: return {};
    case NonHandlingGround::AlreadyHandled:
        return QStringLiteral("Uw klacht gaat over een gedraging waarover al eerder een klacht is ingediend die met "
                              "inachtneming van artikel 9:4 en volgende van de Algemene wet bestuursrecht is "
                              "behandeld (artikel 9:8, eerste lid, onder a, Awb).");
    case NonHandlingGround::OlderThanOneYear:
        return QStringLiteral("Uw klacht gaat over een gedraging die langer dan een jaar voor de indiening van uw "
                              "klacht heeft plaatsgevonden (artikel 9:8, eerste lid, onder b, Awb).");
    case NonHandlingGround::OpenToObjection:
        return QStringLiteral("Tegen de gedraging waarover u klaagt, had u bezwaar kunnen maken (artikel 9:8, eerste "
                              "lid, onder c, Awb).");
    case NonHandlingGround::OpenToAppeal:
        return QStringLiteral("Tegen de gedraging waarover u klaagt, kunt of kon u beroep instellen; de gedraging "
                              "bestaat niet uit het niet tijdig nemen van een besluit (artikel 9:8, eerste lid, onder "
                              "d, Awb).");
    case NonHandlingGround::BeforeCourt:
        return QStringLiteral("De gedraging waarover u klaagt, is of was door het instellen van een procedure "
                              "onderworpen aan het oordeel van een andere rechterlijke instantie dan een "
                              "bestuursrechter (artikel 9:8, eerste lid, onder e, Awb).");
    case NonHandlingGround::CriminalInvestigation:
        return QStringLiteral("Ter zake van de gedraging waarover u klaagt, is een opsporingsonderzoek op bevel van de "
                              "officier van justitie of een vervolging gaande; zolang dat zo is, behandelen wij uw "
                              "klacht niet (artikel 9:8, eerste lid, onder f, Awb).");
    case NonHandlingGround::InsufficientWeight:
        return QStringLiteral("Uw belang bij de klacht of het gewicht van de gedraging waarover u klaagt, is kennelijk "
                              "onvoldoende (artikel 9:8, tweede lid, Awb).");
    }
    return {};
}

QString LetterFields::hearingText(const Case& c) {
    QStringList sentences;
    if (c.hearingHeld.isValid())
        sentences << QStringLiteral("Op %1 hebben wij u gehoord over uw klacht.").arg(longDate(c.hearingHeld));
    switch (c.hearingException) {
    case HearingException::ManifestlyUnfounded:
        sentences << QStringLiteral("Wij hebben u niet gehoord, omdat de klacht kennelijk ongegrond is (artikel 9:10, "
                                    "tweede lid, onder a, Awb).");
        break;
    case HearingException::KlagerWaived:
        sentences << QStringLiteral("U hebt laten weten dat u geen gebruik wilde maken van het recht te worden "
                                    "gehoord (artikel 9:10, tweede lid, onder b, Awb).");
        break;
    case HearingException::NoReply:
        sentences << (c.hearingReplyTerm.isValid()
                          ? QStringLiteral("U hebt niet binnen de gestelde termijn, die liep tot en met %1, laten "
                                           "weten dat u gehoord wilde worden (artikel 9:10, tweede lid, onder c, Awb).")
                                .arg(longDate(c.hearingReplyTerm))
                          : QStringLiteral("U hebt niet binnen de gestelde termijn laten weten dat u gehoord wilde "
                                           "worden (artikel 9:10, tweede lid, onder c, Awb)."));
        break;
    case HearingException::None: break;
    }
    const QString respondent = c.subject.employee.trimmed();
    if (!respondent.isEmpty()) {
        if (c.respondentHearing == RespondentHearing::Heard)
            sentences << QStringLiteral("Ook %1, op wiens gedraging uw klacht betrekking heeft, is gehoord, op %2.")
                             .arg(respondent, longDate(c.respondentHeardOn));
        else if (c.respondentHearing == RespondentHearing::Declined)
            sentences << QStringLiteral(
                             "%1, op wiens gedraging uw klacht betrekking heeft, is in de gelegenheid gesteld "
                             "te worden gehoord, maar heeft daarvan geen gebruik gemaakt.")
                             .arg(respondent);
    }
    if (c.hearingReportSent.isValid())
        sentences
            << QStringLiteral("Het verslag van het horen is u op %1 toegestuurd.").arg(longDate(c.hearingReportSent));
    return sentences.join(QLatin1Char(' '));
}

QString LetterFields::recipientName(const Case& c, const MunicipalitySettings&, LetterRecipient recipient) {
    if (recipient == LetterRecipient::Beklaagde) {
        // Conduct without a named person (unreachability, a team's way of working): the head of the
        // department answers for it and receives what the beklaagde would.
        if (!c.subject.employee.trimmed().isEmpty())
            return c.subject.employee;
        return c.subject.department.trimmed().isEmpty()
                   ? QStringLiteral("Het hoofd van de verantwoordelijke afdeling")
                   : QStringLiteral("Het hoofd van %1").arg(c.subject.department.trimmed());
    }
    return c.anonymous ? QString() : c.klager.name;
}

QString LetterFields::recipientAddress(const Case& c, const MunicipalitySettings& settings, LetterRecipient recipient) {
    if (recipient == LetterRecipient::Beklaagde) {
        // Internal post: the beklaagde works for (or for a provider of) the municipality.
        QStringList lines;
        for (const QString& line : {c.subject.department, c.subject.provider, settings.name}) {
            if (!line.trimmed().isEmpty() && !lines.contains(line))
                lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    return c.anonymous ? QString() : c.klager.address;
}

QString LetterFields::salutation(const QString& name) {
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString title;
    if (!words.isEmpty()) {
        const QString first = words.first().toLower();
        if (first == QLatin1String("mevrouw") || first == QLatin1String("mw.") || first == QLatin1String("mevr.")) {
            title = QStringLiteral("mevrouw");
            words.removeFirst();
        } else if (first == QLatin1String("de") && words.size() > 1 && words.at(1).toLower() == QLatin1String("heer")) {
            title = QStringLiteral("heer");
            words.remove(0, 2);
        } else if (first == QLatin1String("heer") || first == QLatin1String("dhr.")) {
            title = QStringLiteral("heer");
            words.removeFirst();
        }
    }
    if (title.isEmpty())
        return name.trimmed().isEmpty() ? QStringLiteral("Geachte heer, mevrouw,")
                                        : QStringLiteral("Geachte %1,").arg(name.simplified());
    // "Mevrouw A. de Vries" → "Geachte mevrouw De Vries,": initials dropped, the surname capitalised.
    while (words.size() > 1 && words.first().endsWith(QLatin1Char('.')))
        words.removeFirst();
    QString surname = words.join(QLatin1Char(' '));
    if (!surname.isEmpty())
        surname[0] = surname.at(0).toUpper();
    return QStringLiteral("Geachte %1 %2,").arg(title, surname);
}

TemplateContext LetterFields::contextFor(const LetterInput& in) {
    const Case& c = in.c;
    const MunicipalitySettings& s = in.settings;
    const HandlingTerms terms = in.engine.handlingTerms(c.received, c.committee);
    TemplateContext x;

    x.set(QStringLiteral("datum"), dutch().toString(in.letterDate, QStringLiteral("d MMMM yyyy")));
    x.set(QStringLiteral("zaak.kenmerk"), c.reference);
    x.set(QStringLiteral("zaak.ontvangen"), longDate(c.received));
    x.set(QStringLiteral("zaak.omschrijving"), c.story);
    x.set(QStringLiteral("zaak.wens"), c.desiredOutcome);

    const QString klager = recipientName(c, s, LetterRecipient::Klager);
    x.set(QStringLiteral("klager.naam"), klager);
    x.set(QStringLiteral("klager.adres"), recipientAddress(c, s, LetterRecipient::Klager));
    x.set(QStringLiteral("klager.aanhef"), salutation(klager));
    x.set(QStringLiteral("beklaagde.naam"), c.subject.employee);
    x.set(QStringLiteral("afdeling"), c.subject.department);
    x.set(QStringLiteral("aanbieder"), c.subject.provider);
    x.set(QStringLiteral("behandelaar.naam"), c.handler);
    x.set(QStringLiteral("behandelaar.functie"), QStringLiteral("Klachtbehandelaar"));

    const QString name = recipientName(c, s, in.recipient);
    x.set(QStringLiteral("aan.naam"), name);
    x.set(QStringLiteral("aan.adres"), recipientAddress(c, s, in.recipient));
    x.set(QStringLiteral("aan.aanhef"), salutation(name));
    x.setFlag(QStringLiteral("aan.klager"), in.recipient == LetterRecipient::Klager);
    x.setFlag(QStringLiteral("aan.beklaagde"), in.recipient == LetterRecipient::Beklaagde);

    x.set(QStringLiteral("gemeente.naam"), s.name);
    x.set(QStringLiteral("gemeente.adres"), oneLine(s.address));
    x.set(QStringLiteral("gemeente.plaats"), place(s.address));
    x.set(QStringLiteral("gemeente.telefoon"), s.phone);
    x.set(QStringLiteral("gemeente.email"), s.email);
    x.set(QStringLiteral("ombudsman.naam"), s.ombudsman.name);
    x.set(QStringLiteral("ombudsman.adres"), oneLine(s.ombudsman.address));
    x.set(QStringLiteral("ombudsman.website"), s.ombudsman.website);
    x.set(QStringLiteral("ombudsman.termijn"),
          in.letterDate.isValid() ? longDate(in.engine.ombudsmanTermAfter(in.letterDate).due) : QString());

    x.set(QStringLiteral("termijn.afdoening"), longDate(terms.handling.due));
    // The date that governs now: after a verdaging the adjourned date, after consent the agreed one.
    const std::optional<Deadline> governing = in.engine.governingHandlingDeadline(c, in.letterDate);
    x.set(QStringLiteral("termijn.geldend"), longDate(governing ? governing->due : terms.handling.due));
    x.set(QStringLiteral("termijn.verdaagd"), longDate(terms.handlingExtended.due));
    x.set(QStringLiteral("termijn.instemming"), longDate(c.agreedDueDate));
    x.set(QStringLiteral("termijn.kennisgeving"), longDate(terms.nonHandlingNotice.due));
    x.set(QStringLiteral("hoorzitting.datum"), longDate(c.hearingPlanned));
    x.set(QStringLiteral("verdaagd.op"), longDate(c.adjournedOn));

    x.set(QStringLiteral("grond"), groundText(c.nonHandlingGround));
    x.set(QStringLiteral("oordeel"), judgmentLabel(Workflow::overallJudgment(c)));
    x.set(QStringLiteral("bevindingen"), c.findings);
    x.set(QStringLiteral("conclusies"), c.conclusions);
    x.set(QStringLiteral("horen"), hearingText(c));
    x.set(QStringLiteral("advies.datum"), longDate(c.committeeAdviceOn));
    x.set(QStringLiteral("advies.oordeel"), judgmentLabel(c.committeeAdvice));
    const Outcome overall = Workflow::overallJudgment(c);
    const bool departs =
        c.committee && c.committeeAdviceOn.isValid() && overall != Outcome::None && overall != c.committeeAdvice;
    x.set(QStringLiteral("afwijking"), departs ? c.departureReasons : QString());
    QStringList measures;
    for (const QString& title : in.measures)
        measures << QStringLiteral("– ") + title;
    x.set(QStringLiteral("maatregelen"), measures.join(QLatin1Char('\n')));
    x.setFlag(QStringLiteral("commissie"), c.committee);
    QStringList agreements;
    for (const CaseEvent& event : c.events) {
        // What the handler wrote down as agreed with the klager (not the program's own records).
        if (event.kind == EventKind::Agreement && event.code.isEmpty() && !event.text.trimmed().isEmpty())
            agreements << QStringLiteral("– ") + event.text.trimmed();
    }
    x.set(QStringLiteral("afspraken"), agreements.join(QLatin1Char('\n')));

    QList<QMap<QString, QString>> parts;
    int number = 0;
    for (const ComplaintPart& part : c.parts) {
        parts.append({{QStringLiteral("nummer"), QString::number(++number)},
                      {QStringLiteral("omschrijving"), part.description},
                      {QStringLiteral("bevindingen"), part.findings},
                      {QStringLiteral("oordeel"), judgmentLabel(part.judgment)}});
    }
    x.setList(QStringLiteral("onderdelen"), QStringLiteral("onderdeel"), parts,
              {QStringLiteral("nummer"), QStringLiteral("omschrijving"), QStringLiteral("bevindingen"),
               QStringLiteral("oordeel")});
    return x;
}

QList<PlaceholderInfo> LetterFields::catalogue() {
    using K = PlaceholderInfo::Kind;
    const auto text = [](const char* name, const QString& description) {
        const QString n = QString::fromLatin1(name);
        return PlaceholderInfo{n, description, K::Text, QStringLiteral("{{%1}}").arg(n)};
    };
    const auto section = [](const char* name, const QString& description, K kind) {
        const QString n = QString::fromLatin1(name);
        return PlaceholderInfo{n, description, kind, QStringLiteral("{{#%1}}…{{/%1}}").arg(n)};
    };
    QList<PlaceholderInfo> list{
        text("datum", tr("Datum van de brief, bijvoorbeeld 7 maart 2025")),
        text("zaak.kenmerk", tr("Kenmerk van de zaak")),
        text("zaak.ontvangen", tr("Datum waarop de klacht is ontvangen")),
        text("zaak.omschrijving", tr("Wat er is gebeurd, in de woorden van de klager")),
        text("zaak.wens", tr("Wat de klager wil bereiken")),
        text("klager.naam", tr("Naam van de klager")),
        text("klager.adres", tr("Adres van de klager")),
        text("klager.aanhef", tr("Aanhef voor de klager, bijvoorbeeld \u201cGeachte mevrouw Jansen,\u201d")),
        text("beklaagde.naam", tr("Naam van degene over wiens gedraging is geklaagd")),
        text("afdeling", tr("Afdeling of team waarover is geklaagd")),
        text("aanbieder", tr("Gecontracteerde aanbieder waarover is geklaagd")),
        text("behandelaar.naam", tr("Naam van de klachtbehandelaar")),
        text("behandelaar.functie", tr("Functie van de klachtbehandelaar")),
        text("aan.naam", tr("Naam van de geadresseerde van dit exemplaar (klager of beklaagde)")),
        text("aan.adres", tr("Adres van de geadresseerde van dit exemplaar")),
        text("aan.aanhef", tr("Aanhef voor de geadresseerde van dit exemplaar")),
        section("aan.klager", tr("Alleen in het exemplaar voor de klager"), K::Flag),
        section("aan.beklaagde", tr("Alleen in het exemplaar voor de beklaagde"), K::Flag),
        text("gemeente.naam", tr("Naam van de gemeente")),
        text("gemeente.adres", tr("Postadres van de gemeente, op één regel")),
        text("gemeente.plaats", tr("Plaats van de gemeente (laatste regel van het adres, zonder postcode)")),
        text("gemeente.telefoon", tr("Telefoonnummer van de gemeente")),
        text("gemeente.email", tr("E-mailadres van de gemeente")),
        text("ombudsman.naam", tr("Naam van de ombudsman (Nationale ombudsman of eigen ombudsvoorziening)")),
        text("ombudsman.adres", tr("Adres van de ombudsman, op één regel")),
        text("ombudsman.website", tr("Website van de ombudsman")),
        text("ombudsman.termijn",
             tr("Laatste dag om naar de ombudsman te gaan: een jaar na de datum van de brief (art. 9:24 Awb)")),
        text("termijn.afdoening", tr("Afhandelingstermijn: 6 weken na ontvangst, 10 met een klachtadviescommissie "
                                     "(art. 9:11 lid 1 Awb)")),
        text("termijn.verdaagd", tr("Afhandelingstermijn na verdaging met 4 weken (art. 9:11 lid 2 Awb)")),
        text("termijn.instemming",
             tr("Met instemming van de klager afgesproken afdoeningsdatum (art. 9:11 lid 3 Awb)")),
        text("termijn.geldend", tr("De afhandelingsdatum die nu geldt: na verdaging de verdaagde, na instemming de "
                                   "afgesproken datum (art. 9:11 Awb)")),
        text("termijn.kennisgeving", tr("Uiterste datum van de kennisgeving niet-behandelen (art. 9:8 lid 3 Awb)")),
        text("verdaagd.op", tr("Datum waarop de behandeling is verdaagd")),
        text("hoorzitting.datum", tr("Geplande datum van de hoorzitting")),
        text("horen", tr("Wat over het horen is vastgelegd: wie wanneer is gehoord, de gelegenheid voor de "
                         "beklaagde, de uitzondering die gold en het verzonden verslag (art. 9:10 Awb)")),
        text("grond", tr("Grond om de klacht niet te behandelen, in de woorden van de wet (art. 9:8 Awb)")),
        text("oordeel", tr("Oordeel over de klacht als geheel: gegrond, deels gegrond, ongegrond of geen oordeel "
                           "mogelijk")),
        text("afspraken", tr("Afspraken uit de tijdlijn van de zaak, één per regel")),
        text("bevindingen", tr("Bevindingen over de klacht als geheel (zonder klachtonderdelen)")),
        text("conclusies", tr("Conclusies die aan het oordeel worden verbonden")),
        text("advies.datum", tr("Datum van het advies van de klachtadviescommissie")),
        text("advies.oordeel", tr("Het oordeel dat de klachtadviescommissie adviseerde")),
        text("afwijking", tr("Waarom het oordeel afwijkt van het advies van de commissie (art. 9:16 Awb); leeg als "
                             "het niet afwijkt")),
        text("maatregelen", tr("Verbetermaatregelen die aan de zaak zijn gekoppeld, één per regel")),
        section("commissie", tr("Alleen als een klachtadviescommissie adviseert"), K::Flag),
        section("onderdelen", tr("Herhaald voor elk klachtonderdeel"), K::List),
        text("onderdeel.nummer", tr("Volgnummer van het klachtonderdeel (binnen {{#onderdelen}})")),
        text("onderdeel.omschrijving", tr("Omschrijving van het klachtonderdeel (binnen {{#onderdelen}})")),
        text("onderdeel.bevindingen", tr("Bevindingen over het klachtonderdeel (binnen {{#onderdelen}})")),
        text("onderdeel.oordeel", tr("Oordeel over het klachtonderdeel (binnen {{#onderdelen}})")),
    };
    for (PlaceholderInfo& info : list) {
        if (info.name.startsWith(QLatin1String("onderdeel.")))
            info.kind = K::ListField;
    }
    return list;
}

QList<TemplateIssue> LetterFields::checkTemplate(const QString& source) {
    // Every name known and filled, every section shown, one complaint part: then only the template's own
    // faults remain.
    TemplateContext everything;
    QMap<QString, QString> part;
    for (const PlaceholderInfo& info : catalogue()) {
        switch (info.kind) {
        case PlaceholderInfo::Kind::Text: everything.set(info.name, info.name); break;
        case PlaceholderInfo::Kind::Flag: everything.setFlag(info.name, true); break;
        case PlaceholderInfo::Kind::ListField: part.insert(info.name.section(QLatin1Char('.'), 1), info.name); break;
        case PlaceholderInfo::Kind::List: break;
        }
    }
    everything.setList(QStringLiteral("onderdelen"), QStringLiteral("onderdeel"), {part});
    return LetterTemplate(source).merge(everything).issues;
}
