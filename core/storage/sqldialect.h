// The differences between the two places a municipality lives in: a SQLite file (the default) and a
// PostgreSQL team server (serverschema.h). Repositories write their SQL once, in the subset both speak
// (positional ? values, "user" quoted, INSERT … ON CONFLICT, ISO dates as text), and ask the dialect of their
// Database only for the few pieces that differ. Nothing outside core/storage asks which backend it is; what
// the dialect cannot express (PRAGMAs, the sqlite3 backup API, the lock file) stays in the SQLite-only code
// paths of Database, Transaction and the file's own services.
//
// It promises for each piece the same rows on both backends for the program's data:
// - caseInsensitive(): a comparison or ORDER BY that ignores case (NOCASE, the ICU collation nl_nl_ci);
// - returningId()/SqlQuery::insertedId(): the id of the row an INSERT made;
// - allDigits(): whether a text consists of digits only (GLOB, a regular expression);
// - groupConcat(): the comma-joined values of a group (group_concat, string_agg);
// - indexedBy(), notIndexed(): the planner hints the file needs (none on the server);
// - searchCondition()/searchQuery(): the full-text search of cases, timelines and documents with SearchTerms'
//   rules (FTS5 phrases in the file; on the server a tsquery of the same phrases against the search vectors
//   stored with every row (the column search, made by searchVector(), which splits the text where the file's
//   unicode61 tokenizer does and folds case and accents as it does, without stemming or stop words, so that
//   the same words find the same cases), through their GIN indexes or row by row);
// - beginWrite(): the statements that open a write transaction: BEGIN IMMEDIATE in the file; on the server
//   BEGIN plus a transaction-scoped advisory lock, so that writers take turns as they do on the file (the
//   reference numbering and the revision check rely on it) while readers never wait.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlError;
class SearchTerms;
class StorageError;

enum class SqlBackend { SQLite, PostgreSQL };

class SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)
public:
    explicit SqlDialect(SqlBackend backend)
        : m_backend(backend) {}

    SqlBackend backend() const { return m_backend; }
    bool isServer() const { return m_backend == SqlBackend::PostgreSQL; }

    // " COLLATE NOCASE" or " COLLATE nl_nl_ci", after a column in a comparison or an ORDER BY.
    QString caseInsensitive() const;
    // Appended to an INSERT whose new id SqlQuery::insertedId() reads: "" or " RETURNING id".
    QString returningId() const;
    // A condition that holds when the text expression is not empty and holds only the digits 0-9.
    QString allDigits(const QString& expression) const;
    // The values of expression in a group, joined by commas, as text.
    QString groupConcat(const QString& expression) const;
    // " INDEXED BY index" in the file, nothing on the server.
    QString indexedBy(const QString& index) const;
    // A column in a condition that no index is to serve: "+column" in the file (a unary plus keeps SQLite's
    // planner from using it as an index term), the column as it is on the server, whose planner weighs its
    // indexes by their statistics and where "+" on a text is an error.
    QString notIndexed(const QString& column) const;

    // The condition "c.id is a case whose text, timeline or documents match", with the named parameters
    // :match1, :match2 and :match3, each bound to searchQuery().
    QString searchCondition() const;
    // "the stored search vector of the row matches the parameter": on the server, for the column search of
    // cases, events or documents_fts under the alias given.
    static QString vectorMatches(const QString& alias, const QString& parameter);
    // The search value of searchCondition() for what someone typed: the FTS5 query in the file, the tsquery on
    // the server. Empty when the terms are. A prefix phrase whose wholeWords (by the phrase's index,
    // SearchWords::wholeWords()) are given asks for those words instead of its last token's start.
    QString searchQuery(const SearchTerms& terms, const QList<QStringList>& wholeWords = {}) const;
    // The server's search vector of a text expression (a row's searchable text): the expression of the search
    // columns (serverupgrade.cpp, version 10) and of the first version's GIN indexes (serverschema.cpp). Every
    // run of characters that is not a letter or digit separates words, as in the file; the configuration
    // aantafel_nl takes off accents and capitals.
    static QString searchVector(const QString& text);
    // The searchable text of a row of the tables the search reads, as the file's FTS5 tables index it: the
    // reference, the klager's name, the story and the desired outcome of a case; the text of a timeline
    // entry; the name and the extracted text of a document (documents_fts).
    static QString caseSearchText();
    static QString eventSearchText();
    static QString documentSearchText();

    // Whether PRAGMAs, the FTS5 tables' maintenance and WAL checkpoints apply (the file); the server keeps its
    // search in GIN indexes that follow every write and vacuums by itself.
    bool hasFileMaintenance() const { return !isServer(); }

    // The statements that start an outermost write transaction, and those that run just before its COMMIT
    // (on the server: the notification that tells colleagues' windows, see ServerChangeFeed).
    QStringList beginWrite() const;
    QStringList beforeCommit() const;
    // The notification channel of the server's change feed.
    static QString changeChannel() { return QStringLiteral("aantafel_changes"); }

    // A failed statement as the storage error of this backend; where names the file or the server.
    StorageError error(const QSqlError& error, const QString& sql, const QString& where) const;

private:
    SqlBackend m_backend;
};
