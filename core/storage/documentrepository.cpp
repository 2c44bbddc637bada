#include "documentrepository.h"

#include "auditlog.h"
#include "database.h"
#include "securedelete.h"
#include "sqlcolumns.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>
#include <QStringList>

namespace {

// The stored fields of a document but its id: the SELECTs, the INSERT and the reading of a row follow
// this list.
const SqlColumnTable<DocumentInfo>& columns() {
    static const SqlColumnTable<DocumentInfo> all{
        {QStringLiteral("case_id"), [](const DocumentInfo& d) { return QVariant(d.caseId); },
         [](DocumentInfo& d, const QVariant& v) { d.caseId = v.toLongLong(); }},
        {QStringLiteral("parent_id"),
         [](const DocumentInfo& d) {
             return d.parentId > 0 ? QVariant(d.parentId) : QVariant(QMetaType(QMetaType::LongLong));
         },
         [](DocumentInfo& d, const QVariant& v) { d.parentId = v.isNull() ? 0 : v.toLongLong(); }},
        {QStringLiteral("position"), [](const DocumentInfo& d) { return QVariant(d.position); },
         [](DocumentInfo& d, const QVariant& v) { d.position = v.toInt(); }},
        {QStringLiteral("name"), [](const DocumentInfo& d) { return SqlValue::text(d.name); },
         [](DocumentInfo& d, const QVariant& v) { d.name = v.toString(); }},
        {QStringLiteral("kind"), [](const DocumentInfo& d) { return QVariant(EnumText::code(d.kind)); },
         [](DocumentInfo& d, const QVariant& v) {
             d.kind = EnumText::fromCode<DocumentKind>(v.toString()).value_or(DocumentKind::Other);
         }},
        {QStringLiteral("media_type"), [](const DocumentInfo& d) { return SqlValue::text(d.mediaType); },
         [](DocumentInfo& d, const QVariant& v) { d.mediaType = v.toString(); }},
        {QStringLiteral("received"), [](const DocumentInfo& d) { return SqlValue::date(d.received); },
         [](DocumentInfo& d, const QVariant& v) { d.received = SqlValue::toDate(v); }},
        {QStringLiteral("added_at"), [](const DocumentInfo& d) { return SqlValue::moment(d.addedAt); },
         [](DocumentInfo& d, const QVariant& v) { d.addedAt = SqlValue::toMoment(v); }},
        {QStringLiteral("added_by"), [](const DocumentInfo& d) { return SqlValue::text(d.addedBy); },
         [](DocumentInfo& d, const QVariant& v) { d.addedBy = v.toString(); }},
        {QStringLiteral("size"), [](const DocumentInfo& d) { return QVariant(d.size); },
         [](DocumentInfo& d, const QVariant& v) { d.size = v.toLongLong(); }},
        {QStringLiteral("sha256"), [](const DocumentInfo& d) { return SqlValue::text(d.sha256); },
         [](DocumentInfo& d, const QVariant& v) { d.sha256 = v.toString(); }},
    };
    return all;
}

QString selectSql(const QString& where) {
    return SqlColumns::selectSql(QStringLiteral("id"), columns(), QStringLiteral("documents ") + where);
}

DocumentInfo readInfo(const SqlQuery& q) {
    DocumentInfo d = SqlColumns::readRow(q, columns());
    d.id = q.value(0).toLongLong();
    return d;
}

QString megabytes(qint64 bytes) {
    return QLocale(QLocale::Dutch).toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

DocumentRepository::DocumentRepository(Database& db, const Clock& clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

QList<DocumentInfo> DocumentRepository::forCase(qint64 caseId) {
    SqlQuery q(m_db, selectSql(QStringLiteral("WHERE case_id = :case_id ORDER BY position, id")));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    return SqlColumns::rows(q, readInfo);
}

std::optional<DocumentInfo> DocumentRepository::find(qint64 id) {
    SqlQuery q(m_db, selectSql(QStringLiteral("WHERE id = :id")));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readInfo(q);
}

DocumentInfo DocumentRepository::require(qint64 id) {
    const std::optional<DocumentInfo> d = find(id);
    if (!d)
        throw StorageError(StorageError::Kind::NotFound, tr("Dit document bestaat niet meer."));
    return *d;
}

QHash<qint64, int> DocumentRepository::countsFor(const QList<qint64>& caseIds) {
    QHash<qint64, int> counts;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE case_id = :case_id"));
    for (qint64 id : caseIds) {
        q.bind(QStringLiteral(":case_id"), id).exec();
        if (q.next() && q.value(0).toInt() > 0)
            counts.insert(id, q.value(0).toInt());
        q.finish();
    }
    return counts;
}

qint64 DocumentRepository::countForCase(qint64 caseId) {
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE case_id = :case_id"));
    q.bind(QStringLiteral(":case_id"), caseId).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

DocumentInfo DocumentRepository::add(const NewDocument& document, QIODevice& source, qint64 maxBytes) {
    const QString name = document.name.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Een document heeft een naam nodig."));
    DocumentInfo d;
    d.caseId = document.caseId;
    d.parentId = document.parentId;
    d.name = name;
    d.kind = document.kind;
    d.mediaType = document.mediaType;
    d.received = document.received;
    d.addedAt = m_clock.now();
    d.addedBy = m_user;

    Transaction transaction(m_db);
    SqlQuery reference(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
    reference.bind(QStringLiteral(":id"), d.caseId).exec();
    if (!reference.next())
        throw StorageError(StorageError::Kind::NotFound, tr("De zaak van dit document bestaat niet meer."));
    reference.finish();
    SqlQuery last(m_db,
                  QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM documents WHERE case_id = :case_id"));
    last.bind(QStringLiteral(":case_id"), d.caseId).exec();
    d.position = last.next() ? last.value(0).toInt() : 0;
    last.finish();
    // The row first, so that the pieces can refer to it; its size and hash are known once every piece is
    // read, a hash of zeros until then.
    d.sha256 = QString(64, u'0');
    SqlQuery insert(m_db, SqlColumns::insertSql(QStringLiteral("documents"), columns()) + m_db.dialect().returningId());
    SqlColumns::bind(insert, columns(), d);
    insert.exec();
    d.id = insert.insertedId();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    SqlQuery chunk(m_db, QStringLiteral("INSERT INTO document_chunks (document_id, seq, data) VALUES (:document_id, "
                                        ":seq, :data)"));
    int seq = 0;
    while (true) {
        const QByteArray piece = source.read(ChunkSize);
        if (piece.isEmpty()) {
            // Nothing read before the end: an error (a file that went away, a device that failed).
            if (!source.atEnd())
                throw StorageError(StorageError::Kind::Io,
                                   tr("%1 kon niet helemaal worden gelezen: %2. Er is niets opgeslagen.")
                                       .arg(d.name, source.errorString()));
            break;
        }
        d.size += piece.size();
        if (d.size > maxBytes) {
            throw StorageError(StorageError::Kind::Invalid,
                               tr("%1 is groter dan %2 MB, de grens voor een document in dit gemeentebestand. Er is "
                                  "niets opgeslagen.")
                                   .arg(d.name, megabytes(maxBytes)));
        }
        hash.addData(piece);
        chunk.bind(QStringLiteral(":document_id"), d.id)
            .bind(QStringLiteral(":seq"), seq++)
            .bind(QStringLiteral(":data"), piece)
            .exec();
    }
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    SqlQuery finish(m_db, QStringLiteral("UPDATE documents SET size = :size, sha256 = :sha256 WHERE id = :id"));
    finish.bind(QStringLiteral(":size"), d.size)
        .bind(QStringLiteral(":sha256"), d.sha256)
        .bind(QStringLiteral(":id"), d.id)
        .exec();
    SqlQuery text(m_db, QStringLiteral("INSERT INTO documents_fts (rowid, name, text) VALUES (:id, :name, :text)"));
    text.bind(QStringLiteral(":id"), d.id)
        .bind(QStringLiteral(":name"), d.name)
        .bind(QStringLiteral(":text"), SqlValue::text(document.text))
        .exec();
    AuditLog(m_db).record(d.addedAt, m_user, d.caseId, AuditAction::DocumentAdd, QStringLiteral("document"), {},
                          QStringLiteral("%1 (%2, %3 bytes, SHA-256 %4)")
                              .arg(d.name, EnumText::code(d.kind), QString::number(d.size), d.sha256));
    transaction.commit();
    return d;
}

void DocumentRepository::read(qint64 id, QIODevice& out) {
    const DocumentInfo d = require(id);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    // One piece at a time: the query steps through the chunks, each value is written and released.
    SqlQuery q(m_db, QStringLiteral("SELECT data FROM document_chunks WHERE document_id = :id ORDER BY seq"));
    q.bind(QStringLiteral(":id"), id).exec();
    while (q.next()) {
        const QByteArray piece = q.value(0).toByteArray();
        hash.addData(piece);
        size += piece.size();
        if (out.write(piece) != piece.size())
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 kon niet worden weggeschreven: %2").arg(d.name, out.errorString()));
    }
    if (size != d.size || QString::fromLatin1(hash.result().toHex()) != d.sha256) {
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("Document %1 is beschadigd: de inhoud klopt niet meer met de vastgelegde controlesom "
                              "(SHA-256). Zet een reservekopie terug.")
                               .arg(d.name));
    }
}

QString DocumentRepository::text(qint64 id) {
    SqlQuery q(m_db, QStringLiteral("SELECT text FROM documents_fts WHERE rowid = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? q.value(0).toString() : QString();
}

void DocumentRepository::setKind(qint64 id, DocumentKind kind) {
    Transaction transaction(m_db);
    const DocumentInfo d = require(id);
    if (d.kind == kind)
        return;
    SqlQuery q(m_db, QStringLiteral("UPDATE documents SET kind = :kind WHERE id = :id"));
    q.bind(QStringLiteral(":kind"), EnumText::code(kind)).bind(QStringLiteral(":id"), id).exec();
    // Names go in the values, which destruction and anonymisation blank, never in the field.
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, AuditAction::DocumentKind, QStringLiteral("kind"),
                          QStringLiteral("%1 (%2)").arg(d.name, EnumText::code(d.kind)),
                          QStringLiteral("%1 (%2)").arg(d.name, EnumText::code(kind)));
    transaction.commit();
}

void DocumentRepository::remove(qint64 id) {
    SecureDelete secure(m_db);
    Transaction transaction(m_db);
    const DocumentInfo d = require(id);
    // The chunks and the search text go with the row (ON DELETE CASCADE, trigger documents_fts_delete).
    SqlQuery q(m_db, QStringLiteral("DELETE FROM documents WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    SqlQuery::runOnFile(m_db, QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')"));
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, AuditAction::DocumentRemove, QStringLiteral("document"),
                          QStringLiteral("%1 (SHA-256 %2)").arg(d.name, d.sha256), {});
    transaction.commit();
    // The write-ahead log still holds the pages as they were; copied into the file (now zeroed) and
    // emptied when no reader holds an older snapshot. Otherwise that happens when the last one closes.
    if (!m_db.dialect().hasFileMaintenance())
        return;
    try {
        SqlQuery checkpoint(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.exec();
        checkpoint.next();
    } catch (const StorageError&) {
    }
}

void DocumentRepository::recordOpened(qint64 id, const QString& how) {
    Transaction transaction(m_db);
    const DocumentInfo d = require(id);
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, AuditAction::DocumentOpen, QStringLiteral("document"), {},
                          QStringLiteral("%1 (%2)").arg(d.name, how));
    transaction.commit();
}
