// Importer::importRow: one CSV record → one Case or its problems (the rules are in importer.h).
#include "importer.h"

#include "../domain/judgment.h"
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

// One record read into a Case, a step at a time; every step reports what is wrong with its fields.
class Importer::RowReader {
public:
    RowReader(const Importer& importer, const CsvTable& table, const CsvRecord& record, RowContext& ctx, ImportRun& run)
        : m_importer(importer)
        , m_table(table)
        , m_record(record)
        , m_ctx(ctx)
        , m_run(run)
        , m_problemsBefore(run.problems.size()) {}

    bool hasProblems() const { return m_run.problems.size() > m_problemsBefore; }

    // A field beyond the header's columns that holds something: most likely an unquoted separator.
    void checkFieldCount() {
        for (qsizetype i = m_table.header.size(); i < m_record.fields.size(); ++i) {
            if (m_record.fields.at(i).trimmed().isEmpty())
                continue;
            m_run.problems.append(
                {m_record.line,
                 {},
                 {},
                 Importer::tr("de regel heeft %1 velden, de kopregel maar %2 (staat er een scheidingsteken "
                              "in een veld zonder aanhalingstekens?)")
                     .arg(m_record.fields.size())
                     .arg(m_table.header.size())});
            return;
        }
    }

    // Received (required, not in the future) and the conduct (not after the receipt).
    void readDates(Case& c) {
        c.received = date(ImportField::Received);
        if (value(ImportField::Received).isEmpty())
            problem(ImportField::Received, Importer::tr("ontvangstdatum ontbreekt"));
        else if (c.received.isValid() && c.received > m_importer.m_now.date())
            problem(ImportField::Received,
                    Importer::tr("ontvangstdatum '%1' ligt in de toekomst").arg(value(ImportField::Received)));
        c.conductDate = date(ImportField::ConductDate);
        if (c.conductDate.isValid() && c.received.isValid() && c.conductDate > c.received)
            problem(ImportField::ConductDate, Importer::tr("de gedraging ligt na de ontvangst"));
    }

    // A reference of its own may be empty (one is assigned on commit) but never used twice.
    void readReference(Case& c) {
        c.reference = value(ImportField::Reference);
        if (c.reference.isEmpty())
            return;
        if (m_importer.m_existingReferences.contains(c.reference)) {
            problem(ImportField::Reference,
                    Importer::tr("dubbel kenmerk %1 (staat al in het bestand)").arg(c.reference));
        } else if (const auto first = m_ctx.referenceLine.constFind(c.reference);
                   first != m_ctx.referenceLine.constEnd()) {
            problem(
                ImportField::Reference,
                Importer::tr("dubbel kenmerk %1 (komt twee keer voor, ook op regel %2)").arg(c.reference).arg(*first));
        } else {
            m_ctx.referenceLine.insert(c.reference, m_record.line);
        }
    }

    // Channel, kind (written when the channel is, unless the register says otherwise), domain and
    // anonymity, through the mapping's translation of the register's words.
    void readVocabulary(Case& c) {
        c.channel = EnumText::fromCode<Channel>(word(ImportField::Channel)).value_or(Channel::Other);
        const QString kind = word(ImportField::Kind);
        const bool written =
            c.channel == Channel::Letter || c.channel == Channel::Email || c.channel == Channel::WebForm;
        c.kind =
            EnumText::fromCode<CaseKind>(kind).value_or(written ? CaseKind::WrittenComplaint : CaseKind::OralComplaint);
        c.domain = EnumText::fromCode<PolicyDomain>(word(ImportField::Domain)).value_or(PolicyDomain::Other);
        c.anonymous = word(ImportField::Anonymous) == u"true";
    }

    // The people, the story and the themes: free text, taken as written.
    void readTexts(Case& c) const {
        c.klager = {value(ImportField::KlagerName), value(ImportField::KlagerAddress), value(ImportField::KlagerPhone),
                    value(ImportField::KlagerEmail)};
        c.subject.department = value(ImportField::Department);
        c.subject.employee = value(ImportField::Employee);
        c.subject.provider = value(ImportField::Provider);
        c.handler = value(ImportField::Handler);
        c.desiredOutcome = value(ImportField::DesiredOutcome);
        // The story keeps its line breaks; only the ends are trimmed.
        const int storyIndex = indexOf(ImportField::Story);
        if (storyIndex >= 0 && storyIndex < m_record.fields.size())
            c.story = m_record.fields.at(storyIndex).trimmed();

        static const QRegularExpression themeSeparator(QStringLiteral("[;,]"));
        for (const QString& part : value(ImportField::Themes).split(themeSeparator)) {
            const QString theme = part.simplified();
            if (!theme.isEmpty() && !c.themes.contains(theme, Qt::CaseInsensitive))
                c.themes << theme;
        }
    }

    // Where the case stands: a row with an outcome is a closed historical case; one without is open in
    // the phase the register gives (or Intake, Informal once it has a handler).
    void readState(Case& c) {
        const auto outcome = EnumText::fromCode<Outcome>(word(ImportField::Outcome));
        const auto phase = EnumText::fromCode<Phase>(word(ImportField::Phase));
        const QDate closedOn = date(ImportField::ClosedOn);
        if (outcome) {
            if (phase && *phase != Phase::Closed)
                problem(ImportField::Phase,
                        Importer::tr("fase '%1' past niet bij de uitkomst '%2' van een afgesloten zaak")
                            .arg(value(ImportField::Phase), value(ImportField::Outcome)));
            readClosure(c, *outcome, closedOn);
        } else if (!value(ImportField::Outcome).isEmpty()) {
            // unknown outcome word: reported by word()
        } else if (closedOn.isValid() || (phase && *phase == Phase::Closed)) {
            problem(ImportField::Outcome, Importer::tr("een afgesloten zaak heeft een uitkomst nodig"));
        } else {
            c.phase = phase.value_or(c.handler.isEmpty() ? Phase::Intake : Phase::Informal);
            if (c.phase == Phase::Formal && c.kind == CaseKind::Signal)
                problem(ImportField::Phase, Importer::tr("een signaal kent geen formele klachtprocedure"));
        }
    }

private:
    // A closed case: its outcome, closing date and what the closure needs, checked against the
    // workflow's consistency rules once the fields themselves are fine.
    void readClosure(Case& c, Outcome outcome, QDate closedOn) {
        c.phase = Phase::Closed;
        c.outcome = outcome;
        c.closedOn = closedOn;
        // History taken over from another register: a closure there had its letters there.
        c.historyImported = true;
        if (isJudgment(outcome))
            c.judgment = outcome;
        if (value(ImportField::ClosedOn).isEmpty())
            problem(ImportField::ClosedOn, Importer::tr("afsluitdatum ontbreekt voor een afgesloten zaak"));
        else if (closedOn.isValid() && closedOn > m_importer.m_now.date())
            problem(ImportField::ClosedOn, Importer::tr("afsluitdatum ligt in de toekomst"));
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
        if (hasProblems())
            return;
        Case check = c;
        if (check.reference.isEmpty())
            check.reference = QStringLiteral("-"); // assigned on commit
        for (const QString& why : m_importer.m_workflow.consistencyProblems(check))
            problem(ImportField::Outcome, why);
    }

    QString columnName(int index) const {
        const QString h = index < m_table.header.size() ? m_table.header.at(index) : QString();
        return h.isEmpty() ? Importer::tr("kolom %1").arg(index + 1) : h;
    }
    int indexOf(ImportField f) const { return m_ctx.index.at(int(f)); }
    QString value(ImportField f) const {
        const int i = indexOf(f);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
    }
    void problem(ImportField f, const QString& why) {
        const int i = indexOf(f);
        m_run.problems.append({m_record.line, i >= 0 ? columnName(i) : ImportMapping::label(f), value(f), why});
    }
    QDate date(ImportField f) {
        const DateParse parsed = DutchDate::parse(value(f), m_importer.m_now.date(), m_importer.m_mapping.excelDates);
        if (!parsed.error.isEmpty())
            problem(f, parsed.error);
        return parsed.date;
    }
    // The storage code the mapping translates the field's word into; empty (and reported) when unknown.
    QString word(ImportField f) {
        const QString v = value(f);
        if (v.isEmpty())
            return QString();
        const QString code = m_importer.m_mapping.translate(f, v);
        if (code.isEmpty()) {
            problem(f, unknownWordText(f, v));
            m_ctx.unknown[f].insert(v);
        }
        return code;
    }

    const Importer& m_importer;
    const CsvTable& m_table;
    const CsvRecord& m_record;
    RowContext& m_ctx;
    ImportRun& m_run;
    const qsizetype m_problemsBefore;
};

void Importer::importRow(const CsvTable& table, const CsvRecord& record, RowContext& ctx, ImportRun& run) const {
    RowReader reader(*this, table, record, ctx, run);
    Case c;
    reader.checkFieldCount();
    reader.readDates(c);
    reader.readReference(c);
    reader.readVocabulary(c);
    reader.readTexts(c);
    reader.readState(c);
    if (reader.hasProblems()) {
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
