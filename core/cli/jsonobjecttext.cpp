#include "jsonobjecttext.h"

#include <algorithm>

JsonObjectText& JsonObjectText::insert(const QString& key, const QString& string) {
    Member m{key, {}, {}};
    appendString(m.scalar, string);
    return put(std::move(m));
}

JsonObjectText& JsonObjectText::insert(const QString& key, qint64 number) {
    return put({key, QString::number(number), {}});
}

JsonObjectText& JsonObjectText::insert(const QString& key, const JsonObjectText& object) {
    return put({key, {}, std::make_shared<const JsonObjectText>(object)});
}

JsonObjectText& JsonObjectText::put(Member member) {
    // QJsonObject keeps its keys sorted by their UTF-16 code units, which QString's operator< compares.
    const auto at = std::lower_bound(m_members.begin(), m_members.end(), member.key,
                                     [](const Member& m, const QString& key) { return m.key < key; });
    if (at != m_members.end() && at->key == member.key)
        *at = std::move(member);
    else
        m_members.insert(at, std::move(member));
    return *this;
}

void JsonObjectText::appendTo(QString& out, int depth) const {
    out += u"{\n";
    const QString inner(4 * (depth + 1), u' ');
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const Member& m = m_members.at(i);
        out += inner;
        appendString(out, m.key);
        out += u": ";
        if (m.object)
            m.object->appendTo(out, depth + 1);
        else
            out += m.scalar;
        out += i + 1 < m_members.size() ? u",\n" : u"\n";
    }
    out += QString(4 * depth, u' ');
    out += u'}';
}

QString JsonObjectText::text(int depth) const {
    QString out;
    appendTo(out, depth);
    return out;
}

void JsonObjectText::appendString(QString& out, QStringView text) {
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            out += c;
            continue;
        }
        out += u'\\';
        switch (u) {
        case u'"': out += u'"'; break;
        case u'\\': out += u'\\'; break;
        case u'\b': out += u'b'; break;
        case u'\f': out += u'f'; break;
        case u'\n': out += u'n'; break;
        case u'\r': out += u'r'; break;
        case u'\t': out += u't'; break;
        default:
            out += u"u00";
            out += QChar(Hex[u >> 4]);
            out += QChar(Hex[u & 0xf]);
        }
    }
    out += u'"';
}
