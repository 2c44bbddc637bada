// Importer::importRow: one CSV record → one Case or its problems (the rules are in importer.h).
#include "importer.h"

#include "../workflow/eventtext.h"

#include "dutchdate.h"
#include "workflow/workflow.h"

#include <QRegularExpression>

namespace {

QString unknownWordText(ImportField field, const QString& word) {
    switch (field) {
    case ImportField::Channel: return Importer::tr("onbekend kanaal '%1' (kies een vertaling)").arg(word);
    case ImportField::Domain: return Importer::tr("onbekend domein '%1' (kies een vertaling)").arg(word);
    case ImportField::Kind: return Importer::tr("onbekende soort '%1' (kies een vertaling)").arg(word);
    case ImportField::Phase: return Importer::tr("onbekende fase '%1' (kies een vertaling)").arg(word);
    case ImportField::Outcome: return Importer::tr("onbekende uitkomst '%1' (kies een vertaling)").arg(word);
    case ImportField::Confirmation:
        return Importer::tr("onbekende manier van bevestigen '%1' (kies een vertaling)").arg(word);
    case ImportField::NonHandlingGround:
        return Importer::tr("onbekende grond om niet te behandelen '%1' (kies een vertaling)").arg(word);
    case ImportField::Anonymous: return Importer::tr("'%1' is geen ja of nee (kies een vertaling)").arg(word);
    default: return Importer::tr("onbekende waarde '%1'").arg(word);
    }
}

} // namespace

void Importer::importRow(const CsvTable& table, const CsvRecord& record, RowContext& ctx, ImportRun& run) const {
    const qsizetype problemsBefore = run.problems.size();
    const auto columnName = [&](int index) {
        const QString h = index < table.header.size() ? table.header.at(index) : QString();
        return h.isEmpty() ? tr("kolom %1").arg(index + 1) : h;
    };
    const auto indexOf = [&](ImportField f) { return ctx.index.at(int(f)); };
    const auto value = [&](ImportField f) {
        const int i = indexOf(f);
        return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
    };
    const auto problem = [&](ImportField f, const QString& why) {
        const int i = indexOf(f);
        run.problems.append({record.line, i >= 0 ? columnName(i) : ImportMapping::label(f), value(f), why});
    };
    const auto date = [&](ImportField f) {
        const DateParse parsed = DutchDate::parse(value(f), m_now.date(), m_mapping.excelDates);
        if (!parsed.error.isEmpty())
            problem(f, parsed.error);
        return parsed.date;
    };
    const auto word = [&](ImportField f) {
        const QString v = value(f);
        if (v.isEmpty())
            return QString();
        const QString code = m_mapping.translate(f, v);
        if (code.isEmpty()) {
            problem(f, unknownWordText(f, v));
            ctx.unknown[f].insert(v);
        }
        return code;
    };

    for (qsizetype i = table.header.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            run.problems.append({record.line,
                                 {},
                                 {},
                                 tr("de regel heeft %1 velden, de kopregel maar %2 (staat er een scheidingsteken "
                                    "in een veld zonder aanhalingstekens?)")
                                     .arg(record.fields.size())
                                     .arg(table.header.size())});
            break;
        }
    }

    Case c;
    c.received = date(ImportField::Received);
    if (value(ImportField::Received).isEmpty())
        problem(ImportField::Received, tr("ontvangstdatum ontbreekt"));
    else if (c.received.isValid() && c.received > m_now.date())
        problem(ImportField::Received, tr("ontvangstdatum '%1' ligt in de toekomst").arg(value(ImportField::Received)));
    c.conductDate = date(ImportField::ConductDate);
    if (c.conductDate.isValid() && c.received.isValid() && c.conductDate > c.received)
        problem(ImportField::ConductDate, tr("de gedraging ligt na de ontvangst"));

    c.reference = value(ImportField::Reference);
    if (!c.reference.isEmpty()) {
        if (m_existingReferences.contains(c.reference)) {
            problem(ImportField::Reference, tr("dubbel kenmerk %1 (staat al in het bestand)").arg(c.reference));
        } else if (const auto first = ctx.referenceLine.constFind(c.reference); first != ctx.referenceLine.constEnd()) {
            problem(ImportField::Reference,
                    tr("dubbel kenmerk %1 (komt twee keer voor, ook op regel %2)").arg(c.reference).arg(*first));
        } else {
            ctx.referenceLine.insert(c.reference, record.line);
        }
    }

    const QString channel = word(ImportField::Channel);
    c.channel = EnumText::fromCode<Channel>(channel).value_or(Channel::Other);
    const QString kind = word(ImportField::Kind);
    const bool written = c.channel == Channel::Letter || c.channel == Channel::Email || c.channel == Channel::WebForm;
    c.kind =
        EnumText::fromCode<CaseKind>(kind).value_or(written ? CaseKind::WrittenComplaint : CaseKind::OralComplaint);
    c.domain = EnumText::fromCode<PolicyDomain>(word(ImportField::Domain)).value_or(PolicyDomain::Other);
    c.anonymous = word(ImportField::Anonymous) == u"true";

    c.klager = {value(ImportField::KlagerName), value(ImportField::KlagerAddress), value(ImportField::KlagerPhone),
                value(ImportField::KlagerEmail)};
    c.subject.department = value(ImportField::Department);
    c.subject.employee = value(ImportField::Employee);
    c.subject.provider = value(ImportField::Provider);
    c.handler = value(ImportField::Handler);
    c.desiredOutcome = value(ImportField::DesiredOutcome);
    // The story keeps its line breaks; only the ends are trimmed.
    const int storyIndex = indexOf(ImportField::Story);
    if (storyIndex >= 0 && storyIndex < record.fields.size())
        c.story = record.fields.at(storyIndex).trimmed();

    static const QRegularExpression themeSeparator(QStringLiteral("[;,]"));
    for (const QString& part : value(ImportField::Themes).split(themeSeparator)) {
        const QString theme = part.simplified();
        if (!theme.isEmpty() && !c.themes.contains(theme, Qt::CaseInsensitive))
            c.themes << theme;
    }

    const auto outcome = EnumText::fromCode<Outcome>(word(ImportField::Outcome));
    const auto phase = EnumText::fromCode<Phase>(word(ImportField::Phase));
    const QDate closedOn = date(ImportField::ClosedOn);
    if (outcome) {
        if (phase && *phase != Phase::Closed)
            problem(ImportField::Phase, tr("fase '%1' past niet bij de uitkomst '%2' van een afgesloten zaak")
                                            .arg(value(ImportField::Phase), value(ImportField::Outcome)));
        c.phase = Phase::Closed;
        c.outcome = *outcome;
        c.closedOn = closedOn;
        // History taken over from another register: a closure there had its letters there.
        c.historyImported = true;
        if (*outcome == Outcome::Upheld || *outcome == Outcome::PartlyUpheld || *outcome == Outcome::Rejected ||
            *outcome == Outcome::NoJudgment)
            c.judgment = *outcome;
        if (value(ImportField::ClosedOn).isEmpty())
            problem(ImportField::ClosedOn, tr("afsluitdatum ontbreekt voor een afgesloten zaak"));
        else if (closedOn.isValid() && closedOn > m_now.date())
            problem(ImportField::ClosedOn, tr("afsluitdatum ligt in de toekomst"));
        c.hearingHeld = date(ImportField::HearingHeld);
        c.satisfactionConfirmation =
            EnumText::fromCode<ConfirmationMethod>(word(ImportField::Confirmation)).value_or(ConfirmationMethod::None);
        c.nonHandlingGround = EnumText::fromCode<NonHandlingGround>(word(ImportField::NonHandlingGround))
                                  .value_or(NonHandlingGround::None);
        c.nonHandlingNoticeSent = date(ImportField::NoticeSent);
        if (c.outcome == Outcome::Referred) {
            c.referralProvider = c.subject.provider;
            c.referralFeedback = closedOn; // the workflow records the feedback on the day it closes
        }
        if (run.problems.size() == problemsBefore) {
            Case check = c;
            if (check.reference.isEmpty())
                check.reference = QStringLiteral("-"); // assigned on commit
            for (const QString& why : m_workflow.consistencyProblems(check))
                problem(ImportField::Outcome, why);
        }
    } else if (!value(ImportField::Outcome).isEmpty()) {
        // unknown outcome word: reported above
    } else if (closedOn.isValid() || (phase && *phase == Phase::Closed)) {
        problem(ImportField::Outcome, tr("een afgesloten zaak heeft een uitkomst nodig"));
    } else {
        c.phase = phase.value_or(c.handler.isEmpty() ? Phase::Intake : Phase::Informal);
        if (c.phase == Phase::Formal && c.kind == CaseKind::Signal)
            problem(ImportField::Phase, tr("een signaal kent geen formele klachtprocedure"));
    }

    if (run.problems.size() > problemsBefore) {
        ++run.problemRows;
        return;
    }
    c.historyImported = true;
    CaseEvent event = EventText::imported(m_fileName, record.line);
    event.at = m_now;
    event.author = m_user;
    c.events.append(event);
    run.cases.append({record.line, std::move(c)});
}
