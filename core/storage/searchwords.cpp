#include "searchwords.h"

#include "database.h"
#include "searchterms.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "sqlrows.h"

#include <QRegularExpression>

namespace {

// The words a start stands for on the server, or nothing when it is to stay a start (searchwords.h). The start
// is folded as to_tsquery folds it in the search; a word counts as the index's word when to_tsquery leaves it as
// it is. In byte order the words a start starts follow each other from the start on, so the first words at or
// after it tell, up to the first that it does not start (an upper bound of the range would need a largest
// character, which not every database encoding has).
QStringList serverWordsOf(Database& db, const QString& token) {
    SqlRows q(db, QStringLiteral(
                      "SELECT w.word, CASE WHEN w.word ~ '^[[:alnum:]]+$' AND to_tsquery('aantafel_nl'::regconfig, "
                      "'''' || w.word || '''')::text = '''' || w.word || '''' THEN 1 ELSE 0 END, "
                      "CASE WHEN starts_with(w.word, s.start) THEN 1 ELSE 0 END "
                      "FROM (SELECT substring(to_tsquery('aantafel_nl'::regconfig, :start)::text "
                      "FROM '^''([^'']+)'':\\*$') AS start) AS s JOIN LATERAL (SELECT word FROM search_words "
                      "WHERE word >= s.start COLLATE \"C\" "
                      "ORDER BY word LIMIT :limit) AS w ON true"));
    q.bind(QStringLiteral(":start"), QString(token + QStringLiteral(":*")))
        .bind(QStringLiteral(":limit"), SearchWords::MostWords + 1);
    q.exec();
    QStringList words;
    while (q.next() && q.integer(2) == 1) {
        if (q.integer(1) != 1)
            return {};
        words << q.text(0);
    }
    return words.size() > SearchWords::MostWords ? QStringList() : words;
}

// The file's FTS5 table of an index.
QString ftsTable(SearchWords::Index index) {
    switch (index) {
    case SearchWords::Index::Cases: return QStringLiteral("cases_fts");
    case SearchWords::Index::Events: return QStringLiteral("events_fts");
    case SearchWords::Index::Documents: break;
    }
    return QStringLiteral("documents_fts");
}

// The vocabulary of the file's index: a table of this connection's own (fts5vocab, in the temporary schema), made
// the first time, so that nothing is written to the file. Each row is a term with one of its places, in the
// order of the terms: the first row at or after a text is a look-up.
QString vocabulary(Database& db, SearchWords::Index index) {
    const QString table = ftsTable(index);
    const QString name = QStringLiteral("temp.") + table + QStringLiteral("_terms");
    SqlQuery::run(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS ") + name +
                          QStringLiteral(" USING fts5vocab(main, '") + table + QStringLiteral("', 'instance')"));
    return name;
}

// What unicode61 with remove_diacritics keeps as it is: a token of these folds to itself.
bool plain(const QString& word) {
    static const QRegularExpression ascii(QStringLiteral("^[a-z0-9]+$"));
    return ascii.match(word).hasMatch();
}

// The first term of the vocabulary at or after from; empty after the last.
class FirstTerm {
public:
    FirstTerm(Database& db, const QString& vocabulary)
        : m_q(db, QStringLiteral("SELECT term FROM ") + vocabulary + QStringLiteral(" WHERE term >= :from LIMIT 1")) {}
    QString from(const QString& text) {
        m_q.bind(QStringLiteral(":from"), text).exec();
        const QString term = m_q.next() ? m_q.text(0) : QString();
        m_q.finish();
        return term;
    }

private:
    SqlRows m_q;
};

// The first phrase of terms that the file's index holds no word of (a token of it is no term, or for the last
// token of a prefix phrase starts none); -1 when it holds a word of each. A token that is not plain counts as
// held (the tokenizer would fold it).
qsizetype phraseNotHeld(Database& db, const SearchTerms& terms, SearchWords::Index index) {
    FirstTerm first(db, vocabulary(db, index));
    for (qsizetype p = 0; p < terms.phrases().size(); ++p) {
        const SearchTerms::Phrase& phrase = terms.phrases().at(p);
        for (qsizetype i = 0; i < phrase.tokens.size(); ++i) {
            const QString& token = phrase.tokens.at(i);
            if (!plain(token))
                continue;
            const QString term = first.from(token);
            if (phrase.prefix && i == phrase.tokens.size() - 1 ? !term.startsWith(token) : term != token)
                return p;
        }
    }
    return -1;
}

// The words a start stands for in the file's index, or nothing when it is to stay a start (searchwords.h), read
// from the index's vocabulary term by term. Each step asks for the first term from just after the one before
// (its text and the lowest character, which no term holds); asking for the terms greater than it would step
// through the vocabulary's row of each place of it.
QStringList fileWordsOf(Database& db, SearchWords::Index index, const QString& token) {
    if (!plain(token))
        return {};
    FirstTerm first(db, vocabulary(db, index));
    QStringList words;
    while (words.size() <= SearchWords::MostWords) {
        const QString term = first.from(words.isEmpty() ? token : words.last() + QChar(1));
        if (!term.startsWith(token))
            break;
        if (!plain(term))
            return {};
        words << term;
    }
    return words.size() > SearchWords::MostWords ? QStringList() : words;
}

// The FTS5 query the file's index is asked. An index that holds no word of a phrase matches no row: it is asked
// for that phrase alone, which finds nothing either, instead of for the search's other word starts, which FTS5
// would merge in full first, or whose words would be read from the vocabulary.
QString fileQuery(Database& db, const SearchTerms& terms, SearchWords::Index index) {
    const qsizetype notHeld = phraseNotHeld(db, terms, index);
    if (notHeld >= 0)
        return SearchTerms::ftsPhrase(terms.phrases().at(notHeld));
    return terms.ftsQuery(SearchWords::wholeWords(db, terms, index));
}

} // namespace

namespace SearchWords {

QList<QStringList> wholeWords(Database& db, const SearchTerms& terms, Index index) {
    const bool server = db.dialect().isServer();
    QList<QStringList> words;
    for (const SearchTerms::Phrase& phrase : terms.phrases()) {
        if (!phrase.prefix)
            words << QStringList();
        else
            words << (server ? serverWordsOf(db, phrase.tokens.last()) : fileWordsOf(db, index, phrase.tokens.last()));
    }
    return words;
}

bool Queries::asksWordStarts() const {
    return cases.contains(QLatin1Char('*')) || events.contains(QLatin1Char('*')) ||
           documents.contains(QLatin1Char('*'));
}

Queries queries(Database& db, const SearchTerms& terms) {
    const SqlDialect& dialect = db.dialect();
    if (!terms.hasPrefix()) {
        const QString query = dialect.searchQuery(terms);
        return {query, query, query};
    }
    if (dialect.isServer()) {
        const QString query = dialect.searchQuery(terms, wholeWords(db, terms));
        return {query, query, query};
    }
    return {fileQuery(db, terms, Index::Cases), fileQuery(db, terms, Index::Events),
            fileQuery(db, terms, Index::Documents)};
}

bool mayMatch(Database& db, const SearchTerms& terms, Index index) {
    return db.dialect().isServer() || phraseNotHeld(db, terms, index) < 0;
}

} // namespace SearchWords
