#include "letterstore.h"

#include "../learning/measure.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/sqlcode.h"
#include "../storage/sqlquery.h"
#include "../storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>

// Q_INIT_RESOURCE declares a function of the global namespace: it cannot stand in a namespace.
static void initLetterResources() {
    Q_INIT_RESOURCE(letters);
}

namespace {

const QString templateAction = QStringLiteral("letter_template");
const QString letterAction = QStringLiteral("letter");

SentLetter readLetter(const SqlQuery& q) {
    SentLetter l;
    l.id = q.value(0).toLongLong();
    l.caseId = q.value(1).toLongLong();
    l.type = LetterTypes::fromCode(q.value(2).toString()).value_or(LetterType::Acknowledgement);
    l.recipient = q.value(3).toString();
    l.letterDate = SqlValue::toDate(q.value(4));
    l.createdAt = SqlValue::toMoment(q.value(5));
    l.author = q.value(6).toString();
    l.html = q.value(7).toString();
    l.pdfSha256 = q.value(8).toString();
    return l;
}

const QString letterColumns = QStringLiteral(
    "SELECT id, case_id, type, recipient, letter_date, created_at, author, body, pdf_sha256 FROM letters ");

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
    SqlQuery q(m_db, QStringLiteral("SELECT body, updated_at, updated_by FROM letter_templates WHERE type = ?"));
    q.bind(0, LetterTypes::code(type)).exec();
    if (!q.next())
        return std::nullopt;
    return OwnTemplate{type, q.value(0).toString(), SqlValue::toMoment(q.value(1)), q.value(2).toString()};
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
    SqlQuery write(m_db, QStringLiteral("INSERT INTO letter_templates (type, body, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (type) DO UPDATE SET body = excluded.body, "
                                        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    write.bind(0, LetterTypes::code(type))
        .bind(1, SqlValue::text(body))
        .bind(2, SqlValue::moment(now))
        .bind(3, SqlValue::text(m_user))
        .exec();
    AuditLog(m_db).record(now, m_user, 0, templateAction, LetterTypes::code(type),
                          old ? old->body : shippedTemplate(type), body);
    transaction.commit();
}

void LetterStore::resetTemplate(LetterType type) {
    Transaction transaction(m_db);
    const std::optional<OwnTemplate> old = ownTemplate(type);
    if (!old)
        return;
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM letter_templates WHERE type = ?"));
    remove.bind(0, LetterTypes::code(type)).exec();
    AuditLog(m_db).record(m_clock.now(), m_user, 0, templateAction, LetterTypes::code(type), old->body,
                          shippedTemplate(type));
    transaction.commit();
}

QByteArray LetterStore::pdfOf(qint64 id) {
    SqlQuery q(m_db, QStringLiteral("SELECT pdf FROM letters WHERE id = ?"));
    q.bind(0, id).exec();
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
    SqlQuery write(m_db, QStringLiteral("INSERT INTO letters (case_id, type, recipient, letter_date, created_at, "
                                        "author, body, pdf, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                             m_db.dialect().returningId());
    write.bind(0, letter.caseId)
        .bind(1, LetterTypes::code(letter.type))
        .bind(2, SqlValue::text(letter.recipient))
        .bind(3, SqlValue::date(letter.letterDate))
        .bind(4, SqlValue::moment(now))
        .bind(5, SqlValue::text(m_user))
        .bind(6, SqlValue::text(letter.html))
        .bind(7, letter.pdf.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(letter.pdf))
        .bind(8, SqlValue::text(letter.pdfSha256))
        .exec();
    const qint64 id = write.insertedId();
    AuditLog(m_db).record(now, m_user, letter.caseId, letterAction, LetterTypes::code(letter.type), {},
                          letter.recipient + QStringLiteral(" · ") + letter.letterDate.toString(Qt::ISODate));
    transaction.commit();
    letter.id = id;
    letter.createdAt = SqlValue::toMoment(SqlValue::moment(now)); // as it reads back
    letter.author = m_user;
}

QList<SentLetter> LetterStore::lettersOf(qint64 caseId) {
    SqlQuery q(m_db, letterColumns + QStringLiteral("WHERE case_id = ? ORDER BY id"));
    q.bind(0, caseId).exec();
    QList<SentLetter> result;
    while (q.next())
        result << readLetter(q);
    return result;
}

SentLetter LetterStore::load(qint64 id) {
    SqlQuery q(m_db, letterColumns + QStringLiteral("WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next())
        throw StorageError(StorageError::Kind::NotFound, tr("De brief bestaat niet (meer) in dit bestand."));
    return readLetter(q);
}

QStringList LetterStore::measureTitles(qint64 caseId) {
    // A cancelled measure is not announced to the klager.
    SqlQuery q(m_db, QStringLiteral("SELECT m.title FROM measures m JOIN measure_cases mc ON mc.measure_id = m.id "
                                    "WHERE mc.case_id = ? AND m.status <> %1 ORDER BY m.created_at, m.id")
                         .arg(SqlCode::quoted(MeasureText::code(MeasureStatus::Cancelled))));
    q.bind(0, caseId).exec();
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}
