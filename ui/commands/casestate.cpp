#include "casestate.h"

#include "deadlines/termcalculator.h"

#include <functional>

namespace {

// How a value reads in the conflict dialog; empty for "not filled in".
QString display(const QString& v) {
    return v;
}
QString display(QDate v) {
    return v.isValid() ? TermCalculator::shortDate(v) : QString();
}
QString display(bool v) {
    return v ? CaseState::tr("ja") : CaseState::tr("nee");
}
template <typename E>
requires std::is_enum_v<E> QString display(E v) {
    return EnumText::label(v);
}
QString display(const QStringList& v) {
    return v.join(CaseState::tr(", "));
}
QString display(const Person& v) {
    QStringList lines{v.name, v.address, v.phone, v.email};
    lines.removeAll(QString());
    return lines.join(u'\n');
}
QString display(const Representative& v) {
    return v.role.isEmpty() ? v.name : CaseState::tr("%1 (%2)").arg(v.name, v.role);
}
QString display(const ComplaintSubject& v) {
    QStringList lines{v.department, v.employee, v.provider, v.jointArrangement};
    lines.removeAll(QString());
    return lines.join(u'\n');
}

struct Field {
    QString name;
    std::function<bool(const Case&, const Case&)> equal;
    std::function<void(Case&, const Case&)> copy;
    std::function<QString(const Case&)> text;
};

template <auto Member> Field field(const QString& name) {
    return {name, [](const Case& a, const Case& b) { return a.*Member == b.*Member; },
            [](Case& to, const Case& from) { to.*Member = from.*Member; },
            [](const Case& c) { return display(c.*Member); }};
}

// Every member of Case except id, reference, events and revision. When Case grows a member, add it
// here and to the test "the undo state covers every field of a case" (test_casecommands.cpp).
const QList<Field>& fields() {
    static const QList<Field> all{
        field<&Case::kind>(CaseState::tr("soort")),
        field<&Case::channel>(CaseState::tr("kanaal")),
        field<&Case::received>(CaseState::tr("ontvangstdatum")),
        field<&Case::conductDate>(CaseState::tr("datum gedraging")),
        field<&Case::anonymous>(CaseState::tr("anoniem")),
        field<&Case::klager>(CaseState::tr("klager")),
        field<&Case::representative>(CaseState::tr("vertegenwoordiger")),
        field<&Case::subject>(CaseState::tr("over wie")),
        field<&Case::domain>(CaseState::tr("domein")),
        field<&Case::themes>(CaseState::tr("thema's")),
        field<&Case::story>(CaseState::tr("verhaal")),
        field<&Case::desiredOutcome>(CaseState::tr("gewenste uitkomst")),
        field<&Case::handler>(CaseState::tr("behandelaar")),
        field<&Case::committee>(CaseState::tr("klachtadviescommissie")),
        field<&Case::aboutDecisionContent>(CaseState::tr("inhoud besluit")),
        field<&Case::decisionPublished>(CaseState::tr("bekendmaking besluit")),
        field<&Case::phase>(CaseState::tr("fase")),
        field<&Case::outcome>(CaseState::tr("uitkomst")),
        field<&Case::closedOn>(CaseState::tr("datum afsluiting")),
        field<&Case::satisfactionConfirmation>(CaseState::tr("bevestiging door de klager")),
        field<&Case::nonHandlingGround>(CaseState::tr("grond niet-behandelen")),
        field<&Case::nonHandlingNoticeSent>(CaseState::tr("kennisgeving niet-behandelen")),
        field<&Case::acknowledgementSent>(CaseState::tr("ontvangstbevestiging")),
        field<&Case::firstContactOn>(CaseState::tr("eerste contact")),
        field<&Case::adjournedOn>(CaseState::tr("verdaging")),
        field<&Case::consentReceived>(CaseState::tr("instemming met uitstel")),
        field<&Case::agreedDueDate>(CaseState::tr("afgesproken afdoeningsdatum")),
        field<&Case::hearingPlanned>(CaseState::tr("geplande hoorzitting")),
        field<&Case::hearingHeld>(CaseState::tr("gehouden hoorzitting")),
        field<&Case::hearingException>(CaseState::tr("afzien van horen")),
        field<&Case::referralProvider>(CaseState::tr("aanbieder")),
        field<&Case::referralFollowUp>(CaseState::tr("navragen terugkoppeling")),
        field<&Case::referralFeedback>(CaseState::tr("terugkoppeling aanbieder")),
        field<&Case::followUpDue>(CaseState::tr("nabellen gepland")),
        field<&Case::followUpDone>(CaseState::tr("nagebeld")),
        field<&Case::sentToOmbudsman>(CaseState::tr("naar de ombudsman")),
        field<&Case::ombudsmanKind>(CaseState::tr("welke ombudsman")),
        field<&Case::ombudsmanOutcome>(CaseState::tr("uitkomst bij de ombudsman")),
        field<&Case::ombudsmanOutcomeOn>(CaseState::tr("datum uitkomst ombudsman")),
    };
    return all;
}

} // namespace

QStringList CaseState::differences(const Case& a, const Case& b) {
    QStringList names;
    for (const Field& f : fields()) {
        if (!f.equal(a, b))
            names << f.name;
    }
    return names;
}

QStringList CaseState::conflicts(const Case& current, const Case& from, const Case& to) {
    QStringList names;
    for (const Field& f : fields()) {
        if (!f.equal(from, to) && !f.equal(current, from) && !f.equal(current, to))
            names << f.name;
    }
    return names;
}

void CaseState::reapply(Case& current, const Case& from, const Case& to) {
    for (const Field& f : fields()) {
        if (!f.equal(from, to))
            f.copy(current, to);
    }
}

QList<FieldDifference> CaseState::compare(const Case& a, const Case& b) {
    QList<FieldDifference> differences;
    for (const Field& f : fields()) {
        if (!f.equal(a, b))
            differences.append({f.name, f.text(a), f.text(b)});
    }
    return differences;
}
