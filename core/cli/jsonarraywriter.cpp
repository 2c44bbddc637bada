#include "jsonarraywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace JsonText {

QByteArray indent(int depth) {
    return QByteArray(4 * depth, ' '); // Qt's indented layout: four spaces per level
}

QByteArray key(const QString& name) {
    return value(name, 0) + ": ";
}

QByteArray value(const QJsonValue& v, int depth) {
    if (!v.isObject() && !v.isArray()) {
        // A document holds only an object or an array: a scalar is written inside one and taken out.
        const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2);
    }
    QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)
                                   : QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    text.chop(1); // a whole document ends with a line break; a value inside one does not
    if (depth == 0)
        return text;
    const QByteArray prefix = indent(depth);
    QByteArray placed;
    placed.reserve(text.size() + text.size() / 4);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (start > 0)
            placed.append('\n').append(prefix);
        placed.append(QByteArrayView(text).sliced(start, end - start));
        start = end + 1;
    }
    return placed;
}

} // namespace JsonText

JsonArrayWriter::JsonArrayWriter(QTextStream& out, int depth)
    : m_out(out)
    , m_depth(depth) {
    m_out << "[\n";
}

void JsonArrayWriter::startElement() {
    if (!m_first)
        m_out << ",\n";
    m_first = false;
}

void JsonArrayWriter::append(const QJsonValue& element) {
    startElement();
    m_out << JsonText::indent(m_depth + 1) << JsonText::value(element, m_depth + 1);
}

void JsonArrayWriter::append(const JsonObjectText& element) {
    startElement();
    m_text.resize(0); // keeps its capacity for the next element
    JsonObjectText::appendIndent(m_text, m_depth + 1);
    element.appendTo(m_text, m_depth + 1);
    m_out << m_text;
}

void JsonArrayWriter::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (!m_first)
        m_out << '\n';
    m_out << JsonText::indent(m_depth) << ']';
    if (m_depth == 0)
        m_out << '\n';
}
