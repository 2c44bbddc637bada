#include "sqldialect.h"

#include "searchterms.h"
#include "storageerror.h"

#include <QSqlError>

namespace {

// An identifier of the lock every writer of a municipality on the server takes for its transaction ("ATaf").
constexpr qint64 WriterLock = 0x41546166;

} // namespace

QString SqlDialect::caseInsensitive() const {
    return isServer() ? QStringLiteral(" COLLATE nl_nl_ci") : QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::returningId() const {
    return isServer() ? QStringLiteral(" RETURNING id") : QString();
}

QString SqlDialect::allDigits(const QString& expression) const {
    if (isServer())
        return QLatin1Char('(') + expression + QStringLiteral(" ~ '^[0-9]+$')");
    return QLatin1Char('(') + expression + QStringLiteral(" <> '' AND ") + expression +
           QStringLiteral(" NOT GLOB '*[^0-9]*')");
}

QString SqlDialect::groupConcat(const QString& expression) const {
    if (isServer())
        return QStringLiteral("string_agg(CAST(") + expression + QStringLiteral(" AS TEXT), ',')");
    return QStringLiteral("group_concat(") + expression + QLatin1Char(')');
}

QString SqlDialect::indexedBy(const QString& index) const {
    return isServer() ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

QString SqlDialect::notIndexed(const QString& column) const {
    return isServer() ? column : QLatin1Char('+') + column;
}

QString SqlDialect::searchVector(const QString& text) {
    return QStringLiteral("to_tsvector('aantafel_nl'::regconfig, regexp_replace(") + text +
           QStringLiteral(", '[^[:alnum:]]+', ' ', 'g'))");
}

QString SqlDialect::caseSearchText() {
    return QStringLiteral("reference || ' ' || klager_name || ' ' || story || ' ' || desired_outcome");
}

QString SqlDialect::eventSearchText() {
    return QStringLiteral("text");
}

QString SqlDialect::documentSearchText() {
    return QStringLiteral("coalesce(name, '') || ' ' || coalesce(text, '')");
}

QString SqlDialect::vectorMatches(const QString& alias, const QString& parameter) {
    return alias + QStringLiteral(".search @@ to_tsquery('aantafel_nl'::regconfig, ") + parameter + QLatin1Char(')');
}

QString SqlDialect::searchCondition() const {
    if (isServer()) {
        return QStringLiteral("c.id IN (SELECT s.id FROM cases AS s WHERE ") +
               vectorMatches(QStringLiteral("s"), QStringLiteral(":match1")) +
               QStringLiteral(" UNION SELECT e.case_id FROM events AS e WHERE ") +
               vectorMatches(QStringLiteral("e"), QStringLiteral(":match2")) +
               QStringLiteral(" UNION SELECT d.case_id FROM documents AS d JOIN documents_fts AS f ON f.rowid = d.id "
                              "WHERE ") +
               vectorMatches(QStringLiteral("f"), QStringLiteral(":match3")) + QLatin1Char(')');
    }
    // "+" keeps the planner from reading the cases by the ids of the matches and sorting them: it walks the
    // order's index and looks each case up in the gathered matches, stopping with the page.
    return QStringLiteral("+c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :match1 "
                          "UNION SELECT e.case_id FROM events AS e JOIN events_fts ON events_fts.rowid = e.id "
                          "WHERE events_fts MATCH :match2 "
                          "UNION SELECT d.case_id FROM documents AS d JOIN documents_fts "
                          "ON documents_fts.rowid = d.id WHERE documents_fts MATCH :match3)");
}

QString SqlDialect::searchQuery(const SearchTerms& terms, const QList<QStringList>& wholeWords) const {
    if (!isServer())
        return terms.ftsQuery(wholeWords);
    // Each phrase its tokens in order, next to each other (<->), the last one a prefix where the phrase is
    // long enough, or the whole words it starts; all phrases required. The tokens hold letters and digits
    // only, and so do the words (SearchWords): nothing in them is tsquery syntax.
    QStringList phrases;
    for (qsizetype i = 0; i < terms.phrases().size(); ++i) {
        const SearchTerms::Phrase& phrase = terms.phrases().at(i);
        const QStringList words = phrase.prefix ? wholeWords.value(i) : QStringList();
        QStringList tokens = phrase.tokens;
        if (!words.isEmpty()) {
            QStringList quoted;
            for (const QString& word : words)
                quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
            tokens.last() = words.size() > 1 ? QLatin1Char('(') + quoted.join(QStringLiteral(" | ")) + QLatin1Char(')')
                                             : quoted.first();
        } else if (phrase.prefix) {
            tokens.last() += QStringLiteral(":*");
        }
        const QString text = tokens.join(QStringLiteral(" <-> "));
        phrases << (tokens.size() > 1 ? QLatin1Char('(') + text + QLatin1Char(')') : text);
    }
    return phrases.join(QStringLiteral(" & "));
}

QStringList SqlDialect::beginWrite() const {
    if (isServer())
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock)};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqlDialect::beforeCommit() const {
    if (isServer())
        return {QStringLiteral("NOTIFY ") + changeChannel()};
    return {};
}

StorageError SqlDialect::error(const QSqlError& error, const QString& sql, const QString& where) const {
    const QString detail = error.text() + QStringLiteral(" [") + sql + QStringLiteral("]");
    if (!isServer()) {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        // Errors Qt raises itself (no SQLite code) are programming or driver errors: Io.
        return StorageError::fromSqlite(ok ? code : -1, detail, where);
    }
    // SQLSTATE (PostgreSQL, appendix A): the class tells what kind of refusal it is.
    const QString state = error.nativeErrorCode();
    const QString serverText = error.databaseText().trimmed();
    if (state.startsWith(QLatin1String("23")))
        return StorageError(StorageError::Kind::Constraint,
                            tr("De gegevens voldoen niet aan de regels van de server: %1").arg(serverText), detail);
    if (state == QLatin1String("42501"))
        return StorageError(StorageError::Kind::ReadOnly,
                            tr("Uw rol op de server %1 staat dit niet toe. De server meldt: %2").arg(where, serverText),
                            detail);
    if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return StorageError(StorageError::Kind::Locked,
                            tr("Een collega legt op de server %1 net iets vast; probeer het zo nog eens.").arg(where),
                            detail);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return StorageError(StorageError::Kind::Conflict,
                            tr("Een gelijktijdige wijziging van een collega ging voor. Probeer het nog eens."), detail);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return StorageError(StorageError::Kind::Io,
                            tr("De verbinding met de server %1 is verbroken. Er is niets vastgelegd van wat nog niet "
                               "was opgeslagen; open de server opnieuw.")
                                .arg(where),
                            detail);
    return StorageError(StorageError::Kind::Io, tr("De server %1 weigerde de opdracht: %2").arg(where, serverText),
                        detail);
}
