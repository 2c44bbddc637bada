// The documents of a case file as every entry point uses them (the Documenten tab, dropping files on
// the case file, the e-mail intake, "aantafel-cli case FILE attach"): one place that checks who may do
// what (users/permissions.h: anyone who may open the file may read a case's documents; adding,
// changing and removing them is changing the case), refuses a file over the municipality's limit
// before reading it, works out the media type, extracts the text for the search (TextExtractor, when
// the entry point gave one), and writes every copy that leaves the file — saved by the user or put in a
// private temporary folder to open in its own program — through the output writer (OutputFile), so a
// copy never replaces a municipality file and is never left half-written.
//
// Every refusal is a StorageError with a Dutch message; nothing is stored then.
#pragma once

#include "document.h"

#include "domain/case.h"
#include "users/permissions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class MunicipalitySession;
class TextExtractor;

class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    explicit DocumentService(MunicipalitySession& session, const TextExtractor* extractor = nullptr);

    QList<DocumentInfo> list(qint64 caseId);
    // Whether the current user may add, change and remove documents of the case now, or why not.
    Permission mayChange(const Case& c) const;
    // The largest document the municipality accepts (MunicipalitySettings::documentLimitMegabytes).
    qint64 limitBytes() const;

    // Adds the file at path to the case, named after the file. received null: today.
    DocumentInfo addFile(qint64 caseId, const QString& path, DocumentKind kind, QDate received = {});
    // Adds bytes held in memory (an attachment of an e-mail). mediaType empty: worked out from the name.
    DocumentInfo addData(qint64 caseId, const QString& name, const QByteArray& data, DocumentKind kind, QDate received,
                         const QString& mediaType = {}, qint64 parentId = 0);

    // The bytes of a document of at most maxBytes, to show it inside the program (a preview); recorded in
    // the audit trail as opened. Empty with the Dutch reason in *error when it is larger, gone or damaged.
    QByteArray contents(qint64 id, qint64 maxBytes, QString* error);
    // Writes a copy of the document to path (OutputFile); an empty string when done, else the Dutch reason.
    // Recorded in the audit trail.
    QString saveCopy(qint64 id, const QString& path);
    // Writes a copy into a folder of its own under the program's private temporary folder (readable by
    // this account only) to be opened in its own program; returns its path, or an empty string with the
    // reason in *error. Recorded in the audit trail.
    QString temporaryCopy(qint64 id, QString* error);
    // Removes the program's temporary copies (when the file or the program is closed).
    static void removeTemporaryCopies();
    // The private folder the temporary copies go to.
    static QString temporaryFolder();

    void setKind(qint64 id, DocumentKind kind);
    void remove(qint64 id);

    // The media type of a file name (and its first bytes, when given), e.g. "application/pdf".
    static QString mediaTypeOf(const QString& name, const QByteArray& head = {});
    // A name that is safe as a file name on every system: no folders, no control characters, no
    // characters Windows refuses, no leading dots; never empty.
    static QString safeFileName(const QString& name);
    // What a dropped or chosen file most likely is: an e-mail for .eml and .msg, else a bijlage.
    static DocumentKind guessKind(const QString& name);
    // The searchable text of a document (plain text by core, other formats by the extractor, if any).
    static QString textOf(const QString& path, const QString& mediaType, const TextExtractor* extractor);
    static QString textOf(const QByteArray& data, const QString& mediaType, const TextExtractor* extractor);

private:
    Case requireChangeable(qint64 caseId);

    MunicipalitySession& m_session;
    const TextExtractor* m_extractor;
};
