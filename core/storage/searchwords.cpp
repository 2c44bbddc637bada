#include "searchwords.h"

#include "database.h"
#include "searchterms.h"
#include "sqldialect.h"
#include "sqlrows.h"

namespace {

// The words a start stands for, or nothing when it is to stay a start (searchwords.h). The start is folded as
// to_tsquery folds it in the search; a word counts as the index's word when to_tsquery leaves it as it is. In
// byte order the words a start starts follow each other from the start on, so the first words at or after it
// tell, up to the first that it does not start (an upper bound of the range would need a largest character,
// which not every database encoding has).
QStringList wordsOf(Database& db, const QString& token) {
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

} // namespace

namespace SearchWords {

QList<QStringList> wholeWords(Database& db, const SearchTerms& terms) {
    QList<QStringList> words;
    if (!db.dialect().isServer())
        return words;
    for (const SearchTerms::Phrase& phrase : terms.phrases())
        words << (phrase.prefix ? wordsOf(db, phrase.tokens.last()) : QStringList());
    return words;
}

} // namespace SearchWords
