// Persists the documents of case files: their description in table documents, their bytes in
// document_chunks (schema v7), their searchable text in documents_fts. Every statement that writes or
// reads one document is here; two others reach the tables from outside: the case search matches the
// document text (caseselectionsql.cpp) and the retention run deletes a destroyed case's documents
// (privacy/retention.cpp).
//
// It promises:
// - A document's bytes are streamed in pieces of ChunkSize: add() reads its source a piece at a time,
//   computing size and SHA-256 on the way, and read() writes them out a piece at a time, checking the
//   SHA-256 at the end. No operation holds a whole document in memory, and listing reads no bytes.
// - add() stores nothing when the source holds more than the limit or cannot be read (StorageError
//   Invalid or Io, with a Dutch message); it runs in a transaction of its own or joins the caller's.
// - Adding, opening (recordOpened), changing the kind and removing leave an audit row about the case:
//   "document_add", "document_open", "document_kind", "document_remove", with the document's name.
// - A removed document leaves no bytes in the file: its chunks are deleted with secure_delete on, and
//   its text leaves the search index.
// Throws StorageError.
#pragma once

#include "../documents/document.h"
#include "../domain/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;
class QIODevice;

class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    DocumentRepository(Database& db, const Clock& clock, QString user);

    // The documents of a case in dossier order (position, then the order they were added).
    QList<DocumentInfo> forCase(qint64 caseId);
    std::optional<DocumentInfo> find(qint64 id);
    // How many documents each of these cases holds (cases without documents are left out).
    QHash<qint64, int> countsFor(const QList<qint64>& caseIds);
    qint64 countForCase(qint64 caseId);

    // Stores the bytes source delivers (from its current position to its end) as a new document at the
    // end of the case's list, refusing more than maxBytes. Returns the stored document.
    DocumentInfo add(const NewDocument& document, QIODevice& source, qint64 maxBytes);
    // Writes the document's bytes to out. Throws Corrupt when they no longer match the SHA-256 (out
    // then holds the damaged bytes: the caller discards them) and Io when out refuses them.
    void read(qint64 id, QIODevice& out);
    // The text stored for the search.
    QString text(qint64 id);

    void setKind(qint64 id, DocumentKind kind);
    void remove(qint64 id);
    // One "document_open" audit row (the document was opened or saved as a copy), in its own transaction.
    void recordOpened(qint64 id, const QString& how);

private:
    DocumentInfo require(qint64 id);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
