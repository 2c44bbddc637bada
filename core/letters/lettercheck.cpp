#include "lettercheck.h"

#include "letterfields.h"

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

LetterCheckResult LetterCheck::check(LetterType type, const Case& c, const MunicipalitySettings& settings,
                                     const TemplateContext& context, const QList<MergeResult>& merged) {
    LetterCheckResult result;
    QList<qsizetype> reported; // a template error appears in every copy; say it once
    for (const MergeResult& copy : merged) {
        for (const TemplateIssue& issue : copy.issues) {
            if (issue.kind == TemplateIssue::Kind::Empty) {
                if (!result.warnings.contains(describe(issue)))
                    result.warnings << describe(issue);
            } else if (!reported.contains(issue.position)) {
                reported << issue.position;
                result.missing << describe(issue);
            }
        }
    }

    // The ombudsman and the term to go there (9:12 lid 2, and 9:8 lid 3 by the guidance of the ombudsman).
    const auto requireOmbudsman = [&] {
        if (settings.ombudsman.name.trimmed().isEmpty())
            result.missing << tr("De naam van de ombudsman ontbreekt in de instellingen van de gemeente.");
        else if (!everyCopyShows(merged, settings.ombudsman.name))
            result.missing << tr("De brief noemt de ombudsman (%1) niet.").arg(settings.ombudsman.name);
        if (settings.ombudsman.address.trimmed().isEmpty())
            result.missing << tr("Het adres van de ombudsman ontbreekt in de instellingen van de gemeente.");
        else if (!everyCopyShows(merged, firstLine(settings.ombudsman.address)))
            result.missing << tr("De brief noemt het adres van de ombudsman niet.");
        static const QRegularExpression year(QStringLiteral("\\b(een|één|1) jaar\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (!everyCopyShows(merged, context.value(QStringLiteral("ombudsman.termijn"))) &&
            !everyCopyMatches(merged, year))
            result.missing << tr("De brief noemt de termijn niet waarbinnen de klager naar de ombudsman kan (een "
                                 "jaar, art. 9:24 Awb).");
    };

    switch (type) {
    case LetterType::Closing: {
        int number = 0;
        for (const ComplaintPart& part : c.parts) {
            ++number;
            if (part.judgment == Outcome::None)
                result.missing << tr("Klachtonderdeel %1 (%2) heeft nog geen oordeel.")
                                      .arg(number)
                                      .arg(part.description.trimmed().isEmpty() ? tr("zonder omschrijving")
                                                                                : part.description.trimmed());
        }
        const QString judgment = context.value(QStringLiteral("oordeel"));
        if (judgment.isEmpty()) {
            if (c.parts.isEmpty())
                result.missing << tr("Het oordeel over de klacht ontbreekt: gegrond, deels gegrond, ongegrond of "
                                     "geen oordeel mogelijk (art. 9:12 Awb).");
        } else {
            bool named = everyCopyShows(merged, judgment);
            for (const ComplaintPart& part : c.parts)
                named = named || everyCopyShows(merged, LetterFields::judgmentLabel(part.judgment));
            if (!named)
                result.missing << tr("De brief noemt het oordeel (%1) niet.").arg(judgment);
        }
        requireOmbudsman();
        break;
    }
    case LetterType::Adjournment: {
        const QString newDate = context.value(QStringLiteral("termijn.verdaagd"));
        if (!everyCopyShows(merged, newDate))
            result.missing << tr("De nieuwe afhandelingsdatum ontbreekt in de brief (art. 9:11 lid 2 Awb).");
        if (c.anonymous || c.klager.name.trimmed().isEmpty())
            result.missing << tr("De naam van de klager ontbreekt: de verdaging wordt aan de klager gemeld (art. "
                                 "9:11 lid 2 Awb).");
        if (c.subject.employee.trimmed().isEmpty())
            result.missing << tr("De beklaagde is niet ingevuld: de verdaging wordt ook aan de beklaagde gemeld "
                                 "(art. 9:11 lid 2 Awb).");
        else if (merged.size() < 2)
            result.missing << tr(
                "De brief is niet aan zowel de klager als de beklaagde gericht (art. 9:11 lid 2 Awb).");
        break;
    }
    case LetterType::NonHandlingNotice:
        if (c.nonHandlingGround == NonHandlingGround::None)
            result.missing << tr("De grond om de klacht niet te behandelen ontbreekt (art. 9:8 Awb).");
        else if (!everyCopyShows(merged, EnumText::label(c.nonHandlingGround)))
            result.missing << tr("De brief noemt de grond om de klacht niet te behandelen niet (art. 9:8 lid 3 Awb).");
        requireOmbudsman();
        break;
    default: break;
    }
    return result;
}
