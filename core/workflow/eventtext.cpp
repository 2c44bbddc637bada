#include "eventtext.h"

#include "../deadlines/termcalculator.h"
#include "../domain/casefields.h"
#include "../i18n/languages.h"

namespace {

QDate dateOf(const QMap<QString, QString>& p, const char* key) {
    return QDate::fromString(p.value(QString::fromLatin1(key)), Qt::ISODate);
}

QString shortDateOf(const QMap<QString, QString>& p, const char* key) {
    const QDate day = dateOf(p, key);
    return day.isValid() ? TermCalculator::shortDate(day) : QStringLiteral("?");
}

template <typename E> QString labelOf(const QMap<QString, QString>& p, const char* key) {
    const std::optional<E> value = EnumText::fromCode<E>(p.value(QString::fromLatin1(key)));
    return value ? EnumText::label(*value) : p.value(QString::fromLatin1(key));
}

// A new timeline entry that records code with its parameters (time and author are the caller's).
CaseEvent coded(EventKind kind, const char* code, QMap<QString, QString> params) {
    CaseEvent event;
    event.kind = kind;
    event.code = QString::fromLatin1(code);
    event.params = std::move(params);
    return event;
}

QString letterLabel(const QString& code) {
    const std::optional<LetterType> type = LetterTypes::fromCode(code);
    return type ? LetterTypes::label(*type) : code;
}

} // namespace

QString EventText::render(const CaseEvent& event) {
    const QString rendered = record(event);
    if (rendered.isEmpty())
        return event.text;
    return event.text.trimmed().isEmpty() ? rendered : rendered + u'\n' + event.text.trimmed();
}

QString EventText::record(const CaseEvent& event) {
    const QString& code = event.code;
    const QMap<QString, QString>& p = event.params;
    if (code.isEmpty())
        return {};
    if (code.startsWith(QLatin1String("workflow."))) {
        if (const std::optional<WorkflowAction> action = Workflow::actionFromCode(code.mid(9)))
            return workflowRecord(*action, p);
    } else if (code == QLatin1String("letter.sent")) {
        const QString type = letterLabel(p.value(QStringLiteral("type")));
        const QString recipient = p.value(QStringLiteral("recipient"));
        if (p.value(QStringLiteral("origin")) == QLatin1String("elsewhere"))
            return recipient.isEmpty() ? tr("Brief buiten het programma verstuurd en vastgelegd: %1 van %2")
                                             .arg(type, shortDateOf(p, "date"))
                                       : tr("Brief buiten het programma verstuurd en vastgelegd: %1 van %2 (aan %3)")
                                             .arg(type, shortDateOf(p, "date"), recipient);
        return tr("Brief verstuurd: %1 (aan %2)").arg(type, recipient);
    } else if (code == QLatin1String("case.reopened_as")) {
        return tr("Heropend als nieuwe klacht %1, met ingang van %2.")
            .arg(p.value(QStringLiteral("successor")), shortDateOf(p, "date"));
    } else if (code == QLatin1String("case.reopens")) {
        return tr("Nieuwe klacht na heropening van %1 (een afgedane klacht wordt niet opnieuw behandeld, art. 9:8 "
                  "lid 1 a Awb; dit is een nieuwe klacht).")
            .arg(p.value(QStringLiteral("predecessor")));
    } else if (code == QLatin1String("import.row")) {
        return tr("Geïmporteerd uit %1 (regel %2)")
            .arg(p.value(QStringLiteral("file")), p.value(QStringLiteral("line")));
    } else if (code == QLatin1String("undo.undone") || code == QLatin1String("undo.redone")) {
        const QString what = undoRecord(p);
        return code == QLatin1String("undo.undone") ? tr("Ongedaan gemaakt: %1").arg(what)
                                                    : tr("Opnieuw uitgevoerd: %1").arg(what);
    }
    // A code from a newer version: say what is stored rather than nothing.
    return code;
}

QString EventText::undoRecord(const QMap<QString, QString>& p) {
    const QString what = p.value(QStringLiteral("what"));
    if (what == QLatin1String("transition")) {
        const std::optional<WorkflowAction> action = Workflow::actionFromCode(p.value(QStringLiteral("action")));
        const QString label = action ? Workflow::label(*action) : p.value(QStringLiteral("action"));
        return p.value(QStringLiteral("phase")) == QLatin1String("1") ? tr("Fase: %1").arg(label) : label;
    }
    if (what == QLatin1String("register"))
        return tr("Zaak registreren");
    if (what == QLatin1String("event")) {
        const QDateTime at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODateWithMs).toLocalTime();
        return tr("Tijdlijn: %1 van %2 (\u201e%3\u201d)")
            .arg(labelOf<EventKind>(p, "kind").toLower(),
                 TermCalculator::shortDate(at.date()) + u' ' + at.time().toString(QStringLiteral("HH:mm")),
                 p.value(QStringLiteral("excerpt")));
    }
    if (what == QLatin1String("edit")) {
        QStringList names;
        for (const QString& key : p.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << CaseFields::label(key);
        return tr("wijziging van %1").arg(Languages::locale().createSeparatedList(names));
    }
    return p.value(QStringLiteral("text"));
}

QString EventText::workflowRecord(WorkflowAction action, const QMap<QString, QString>& p) {
    QString text = Workflow::label(action);
    const bool phaseChange = p.contains(QStringLiteral("from"));
    if (phaseChange)
        text += tr(": van %1 naar %2").arg(labelOf<Phase>(p, "from"), labelOf<Phase>(p, "to"));
    else
        text += tr(": %1").arg(shortDateOf(p, "date"));

    const bool elsewhere = p.value(QStringLiteral("letter")) == QLatin1String("elsewhere");
    QString detail;
    switch (action) {
    case WorkflowAction::ResolveToSatisfaction:
        detail = tr("Bevestiging door de klager: %1. Nabellen op %2.")
                     .arg(labelOf<ConfirmationMethod>(p, "confirmation").toLower(), shortDateOf(p, "follow_up"));
        break;
    case WorkflowAction::ReturnToInformal:
        detail = tr("De klager stemt ermee in dat de klacht weer informeel wordt opgepakt (%1).")
                     .arg(labelOf<ConfirmationMethod>(p, "confirmation").toLower());
        break;
    case WorkflowAction::DeclineToHandle:
        detail = tr("%1. Schriftelijke kennisgeving verstuurd op %2.")
                     .arg(labelOf<NonHandlingGround>(p, "ground"), shortDateOf(p, "notice"));
        break;
    case WorkflowAction::Refer:
        detail = tr("Aanbieder: %1. Terugkoppeling navragen op %2.")
                     .arg(p.value(QStringLiteral("provider")), shortDateOf(p, "follow_up"));
        break;
    case WorkflowAction::RecordReferralFeedback:
        detail = tr("Terugkoppeling van %1 ontvangen.").arg(p.value(QStringLiteral("provider")));
        break;
    case WorkflowAction::RecordHearing:
        if (p.value(QStringLiteral("person")) != QLatin1String("beklaagde"))
            detail = tr("De klager is gehoord (art. 9:10 lid 1 Awb).");
        else
            detail = labelOf<RespondentHearing>(p, "respondent") + u'.';
        break;
    case WorkflowAction::RecordHearingException:
        detail = labelOf<HearingException>(p, "exception") + u'.';
        if (p.contains(QStringLiteral("reply_term")))
            detail += u' ' + tr("Gestelde termijn: tot en met %1.").arg(shortDateOf(p, "reply_term"));
        break;
    case WorkflowAction::RecordHearingReport:
        detail = tr("Hoorverslag vastgelegd en op %1 aan klager en beklaagde gestuurd (art. 9:10 lid 3 Awb).")
                     .arg(shortDateOf(p, "date"));
        break;
    case WorkflowAction::RecordCommitteeAdvice:
        detail = tr("Advies van de klachtadviescommissie: %1.").arg(labelOf<Outcome>(p, "advice"));
        break;
    case WorkflowAction::RecordConsent:
        detail = tr("Nieuwe afdoeningsdatum: %1 (art. 9:11 lid 3 Awb).").arg(shortDateOf(p, "agreed"));
        break;
    case WorkflowAction::Adjourn:
        detail = tr("Verdaging schriftelijk gemeld aan klager en beklaagde (art. 9:11 lid 2 Awb); nieuwe "
                    "afdoeningsdatum: %1.")
                     .arg(shortDateOf(p, "due"));
        if (elsewhere)
            detail += u' ' + tr("De verdagingsbrief is buiten het programma verstuurd.");
        break;
    case WorkflowAction::Judge: detail = tr("Oordeel: %1.").arg(labelOf<Outcome>(p, "judgment")); break;
    case WorkflowAction::Close:
        detail = tr("Afgedaan met de afdoeningsbrief van %1 (art. 9:12 Awb); oordeel: %2.")
                     .arg(shortDateOf(p, "date"), labelOf<Outcome>(p, "judgment"));
        if (elsewhere)
            detail += u' ' + tr("De afdoeningsbrief is buiten het programma verstuurd.");
        break;
    case WorkflowAction::Reopen: detail = tr("Eerdere uitkomst: %1.").arg(labelOf<Outcome>(p, "previous")); break;
    default: break;
    }
    if (p.contains(QStringLiteral("effective")))
        detail = (detail.isEmpty() ? QString() : detail + u' ') + tr("Per %1.").arg(shortDateOf(p, "effective"));
    if (!detail.isEmpty())
        text += u'\n' + detail;
    return text;
}

CaseEvent EventText::letterSent(LetterType type, const QString& recipient, QDate letterDate, LetterOrigin origin) {
    return coded(EventKind::Letter, "letter.sent",
                 {{QStringLiteral("type"), LetterTypes::code(type)},
                  {QStringLiteral("recipient"), recipient},
                  {QStringLiteral("date"), letterDate.toString(Qt::ISODate)},
                  {QStringLiteral("origin"),
                   origin == LetterOrigin::Elsewhere ? QStringLiteral("elsewhere") : QStringLiteral("program")}});
}

CaseEvent EventText::reopenedAs(const QString& successor, QDate date) {
    return coded(EventKind::PhaseChange, "case.reopened_as",
                 {{QStringLiteral("successor"), successor}, {QStringLiteral("date"), date.toString(Qt::ISODate)}});
}

CaseEvent EventText::reopens(const QString& predecessor, QDate date) {
    return coded(EventKind::Note, "case.reopens",
                 {{QStringLiteral("predecessor"), predecessor}, {QStringLiteral("date"), date.toString(Qt::ISODate)}});
}

CaseEvent EventText::imported(const QString& fileName, int line) {
    return coded(EventKind::Note, "import.row",
                 {{QStringLiteral("file"), fileName}, {QStringLiteral("line"), QString::number(line)}});
}
