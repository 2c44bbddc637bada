// Writes JSON to a text stream a piece at a time, in exactly the layout that
// QJsonDocument::toJson(QJsonDocument::Indented) gives the whole document, so that a command printing
// thousands of cases does not first build them all as one QJsonArray (whose copies and growth cost
// more than the rows themselves). JsonArrayWriter streams an array's elements; JsonText gives the
// pieces around it (a key, a value placed at a depth). Qt Core only.
#pragma once

#include "jsonobjecttext.h"

#include <QByteArray>
#include <QJsonValue>
#include <QTextStream>

namespace JsonText {
// The indentation of one nesting level, as Qt writes it.
QByteArray indent(int depth);
// `"name": ` as it precedes a value in an object.
QByteArray key(const QString& name);
// The value's indented text when it stands at nesting depth `depth`: its first line as it follows a
// key or an array's indentation, the lines after it indented by `depth` levels; no final line break.
QByteArray value(const QJsonValue& v, int depth);
} // namespace JsonText

class JsonArrayWriter {
public:
    // An array standing at nesting depth `depth`: 0 is the whole document (closed with a line break),
    // deeper ones follow a key the caller has written.
    explicit JsonArrayWriter(QTextStream& out, int depth = 0);
    void append(const QJsonValue& element);
    void append(const JsonObjectText& element);
    // Closes the array. An array that is not finished (an error midway) stays open, so that no reader
    // takes the part that was written for the whole.
    void finish();

    JsonArrayWriter(const JsonArrayWriter&) = delete;
    JsonArrayWriter& operator=(const JsonArrayWriter&) = delete;

private:
    void startElement();

    QTextStream& m_out;
    int m_depth;
    bool m_first = true;
    bool m_finished = false;
    QString m_text; // an element's text, written to the stream whole
};
