// A search's word starts as whole words. A word start (SearchTerms' prefix phrases) is costly for both
// backends' indexes: PostgreSQL gathers the rows of every word it starts, over the whole register, into one
// bitmap of a GIN index before it meets the other words of the search, and FTS5 merges the whole list of rows
// of every word it starts before it reads the first row. Asked for exact words instead, the index skips through
// a common word's rows to those of a rare one, and FTS5 reads a whole word's rows only as far as they are asked
// for (CaseSelectionSql's NewestIds: those of the highest ids). wholeWords() reads the words each prefix phrase's last
// token starts, as the index folds them, for SqlDialect::searchQuery() to ask for instead of the start. The rows found
// stay the same: every word of the index that the start starts is among them, and a word that no row holds finds
// nothing.
// - On the server the table search_words (server version 11, serverupgrade.cpp) holds at least every word of
//   the stored search vectors of cases, timeline entries and documents: one list serves all three.
// - In the file each FTS5 table has its own vocabulary, read live through a table of this connection's own
//   (fts5vocab, in the temporary schema) term by term: the first term at or after the start, then the first
//   after each term found, up to the first the start does not start. So each index is asked for its own words
//   (queries()).
// A start is left a start (an empty list for its phrase) when it starts more than MostWords words (a long
// list of alternatives costs the index a look-up each, and on the server misleads the planner's estimate of how
// many rows match), none (it then finds nothing either way), or when the index would fold it or a listed word
// differently from the way it is written (then the list would not be the start's words as the index compares
// them): on the server the configuration's folding decides; in the file a start or a word of anything but the
// ASCII letters and digits stays a start.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Database;
class SearchTerms;

namespace SearchWords {
constexpr int MostWords = 16;

// The full-text indexes a search asks: the case texts, the timeline, the documents (the file's cases_fts,
// events_fts, documents_fts).
enum class Index { Cases, Events, Documents };

// For each phrase of terms, the whole words its last token starts in the index (empty: not a prefix phrase, or
// left a start). On the server the same list for every index.
QList<QStringList> wholeWords(Database& db, const SearchTerms& terms, Index index = Index::Cases);

// Whether the index holds a word of every phrase of terms (every token as a whole word, the last token of a
// prefix phrase as the start of one): when it lacks one, none of its rows matches. In the file read from its
// vocabulary, by the first term at or after each token: a look-up each, where asking the index itself would merge
// every entry of every word a word start starts. A token that is not plain ASCII letters and digits (the tokenizer
// would fold it) counts as held. Always true on the server.
bool mayMatch(Database& db, const SearchTerms& terms, Index index);

// The search value each index is asked (SqlDialect::searchQuery with that index's wholeWords()); all empty when
// the terms are. In the file an index that lacks a word of a phrase (mayMatch()) is asked for that phrase alone,
// which finds nothing there either. Read once for a search and handed to each CaseSelectionSql of it.
struct Queries {
    QString cases;
    QString events;
    QString documents;
    bool isEmpty() const { return cases.isEmpty(); }
    // Whether one of them asks for a word start (a prefix phrase left a start).
    bool asksWordStarts() const;
};
Queries queries(Database& db, const SearchTerms& terms);
} // namespace SearchWords
