// The team server's word starts as whole words. A word start (SearchTerms' prefix phrases) is a partial match
// in a GIN index: PostgreSQL gathers the rows of every word it starts, over the whole register, into one
// bitmap before it meets the other words of the search. Asked for exact words instead, the index skips through
// a common word's rows to those of a rare one. The table search_words (server version 11, serverupgrade.cpp)
// holds at least every word of the stored search vectors; wholeWords() reads the words each prefix phrase's
// last token starts there, as the search's configuration folds them, for SqlDialect::searchQuery() to ask for
// instead of the start. The rows found stay the same: every word of the register that the start starts is
// among them, and a word that no row holds finds nothing.
//
// A start is left a start (an empty list for its phrase) when it starts more than MostWords words (a long
// list of alternatives costs the index a look-up each and misleads the planner's estimate of how many rows
// match), none (it then finds nothing either way), or when the configuration does not fold it into one word
// or would fold a listed word into another (then the list would not be the start's words as the index
// compares them). Only on the server; in the file the list is empty.
#pragma once

#include <QList>
#include <QStringList>

class Database;
class SearchTerms;

namespace SearchWords {
constexpr int MostWords = 16;

// For each phrase of terms, the whole words its last token starts (empty: not a prefix phrase, or left a start).
QList<QStringList> wholeWords(Database& db, const SearchTerms& terms);
} // namespace SearchWords
