#include "searchterms.h"

#include <algorithm>

namespace {

// What FTS5's unicode61 tokenizer keeps inside a token (its default categories L* N* Co, and the
// marks that remove_diacritics takes off); everything else separates tokens.
bool isTokenCharacter(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse: return true;
    default: return false;
    }
}

} // namespace

SearchTerms::SearchTerms(const QString& typed) {
    QStringList tokens;
    QString token;
    qsizetype characters = 0; // in the phrase being read
    bool quoted = false;
    auto endToken = [&] {
        if (!token.isEmpty())
            tokens << token.toLower();
        token.clear();
    };
    auto endPhrase = [&] {
        endToken();
        if (characters > 1) // a single letter or digit matches nearly everything
            m_phrases.append({tokens, characters >= PrefixFrom});
        tokens.clear();
        characters = 0;
    };
    for (const char32_t c : typed.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (c == U'"') {
            endPhrase();
            quoted = !quoted;
        } else if (QChar::isSpace(c)) {
            if (quoted)
                endToken();
            else
                endPhrase();
        } else if (isTokenCharacter(c)) {
            token += QString::fromUcs4(&c, 1);
            ++characters;
        } else {
            endToken();
        }
    }
    endPhrase();
}

bool SearchTerms::hasPrefix() const {
    return std::any_of(m_phrases.cbegin(), m_phrases.cend(), [](const Phrase& p) { return p.prefix; });
}

QString SearchTerms::ftsQuery(const QList<QStringList>& wholeWords) const {
    QStringList parts;
    parts.reserve(m_phrases.size());
    bool alternatives = false; // FTS5 takes a bracketed OR only with an AND spelled out
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        const Phrase& phrase = m_phrases.at(i);
        const QStringList words = phrase.prefix ? wholeWords.value(i) : QStringList();
        if (words.isEmpty()) {
            parts << ftsPhrase(phrase);
            continue;
        }
        QStringList each;
        for (const QString& word : words) {
            QStringList tokens = phrase.tokens;
            tokens.last() = word;
            each << QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        }
        alternatives = alternatives || each.size() > 1;
        parts << (each.size() > 1 ? QLatin1Char('(') + each.join(QStringLiteral(" OR ")) + QLatin1Char(')')
                                  : each.first());
    }
    return parts.join(alternatives ? QStringLiteral(" AND ") : QStringLiteral(" "));
}

QString SearchTerms::ftsPhrase(const Phrase& phrase) {
    return QLatin1Char('"') + phrase.tokens.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (phrase.prefix ? QStringLiteral("*") : QString());
}
