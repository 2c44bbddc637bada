#include "selectielijst.h"

namespace {

struct Rule {
    ArchiveResult result;
    const char* number;
    ArchiveNomination nomination;
    int years;
};

// Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 13 (see the header).
constexpr Rule Rules[] = {
    {ArchiveResult::Handled, "13.1", ArchiveNomination::Destroy, 5},
    {ArchiveResult::FinancialConsequences, "13.1.1", ArchiveNomination::Destroy, 7},
    {ArchiveResult::ViaOmbudsman, "13.1.2", ArchiveNomination::Destroy, 10},
    {ArchiveResult::AffectsKeptCase, "13.1.3", ArchiveNomination::Keep, 0},
    {ArchiveResult::Inadmissible, "13.1.4", ArchiveNomination::Destroy, 1},
    {ArchiveResult::Aborted, "13.2", ArchiveNomination::Destroy, 1},
};

const Rule& ruleOf(ArchiveResult result) {
    for (const Rule& rule : Rules) {
        if (rule.result == result)
            return rule;
    }
    return Rules[0];
}

QString shortDate(QDate day) {
    return day.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

QList<ArchiveResult> Selectielijst::results() {
    QList<ArchiveResult> list;
    for (const Rule& rule : Rules)
        list << rule.result;
    return list;
}

QString Selectielijst::number(ArchiveResult result) {
    return QString::fromLatin1(ruleOf(result).number);
}

std::optional<ArchiveResult> Selectielijst::fromNumber(const QString& number) {
    for (const Rule& rule : Rules) {
        if (number.trimmed() == QLatin1String(rule.number))
            return rule.result;
    }
    return std::nullopt;
}

QString Selectielijst::name(ArchiveResult result) {
    switch (result) {
    case ArchiveResult::Handled: return tr("Afgehandeld");
    case ArchiveResult::FinancialConsequences: return tr("Geschil met financiële consequenties");
    case ArchiveResult::ViaOmbudsman: return tr("Klacht afgehandeld via ombudsman");
    case ArchiveResult::AffectsKeptCase: return tr("Geschil met invloed op een te bewaren zaak");
    case ArchiveResult::Inadmissible: return tr("Niet ontvankelijk geschil");
    case ArchiveResult::Aborted: return tr("Afgebroken");
    }
    return {};
}

ArchiveNomination Selectielijst::nomination(ArchiveResult result) {
    return ruleOf(result).nomination;
}

int Selectielijst::years(ArchiveResult result) {
    return ruleOf(result).years;
}

QString Selectielijst::label(ArchiveNomination nomination) {
    return nomination == ArchiveNomination::Keep ? tr("blijvend bewaren") : tr("vernietigen");
}

int Selectielijst::shortestYears() {
    int shortest = 100;
    for (const Rule& rule : Rules) {
        if (rule.nomination == ArchiveNomination::Destroy)
            shortest = std::min(shortest, rule.years);
    }
    return shortest;
}

ArchiveResult Selectielijst::derive(Outcome outcome, QDate sentToOmbudsman) {
    // The ombudsman first: whatever the municipality concluded, the file went through his hands.
    if (sentToOmbudsman.isValid())
        return ArchiveResult::ViaOmbudsman;
    switch (outcome) {
    case Outcome::Withdrawn: return ArchiveResult::Aborted;
    case Outcome::NotHandled: return ArchiveResult::Inadmissible;
    case Outcome::None:
    case Outcome::ResolvedToSatisfaction:
    case Outcome::Upheld:
    case Outcome::PartlyUpheld:
    case Outcome::Rejected:
    case Outcome::NoJudgment:
    case Outcome::Referred: break;
    }
    return ArchiveResult::Handled;
}

ArchiveStatus Selectielijst::status(Phase phase, Outcome outcome, QDate closedOn, QDate sentToOmbudsman,
                                    const std::optional<ArchiveOverride>& override) {
    ArchiveStatus s;
    s.derived = derive(outcome, sentToOmbudsman);
    s.override = override;
    s.result = override ? override->result : s.derived;
    s.nomination = nomination(s.result);
    s.years = years(s.result);
    s.closed = phase == Phase::Closed && closedOn.isValid();
    // 29 February becomes 28 February in a common year (QDate::addYears).
    if (s.closed && s.nomination == ArchiveNomination::Destroy)
        s.archiveDate = closedOn.addYears(s.years);
    return s;
}

QString Selectielijst::basis(ArchiveResult result) {
    const QString what = nomination(result) == ArchiveNomination::Keep
                             ? label(ArchiveNomination::Keep)
                             : tr("vernietigen, %n jaar na afsluiting", nullptr, years(result));
    return tr("Selectielijst %1: %2 — %3").arg(number(result), name(result).toLower(), what);
}

QString Selectielijst::describe(const ArchiveStatus& s) {
    const QString why = basis(s.result);
    if (s.nomination == ArchiveNomination::Keep)
        return tr("Blijvend bewaren (%1).").arg(why);
    if (!s.closed)
        return tr("Na afsluiting: %1.").arg(why);
    return tr("Vernietigen na %1 (%2).").arg(shortDate(s.archiveDate), why);
}
