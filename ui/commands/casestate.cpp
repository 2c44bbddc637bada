#include "casestate.h"

#include "deadlines/termcalculator.h"
#include "domain/casefields.h"
#include "i18n/languages.h"

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
    return Languages::locale().createSeparatedList(v);
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
    QString key; // CaseFields::keys(), stored in timeline records
    QString name;
    std::function<bool(const Case&, const Case&)> equal;
    std::function<void(Case&, const Case&)> copy;
    std::function<QString(const Case&)> text;
};

template <auto Member> Field field(const QString& key) {
    return {key, CaseFields::label(key), [](const Case& a, const Case& b) { return a.*Member == b.*Member; },
            [](Case& to, const Case& from) { to.*Member = from.*Member; },
            [](const Case& c) { return display(c.*Member); }};
}

// Every member of Case except id, reference, events and revision. When Case grows a member, add it
// here and to the test "the undo state covers every field of a case" (test_casecommands.cpp).
const QList<Field>& fields() {
    static const QList<Field> all{
        field<&Case::kind>(QStringLiteral("kind")),
        field<&Case::channel>(QStringLiteral("channel")),
        field<&Case::received>(QStringLiteral("received")),
        field<&Case::conductDate>(QStringLiteral("conductDate")),
        field<&Case::anonymous>(QStringLiteral("anonymous")),
        field<&Case::klager>(QStringLiteral("klager")),
        field<&Case::representative>(QStringLiteral("representative")),
        field<&Case::subject>(QStringLiteral("subject")),
        field<&Case::domain>(QStringLiteral("domain")),
        field<&Case::themes>(QStringLiteral("themes")),
        field<&Case::story>(QStringLiteral("story")),
        field<&Case::desiredOutcome>(QStringLiteral("desiredOutcome")),
        field<&Case::handler>(QStringLiteral("handler")),
        field<&Case::committee>(QStringLiteral("committee")),
        field<&Case::aboutDecisionContent>(QStringLiteral("aboutDecisionContent")),
        field<&Case::decisionPublished>(QStringLiteral("decisionPublished")),
        field<&Case::phase>(QStringLiteral("phase")),
        field<&Case::outcome>(QStringLiteral("outcome")),
        field<&Case::closedOn>(QStringLiteral("closedOn")),
        field<&Case::satisfactionConfirmation>(QStringLiteral("satisfactionConfirmation")),
        field<&Case::nonHandlingGround>(QStringLiteral("nonHandlingGround")),
        field<&Case::nonHandlingNoticeSent>(QStringLiteral("nonHandlingNoticeSent")),
        field<&Case::acknowledgementSent>(QStringLiteral("acknowledgementSent")),
        field<&Case::firstContactOn>(QStringLiteral("firstContactOn")),
        field<&Case::adjournedOn>(QStringLiteral("adjournedOn")),
        field<&Case::consentReceived>(QStringLiteral("consentReceived")),
        field<&Case::agreedDueDate>(QStringLiteral("agreedDueDate")),
        field<&Case::hearingPlanned>(QStringLiteral("hearingPlanned")),
        field<&Case::hearingHeld>(QStringLiteral("hearingHeld")),
        field<&Case::hearingException>(QStringLiteral("hearingException")),
        field<&Case::referralProvider>(QStringLiteral("referralProvider")),
        field<&Case::referralFollowUp>(QStringLiteral("referralFollowUp")),
        field<&Case::referralFeedback>(QStringLiteral("referralFeedback")),
        field<&Case::followUpDue>(QStringLiteral("followUpDue")),
        field<&Case::followUpDone>(QStringLiteral("followUpDone")),
        field<&Case::klaagschriftDated>(QStringLiteral("klaagschriftDated")),
        field<&Case::committeeDecidedOn>(QStringLiteral("committeeDecidedOn")),
        field<&Case::committeeReason>(QStringLiteral("committeeReason")),
        field<&Case::aboutRegie>(QStringLiteral("aboutRegie")),
        field<&Case::hearingReplyTerm>(QStringLiteral("hearingReplyTerm")),
        field<&Case::respondentHearing>(QStringLiteral("respondentHearing")),
        field<&Case::respondentHeardOn>(QStringLiteral("respondentHeardOn")),
        field<&Case::hearingReport>(QStringLiteral("hearingReport")),
        field<&Case::hearingReportSent>(QStringLiteral("hearingReportSent")),
        field<&Case::findings>(QStringLiteral("findings")),
        field<&Case::judgment>(QStringLiteral("judgment")),
        field<&Case::conclusions>(QStringLiteral("conclusions")),
        field<&Case::closingNoticeSent>(QStringLiteral("closingNoticeSent")),
        field<&Case::historyImported>(QStringLiteral("historyImported")),
        field<&Case::sentToOmbudsman>(QStringLiteral("sentToOmbudsman")),
        field<&Case::ombudsmanKind>(QStringLiteral("ombudsmanKind")),
        field<&Case::ombudsmanOutcome>(QStringLiteral("ombudsmanOutcome")),
        field<&Case::ombudsmanOutcomeOn>(QStringLiteral("ombudsmanOutcomeOn")),
        field<&Case::committeeAdviceOn>(QStringLiteral("committeeAdviceOn")),
        field<&Case::committeeAdvice>(QStringLiteral("committeeAdvice")),
        field<&Case::committeeAdviceText>(QStringLiteral("committeeAdviceText")),
        field<&Case::departureReasons>(QStringLiteral("departureReasons")),
        field<&Case::predecessor>(QStringLiteral("predecessor")),
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

QStringList CaseState::changedKeys(const Case& a, const Case& b) {
    QStringList keys;
    for (const Field& f : fields()) {
        if (!f.equal(a, b))
            keys << f.key;
    }
    return keys;
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
