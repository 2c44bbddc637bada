// Storage of the letters in the municipality file: the municipality's own copies of the letter
// templates (falling back to the shipped templates in resources/letters), the letters as sent
// (never changed: the table refuses updates), and the titles of the improvement measures linked to
// a case, which the afdoeningsbrief names. Every write is one transaction with its audit rows.
#pragma once

#include "lettertype.h"

#include "../domain/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// A letter as it was sent: its full HTML (letterhead, address blocks and body) as printed.
struct SentLetter {
    qint64 id = 0; // 0 until stored
    qint64 caseId = 0;
    LetterType type = LetterType::Acknowledgement;
    QString recipient; // e.g. "Mevrouw A. Jansen" or "Mevrouw A. Jansen en J. de Vries"
    QDate letterDate;
    QDateTime createdAt; // when it was recorded
    QString author;
    QString html;
    // The PDF/A file that went out, as drawn when it was sent, and its SHA-256 (lower-case hex); empty
    // for letters recorded without one (before schema v7, or by an entry point that draws no PDF). The
    // bytes are read only by pdfOf(), never with the list.
    QByteArray pdf;
    QString pdfSha256;

    bool operator==(const SentLetter&) const = default;
};

// A municipality's own copy of a template.
struct OwnTemplate {
    LetterType type = LetterType::Acknowledgement;
    QString body;
    QDateTime updatedAt;
    QString updatedBy;
};

class LetterStore {
    Q_DECLARE_TR_FUNCTIONS(LetterStore)
public:
    LetterStore(Database& db, const Clock& clock, QString user);

    // The template shipped with the program (resources/letters/<code>.html).
    static QString shippedTemplate(LetterType type);
    // The municipality's own copy if it has one, otherwise the shipped template.
    QString templateFor(LetterType type);
    std::optional<OwnTemplate> ownTemplate(LetterType type);
    // Stores body as the municipality's own copy (audited). Refuses an empty body
    // (StorageError::Invalid).
    void saveTemplate(LetterType type, const QString& body);
    // Drops the own copy so that the shipped template applies again (audited). No-op without one.
    void resetTemplate(LetterType type);

    // Inserts the sent letter with an audit row; assigns id, createdAt and author. Call inside the
    // transaction that also writes the timeline event (LetterSender does); opens its own otherwise.
    void insert(SentLetter& letter);
    // The letters of one case, oldest first, with their full text.
    QList<SentLetter> lettersOf(qint64 caseId);
    SentLetter load(qint64 id); // throws StorageError::NotFound
    // The PDF stored with a sent letter; empty when it has none.
    QByteArray pdfOf(qint64 id);

    // Titles of the improvement measures linked to the case, in the order they were created.
    QStringList measureTitles(qint64 caseId);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
