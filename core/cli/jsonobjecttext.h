// One JSON object of a command's output, written as text in exactly the layout
// QJsonDocument::toJson(QJsonDocument::Indented) gives it (keys in QJsonObject's sorted order, the same
// escapes, four spaces per level), without building a QJsonObject: a command that prints thousands of
// rows spent more on each row's QJsonObject and its serialisation than on reading it. Holds strings,
// integers and nested objects, which is all the rows of aantafel-cli have. Qt Core only.
#pragma once

#include <QList>
#include <QString>

#include <memory>

class JsonObjectText {
public:
    // A member; a key inserted again replaces its value, as in QJsonObject.
    JsonObjectText& insert(const QString& key, const QString& string);
    JsonObjectText& insert(const QString& key, qint64 number);
    JsonObjectText& insert(const QString& key, const JsonObjectText& object);

    // Appends the object as it stands at nesting depth `depth` (its members one level deeper, its
    // closing brace at `depth`), with no indentation before the opening brace and no final line break.
    void appendTo(QString& out, int depth) const;
    QString text(int depth) const;

    // `"text"` with JSON's escapes as Qt writes them: \" \\ \b \f \n \r \t, other control characters as
    // \u00XX (lower-case hex), everything else as it is.
    static void appendString(QString& out, QStringView text);

private:
    struct Member {
        QString key;
        QString scalar;                               // the value's JSON text, unless it is an object
        std::shared_ptr<const JsonObjectText> object; // a nested object
    };
    JsonObjectText& put(Member member);

    QList<Member> m_members; // sorted by key
};
