#include "letterstore.h"

#include "../learning/measure.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/sqlcode.h"
#include "../storage/sqlcolumns.h"
#include "../storage/sqlquery.h"
#include "../storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>

// Q_INIT_RESOURCE declares a function of the global namespace: it cannot stand in a namespace.
static void initLetterResources() {
    Q_INIT_RESOURCE(letters);
}

namespace {

// The stored fields of a sent letter but its id and its PDF bytes (read only by pdfOf()): the list
// SELECT, the INSERT and the reading of a row follow it.
const SqlColumnTable<SentLetter>& letterColumns() {
    static const SqlColumnTable<SentLetter> all{
        {QStringLiteral("case_id"), [](const SentLetter& l) { return QVariant(l.caseId); },
         [](SentLetter& l, const QVariant& v) { l.caseId = v.toLongLong(); }},
        {QStringLiteral("type"), [](const SentLetter& l) { return QVariant(LetterTypes::code(l.type)); },
         [](SentLetter& l, const QVariant& v) {
             l.type = LetterTypes::fromCode(v.toString()).value_or(LetterType::Acknowledgement);
         }},
        {QStringLiteral("recipient"), [](const SentLetter& l) { return SqlValue::text(l.recipient); },
         [](SentLetter& l, const QVariant& v) { l.recipient = v.toString(); }},
        {QStringLiteral("letter_date"), [](const SentLetter& l) { return SqlValue::date(l.letterDate); },
         [](SentLetter& l, const QVariant& v) { l.letterDate = SqlValue::toDate(v); }},
        {QStringLiteral("created_at"), [](const SentLetter& l) { return SqlValue::moment(l.createdAt); },
         [](SentLetter& l, const QVariant& v) { l.createdAt = SqlValue::toMoment(v); }},
        {QStringLiteral("author"), [](const SentLetter& l) { return SqlValue::text(l.author); },
         [](SentLetter& l, const QVariant& v) { l.author = v.toString(); }},
        {QStringLiteral("body"), [](const SentLetter& l) { return SqlValue::text(l.html); },
         [](SentLetter& l, const QVariant& v) { l.html = v.toString(); }},
        {QStringLiteral("pdf_sha256"), [](const SentLetter& l) { return SqlValue::text(l.pdfSha256); },
         [](SentLetter& l, const QVariant& v) { l.pdfSha256 = v.toString(); }},
    };
    return all;
}

SentLetter readLetter(const SqlQuery& q) {
    SentLetter l = SqlColumns::readRow(q, letterColumns());
    l.id = q.value(0).toLongLong();
    return l;
}

QString selectLetters(const QString& where) {
    return SqlColumns::selectSql(QStringLiteral("id"), letterColumns(), QStringLiteral("letters ") + where);
}

// The stored fields of a municipality's own template but its type (the key).
const SqlColumnTable<OwnTemplate>& templateColumns() {
    static const SqlColumnTable<OwnTemplate> all{
        {QStringLiteral("body"), [](const OwnTemplate& t) { return SqlValue::text(t.body); },
         [](OwnTemplate& t, const QVariant& v) { t.body = v.toString(); }},
        {QStringLiteral("updated_at"), [](const OwnTemplate& t) { return SqlValue::moment(t.updatedAt); },
         [](OwnTemplate& t, const QVariant& v) { t.updatedAt = SqlValue::toMoment(v); }},
        {QStringLiteral("updated_by"), [](const OwnTemplate& t) { return SqlValue::text(t.updatedBy); },
         [](OwnTemplate& t, const QVariant& v) { t.updatedBy = v.toString(); }},
    };
    return all;
}

QString insertLetterSql() {
    return SqlColumns::insertSql(QStringLiteral("letters"), letterColumns(), {QStringLiteral("pdf")});
}

} // namespace

LetterStore::LetterStore(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

QString LetterStore::shippedTemplate(LetterType type) {
    static const bool initialised = (initLetterResources(), true);
    Q_UNUSED(initialised);
    QFile file(QStringLiteral(":/letters/%1.html").arg(LetterTypes::code(type)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

std::optional<OwnTemplate> LetterStore::ownTemplate(LetterType type) {
    OwnTemplate own;
    own.type = type;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + SqlColumns::names(templateColumns()) +
                         QStringLiteral(" FROM letter_templates WHERE type = :type"));
    q.bind(QStringLiteral(":type"), LetterTypes::code(type)).exec();
    if (!q.next())
        return std::nullopt;
    SqlColumns::read(q, templateColumns(), own);
    return own;
}

QString LetterStore::templateFor(LetterType type) {
    if (const std::optional<OwnTemplate> own = ownTemplate(type))
        return own->body;
    return shippedTemplate(type);
}

void LetterStore::saveTemplate(LetterType type, const QString& body) {
    if (body.trimmed().isEmpty())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("Een leeg sjabloon kan niet worden bewaard; zet het sjabloon terug naar de standaardtekst "
               "als u die wilt gebruiken."));
    Transaction transaction(m_db);
    const std::optional<OwnTemplate> old = ownTemplate(type);
    if (old && old->body == body)
        return;
    const QDateTime now = m_clock.now();
    SqlQuery write(
        m_db, SqlColumns::insertSql(QStringLiteral("letter_templates"), templateColumns(), {QStringLiteral("type")}) +
                  QStringLiteral(" ON CONFLICT (type) DO UPDATE SET ") + SqlColumns::assignments(templateColumns()));
    write.bind(QStringLiteral(":type"), LetterTypes::code(type));
    SqlColumns::bind(write, templateColumns(), OwnTemplate{type, body, now, m_user});
    write.exec();
    AuditLog(m_db).record(now, m_user, 0, AuditAction::LetterTemplate, LetterTypes::code(type),
                          old ? old->body : shippedTemplate(type), body);
    transaction.commit();
}

void LetterStore::resetTemplate(LetterType type) {
    Transaction transaction(m_db);
    const std::optional<OwnTemplate> old = ownTemplate(type);
    if (!old)
        return;
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM letter_templates WHERE type = :type"));
    remove.bind(QStringLiteral(":type"), LetterTypes::code(type)).exec();
    AuditLog(m_db).record(m_clock.now(), m_user, 0, AuditAction::LetterTemplate, LetterTypes::code(type), old->body,
                          shippedTemplate(type));
    transaction.commit();
}

QByteArray LetterStore::pdfOf(qint64 id) {
    SqlQuery q(m_db, QStringLiteral("SELECT pdf FROM letters WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void LetterStore::insert(SentLetter& letter) {
    if (letter.html.trimmed().isEmpty() || !letter.letterDate.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("Een brief zonder tekst of datum kan niet worden bewaard."));
    Transaction transaction(m_db);
    const QDateTime now = m_clock.now();
    if (!letter.pdf.isEmpty())
        letter.pdfSha256 =
            QString::fromLatin1(QCryptographicHash::hash(letter.pdf, QCryptographicHash::Sha256).toHex());
    SentLetter stored = letter;
    stored.createdAt = now;
    stored.author = m_user;
    SqlQuery write(m_db, insertLetterSql() + m_db.dialect().returningId());
    SqlColumns::bind(write, letterColumns(), stored);
    write
        .bind(QStringLiteral(":pdf"),
              letter.pdf.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(letter.pdf))
        .exec();
    const qint64 id = write.insertedId();
    AuditLog(m_db).record(now, m_user, letter.caseId, AuditAction::Letter, LetterTypes::code(letter.type), {},
                          letter.recipient + QStringLiteral(" · ") + letter.letterDate.toString(Qt::ISODate));
    transaction.commit();
    letter.id = id;
    letter.createdAt = SqlValue::toMoment(SqlValue::moment(now)); // as it reads back
    letter.author = m_user;
}

QList<SentLetter> LetterStore::lettersOf(qint64 caseId) {
    SqlQuery q(m_db, selectLetters(QStringLiteral("WHERE case_id = :case_id ORDER BY id")));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    return SqlColumns::rows(q, readLetter);
}

SentLetter LetterStore::load(qint64 id) {
    SqlQuery q(m_db, selectLetters(QStringLiteral("WHERE id = :id")));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw StorageError(StorageError::Kind::NotFound, tr("De brief bestaat niet (meer) in dit register."));
    return readLetter(q);
}

QStringList LetterStore::measureTitles(qint64 caseId) {
    // A cancelled measure is not announced to the klager.
    SqlQuery q(m_db, QStringLiteral("SELECT m.title FROM measures m JOIN measure_cases mc ON mc.measure_id = m.id "
                                    "WHERE mc.case_id = :case_id AND m.status <> %1 ORDER BY m.created_at, m.id")
                         .arg(SqlCode::quoted(MeasureText::code(MeasureStatus::Cancelled))));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}
