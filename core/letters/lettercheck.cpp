#include "lettercheck.h"

#include "letterfields.h"

#include "../workflow/workflow.h"

#include <QRegularExpression>

namespace {

// Whether every copy prints value (as merging escapes it); false for an empty value.
bool everyCopyShows(const QList<MergeResult>& merged, const QString& value) {
    if (value.trimmed().isEmpty() || merged.isEmpty())
        return false;
    const QString escaped = LetterTemplate::escape(value.trimmed());
    for (const MergeResult& copy : merged) {
        if (!copy.html.contains(escaped, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool everyCopyMatches(const QList<MergeResult>& merged, const QRegularExpression& pattern) {
    if (merged.isEmpty())
        return false;
    for (const MergeResult& copy : merged) {
        if (!pattern.match(copy.html).hasMatch())
            return false;
    }
    return true;
}

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

QString LetterCheck::describe(const TemplateIssue& issue) {
    switch (issue.kind) {
    case TemplateIssue::Kind::Unknown:
        return tr("Onbekend veld {{%1}} (regel %2): dat zou zo in de brief komen te staan.")
            .arg(issue.name)
            .arg(issue.line);
    case TemplateIssue::Kind::Empty: return tr("Veld {{%1}} is leeg (regel %2).").arg(issue.name).arg(issue.line);
    case TemplateIssue::Kind::Syntax:
        return tr("Onjuiste opmaak in het sjabloon: %1 (regel %2).").arg(issue.name).arg(issue.line);
    }
    return {};
}

namespace {

// Template errors appear in every copy: each is said once. An empty field is a warning.
void checkTemplate(LetterCheckResult& result, const QList<MergeResult>& merged) {
    QList<qsizetype> reported;
    for (const MergeResult& copy : merged) {
        for (const TemplateIssue& issue : copy.issues) {
            if (issue.kind == TemplateIssue::Kind::Empty) {
                if (!result.warnings.contains(LetterCheck::describe(issue)))
                    result.warnings << LetterCheck::describe(issue);
            } else if (!reported.contains(issue.position)) {
                reported << issue.position;
                result.missing << LetterCheck::describe(issue);
            }
        }
    }
}

// The ombudsman and the term to go there (9:12 lid 2, and 9:8 lid 3 by the guidance of the ombudsman).
void checkOmbudsman(LetterCheckResult& result, const MunicipalitySettings& settings, const TemplateContext& context,
                    const QList<MergeResult>& merged) {
    if (settings.ombudsman.name.trimmed().isEmpty())
        result.missing << LetterCheck::tr("De naam van de ombudsman ontbreekt in de instellingen van de gemeente.");
    else if (!everyCopyShows(merged, settings.ombudsman.name))
        result.missing << LetterCheck::tr("De brief noemt de ombudsman (%1) niet.").arg(settings.ombudsman.name);
    if (settings.ombudsman.address.trimmed().isEmpty())
        result.missing << LetterCheck::tr("Het adres van de ombudsman ontbreekt in de instellingen van de gemeente.");
    else if (!everyCopyShows(merged, firstLine(settings.ombudsman.address)))
        result.missing << LetterCheck::tr("De brief noemt het adres van de ombudsman niet.");
    static const QRegularExpression year(QStringLiteral("\\b(een|één|1) jaar\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!everyCopyShows(merged, context.value(QStringLiteral("ombudsman.termijn"))) && !everyCopyMatches(merged, year))
        result.missing << LetterCheck::tr(
            "De brief noemt de termijn niet waarbinnen de klager naar de ombudsman kan (een "
            "jaar, art. 9:24 Awb).");
}

// The afdoeningsbrief: findings, judgment and conclusions, the hearing, the committee's advice (9:10,
// 9:12 lid 1, 9:16): the same list the workflow's Close step checks. A case of an older version that is
// already closed only still owes the letter.
void checkClosing(LetterCheckResult& result, const Case& c, const TemplateContext& context,
                  const QList<MergeResult>& merged) {
    if (c.isOpen())
        result.missing << Workflow::closingGaps(c);
    const QString judgment = context.value(QStringLiteral("oordeel"));
    if (!judgment.isEmpty()) {
        bool named = everyCopyShows(merged, judgment);
        for (const ComplaintPart& part : c.parts)
            named = named || everyCopyShows(merged, LetterFields::judgmentLabel(part.judgment));
        if (!named)
            result.missing << LetterCheck::tr("De brief noemt het oordeel (%1) niet.").arg(judgment);
    } else if (!c.isOpen()) {
        result.missing << LetterCheck::tr(
            "Het oordeel over de klacht ontbreekt: gegrond, deels gegrond, ongegrond of geen "
            "oordeel mogelijk (art. 9:12 Awb).");
    }
    const QString conclusions = context.value(QStringLiteral("conclusies"));
    if (!conclusions.trimmed().isEmpty() && !everyCopyShows(merged, firstLine(conclusions)))
        result.missing << LetterCheck::tr("De brief noemt de conclusies niet (art. 9:12 lid 1 Awb).");
    // What the letter says about the hearing comes from what was recorded, never from a planned date.
    const QString hearing = context.value(QStringLiteral("horen"));
    if (!hearing.isEmpty() && !everyCopyShows(merged, hearing))
        result.missing << LetterCheck::tr(
            "De brief zegt niet wat over het horen is vastgelegd (art. 9:10 Awb); gebruik "
            "{{horen}} in het sjabloon.");
    if (c.committee && c.committeeAdviceOn.isValid()) {
        if (!everyCopyShows(merged, context.value(QStringLiteral("advies.datum"))))
            result.missing << LetterCheck::tr(
                "De brief noemt het advies van de klachtadviescommissie niet; het advies gaat "
                "met de afdoening mee (art. 9:16 Awb).");
        const QString departure = context.value(QStringLiteral("afwijking"));
        if (!departure.trimmed().isEmpty() && !everyCopyShows(merged, firstLine(departure)))
            result.missing << LetterCheck::tr("De brief vermeldt niet waarom het oordeel afwijkt van het advies van de "
                                              "commissie (art. 9:16 Awb).");
    }
}

} // namespace

LetterCheckResult LetterCheck::check(LetterType type, const Case& c, const MunicipalitySettings& settings,
                                     const TemplateContext& context, const QList<MergeResult>& merged) {
    LetterCheckResult result;
    checkTemplate(result, merged);
    switch (type) {
    case LetterType::Closing:
        checkClosing(result, c, context, merged);
        checkOmbudsman(result, settings, context, merged);
        break;
    case LetterType::Adjournment: {
        const QString newDate = context.value(QStringLiteral("termijn.verdaagd"));
        if (!everyCopyShows(merged, newDate))
            result.missing << tr("De nieuwe afhandelingsdatum ontbreekt in de brief (art. 9:11 lid 2 Awb).");
        if (c.anonymous || c.klager.name.trimmed().isEmpty())
            result.missing << tr("De naam van de klager ontbreekt: de verdaging wordt aan de klager gemeld (art. "
                                 "9:11 lid 2 Awb).");
        // Without a named beklaagde the second copy goes to the head of the department (LetterFields).
        if (merged.size() < 2)
            result.missing << tr(
                "De brief is niet aan zowel de klager als de beklaagde gericht (art. 9:11 lid 2 Awb).");
        break;
    }
    case LetterType::CopyToRespondent: {
        // The beklaagde learns the date that governs now, after any verdaging or consent.
        const QString current = context.value(QStringLiteral("termijn.geldend"));
        if (!everyCopyShows(merged, current))
            result.missing << tr("De brief noemt de afhandelingsdatum die nu geldt (%1) niet; gebruik "
                                 "{{termijn.geldend}} in het sjabloon.")
                                  .arg(current);
        break;
    }
    case LetterType::Acknowledgement: {
        static const QRegularExpression committee(QStringLiteral("commissie"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (c.committee && !everyCopyMatches(merged, committee))
            result.missing << tr("De ontvangstbevestiging zegt niet dat een klachtadviescommissie over de klacht "
                                 "adviseert (art. 9:15 Awb).");
        break;
    }
    case LetterType::NonHandlingNotice:
        if (c.nonHandlingGround == NonHandlingGround::None)
            result.missing << tr("De grond om de klacht niet te behandelen ontbreekt (art. 9:8 Awb).");
        else if (!everyCopyShows(merged, LetterFields::groundText(c.nonHandlingGround)))
            result.missing << tr("De brief noemt de grond om de klacht niet te behandelen niet in de woorden van "
                                 "art. 9:8 Awb; gebruik {{grond}} in het sjabloon.");
        checkOmbudsman(result, settings, context, merged);
        break;
    default: break;
    }
    return result;
}
