// A document in a case file as the program knows it: what it is called, what kind of document it is,
// when it was received, who added it when, and its size and SHA-256. The bytes themselves stay in the
// municipality file and are only ever streamed (storage/documentrepository.h).
#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

struct DocumentInfo {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 parentId = 0; // the e-mail this was attached to; 0 for none
    int position = 0;    // order in the case file: the original message first, its attachments after it
    QString name;        // file name as received, e.g. "klacht.pdf"
    DocumentKind kind = DocumentKind::Other;
    QString mediaType; // e.g. "application/pdf"; empty when unknown
    QDate received;    // when the municipality received it; null when not known
    QDateTime addedAt;
    QString addedBy;
    qint64 size = 0;
    QString sha256; // lower-case hex

    bool operator==(const DocumentInfo&) const = default;
};

// What the caller says about a document it adds; the storage works out size and SHA-256 itself.
struct NewDocument {
    qint64 caseId = 0;
    qint64 parentId = 0;
    QString name;
    DocumentKind kind = DocumentKind::Other;
    QString mediaType;
    QDate received;
    QString text; // extracted for the full-text search; may be empty
};
