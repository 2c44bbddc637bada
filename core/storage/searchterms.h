// What someone typed into a search field, read once into the phrases the full-text index is asked
// for. Every caller that searches cases (the case list, CaseRepository::search, the command line,
// the tests) goes through this one parser, so the same words find the same cases everywhere. The
// rules, as a user meets them:
// - Words are separated by white space, and every word must occur (all words, in any order).
// - A word of four or more letters and digits matches as a whole word or as the start of one:
//   "scoot" finds "scootmobiel", so the list follows while someone is still typing. A word of two or
//   three matches whole words only: "de" finds "de", not every "december", "deze" and "dertig", and
//   "jan" finds "Jan", not "Jansen" (type "jans"). As starts of words those short ones match most of
//   the file and cost a full pass over the index, where a whole word is looked up at once.
// - Capitals and accents do not matter: "één" finds "een" and "Één", "cafe" finds "café" (the index's
//   unicode61 tokenizer with remove_diacritics 2; the input is NFC-normalised first).
// - Inside a word, everything that is not a letter or digit separates parts that must occur next to
//   each other, in order: "KL-2026-0042" finds that reference, "e-mail" finds "e-mail" and "e mail",
//   "t.a.v." finds "t.a.v.".
// - Double quotes make a phrase: "de gemeente" (with the quotes) finds those two words next to each
//   other, in that order. A quote left open runs to the end of the text.
// - There are no operators: AND, OR, NOT, NEAR, -, +, *, ^, :, ( and ) are ordinary text (the words
//   are searched, the punctuation is ignored), so nothing a user types is ever a syntax error.
// - A word (or phrase) of a single letter or digit is left out: it would match nearly every case.
//   "J. de Vries" searches "de" and "vries". The letters and digits of a phrase count together:
//   "KL-2026-0" (seven) matches every reference that starts with it.
// - What leaves no word at all (blank, "-", "a", "\"\"") is no search: every case matches.
// Qt Core only; the SQL that uses the phrases is in CaseSelectionSql.
#pragma once

#include <QString>
#include <QStringList>

class SearchTerms {
public:
    SearchTerms() = default;
    explicit SearchTerms(const QString& typed);

    // Words (and phrases) of at least this many letters and digits also match as the start of a word.
    static constexpr int PrefixFrom = 4;

    struct Phrase {
        QStringList tokens;  // lower case as typed; the index folds case and accents itself
        bool prefix = false; // the last token may be the start of a longer word
        bool operator==(const Phrase&) const = default;
    };

    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QList<Phrase>& phrases() const { return m_phrases; }
    // Whether any phrase matches as the start of a word (FTS5 then merges every word it starts).
    bool hasPrefix() const;
    // The FTS5 query: each phrase a quoted string, a prefix one followed by *, all required, e.g.
    // "kl 2026 0042" "de" "jansen"*. Empty when isEmpty(). Never a syntax error for FTS5: the strings
    // hold letters, digits and spaces only. A prefix phrase whose wholeWords (by the phrase's index, as
    // SearchWords::wholeWords() gives them, letters and digits only) are given asks for each of those words
    // in place of its last token instead, any of them: "de" AND ("kl 2026 0042" OR "kl 2026 0043").
    QString ftsQuery(const QList<QStringList>& wholeWords = {}) const;
    // One phrase as ftsQuery() writes it without words: "kl 2026 0042", "jansen"*.
    static QString ftsPhrase(const Phrase& phrase);

private:
    QList<Phrase> m_phrases;
};
