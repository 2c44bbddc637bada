#include "inzage.h"

#include "../workflow/eventtext.h"

#include "letters/letterstore.h"
#include "letters/lettertype.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/caserow.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue jsonOf(const QVariant& v) {
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

QString moment(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

Inzage::Inzage(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

QList<InzageMatch> Inzage::find(const InzageQuery& query) {
    const QString name = query.name.simplified();
    const QString email = query.email.trimmed();
    const QString address = query.address.simplified();
    if (name.isEmpty() && email.isEmpty() && address.isEmpty())
        return {};
    // Compared here, not in SQL: SQLite's lower() and LIKE fold ASCII letters only ("Özdemir"), and
    // LIKE would read % and _ in a name as wildcards. One pass over the klager columns is quick.
    const auto has = [](const QString& text, const QString& part) {
        return !part.isEmpty() && text.simplified().contains(part, Qt::CaseInsensitive);
    };
    SqlQuery q(m_db, QStringLiteral("SELECT id, reference, received, phase, klager_name, klager_address, klager_phone, "
                                    "klager_email FROM cases ORDER BY received, reference"));
    q.exec();
    QList<InzageMatch> matches;
    const auto text = [&q](const char* column) { return q.value(QString::fromLatin1(column)).toString(); };
    while (q.next()) {
        InzageMatch m;
        m.klager = {text("klager_name"), text("klager_address"), text("klager_phone"), text("klager_email")};
        const bool match = has(m.klager.name, name) || has(m.klager.address, address) ||
                           (!email.isEmpty() && m.klager.email.trimmed().compare(email, Qt::CaseInsensitive) == 0);
        if (!match)
            continue;
        m.id = q.value(QStringLiteral("id")).toLongLong();
        m.reference = text("reference");
        m.received = SqlValue::toDate(q.value(QStringLiteral("received")));
        m.phase = EnumText::fromCode<Phase>(text("phase")).value_or(Phase::Intake);
        matches << m;
    }
    return matches;
}

QJsonObject Inzage::caseObject(qint64 id) {
    const Case c = CaseRepository(m_db, m_clock, m_user).load(id);
    QJsonObject fields;
    for (const CaseRow::Column& column : CaseRow::columns())
        fields.insert(column.name, jsonOf(column.get(c)));
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("themes"), QJsonArray::fromStringList(c.themes));
    QJsonArray parts;
    for (const ComplaintPart& p : c.parts) {
        parts.append(QJsonObject{{QStringLiteral("description"), p.description},
                                 {QStringLiteral("findings"), p.findings},
                                 {QStringLiteral("judgment"), EnumText::code(p.judgment)}});
    }
    o.insert(QStringLiteral("parts"), parts);
    QJsonArray events;
    for (const CaseEvent& e : c.events) {
        events.append(QJsonObject{{QStringLiteral("at"), moment(e.at)},
                                  {QStringLiteral("kind"), EnumText::code(e.kind)},
                                  {QStringLiteral("author"), e.author},
                                  {QStringLiteral("code"), e.code},
                                  {QStringLiteral("text"), EventText::render(e)}});
    }
    o.insert(QStringLiteral("timeline"), events);
    QJsonArray letters;
    for (const SentLetter& l : LetterStore(m_db, m_clock, m_user).lettersOf(id)) {
        letters.append(QJsonObject{{QStringLiteral("type"), LetterTypes::code(l.type)},
                                   {QStringLiteral("recipient"), l.recipient},
                                   {QStringLiteral("letter_date"), l.letterDate.toString(Qt::ISODate)},
                                   {QStringLiteral("created_at"), moment(l.createdAt)},
                                   {QStringLiteral("author"), l.author},
                                   {QStringLiteral("body"), l.html}});
    }
    o.insert(QStringLiteral("letters"), letters);
    // The documents in the case file as the klager may ask for them: what is there, from when, how large and
    // its checksum; the files themselves are handed over from the Documenten tab (a copy of each).
    QJsonArray documents;
    for (const DocumentInfo& d : DocumentRepository(m_db, m_clock, m_user).forCase(id)) {
        documents.append(QJsonObject{{QStringLiteral("name"), d.name},
                                     {QStringLiteral("kind"), EnumText::code(d.kind)},
                                     {QStringLiteral("media_type"), d.mediaType},
                                     {QStringLiteral("received"), d.received.toString(Qt::ISODate)},
                                     {QStringLiteral("added_at"), moment(d.addedAt)},
                                     {QStringLiteral("added_by"), d.addedBy},
                                     {QStringLiteral("size"), d.size},
                                     {QStringLiteral("sha256"), d.sha256}});
    }
    o.insert(QStringLiteral("documents"), documents);
    QJsonArray audit;
    for (const AuditEntry& e : AuditLog(m_db).forCase(id)) {
        audit.append(QJsonObject{{QStringLiteral("at"), moment(e.at)},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("field"), e.field},
                                 {QStringLiteral("old"), e.oldValue},
                                 {QStringLiteral("new"), e.newValue}});
    }
    o.insert(QStringLiteral("audit"), audit);
    return o;
}

QByteArray Inzage::json(const QList<qint64>& caseIds) {
    QJsonArray cases;
    for (qint64 id : caseIds)
        cases.append(caseObject(id));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("aantafel-inzage")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("created_at"), moment(m_clock.now())},
                           {QStringLiteral("cases"), cases}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PrintJob Inzage::document(const QList<qint64>& caseIds, const QString& municipality) {
    PrintJob job;
    job.layout = PrintJob::Layout::Report;
    job.title = tr("Inzage in persoonsgegevens");
    CaseRepository repository(m_db, m_clock, m_user);
    QString h = QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(escaped(job.title),
                         escaped(tr("%1 — overzicht van de gegevens die wij over u hebben vastgelegd in %n "
                                    "klachtzaak/klachtzaken, opgemaakt op %2.",
                                    nullptr, int(caseIds.size()))
                                     .arg(municipality, m_clock.today().toString(QStringLiteral("d-M-yyyy")))));
    const auto row = [](const QString& label, const QString& value) {
        return value.trimmed().isEmpty()
                   ? QString()
                   : QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                         .arg(escaped(label), escaped(value));
    };
    const auto date = [](QDate day) { return day.isValid() ? day.toString(QStringLiteral("d-M-yyyy")) : QString(); };
    for (qint64 id : caseIds) {
        const Case c = repository.load(id);
        h += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(c.reference));
        h += row(tr("Ontvangen"), date(c.received)) + row(tr("Soort"), EnumText::label(c.kind)) +
             row(tr("Kanaal"), EnumText::label(c.channel)) + row(tr("Naam"), c.klager.name) +
             row(tr("Adres"), c.klager.address) + row(tr("Telefoon"), c.klager.phone) +
             row(tr("E-mail"), c.klager.email) +
             row(tr("Vertegenwoordiger"),
                 c.representative.name + (c.representative.role.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" (%1)").arg(c.representative.role))) +
             row(tr("Afdeling"), c.subject.department) + row(tr("Medewerker"), c.subject.employee) +
             row(tr("Aanbieder"), c.subject.provider) + row(tr("Domein"), EnumText::label(c.domain)) +
             row(tr("Thema's"), c.themes.join(QStringLiteral(", "))) + row(tr("Uw verhaal"), c.story) +
             row(tr("Wat u wilt bereiken"), c.desiredOutcome) + row(tr("Behandelaar"), c.handler) +
             row(tr("Fase"), EnumText::label(c.phase)) +
             row(tr("Uitkomst"), c.outcome == Outcome::None ? QString() : EnumText::label(c.outcome)) +
             row(tr("Afgesloten"), date(c.closedOn)) + row(tr("Conclusies"), c.conclusions);
        h += QStringLiteral("</table>");
        if (!c.parts.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ol>").arg(escaped(tr("Klachtonderdelen")));
            for (const ComplaintPart& p : c.parts) {
                h += QStringLiteral("<li>%1<br><i>%2</i> %3</li>")
                         .arg(escaped(p.description), escaped(EnumText::label(p.judgment)), escaped(p.findings));
            }
            h += QStringLiteral("</ol>");
        }
        if (!c.events.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(tr("Tijdlijn")));
            for (const CaseEvent& e : c.events) {
                h += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td><td>%3</td></tr>")
                         .arg(escaped(e.at.toString(QStringLiteral("d-M-yyyy HH:mm"))),
                              escaped(EnumText::label(e.kind)), escaped(EventText::render(e)));
            }
            h += QStringLiteral("</table>");
        }
        const QList<DocumentInfo> documents = DocumentRepository(m_db, m_clock, m_user).forCase(id);
        if (!documents.isEmpty()) {
            h +=
                QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(tr("Documenten")));
            for (const DocumentInfo& d : documents) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(escaped(d.name), escaped(EnumText::label(d.kind)),
                              escaped(d.received.toString(QStringLiteral("d-M-yyyy"))),
                              escaped(tr("%1 bytes").arg(d.size)));
            }
            h += QStringLiteral("</table>");
        }
        const QList<SentLetter> letters = LetterStore(m_db, m_clock, m_user).lettersOf(id);
        if (!letters.isEmpty())
            h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Brieven")));
        for (const SentLetter& l : letters) {
            h += QStringLiteral("<p><b>%1</b> — %2 — %3</p><p>%4</p>")
                     .arg(escaped(LetterTypes::code(l.type)), escaped(l.letterDate.toString(Qt::ISODate)),
                          escaped(l.recipient), escaped(l.html));
        }
    }
    job.html = h;
    job.footer = municipality;
    return job;
}

void Inzage::record(const QList<qint64>& caseIds, const QString& what) {
    Transaction transaction(m_db);
    AuditLog audit(m_db);
    const QDateTime now = m_clock.now();
    for (qint64 id : caseIds)
        audit.record(now, m_user, id, AuditAction::Inzage, QStringLiteral("export"), {}, what);
    transaction.commit();
}
