// One JSON object of a command's output, written as text in exactly the layout
// QJsonDocument::toJson(QJsonDocument::Indented) gives it (keys in QJsonObject's sorted order, the same
// escapes, four spaces per level), without building a QJsonObject: a command that prints thousands of
// rows spent more on each row's QJsonObject and its serialisation than on reading it. Holds strings,
// integers and nested objects, which is all the rows of aantafel-cli have. The members of an object live
// inline and their values' text in one string, so that a row costs a few allocations, not one per value.
// Qt Core only.
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <vector>

class JsonObjectText {
public:
    // A member; a key inserted again replaces its value, as in QJsonObject. Members inserted in the
    // order of their keys are the cheapest.
    JsonObjectText& insert(const QString& key, QStringView string);
    JsonObjectText& insert(const QString& key, qint64 number);
    JsonObjectText& insert(const QString& key, const JsonObjectText& object);
    JsonObjectText& insert(const QString& key, JsonObjectText&& object);

    // Appends the object as it stands at nesting depth `depth` (its members one level deeper, its
    // closing brace at `depth`), with no indentation before the opening brace and no final line break.
    void appendTo(QString& out, int depth) const;
    QString text(int depth) const;

    // `"text"` with JSON's escapes as Qt writes them: \" \\ \b \f \n \r \t, other control characters as
    // \u00XX (lower-case hex), everything else as it is.
    static void appendString(QString& out, QStringView text);
    // The indentation of `depth` levels, as Qt writes it (four spaces per level).
    static void appendIndent(QString& out, int depth);

private:
    struct Member {
        QString key;
        qsizetype from = 0; // the value's JSON text in m_values, unless it is an object
        qsizetype size = 0;
        qsizetype object = -1; // the index of a nested object in m_objects
    };
    JsonObjectText& put(const QString& key, qsizetype from, qsizetype object);

    void reserveValues();

    // The characters reserved for the values' text at the first value: most rows of the listings of
    // aantafel-cli fit in it.
    static constexpr qsizetype ValuesReserve = 256;

    QVarLengthArray<Member, 12> m_members; // sorted by key
    QString m_values;                      // the scalar values' JSON text, one after another
    std::vector<JsonObjectText> m_objects;
};
