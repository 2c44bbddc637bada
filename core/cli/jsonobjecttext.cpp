#include "jsonobjecttext.h"

#include <algorithm>
#include <iterator>

JsonObjectText& JsonObjectText::insert(const QString& key, QStringView string) {
    reserveValues();
    const qsizetype from = m_values.size();
    appendString(m_values, string);
    return put(key, from, -1);
}

JsonObjectText& JsonObjectText::insert(const QString& key, qint64 number) {
    reserveValues();
    const qsizetype from = m_values.size();
    m_values += QString::number(number);
    return put(key, from, -1);
}

JsonObjectText& JsonObjectText::insert(const QString& key, const JsonObjectText& object) {
    return insert(key, JsonObjectText(object));
}

JsonObjectText& JsonObjectText::insert(const QString& key, JsonObjectText&& object) {
    m_objects.push_back(std::move(object));
    return put(key, m_values.size(), qsizetype(m_objects.size()) - 1);
}

void JsonObjectText::reserveValues() {
    if (m_values.isNull())
        m_values.reserve(ValuesReserve); // one allocation for a row's values instead of one per growth
}

JsonObjectText& JsonObjectText::put(const QString& key, qsizetype from, qsizetype object) {
    // A value's text ends where the values' text ends now: it was appended last.
    const Member member{key, from, m_values.size() - from, object};
    // QJsonObject keeps its keys sorted by their UTF-16 code units, which QString's operator< compares.
    // A caller that inserts in that order has each member appended after one comparison.
    if (m_members.isEmpty() || m_members.back().key < key) {
        m_members.append(member);
        return *this;
    }
    const auto at = std::lower_bound(m_members.begin(), m_members.end(), key,
                                     [](const Member& m, const QString& k) { return m.key < k; });
    if (at != m_members.end() && at->key == key)
        *at = member;
    else
        m_members.insert(at, member);
    return *this;
}

void JsonObjectText::appendIndent(QString& out, int depth) {
    static constexpr char16_t Spaces[] = u"                                                                ";
    constexpr qsizetype available = std::size(Spaces) - 1;
    for (qsizetype left = 4 * qsizetype(depth); left > 0; left -= available)
        out.append(QStringView(Spaces, std::min(left, available)));
}

void JsonObjectText::appendTo(QString& out, int depth) const {
    out += u"{\n";
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const Member& m = m_members.at(i);
        appendIndent(out, depth + 1);
        appendString(out, m.key);
        out += u": ";
        if (m.object >= 0)
            m_objects.at(size_t(m.object)).appendTo(out, depth + 1);
        else
            out.append(QStringView(m_values).sliced(m.from, m.size));
        out += i + 1 < m_members.size() ? u",\n" : u"\n";
    }
    appendIndent(out, depth);
    out += u'}';
}

QString JsonObjectText::text(int depth) const {
    QString out;
    appendTo(out, depth);
    return out;
}

void JsonObjectText::appendString(QString& out, QStringView text) {
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    const auto escaped = [](char16_t u) { return u < 0x20 || u == u'"' || u == u'\\'; };
    qsizetype first = 0; // the first character that needs an escape
    while (first < text.size() && !escaped(text[first].unicode()))
        ++first;
    if (first == text.size()) {
        // Most texts need no escape: the quotes and the text are written in one step.
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char16_t* p = reinterpret_cast<char16_t*>(out.data()) + at;
        *p = u'"';
        std::copy(text.utf16(), text.utf16() + text.size(), p + 1);
        p[text.size() + 1] = u'"';
        return;
    }
    out += u'"';
    qsizetype plain = 0; // the start of the characters not yet appended, which need no escape
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (!escaped(u))
            continue;
        out.append(text.sliced(plain, i - plain));
        plain = i + 1;
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
    out.append(text.sliced(plain));
    out += u'"';
}
