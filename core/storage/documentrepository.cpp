#include "documentrepository.h"

#include "auditlog.h"
#include "database.h"
#include "securedelete.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>
#include <QStringList>

namespace {

const QString Columns = QStringLiteral("id, case_id, parent_id, position, name, kind, media_type, received, added_at, "
                                       "added_by, size, sha256");

DocumentInfo readInfo(const SqlQuery& q) {
    DocumentInfo d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    d.position = q.value(3).toInt();
    d.name = q.value(4).toString();
    d.kind = EnumText::fromCode<DocumentKind>(q.value(5).toString()).value_or(DocumentKind::Other);
    d.mediaType = q.value(6).toString();
    d.received = SqlValue::toDate(q.value(7));
    d.addedAt = SqlValue::toMoment(q.value(8));
    d.addedBy = q.value(9).toString();
    d.size = q.value(10).toLongLong();
    d.sha256 = q.value(11).toString();
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
    SqlQuery q(m_db, QStringLiteral("SELECT ") + Columns +
                         QStringLiteral(" FROM documents WHERE case_id = ? ORDER BY position, id"));
    q.bind(0, caseId).exec();
    QList<DocumentInfo> list;
    while (q.next())
        list << readInfo(q);
    return list;
}

std::optional<DocumentInfo> DocumentRepository::find(qint64 id) {
    SqlQuery q(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM documents WHERE id = ?"));
    q.bind(0, id).exec();
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
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE case_id = ?"));
    for (qint64 id : caseIds) {
        q.bind(0, id).exec();
        if (q.next() && q.value(0).toInt() > 0)
            counts.insert(id, q.value(0).toInt());
        q.finish();
    }
    return counts;
}

qint64 DocumentRepository::countForCase(qint64 caseId) {
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM documents WHERE case_id = ?"));
    q.bind(0, caseId).exec();
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
    SqlQuery reference(m_db, QStringLiteral("SELECT reference FROM cases WHERE id = ?"));
    reference.bind(0, d.caseId).exec();
    if (!reference.next())
        throw StorageError(StorageError::Kind::NotFound, tr("De zaak van dit document bestaat niet meer."));
    reference.finish();
    d.position = int(SqlQuery::scalar(m_db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM documents "
                                                           "WHERE case_id = %1")
                                                .arg(d.caseId))
                         .toLongLong());
    // The row first (size and hash follow once every piece is read), so that the pieces can refer to it.
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO documents (case_id, parent_id, position, name, kind, media_type, "
                                         "received, added_at, added_by, size, sha256) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)") +
                              m_db.dialect().returningId());
    insert.bind(0, d.caseId)
        .bind(1, d.parentId > 0 ? QVariant(d.parentId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(2, d.position)
        .bind(3, d.name)
        .bind(4, EnumText::code(d.kind))
        .bind(5, SqlValue::text(d.mediaType))
        .bind(6, SqlValue::date(d.received))
        .bind(7, SqlValue::moment(d.addedAt))
        .bind(8, SqlValue::text(d.addedBy))
        .bind(9, QString(64, u'0'))
        .exec();
    d.id = insert.insertedId();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    SqlQuery chunk(m_db, QStringLiteral("INSERT INTO document_chunks (document_id, seq, data) VALUES (?, ?, ?)"));
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
        chunk.bind(0, d.id).bind(1, seq++).bind(2, piece).exec();
    }
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    SqlQuery finish(m_db, QStringLiteral("UPDATE documents SET size = ?, sha256 = ? WHERE id = ?"));
    finish.bind(0, d.size).bind(1, d.sha256).bind(2, d.id).exec();
    SqlQuery text(m_db, QStringLiteral("INSERT INTO documents_fts (rowid, name, text) VALUES (?, ?, ?)"));
    text.bind(0, d.id).bind(1, d.name).bind(2, SqlValue::text(document.text)).exec();
    AuditLog(m_db).record(d.addedAt, m_user, d.caseId, QStringLiteral("document_add"), QStringLiteral("document"), {},
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
    SqlQuery q(m_db, QStringLiteral("SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq"));
    q.bind(0, id).exec();
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
    SqlQuery q(m_db, QStringLiteral("SELECT text FROM documents_fts WHERE rowid = ?"));
    q.bind(0, id).exec();
    return q.next() ? q.value(0).toString() : QString();
}

void DocumentRepository::setKind(qint64 id, DocumentKind kind) {
    Transaction transaction(m_db);
    const DocumentInfo d = require(id);
    if (d.kind == kind)
        return;
    SqlQuery q(m_db, QStringLiteral("UPDATE documents SET kind = ? WHERE id = ?"));
    q.bind(0, EnumText::code(kind)).bind(1, id).exec();
    // Names go in the values, which destruction and anonymisation blank, never in the field.
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, QStringLiteral("document_kind"), QStringLiteral("kind"),
                          QStringLiteral("%1 (%2)").arg(d.name, EnumText::code(d.kind)),
                          QStringLiteral("%1 (%2)").arg(d.name, EnumText::code(kind)));
    transaction.commit();
}

void DocumentRepository::remove(qint64 id) {
    SecureDelete secure(m_db);
    Transaction transaction(m_db);
    const DocumentInfo d = require(id);
    // The chunks and the search text go with the row (ON DELETE CASCADE, trigger documents_fts_delete).
    SqlQuery q(m_db, QStringLiteral("DELETE FROM documents WHERE id = ?"));
    q.bind(0, id).exec();
    SqlQuery::runOnFile(m_db, QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')"));
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, QStringLiteral("document_remove"),
                          QStringLiteral("document"), QStringLiteral("%1 (SHA-256 %2)").arg(d.name, d.sha256), {});
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
    AuditLog(m_db).record(m_clock.now(), m_user, d.caseId, QStringLiteral("document_open"), QStringLiteral("document"),
                          {}, QStringLiteral("%1 (%2)").arg(d.name, how));
    transaction.commit();
}
